package io.sep2.cli;

import io.sep2.cli.Main.CommandFailure;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.keystore.KeystoreException;
import io.sep2.pki.keystore.PkiDirectoryException;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.fixtures.FixturePackException;
import io.sep2.server.record.ConnectionRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

  @Option(
      names = "--port",
      defaultValue = "8443",
      description =
          "The port; 0 picks a free one (the ready line tells which). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--host",
      defaultValue = ServerOptions.DEFAULT_HOST,
      description = "The address to bind; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(
      names = "--pki-dir",
      paramLabel = "DIR",
      description =
          "A PKI directory: used if it holds sep2-pki.properties, created (files written) if it"
              + " does not exist or is empty. Default: none (in-memory PKI).")
  Path pkiDir;

  @Option(
      names = "--seed",
      description =
          "Seed of the PKI when it is created; must match the directory's seed when given with an"
              + " existing one. Default: random.")
  String seed;

  @Option(
      names = "--chain-length",
      paramLabel = "2|3|4",
      description =
          "Device chain length of a PKI created here; with an existing --pki-dir it must be the"
              + " directory's. Default: the directory's, or 4.")
  Integer chainLength;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      defaultValue = PkiFiles.DEFAULT_PASSWORD,
      description =
          "Password of the PKCS12 files of a PKI created in --pki-dir. Default: changeit, as"
              + " generate-pki. Never printed; prefer --password-env.")
  String password;

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      description =
          "Name of an environment variable holding the PKCS12 password; wins over --password.")
  String passwordEnv;

  @Option(
      names = "--trust",
      paramLabel = "FILE",
      split = ",",
      description =
          "PEM (or DER) files of further certificates to trust, e.g. the SERCA and MICA of your own"
              + " PKI: a self-signed certificate becomes a trust anchor, any other an intermediate."
              + " Repeatable or comma-separated.")
  List<String> trust = new ArrayList<>();

  @Option(
      names = "--fixtures",
      paramLabel = "DIR",
      split = ",",
      description =
          "Fixture directories (WireMock mappings/ and __files/) served in addition to the"
              + " default 2030.5 resources. Repeatable or comma-separated.")
  List<String> fixtures = new ArrayList<>();

  @Option(
      names = "--key-log",
      paramLabel = "FILE",
      description = "Writes an NSS key log (for Wireshark) to this file.")
  Path keyLog;

  @Option(
      names = "--capture",
      paramLabel = "FILE",
      description =
          "Writes every connection as pcapng with the TLS secrets embedded (Wireshark and tshark"
              + " open it decrypted with no other file) to this file.")
  Path capture;

  @Option(
      names = "--admin-port",
      paramLabel = "PORT",
      description =
          "Opens the admin interface (plain HTTP with JSON, on 127.0.0.1 only) on this port; 0"
              + " picks a free one. Default: off.")
  Integer adminPort;

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
      names = "--schema",
      paramLabel = "SEP_XSD",
      description =
          "Your copy of IEEE's sep.xsd: every document a client sends is validated against it and"
              + " each violation is reported. Default: none (sep2-testkit does not ship it).")
  Path schema;

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
    if (pkiDir == null) {
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
            + (pkiDir == null ? " (in memory)" : ", files in " + pkiDirectory())
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
    try {
      ServerOptions.Builder options =
          ServerOptions.builder()
              .host(host)
              .port(port)
              .registerPkiDevices(registerPkiDevices)
              .onConnection(record -> print(out, record));
      if (pkiDir != null) {
        options.pkiDirectory(pkiDirectory());
        char[] secret = Passwords.resolve(password, passwordEnv);
        options.pkiPassword(secret);
        Arrays.fill(secret, '\0');
      }
      if (seed != null && !seed.isEmpty()) {
        options.pkiSeed(seed);
      }
      if (chainLength != null) {
        options.chainLength(chainLength);
      }
      for (String location : trimmed(trust)) {
        options.trust(Path.of(location).toAbsolutePath().toString());
      }
      for (String location : trimmed(fixtures)) {
        Path dir = Path.of(location).toAbsolutePath();
        if (!Files.isDirectory(dir)) {
          throw new ParameterException(
              spec.commandLine(), "fixture directory " + dir + " (--fixtures) does not exist");
        }
        options.fixtures(dir.toString());
      }
      if (keyLog != null) {
        options.keyLog(keyLog.toAbsolutePath());
      }
      if (capture != null) {
        options.capture(capture.toAbsolutePath());
      }
      if (adminPort != null) {
        options.adminPort(adminPort);
      }
      if (schema != null) {
        if (!Files.isRegularFile(schema)) {
          throw new ParameterException(
              spec.commandLine(), "schema " + schema.toAbsolutePath() + " (--schema) is no file");
        }
        options.schema(schema.toAbsolutePath());
      }
      return options.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new ParameterException(spec.commandLine(), "serve: " + e.getMessage(), e);
    }
  }

  private Sep2MockServer start(ServerOptions options) {
    Sep2MockServer server;
    try {
      server = new Sep2MockServer(options).start();
    } catch (KeystoreException e) {
      throw new CommandFailure(Main.BROKEN, "serve: cannot write the PKI: " + e.getMessage(), e);
    } catch (UncheckedIOException
        | FixturePackException
        | PkiDirectoryException
        | IllegalArgumentException e) {
      throw new CommandFailure(Main.FAILED, "serve: " + e.getMessage(), e);
    }
    if (pkiDir != null) {
      try {
        PkiReadme.append(pkiDirectory().resolve("README.txt"), Main.jarName());
      } catch (IOException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("warning: serve: could not add the serve commands to the PKI README: " + e);
        err.flush();
      }
    }
    return server;
  }

  private Path pkiDirectory() {
    return pkiDir.toAbsolutePath().normalize();
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

  private static List<String> trimmed(List<String> values) {
    return values.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
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
