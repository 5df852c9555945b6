package io.sep2.bench;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.testing.ExternalCommand;
import io.sep2.testing.OpenSslVersion;
import io.sep2.testing.RunningProcess;
import io.sep2.testing.Tool;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenSSL side of the benchmarks: {@code openssl s_server} as the reference server and {@code
 * openssl s_time -new} as the client load for both servers, with the same seeded PKI's files.
 */
final class OpenSsl {

  private static final Pattern CONNECTIONS = Pattern.compile("(\\d+) connections in [\\d.]+s;");

  /** The files {@code s_server} and {@code s_time} use. */
  record PemFiles(
      Path directory,
      Path serca,
      Path serverChain,
      Path serverKey,
      Path serverIntermediates,
      Path verifyStore,
      Path deviceChain,
      Path deviceKey) {}

  private OpenSsl() {}

  /** {@code openssl version}, e.g. {@code OpenSSL 3.0.19 27 Jan 2026}, for the report. */
  static String version() {
    return Tool.OPENSSL.isInstalled() ? OpenSslVersion.installed() : "not installed";
  }

  /** The {@code -cipher} value: OpenSSL 3.2 and later need security level 0 for CCM_8. */
  static String cipher() {
    return OpenSslVersion.ccm8Cipher();
  }

  /**
   * Writes the PKI's files, plus the server's intermediates (MICA, MCA: sent in its chain, as the
   * mock server does), a verify store with the SERCA and the intermediates ({@code s_time} sends
   * only the device's leaf certificate, so the server completes the chain from known intermediates,
   * as the mock server does), and the file {@code dcap} that {@code -WWW} serves.
   */
  static PemFiles write(Sep2Pki pki, Path directory, String dcapBody) throws IOException {
    PkiFiles files = PkiFiles.write(pki, directory);
    StringBuilder intermediates = new StringBuilder();
    for (String name : List.of("mica.pem", "mca.pem")) {
      Path p = directory.resolve(name);
      if (Files.exists(p)) {
        intermediates.append(Files.readString(p));
      }
    }
    Path inter = directory.resolve("server-intermediates.pem");
    Files.writeString(inter, intermediates);
    Path verify = directory.resolve("verify-store.pem");
    Files.writeString(verify, Files.readString(files.serca()) + intermediates);
    Files.writeString(directory.resolve("dcap"), dcapBody);
    return new PemFiles(
        directory,
        files.serca(),
        files.serverChain(),
        files.serverKey(),
        inter,
        verify,
        files.deviceChain(),
        files.deviceKey());
  }

  /** The reference server command (see BENCHMARKS.md). */
  static List<String> serverCommand(PemFiles f, int port) {
    return List.of(
        "openssl",
        "s_server",
        "-accept",
        Http.HOST + ":" + port,
        "-tls1_2",
        "-cipher",
        cipher(),
        "-Verify",
        "4",
        "-verify_return_error",
        "-verify_quiet",
        "-groups",
        "P-256",
        "-no_cache",
        "-no_ticket",
        "-cert",
        f.serverChain().toString(),
        "-key",
        f.serverKey().toString(),
        "-cert_chain",
        f.serverIntermediates().toString(),
        "-CAfile",
        f.verifyStore().toString(),
        "-WWW",
        "-quiet");
  }

  /**
   * Starts {@code s_server} in the files' directory (so {@code GET /dcap} serves {@code dcap}) and
   * waits until it accepts TCP connections ({@code -quiet} keeps it from printing {@code ACCEPT}).
   */
  static RunningProcess startServer(PemFiles f, int port) throws IOException, InterruptedException {
    RunningProcess server =
        ExternalCommand.of(serverCommand(f, port))
            .in(f.directory())
            .named("openssl s_server")
            .keepLast(Servers.TRANSCRIPT)
            .start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (true) {
        try (Socket probe = new Socket()) {
          probe.connect(new InetSocketAddress(Http.HOST, port), 1000);
          return server;
        } catch (IOException e) {
          if (!server.isAlive() || System.nanoTime() > deadline) {
            throw new IOException(
                "openssl s_server did not start: " + e + "\n" + server.output(), e);
          }
          Thread.sleep(10);
        }
      }
    } catch (IOException | InterruptedException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /**
   * One load client: full handshakes (no resumption) in a loop for {@code seconds}, each presenting
   * the device certificate and GETting {@code /dcap} (HTTP/1.0, so the server closes after the
   * answer).
   */
  static List<String> clientCommand(PemFiles f, int port, int seconds) {
    List<String> c = new ArrayList<>();
    c.addAll(
        List.of(
            "openssl",
            "s_time",
            "-new",
            "-connect",
            Http.HOST + ":" + port,
            "-tls1_2",
            "-cipher",
            cipher(),
            "-cert",
            f.deviceChain().toString(),
            "-key",
            f.deviceKey().toString(),
            "-www",
            "/dcap",
            "-time",
            Integer.toString(seconds)));
    return c;
  }

  /**
   * The number of connections an {@code s_time} run reports.
   *
   * @throws IOException when it reports an error or no count
   */
  static long connections(String output) throws IOException {
    Matcher m = CONNECTIONS.matcher(output);
    if (output.contains("ERROR") || !m.find()) {
      throw new IOException("openssl s_time failed:\n" + tail(output));
    }
    return Long.parseLong(m.group(1));
  }

  private static String tail(String s) {
    return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
  }
}
