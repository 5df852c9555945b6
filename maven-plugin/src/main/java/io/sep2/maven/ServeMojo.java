package io.sep2.maven;

import io.sep2.maven.internal.pki.ServeReadme;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
public class ServeMojo extends AbstractServerMojo {

  /** Stops the server after this many seconds; 0 (the default) runs it until Ctrl-C/SIGTERM. */
  @Parameter(property = "sep2.serve.seconds", defaultValue = "0")
  private int seconds;

  @Parameter(defaultValue = "${plugin}", readonly = true)
  private PluginDescriptor plugin;

  /**
   * Where the console lines go: the process's standard output itself, not {@code System.out} (tests
   * look at them elsewhere). Maven's {@code System.out} is Jansi's ANSI-parsing stream, which is
   * not thread-safe: the line the shutdown hook printed raced Jansi's own shutdown hook resetting
   * the colours, and failed in the parser ({@code NumberFormatException: For input string: "0m"}),
   * so "sep2 mock server stopped" was lost. The lines have no colours to translate.
   */
  PrintStream console =
      new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

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
    Sep2MockServer server = startServer(options());
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

  @Override
  String goal() {
    return "sep2:serve";
  }

  /**
   * The shared translation, plus: the PKI's devices are registered as EndDevices, and so is the
   * holder of every {@code sep2.trust} certificate that is no CA (a device's certificate).
   */
  private ServerOptions options() throws MojoFailureException {
    ServerOptions.Builder options = serverOptions(this::print).registerPkiDevices(true);
    for (String location : split(trust)) {
      for (X509Certificate certificate : certificates(Path.of(location).toAbsolutePath())) {
        if (certificate.getBasicConstraints() < 0) {
          options.registerDevices(certificate);
        }
      }
    }
    return build(options);
  }

  private Sep2MockServer startServer(ServerOptions options)
      throws MojoFailureException, MojoExecutionException {
    Sep2MockServer server = start(options);
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
  private List<X509Certificate> certificates(Path file) throws MojoFailureException {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
          .map(c -> (X509Certificate) c)
          .toList();
    } catch (IOException | CertificateException e) {
      throw new MojoFailureException(
          goal() + ": trust material '" + file + "' is not a PEM or DER certificate file: " + e, e);
    }
  }

  private static boolean await(CountDownLatch latch) throws InterruptedException {
    latch.await();
    return true;
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
