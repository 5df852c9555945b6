package io.sep2.cli;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.record.ConnectionRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the mock server in the foreground, as {@code mvn sep2:serve}. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Runs the IEEE 2030.5 mock server in the foreground for device clients that are not Java"
          + " (C, C++, Python, curl, OpenSSL), as mvn sep2:serve: TLS 1.2 with"
          + " TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 only, a client certificate required and checked"
          + " against the 2030.5 profile, the stateful utility server behind it.",
      "When it accepts connections it prints exactly one line 'sep2 mock server ready:"
          + " https://HOST:PORT/dcap'; when a connection ends it prints the connection's"
          + " diagnosis. Ctrl-C or SIGTERM stops it cleanly; so does --seconds N.",
      "PKI: with --pki-dir the PKI of that directory (written by generate-pki), or, when the"
          + " directory does not exist or is empty, a new PKI written there first. Without it,"
          + " an in-memory PKI whose files a client does not have: use it only with --trust."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ServerOptionsMixin serverOptions;

  @Option(
      names = "--register-pki-devices",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Registers the PKI's device certificates as EndDevices before any client connects"
              + " (/edev/1 for the first), as sep2:serve does. Default: ${DEFAULT-VALUE}.")
  boolean registerPkiDevices;

  @Option(
      names = "--seconds",
      defaultValue = "0",
      description =
          "Stops the server after this many seconds; 0 (the default) runs it until"
              + " Ctrl-C/SIGTERM.")
  int seconds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ServerOptions options = options(out);
    Sep2MockServer server = start(options);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.stop();
              println(out, "sep2 mock server stopped");
              stopped.countDown();
            },
            "sep2-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    Sep2Pki pki = server.pki();
    DeviceIdentity device = DeviceIdentity.of(pki.device().certificate());
    if (!serverOptions.hasPkiDirectory()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "warning: serve: no --pki-dir, so clients have no files of this PKI (seed '"
              + pki.seed()
              + "'); write them with --pki-dir DIR, or trust your own SERCA with --trust");
      err.flush();
    }
    int extraRoots = server.options().trustAnchors().size();
    println(
        out,
        "sep2:serve: PKI seed '"
            + pki.seed()
            + "', chain length "
            + pki.chainLength()
            + (serverOptions.hasPkiDirectory()
                ? ", files in " + serverOptions.pkiDirectory()
                : " (in memory)")
            + "; device LFDI "
            + device.lfdi()
            + " SFDI "
            + device.sfdiText()
            + (extraRoots == 0 ? "" : "; also trusting " + extraRoots + " root(s)"));
    server.adminUri().ifPresent(uri -> println(out, "sep2:serve: admin interface on " + uri));
    println(out, "sep2 mock server ready: " + server.deviceCapabilityUri());
    try {
      boolean done = seconds > 0 ? stopped.await(seconds, TimeUnit.SECONDS) : await(stopped);
      if (!done) {
        println(out, "sep2:serve: " + seconds + " s are up (--seconds), stopping");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
        server.stop();
        println(out, "sep2 mock server stopped");
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run: it stops the server
        awaitQuietly(stopped);
      }
    }
    return 0;
  }

  /** Translates the options into the server's options (which validate them). */
  ServerOptions options(PrintWriter out) {
    return serverOptions.build(
        serverOptions.toBuilder()
            .registerPkiDevices(registerPkiDevices)
            .onConnection(record -> print(out, record)));
  }

  private Sep2MockServer start(ServerOptions options) {
    Sep2MockServer started = serverOptions.start(options);
    if (serverOptions.hasPkiDirectory()) {
      try {
        PkiReadme.append(serverOptions.pkiDirectory().resolve("README.txt"), Main.jarName());
      } catch (IOException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("warning: serve: could not add the serve commands to the PKI README: " + e);
        err.flush();
      }
    }
    return started;
  }

  private static boolean await(CountDownLatch latch) throws InterruptedException {
    latch.await();
    return true;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void print(PrintWriter out, ConnectionRecord record) {
    println(out, record.toText());
  }

  private static void println(PrintWriter out, String text) {
    synchronized (out) {
      out.println(text);
      out.flush();
    }
  }
}
