package io.sep2.cli;

import io.sep2.cli.Main.CommandFailure;
import io.sep2.pki.Sep2Oids;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.keystore.KeystoreException;
import io.sep2.pki.keystore.PkiDirectory;
import io.sep2.pki.keystore.PkiFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate-pki}: a seeded 2030.5 test PKI as files, as {@code mvn sep2:generate-pki}. */
@Command(
    name = "generate-pki",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Writes a seeded IEEE 2030.5 test PKI as files for tools that are not Java, as mvn"
          + " sep2:generate-pki: serca.pem, mca.pem/mica.pem (when the chain has them),"
          + " device-chain.pem, device-key.pem, device.p12, server-chain.pem, server-key.pem,"
          + " server.p12, truststore.p12, sep2-pki.properties (so serve regenerates the same PKI)"
          + " and README.txt with the exact openssl s_client and curl commands that reach serve.",
      "The same seed and chain length give byte-identical certificates and keys everywhere, the"
          + " same as @With2030_5Server(pkiSeed = ...) in JUnit. The keys are derived from the"
          + " seed: test use only."
    })
final class GeneratePkiCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"--pki-dir", "--dir"},
      paramLabel = "DIR",
      defaultValue = "sep2-pki",
      description =
          "The directory to write, created if needed; files of the same names are replaced."
              + " Default: ${DEFAULT-VALUE}.")
  Path dir;

  @Option(
      names = "--seed",
      description =
          "The seed every key, serial and signature is derived from. Default: a random seed,"
              + " printed and stored in sep2-pki.properties.")
  String seed;

  @Option(
      names = "--chain-length",
      paramLabel = "2|3|4",
      defaultValue = "4",
      description =
          "Certificates in the device chain, root included: 2 (SERCA, device), 3 (SERCA, MICA,"
              + " device) or 4 (SERCA, MCA, MICA, device). Default: ${DEFAULT-VALUE}.")
  int chainLength;

  @Option(
      names = "--hardware-type",
      paramLabel = "OID",
      defaultValue = Sep2Oids.DEFAULT_HARDWARE_TYPE,
      description =
          "The hardware type OID of the HardwareModuleName (1.3.6.1.4.1.<PEN> of the"
              + " manufacturer). Default: ${DEFAULT-VALUE}.")
  String hardwareType;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      defaultValue = PkiFiles.DEFAULT_PASSWORD,
      description =
          "Password of device.p12, server.p12 and truststore.p12. Default: changeit. Never"
              + " printed; the README names it only when it is the default. Prefer --password-env.")
  String password;

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      description =
          "Name of an environment variable holding the PKCS12 password; wins over --password.")
  String passwordEnv;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean random = seed == null || seed.isEmpty();
    String effectiveSeed = random ? Sep2Pki.randomSeed() : seed;
    Path directory = dir.toAbsolutePath().normalize();
    PkiFiles files;
    char[] secret;
    try {
      secret = Passwords.resolve(password, passwordEnv);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "generate-pki: " + e.getMessage());
    }
    try {
      files =
          PkiDirectory.write(
              directory,
              new PkiDirectory.Settings(effectiveSeed, chainLength, hardwareType),
              secret);
      PkiReadme.append(files.readme(), Main.jarName());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "generate-pki: " + e.getMessage(), e);
    } catch (KeystoreException | IOException e) {
      throw new CommandFailure(Main.BROKEN, "generate-pki cannot write " + directory + ": " + e, e);
    } finally {
      Arrays.fill(secret, '\0');
    }
    DeviceIdentity device = DeviceIdentity.of(readFirst(files.deviceChain()));
    out.println(
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
    out.println("device LFDI " + device.lfdi() + "  SFDI " + device.sfdiText());
    out.println("README: " + files.readme());
    out.flush();
    return 0;
  }

  private static X509Certificate readFirst(Path pem) {
    try (InputStream in = Files.newInputStream(pem)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException | CertificateException e) {
      throw new CommandFailure(Main.BROKEN, "cannot read back " + pem + ": " + e, e);
    }
  }
}
