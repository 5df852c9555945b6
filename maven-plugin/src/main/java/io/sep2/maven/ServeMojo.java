package io.sep2.maven;

import io.sep2.maven.pki.ServeReadme;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.keystore.KeystoreException;
import io.sep2.pki.keystore.PkiDirectory;
import io.sep2.pki.keystore.PkiDirectoryException;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.fixtures.FixturePackException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the IEEE 2030.5 mock server of {@code @With2030_5Server} in the foreground, for device
 * clients that are not Java (C, Python, embedded stacks, curl, OpenSSL):
 *
 * <pre>
 * mvn sep2:serve -Dsep2.port=8443 -Dsep2.pki.dir=pki
 * </pre>
 *
 * TLS 1.2 with TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 only, client certificate required and checked
 * against the 2030.5 profile, the default 2030.5 resources ({@code /dcap}, {@code /tm}, {@code
 * /edev}, ...) plus any fixtures. When it accepts connections it prints exactly one line {@code
 * sep2 mock server ready: https://HOST:PORT/dcap} to standard output; when a connection ends it
 * prints the connection's diagnosis (negotiated parameters or the reason the handshake failed, and
 * the HTTP exchanges). Ctrl-C or SIGTERM stops it cleanly (shutdown hook); so does {@code
 * -Dsep2.serve.seconds=N} after N seconds, for scripts and CI. Needs no project.
 *
 * <p>PKI: with {@code sep2.pki.dir} the PKI of that directory (written by {@code
 * sep2:generate-pki}, regenerated from its seed and checked against the files), or, when the
 * directory does not exist or is empty, a new PKI written there first (from {@code sep2.pki.seed}
 * or a random seed). Without it, an in-memory PKI from {@code sep2.pki.seed} (or a random seed)
 * whose files a client does not have: use it only with {@code sep2.trust}.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractMojo {

  /** The port; 0 picks a free one (the ready line tells which). */
  @Parameter(property = "sep2.port", defaultValue = "" + ServeReadme.DEFAULT_PORT)
  private int port;

  /** The address to bind; {@code 0.0.0.0} for every interface. */
  @Parameter(property = "sep2.host", defaultValue = Sep2MockServer.DEFAULT_HOST)
  private String host;

  /**
   * A PKI directory: used if it holds {@code sep2-pki.properties}, created (files written) if it
   * does not exist or is empty. Default: none (in-memory PKI).
   */
  @Parameter(property = "sep2.pki.dir")
  private File pkiDir;

  /**
   * Seed of the PKI when it is created (new {@code sep2.pki.dir}, or no directory); must match the
   * directory's seed when given with an existing one. Default: random.
   */
  @Parameter(property = "sep2.pki.seed")
  private String seed;

  /** Device chain length (2, 3 or 4) of a PKI created here. */
  @Parameter(property = "sep2.pki.chainLength", defaultValue = "4")
  private int chainLength;

  /**
   * Comma-separated PEM (or DER) files of further certificates to trust, e.g. the SERCA of the
   * vendor's own PKI; CA certificates that are not self-signed are used as intermediates to
   * complete client chains. Default: none.
   */
  @Parameter(property = "sep2.trust")
  private String trust;

  /**
   * Comma-separated fixture directories (WireMock {@code mappings/} and {@code __files/}) served in
   * addition to the default 2030.5 resources. Default: none.
   */
  @Parameter(property = "sep2.fixtures")
  private String fixtures;

  /** Stops the server after this many seconds; 0 runs it until Ctrl-C/SIGTERM. */
  @Parameter(property = "sep2.serve.seconds", defaultValue = "0")
  private int seconds;

  /** Writes an NSS key log (for Wireshark) to this file. Default: none. */
  @Parameter(property = "sep2.keyLog")
  private File keyLog;

  @Parameter(defaultValue = "${plugin}", readonly = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Sep2Pki pki = pki();
    Sep2MockServer.Builder builder =
        Sep2MockServer.builder().pki(pki).host(host).port(port).onConnection(this::print);
    List<X509Certificate> roots = new ArrayList<>();
    List<X509Certificate> intermediates = new ArrayList<>();
    for (String location : split(trust)) {
      for (X509Certificate c : readCertificates(Path.of(location))) {
        (c.getSubjectX500Principal().equals(c.getIssuerX500Principal()) ? roots : intermediates)
            .add(c);
      }
    }
    builder.trust(roots.toArray(X509Certificate[]::new));
    builder.intermediates(intermediates.toArray(X509Certificate[]::new));
    for (String location : split(fixtures)) {
      Path dir = Path.of(location).toAbsolutePath();
      if (!Files.isDirectory(dir)) {
        throw new MojoFailureException("sep2:serve: fixture directory " + dir + " does not exist");
      }
      builder.fixtures(dir.toString());
    }
    if (keyLog != null) {
      builder.keyLog(keyLog.toPath());
    }
    Sep2MockServer server;
    try {
      server = builder.build().start();
    } catch (UncheckedIOException e) {
      throw new MojoFailureException("sep2:serve: " + e.getMessage(), e);
    } catch (FixturePackException | IllegalArgumentException e) {
      throw new MojoFailureException("sep2:serve: " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.stop();
              println("sep2 mock server stopped");
              stopped.countDown();
            },
            "sep2-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    DeviceIdentity device = DeviceIdentity.of(pki.device().certificate());
    getLog()
        .info(
            "sep2:serve: PKI seed '"
                + pki.seed()
                + "', chain length "
                + pki.chainLength()
                + (pkiDir == null ? " (in memory)" : ", files in " + pkiDir.getAbsolutePath())
                + "; device LFDI "
                + device.lfdi()
                + " SFDI "
                + device.sfdiText()
                + (roots.isEmpty() ? "" : "; also trusting " + roots.size() + " root(s)"));
    println("sep2 mock server ready: " + server.deviceCapabilityUri());
    try {
      boolean done = seconds > 0 ? stopped.await(seconds, TimeUnit.SECONDS) : await(stopped);
      if (!done) {
        getLog().info("sep2:serve: " + seconds + " s are up (sep2.serve.seconds), stopping");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
        server.stop();
        println("sep2 mock server stopped");
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run: it stops the server
      }
    }
  }

  private static boolean await(CountDownLatch latch) throws InterruptedException {
    latch.await();
    return true;
  }

  private Sep2Pki pki() throws MojoFailureException, MojoExecutionException {
    boolean seeded = seed != null && !seed.isEmpty();
    try {
      if (pkiDir == null) {
        Sep2Pki.Builder b = Sep2Pki.builder().chainLength(chainLength);
        if (seeded) {
          b.seed(seed);
        }
        Sep2Pki pki = b.build();
        getLog()
            .warn(
                "sep2:serve: no sep2.pki.dir, so clients have no files of this PKI (seed '"
                    + pki.seed()
                    + "'); write them with -Dsep2.pki.dir=DIR, or trust your own SERCA with"
                    + " -Dsep2.trust");
        return pki;
      }
      Path dir = pkiDir.toPath().toAbsolutePath().normalize();
      if (PkiDirectory.exists(dir)) {
        PkiDirectory.Settings settings = PkiDirectory.readSettings(dir);
        if (seeded && !seed.equals(settings.seed())) {
          throw new MojoFailureException(
              "sep2:serve: "
                  + dir
                  + " holds the PKI of seed '"
                  + settings.seed()
                  + "', not of -Dsep2.pki.seed='"
                  + seed
                  + "'; drop -Dsep2.pki.seed, or use another directory");
        }
        return PkiDirectory.open(dir);
      }
      if (Files.isDirectory(dir) && !isEmpty(dir)) {
        throw new MojoFailureException(
            "sep2:serve: "
                + dir
                + " is not empty but holds no "
                + PkiDirectory.PROPERTIES
                + ": not a PKI written by sep2:generate-pki. Point sep2.pki.dir at such a"
                + " directory, or at a new or empty one to create the PKI there");
      }
      PkiDirectory.Settings settings =
          new PkiDirectory.Settings(
              seeded ? seed : Sep2Pki.builder().build().seed(),
              chainLength,
              io.sep2.pki.Sep2Oids.DEFAULT_HARDWARE_TYPE);
      char[] password = PkiFiles.DEFAULT_PASSWORD.toCharArray();
      PkiFiles files = PkiDirectory.write(dir, settings, password);
      ServeReadme.append(files.readme(), GeneratePkiMojo.coordinates(plugin));
      getLog().info("sep2:serve: wrote a new PKI to " + dir + " (README: " + files.readme() + ")");
      return PkiDirectory.open(dir);
    } catch (PkiDirectoryException | IllegalArgumentException e) {
      throw new MojoFailureException("sep2:serve: " + e.getMessage(), e);
    } catch (KeystoreException | IOException e) {
      throw new MojoExecutionException("sep2:serve: cannot write the PKI: " + e, e);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static List<String> split(String list) {
    if (list == null || list.isBlank()) {
      return List.of();
    }
    return Stream.of(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static List<X509Certificate> readCertificates(Path file) throws MojoFailureException {
    try (InputStream in = Files.newInputStream(file)) {
      List<X509Certificate> out = new ArrayList<>();
      for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        out.add((X509Certificate) c);
      }
      if (out.isEmpty()) {
        throw new MojoFailureException(
            "sep2:serve: " + file + " (sep2.trust) holds no certificate");
      }
      return out;
    } catch (IOException | CertificateException e) {
      throw new MojoFailureException(
          "sep2:serve: "
              + file.toAbsolutePath()
              + " (sep2.trust) is not a readable PEM or DER certificate file: "
              + e.getMessage(),
          e);
    }
  }

  private void print(io.sep2.server.record.ConnectionRecord record) {
    println(record.toText());
  }

  private static void println(String text) {
    PrintStream out = System.out;
    synchronized (out) {
      out.println(text);
      out.flush();
    }
  }
}
