package io.sep2.maven;

import io.sep2.maven.internal.pki.ServeReadme;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.keystore.KeystoreException;
import io.sep2.pki.keystore.PkiDirectoryException;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.fixtures.FixturePackException;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
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
 * against the 2030.5 profile, and the stateful 2030.5 utility server behind it ({@code /dcap},
 * {@code /tm}, {@code /edev}, programs, controls, responses, mirrors...) plus any fixtures (their
 * stubs, and their {@code utility.json} set-up). The PKI's device certificates, and the holders of
 * {@code sep2.trust} certificates that are not CAs, are registered as EndDevices before any client
 * connects ({@code /edev/1} for the PKI's first device).
 *
 * <p>Standard output: exactly one line {@code sep2 mock server ready: https://HOST:PORT/dcap} when
 * it accepts connections (with {@code sep2.admin.port}, first a line {@code sep2 admin interface:
 * http://127.0.0.1:PORT}); one line {@code sep2 utility: WHAT (METHOD PATH -> STATUS)} for every
 * request that changed the utility's state (a registration, a stored document, a response, a
 * reading...); and when a connection ends, the connection's diagnosis (negotiated parameters or the
 * reason the handshake failed, and the HTTP exchanges). Ctrl-C or SIGTERM stops it cleanly
 * (shutdown hook); so does {@code -Dsep2.serve.seconds=N} after N seconds, for scripts and CI.
 * Needs no project.
 *
 * <p>PKI: with {@code sep2.pki.dir} the PKI of that directory (written by {@code
 * sep2:generate-pki}, regenerated from its seed and checked against the files), or, when the
 * directory does not exist or is empty, a new PKI written there first (from {@code sep2.pki.seed}
 * or a random seed). Without it, an in-memory PKI from {@code sep2.pki.seed} (or a random seed)
 * whose files a client does not have: use it only with {@code sep2.trust}.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractMojo {

  /** The port; 0 picks a free one (the ready line tells which). Default 8443. */
  @Parameter(property = "sep2.port", defaultValue = "" + ServeReadme.DEFAULT_PORT)
  private int port;

  /** The address to bind; {@code 0.0.0.0} for every interface. Default {@code 127.0.0.1}. */
  @Parameter(property = "sep2.host", defaultValue = ServerOptions.DEFAULT_HOST)
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

  /**
   * Device chain length (2, 3 or 4) of a PKI created here; with an existing {@code sep2.pki.dir} it
   * must be the directory's. Default: the directory's, or 4.
   */
  @Parameter(property = "sep2.pki.chainLength")
  private Integer chainLength;

  /**
   * Password of the PKCS12 files of a PKI created in {@code sep2.pki.dir}. Default {@code
   * changeit}, as {@code sep2:generate-pki}. Never printed.
   */
  @Parameter(property = "sep2.pki.password", defaultValue = PkiFiles.DEFAULT_PASSWORD)
  private String password;

  /**
   * Name of an environment variable holding the PKCS12 password; wins over {@code password} when
   * set. Default: none.
   */
  @Parameter(property = "sep2.pki.passwordEnv")
  private String passwordEnv;

  /**
   * Comma-separated PEM (or DER) files of further certificates to trust, e.g. the SERCA and MICA of
   * the vendor's own PKI: a self-signed certificate becomes a trust anchor, any other an
   * intermediate used to complete client chains (the rule of every entry point). The holder of a
   * certificate that is no CA (a device's certificate) is also registered as an EndDevice at start.
   * Default: none.
   */
  @Parameter(property = "sep2.trust")
  private String trust;

  /**
   * Comma-separated fixture directories (WireMock {@code mappings/} and {@code __files/}) served in
   * addition to the default 2030.5 resources. Default: none.
   */
  @Parameter(property = "sep2.fixtures")
  private String fixtures;

  /**
   * Your copy of IEEE's sep.xsd (CSIP-AUS schemas beside it, when there): every document a client
   * sends is validated, each violation is a finding in the printed exchange. Default: none.
   */
  @Parameter(property = "sep2.schema")
  private File schema;

  /**
   * Port of the admin interface (plain HTTP with JSON, on 127.0.0.1 only) with which an operator
   * creates and cancels controls, sets default controls, moves the clock and starts comms faults; 0
   * picks a free one. Default: off.
   */
  @Parameter(property = "sep2.admin.port")
  private Integer adminPort;

  /** Stops the server after this many seconds; 0 (the default) runs it until Ctrl-C/SIGTERM. */
  @Parameter(property = "sep2.serve.seconds", defaultValue = "0")
  private int seconds;

  /** Writes an NSS key log (for Wireshark) to this file. Default: none. */
  @Parameter(property = "sep2.keyLog")
  private File keyLog;

  /**
   * Writes every connection as pcapng with the TLS secrets embedded (Wireshark and tshark open it
   * decrypted with no other file) to this file. Default: none.
   */
  @Parameter(property = "sep2.capture")
  private File capture;

  @Parameter(defaultValue = "${plugin}", readonly = true)
  private PluginDescriptor plugin;

  /** Where the console lines go: standard output (tests look at them elsewhere). */
  PrintStream console = System.out;

  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile Sep2MockServer running;

  /** Stops a running {@code execute()} as SIGTERM would (for tests). */
  void stop() {
    stopped.countDown();
  }

  /** The server while {@code execute()} runs, else {@code null} (for tests). */
  Sep2MockServer server() {
    return running;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Sep2MockServer server = start(options());
    running = server;
    server
        .utility()
        .onExchange(
            e -> {
              if (e.change() != null) {
                println(
                    "sep2 utility: "
                        + e.change()
                        + " ("
                        + e.method()
                        + " "
                        + e.path()
                        + " -> "
                        + e.status()
                        + ")");
              }
            });
    Thread hook =
        new Thread(
            () -> {
              server.stop();
              println("sep2 mock server stopped");
              stopped.countDown();
            },
            "sep2-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    Sep2Pki pki = server.pki();
    DeviceIdentity device = DeviceIdentity.of(pki.device().certificate());
    if (pkiDir == null) {
      getLog()
          .warn(
              "sep2:serve: no sep2.pki.dir, so clients have no files of this PKI (seed '"
                  + pki.seed()
                  + "'); write them with -Dsep2.pki.dir=DIR, or trust your own SERCA with"
                  + " -Dsep2.trust");
    }
    int extraRoots = server.options().trustAnchors().size();
    getLog()
        .info(
            "sep2:serve: PKI seed '"
                + pki.seed()
                + "', chain length "
                + pki.chainLength()
                + (pkiDir == null ? " (in memory)" : ", files in " + pkiDirectory())
                + "; device LFDI "
                + device.lfdi()
                + " SFDI "
                + device.sfdiText()
                + (extraRoots == 0 ? "" : "; also trusting " + extraRoots + " root(s)"));
    getLog()
        .info(
            "sep2:serve: EndDevices registered: "
                + server.utility().devices().stream()
                    .map(d -> d.href() + " (LFDI " + d.lfdi() + ")")
                    .toList());
    server.adminUri().ifPresent(uri -> println("sep2 admin interface: " + uri));
    println("sep2 mock server ready: " + server.deviceCapabilityUri());
    try {
      boolean done = seconds > 0 ? stopped.await(seconds, TimeUnit.SECONDS) : await(stopped);
      if (!done) {
        getLog().info("sep2:serve: " + seconds + " s are up (sep2.serve.seconds), stopping");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running = null;
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
        server.stop();
        println("sep2 mock server stopped");
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run: it stops the server
      }
    }
  }

  /** Translates the goal's parameters into the server's options (which validate them). */
  private ServerOptions options() throws MojoFailureException {
    try {
      ServerOptions.Builder options =
          ServerOptions.builder()
              .host(host)
              .port(port)
              .onConnection(this::print)
              .registerPkiDevices(true);
      if (pkiDir != null) {
        options.pkiDirectory(pkiDirectory());
        char[] secret = PkiPassword.resolve("sep2:serve", password, passwordEnv);
        options.pkiPassword(secret);
        java.util.Arrays.fill(secret, '\0');
      }
      if (seed != null && !seed.isEmpty()) {
        options.pkiSeed(seed);
      }
      if (chainLength != null) {
        options.chainLength(chainLength);
      }
      for (String location : split(trust)) {
        String file = Path.of(location).toAbsolutePath().toString();
        options.trust(file);
        // a certificate that is no CA is a device's: its holder is registered as an EndDevice
        for (X509Certificate certificate : certificates(file)) {
          if (certificate.getBasicConstraints() < 0) {
            options.registerDevices(certificate);
          }
        }
      }
      if (schema != null) {
        Path xsd = schema.toPath().toAbsolutePath();
        if (!Files.isRegularFile(xsd)) {
          throw new MojoFailureException(
              "sep2:serve: the schema " + xsd + " (sep2.schema) does not exist");
        }
        options.schema(xsd);
      }
      if (adminPort != null) {
        options.adminPort(adminPort);
      }
      for (String location : split(fixtures)) {
        Path dir = Path.of(location).toAbsolutePath();
        if (!Files.isDirectory(dir)) {
          throw new MojoFailureException(
              "sep2:serve: fixture directory " + dir + " (sep2.fixtures) does not exist");
        }
        options.fixtures(dir.toString());
      }
      if (keyLog != null) {
        options.keyLog(keyLog.toPath());
      }
      if (capture != null) {
        options.capture(capture.toPath());
      }
      return options.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new MojoFailureException("sep2:serve: " + e.getMessage(), e);
    }
  }

  private Sep2MockServer start(ServerOptions options)
      throws MojoFailureException, MojoExecutionException {
    Sep2MockServer server;
    try {
      server = new Sep2MockServer(options).start();
    } catch (KeystoreException e) {
      throw new MojoExecutionException("sep2:serve: cannot write the PKI: " + e.getMessage(), e);
    } catch (UncheckedIOException
        | FixturePackException
        | PkiDirectoryException
        | IllegalArgumentException e) {
      throw new MojoFailureException("sep2:serve: " + e.getMessage(), e);
    }
    if (pkiDir != null) {
      try {
        ServeReadme.append(
            pkiDirectory().resolve("README.txt"), GeneratePkiMojo.coordinates(plugin));
      } catch (IOException e) {
        getLog().warn("sep2:serve: could not add the serve commands to the PKI README: " + e);
      }
    }
    return server;
  }

  /** The certificates of a trust file (which {@code ServerOptions.trust} has checked). */
  private static List<X509Certificate> certificates(String file) {
    try (java.io.InputStream in = Files.newInputStream(Path.of(file))) {
      return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
          .map(c -> (X509Certificate) c)
          .toList();
    } catch (IOException | CertificateException e) {
      throw new IllegalArgumentException(
          "trust material '" + file + "' is not a PEM or DER certificate file: " + e, e);
    }
  }

  private Path pkiDirectory() {
    return pkiDir.toPath().toAbsolutePath().normalize();
  }

  private static boolean await(CountDownLatch latch) throws InterruptedException {
    latch.await();
    return true;
  }

  private static List<String> split(String list) {
    if (list == null || list.isBlank()) {
      return List.of();
    }
    return Stream.of(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private void print(io.sep2.server.record.ConnectionRecord record) {
    println(record.toText());
  }

  private void println(String text) {
    PrintStream out = console;
    synchronized (out) {
      out.println(text);
      out.flush();
    }
  }
}
