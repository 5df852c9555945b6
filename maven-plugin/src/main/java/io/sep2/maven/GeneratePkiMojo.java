package io.sep2.maven;

import io.sep2.maven.internal.pki.ServeReadme;
import io.sep2.pki.Sep2Oids;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.keystore.KeystoreException;
import io.sep2.pki.keystore.PkiDirectory;
import io.sep2.pki.keystore.PkiFiles;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a seeded IEEE 2030.5 test PKI as files for tools that are not Java: {@code serca.pem},
 * {@code mca.pem}/{@code mica.pem} (when the chain has them), {@code device-chain.pem}, {@code
 * device-key.pem}, {@code device.p12}, {@code server-chain.pem}, {@code server-key.pem}, {@code
 * server.p12}, {@code truststore.p12}, {@code sep2-pki.properties} (seed, chain length, hardware
 * type, so {@code sep2:serve} regenerates the same PKI) and {@code README.txt} with the exact
 * {@code openssl s_client} and curl commands that reach {@code sep2:serve}.
 *
 * <pre>
 * mvn sep2:generate-pki -Dsep2.pki.dir=pki -Dsep2.pki.seed=team-a
 * </pre>
 *
 * The same seed and chain length give byte-identical certificates and keys everywhere, the same as
 * {@code @With2030_5Server(pkiSeed = "team-a")} in JUnit. Needs no project; in a POM it binds to
 * {@code generate-test-resources} by default. The keys are derived from the seed: test use only.
 */
@Mojo(
    name = "generate-pki",
    defaultPhase = LifecyclePhase.GENERATE_TEST_RESOURCES,
    requiresProject = false,
    threadSafe = true)
public class GeneratePkiMojo extends AbstractMojo {

  /**
   * The directory to write, created if needed; files of the same names are replaced. Default:
   * {@code ${project.build.directory}/sep2-pki} ({@code ./target/sep2-pki} outside a project).
   */
  @Parameter(property = "sep2.pki.dir", defaultValue = "${project.build.directory}/sep2-pki")
  private File dir;

  /**
   * The seed every key, serial and signature is derived from. Default: a random seed, printed and
   * stored in {@code sep2-pki.properties}.
   */
  @Parameter(property = "sep2.pki.seed")
  private String seed;

  /**
   * Certificates in the device chain, root included: 2 (SERCA, device), 3 (SERCA, MICA, device) or
   * 4 (SERCA, MCA, MICA, device). Default 4.
   */
  @Parameter(property = "sep2.pki.chainLength", defaultValue = "4")
  private int chainLength;

  /**
   * The hardware type OID of the HardwareModuleName ({@code 1.3.6.1.4.1.<PEN>} of the
   * manufacturer). The JUnit extension always uses the default, {@code 1.3.6.1.4.1.32473}.
   */
  @Parameter(property = "sep2.pki.hardwareType", defaultValue = Sep2Oids.DEFAULT_HARDWARE_TYPE)
  private String hardwareType;

  /**
   * Password of {@code device.p12}, {@code server.p12} and {@code truststore.p12}. Default {@code
   * changeit}. Never printed; the README names it only when it is the default.
   */
  @Parameter(property = "sep2.pki.password", defaultValue = PkiFiles.DEFAULT_PASSWORD)
  private String password;

  /**
   * Name of an environment variable holding the PKCS12 password; wins over {@code password} when
   * set. Default: none.
   */
  @Parameter(property = "sep2.pki.passwordEnv")
  private String passwordEnv;

  @Parameter(defaultValue = "${plugin}", readonly = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    boolean random = seed == null || seed.isEmpty();
    String effectiveSeed = random ? Sep2Pki.randomSeed() : seed;
    PkiDirectory.Settings settings =
        new PkiDirectory.Settings(effectiveSeed, chainLength, hardwareType);
    char[] secret = PkiPassword.resolve("sep2:generate-pki", password, passwordEnv);
    Path directory = dir.toPath().toAbsolutePath().normalize();
    PkiFiles files;
    try {
      files = PkiDirectory.write(directory, settings, secret);
      ServeReadme.append(files.readme(), coordinates(plugin));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("sep2:generate-pki: " + e.getMessage(), e);
    } catch (KeystoreException | IOException e) {
      throw new MojoExecutionException("sep2:generate-pki cannot write " + directory + ": " + e, e);
    } finally {
      java.util.Arrays.fill(secret, '\0');
    }
    DeviceIdentity device = DeviceIdentity.of(readFirst(files.deviceChain()));
    getLog()
        .info(
            "sep2:generate-pki wrote "
                + files.files().size()
                + " files + "
                + PkiDirectory.PROPERTIES
                + " to "
                + directory
                + " (seed '"
                + effectiveSeed
                + "'"
                + (random ? ", chosen at random" : "")
                + ", chain length "
                + chainLength
                + ")");
    getLog().info("device LFDI " + device.lfdi() + "  SFDI " + device.sfdiText());
    getLog().info("README: " + files.readme());
  }

  static String coordinates(PluginDescriptor plugin) {
    return plugin == null
        ? "io.sep2:sep2-maven-plugin"
        : plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion();
  }

  private static X509Certificate readFirst(Path pem) throws MojoExecutionException {
    try (InputStream in = Files.newInputStream(pem)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException | CertificateException e) {
      throw new MojoExecutionException("cannot read back " + pem + ": " + e, e);
    }
  }
}
