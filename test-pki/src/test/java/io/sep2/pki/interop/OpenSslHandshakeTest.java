package io.sep2.pki.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.pki.testing.Command;
import io.sep2.pki.testing.Command.Result;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real COMM-003 style handshake with the exported files: {@code openssl s_server} (TLS 1.2,
 * ECDHE-ECDSA-AES128-CCM8 only, client certificate required and verified against the SERCA alone)
 * serves with {@code server-chain.pem}/{@code server-key.pem}; curl and {@code openssl s_client}
 * connect with the README's commands. Everything stays on 127.0.0.1 with a port the server picks;
 * each server accepts a bounded number of connections and is stopped afterwards.
 */
class OpenSslHandshakeTest {

  @TempDir Path dir;

  private final List<Process> servers = new ArrayList<>();

  @AfterEach
  void stopServers() throws InterruptedException {
    for (Process server : servers) {
      server.destroy();
      if (!server.waitFor(5, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  @ParameterizedTest(name = "chain length {0}")
  @ValueSource(ints = {2, 3, 4})
  void readmeCommandsCompleteAMutualCcm8Handshake(int chainLength) throws Exception {
    PkiFiles files =
        PkiFiles.write(
            Sep2Pki.builder().seed("handshake-" + chainLength).chainLength(chainLength).build(),
            dir);
    String readme = Files.readString(files.readme());
    Server server = startServer(2);

    String curl = command(readme, "curl ", server.port);
    Result curlResult = Command.run(dir, "sh", "-c", curl + " -sS -o /dev/null -w '%{http_code}'");
    String sClient = command(readme, "openssl s_client ", server.port);
    Result sClientResult =
        Command.runWithInput(dir, "Q\n", "sh", "-c", sClient + " -verify_return_error -brief");

    assertThat(curlResult.exitCode()).as(curl + "\n" + curlResult.output()).isZero();
    assertThat(curlResult.output()).isEqualTo("200");
    assertThat(sClientResult.output())
        .as(sClient)
        .contains("Protocol version: TLSv1.2")
        .contains("Ciphersuite: ECDHE-ECDSA-AES128-CCM8")
        .contains("Verification: OK");
    assertThat(server.output()).doesNotContain("verify error");
  }

  @Test
  void sClientWithoutCertChainSendsOnlyTheLeaf() throws Exception {
    // why the README adds -cert_chain: with a MICA (and MCA) the server cannot build the path
    PkiFiles.write(Sep2Pki.builder().seed("handshake-leaf-only").chainLength(4).build(), dir);
    Server server = startServer(1);

    Result result =
        Command.runWithInput(
            dir,
            "Q\n",
            "openssl",
            "s_client",
            "-connect",
            "127.0.0.1:" + server.port,
            "-tls1_2",
            "-cipher",
            "ECDHE-ECDSA-AES128-CCM8",
            "-cert",
            "device-chain.pem",
            "-key",
            "device-key.pem",
            "-CAfile",
            "serca.pem",
            "-brief");

    assertThat(result.output()).contains("alert unknown ca");
  }

  // ------------------------------------------------------------------ helpers

  private record Server(int port, Process process, ByteArrayOutputStream log) {
    String output() {
      synchronized (log) {
        return log.toString(StandardCharsets.UTF_8);
      }
    }
  }

  private Server startServer(int connections) throws InterruptedException {
    Process process =
        Command.start(
            dir,
            "openssl",
            "s_server",
            "-accept",
            "127.0.0.1:0",
            "-naccept",
            String.valueOf(connections),
            "-tls1_2",
            "-cipher",
            "ECDHE-ECDSA-AES128-CCM8",
            "-cert",
            "server-chain.pem",
            "-cert_chain",
            "server-chain.pem",
            "-key",
            "server-key.pem",
            "-CAfile",
            "serca.pem",
            "-Verify",
            "4",
            "-verify_return_error",
            "-www");
    servers.add(process);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Command.pump(process.getInputStream(), log);
    Pattern accept = Pattern.compile("ACCEPT 127\\.0\\.0\\.1:(\\d+)");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      String text;
      synchronized (log) {
        text = log.toString(StandardCharsets.UTF_8);
      }
      Matcher m = accept.matcher(text);
      if (m.find()) {
        return new Server(Integer.parseInt(m.group(1)), process, log);
      }
      if (!process.isAlive()) {
        throw new AssertionError("openssl s_server exited: " + text);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("openssl s_server did not start listening within 20 s");
  }

  /** The README line that starts with {@code prefix}, PORT replaced. */
  private static String command(String readme, String prefix, int port) {
    return readme
        .lines()
        .map(String::strip)
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("README has no '" + prefix + "' command:\n" + readme))
        .replace("PORT", String.valueOf(port));
  }
}
