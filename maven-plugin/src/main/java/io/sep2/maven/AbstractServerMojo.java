package io.sep2.maven;

import io.sep2.maven.internal.pki.ServeReadme;
import io.sep2.pki.keystore.KeystoreException;
import io.sep2.pki.keystore.PkiDirectoryException;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.fixtures.FixturePackException;
import io.sep2.server.record.ConnectionRecord;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The server parameters that {@code sep2:serve} and {@code sep2:conformance} share, and their one
 * translation into {@link ServerOptions} (which holds every default and validates every value). Not
 * API: the goals are.
 */
abstract class AbstractServerMojo extends AbstractMojo {

  /** The port; 0 picks a free one (the ready line tells which). Default 8443. */
  @Parameter(property = "sep2.port", defaultValue = "" + ServeReadme.DEFAULT_PORT)
  int port;

  /** The address to bind; {@code 0.0.0.0} for every interface. Default {@code 127.0.0.1}. */
  @Parameter(property = "sep2.host", defaultValue = ServerOptions.DEFAULT_HOST)
  String host;

  /**
   * A PKI directory: used if it holds {@code sep2-pki.properties}, created (files written) if it
   * does not exist or is empty. Default: none (in-memory PKI).
   */
  @Parameter(property = "sep2.pki.dir")
  File pkiDir;

  /**
   * Seed of the PKI when it is created (new {@code sep2.pki.dir}, or no directory); must match the
   * directory's seed when given with an existing one. Default: random.
   */
  @Parameter(property = "sep2.pki.seed")
  String seed;

  /**
   * Device chain length (2, 3 or 4) of a PKI created here; with an existing {@code sep2.pki.dir} it
   * must be the directory's. Default: the directory's, or 4.
   */
  @Parameter(property = "sep2.pki.chainLength")
  Integer chainLength;

  /**
   * Password of the PKCS12 files of a PKI created in {@code sep2.pki.dir}. Default {@code
   * changeit}, as {@code sep2:generate-pki}. Never printed.
   */
  @Parameter(property = "sep2.pki.password", defaultValue = PkiFiles.DEFAULT_PASSWORD)
  String password;

  /**
   * Name of an environment variable holding the PKCS12 password; wins over {@code password} when
   * set. Default: none.
   */
  @Parameter(property = "sep2.pki.passwordEnv")
  String passwordEnv;

  /**
   * Comma-separated PEM (or DER) files of further certificates to trust, e.g. the SERCA and MICA of
   * the vendor's own PKI: a self-signed certificate becomes a trust anchor, any other an
   * intermediate used to complete client chains (the rule of every entry point). Default: none.
   */
  @Parameter(property = "sep2.trust")
  String trust;

  /**
   * Comma-separated fixture directories (WireMock {@code mappings/} and {@code __files/}, and a
   * {@code utility.json} set-up) served in addition to the default 2030.5 resources. Default: none.
   */
  @Parameter(property = "sep2.fixtures")
  String fixtures;

  /**
   * Your copy of IEEE's sep.xsd (CSIP-AUS schemas beside it, when there): every document a client
   * sends is validated, each violation is a finding. Default: none.
   */
  @Parameter(property = "sep2.schema")
  File schema;

  /**
   * Port of the admin interface (plain HTTP with JSON, on 127.0.0.1 only): controls, default
   * controls, the clock, comms faults, and an operator's {@code proceed}; 0 picks a free one.
   * Default: off.
   */
  @Parameter(property = "sep2.admin.port")
  Integer adminPort;

  /** Writes an NSS key log (for Wireshark) to this file. Default: none. */
  @Parameter(property = "sep2.keyLog")
  File keyLog;

  /**
   * Writes every connection as pcapng with the TLS secrets embedded (Wireshark and tshark open it
   * decrypted with no other file) to this file. Default: none.
   */
  @Parameter(property = "sep2.capture")
  File capture;

  /** {@code sep2:serve}, {@code sep2:conformance}: the prefix of every message. */
  abstract String goal();

  /**
   * The goal's parameters as server options; the goal adds its own before {@code build()}.
   *
   * @throws MojoFailureException for a parameter the options refuse, naming it
   */
  final ServerOptions.Builder serverOptions(Consumer<ConnectionRecord> onConnection)
      throws MojoFailureException {
    try {
      ServerOptions.Builder options =
          ServerOptions.builder().host(host).port(port).onConnection(onConnection);
      if (pkiDir != null) {
        options.pkiDirectory(pkiDirectory());
        char[] secret = PkiPassword.resolve(goal(), password, passwordEnv);
        options.pkiPassword(secret);
        Arrays.fill(secret, '\0');
      }
      if (seed != null && !seed.isEmpty()) {
        options.pkiSeed(seed);
      }
      if (chainLength != null) {
        options.chainLength(chainLength);
      }
      for (String location : split(trust)) {
        options.trust(Path.of(location).toAbsolutePath().toString());
      }
      if (schema != null) {
        Path xsd = schema.toPath().toAbsolutePath();
        if (!Files.isRegularFile(xsd)) {
          throw new MojoFailureException(
              goal() + ": the schema " + xsd + " (sep2.schema) does not exist");
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
              goal() + ": fixture directory " + dir + " (sep2.fixtures) does not exist");
        }
        options.fixtures(dir.toString());
      }
      if (keyLog != null) {
        options.keyLog(keyLog.toPath());
      }
      if (capture != null) {
        options.capture(capture.toPath());
      }
      return options;
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new MojoFailureException(goal() + ": " + e.getMessage(), e);
    }
  }

  /** Builds the options, a refused combination as a {@link MojoFailureException}. */
  final ServerOptions build(ServerOptions.Builder options) throws MojoFailureException {
    try {
      return options.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new MojoFailureException(goal() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Starts the server: a PKI that cannot be written is a broken environment ({@link
   * MojoExecutionException}); bad PKI directories, fixtures and ports are the user's ({@link
   * MojoFailureException}).
   */
  final Sep2MockServer start(ServerOptions options)
      throws MojoFailureException, MojoExecutionException {
    try {
      return new Sep2MockServer(options).start();
    } catch (KeystoreException e) {
      throw new MojoExecutionException(goal() + ": cannot write the PKI: " + e.getMessage(), e);
    } catch (UncheckedIOException
        | FixturePackException
        | PkiDirectoryException
        | IllegalArgumentException e) {
      throw new MojoFailureException(goal() + ": " + e.getMessage(), e);
    }
  }

  final Path pkiDirectory() {
    return pkiDir.toPath().toAbsolutePath().normalize();
  }

  static List<String> split(String list) {
    if (list == null || list.isBlank()) {
      return List.of();
    }
    return Stream.of(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
