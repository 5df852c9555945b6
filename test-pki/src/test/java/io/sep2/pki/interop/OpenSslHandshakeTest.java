package io.sep2.pki.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.testing.OpenSslVersion;
import io.sep2.testing.ProcessResult;
import io.sep2.testing.RunningProcess;
import io.sep2.testing.SClient;
import io.sep2.testing.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

  private final List<RunningProcess> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(RunningProcess::close);
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
    ProcessResult curlResult =
        Tool.SH.command("-c", curl + " -sS -o /dev/null -w '%{http_code}'").in(dir).run();
    String sClient = command(readme, "openssl s_client ", server.port);
    ProcessResult sClientResult =
        Tool.SH.command("-c", sClient + " -verify_return_error -brief").in(dir).stdin("Q\n").run();

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

    ProcessResult result =
        SClient.connect("127.0.0.1", server.port)
            .tls12Ccm8()
            .cert(Path.of("device-chain.pem"), Path.of("device-key.pem"))
            .caFile(Path.of("serca.pem"))
            .options("-brief")
            .command()
            .in(dir)
            .stdin("Q\n")
            .run();

    assertThat(result.output()).contains("alert unknown ca");
  }

  // ------------------------------------------------------------------ helpers

  private record Server(int port, RunningProcess process) {
    String output() {
      return process.output();
    }
  }

  private Server startServer(int connections) {
    RunningProcess process =
        Tool.OPENSSL
            .command(
                "s_server",
                "-accept",
                "127.0.0.1:0",
                "-naccept",
                String.valueOf(connections),
                "-tls1_2",
                "-cipher",
                OpenSslVersion.ccm8Cipher(),
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
                "-www")
            .in(dir)
            .start();
    servers.add(process);
    Pattern accept = Pattern.compile("ACCEPT 127\\.0\\.0\\.1:(\\d+)");
    if (!process.awaitOutput(o -> accept.matcher(o).find(), Duration.ofSeconds(20))) {
      throw new AssertionError(
          "openssl s_server "
              + (process.isAlive() ? "did not start listening within 20 s: " : "exited: ")
              + process.output());
    }
    Matcher m = accept.matcher(process.output());
    m.find();
    return new Server(Integer.parseInt(m.group(1)), process);
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
