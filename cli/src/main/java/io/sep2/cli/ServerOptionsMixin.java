package io.sep2.cli;

import io.sep2.cli.Main.CommandFailure;
import io.sep2.pki.keystore.KeystoreException;
import io.sep2.pki.keystore.PkiDirectoryException;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.fixtures.FixturePackException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The server options that {@code serve} and {@code conformance} share (a picocli mixin), their
 * translation into {@link ServerOptions} and the start of the server: one declaration, so the two
 * commands cannot drift apart, as {@code AbstractServerMojo} does for the two goals.
 */
final class ServerOptionsMixin {

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

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
          "Opens the admin interface (plain HTTP with JSON, on 127.0.0.1 only: clock, controls,"
              + " POST /proceed) on this port; 0 picks a free one. Default: off.")
  Integer adminPort;

  @Option(
      names = "--schema",
      paramLabel = "SEP_XSD",
      description =
          "Your copy of IEEE's sep.xsd: every document a client sends is validated against it and"
              + " each violation is reported. Default: none (sep2-testkit does not ship it).")
  Path schema;

  /** Whether a PKI directory was given. */
  boolean hasPkiDirectory() {
    return pkiDir != null;
  }

  /** The PKI directory, absolute; only when {@link #hasPkiDirectory()}. */
  Path pkiDirectory() {
    return pkiDir.toAbsolutePath().normalize();
  }

  /** Whether any certificate to trust was given. */
  boolean hasTrust() {
    return !trimmed(trust).isEmpty();
  }

  /**
   * Translates the options into a builder of the server's options; the command adds its own
   * settings and builds. A bad value is a {@link ParameterException} naming the option.
   */
  ServerOptions.Builder toBuilder() {
    try {
      ServerOptions.Builder options = ServerOptions.builder().host(host).port(port);
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
              command.commandLine(), "fixture directory " + dir + " (--fixtures) does not exist");
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
              command.commandLine(),
              "schema " + schema.toAbsolutePath() + " (--schema) is no file");
        }
        options.schema(schema.toAbsolutePath());
      }
      return options;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw invalid(e);
    }
  }

  /** Builds the options, reporting a value the options refuse as a {@link ParameterException}. */
  ServerOptions build(ServerOptions.Builder options) {
    try {
      return options.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw invalid(e);
    }
  }

  /**
   * Starts the server: a PKI that cannot be written is a broken environment ({@link Main#BROKEN}),
   * a bad PKI directory, fixture pack or address is the user's to fix ({@link Main#FAILED}).
   */
  Sep2MockServer start(ServerOptions options) {
    try {
      return new Sep2MockServer(options).start();
    } catch (KeystoreException e) {
      throw new CommandFailure(
          Main.BROKEN, name() + ": cannot write the PKI: " + e.getMessage(), e);
    } catch (UncheckedIOException
        | FixturePackException
        | PkiDirectoryException
        | IllegalArgumentException e) {
      throw new CommandFailure(Main.FAILED, name() + ": " + e.getMessage(), e);
    }
  }

  private ParameterException invalid(RuntimeException e) {
    return new ParameterException(command.commandLine(), name() + ": " + e.getMessage(), e);
  }

  private String name() {
    return command.name();
  }

  private static List<String> trimmed(List<String> values) {
    return values.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
