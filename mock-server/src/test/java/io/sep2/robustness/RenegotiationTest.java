package io.sep2.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.keystore.PkiFiles;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.testing.ProcessResult;
import io.sep2.testing.SClient;
import io.sep2.testing.TlsEncoding;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renegotiation attempts and other handshake messages inside the encrypted channel after a good
 * handshake: the server refuses (a no_renegotiation warning, or a fatal alert and a close), never
 * hangs, and keeps serving.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RenegotiationTest {

  private static final int JUNK_MESSAGES = Figures.intProperty("sep2.fuzz.inchannel.tries", 25);

  @TempDir Path dir;

  @BeforeAll
  static void warmUp() throws Exception {
    Warmup.once();
  }

  private static Sep2MockServer start() {
    return new Sep2MockServer(
            ServerOptions.builder()
                .pki(GoodClient.PKI)
                .handshakeTimeout(Duration.ofSeconds(5))
                .idleTimeout(Duration.ofSeconds(2))
                .build())
        .start();
  }

  @Test
  void aSecondClientHelloInTheEncryptedChannelIsRefusedAndTheConnectionStaysUsable()
      throws Exception {
    ResourceSnapshot.around(
        "renegotiation/in-channel-hello",
        () -> {
          try (Sep2MockServer server = start()) {
            for (int i = 0; i < 4; i++) {
              try (InChannelClient client =
                  InChannelClient.connect(server.port(), GoodClient.PKI.device())) {
                assertThat(client.get("/dcap")).isEqualTo("HTTP/1.1 200 OK");
                client.sendHandshakeMessage(TlsEncoding.handshakeMessageOf(Hellos.good2030_5()));
                String after;
                try {
                  after = client.get("/tm");
                } catch (IOException e) {
                  after = "ended: " + e;
                }
                // refused with a warning and still usable, or ended with a fatal alert
                assertThat(after).matches("HTTP/1.1 200 OK|ended: .*");
                assertThat(client.alertsReceived())
                    .as("the server said no")
                    .isNotEmpty()
                    .allMatch(a -> a.equals("warning:100") || a.startsWith("fatal:"));
                if (i == 0) {
                  Figures.record(
                      "renegotiation/in-channel-hello",
                      "a second ClientHello after the handshake: server sent "
                          + client.alertsReceived()
                          + " (100 = no_renegotiation); next request: "
                          + after);
                }
              }
            }
            assertThat(GoodClient.fetchOnce(server, "/dcap")).isEqualTo(200);
          }
        });
  }

  @Test
  void junkHandshakeMessagesInTheEncryptedChannelEndTheConnectionOrAreRefused() throws Exception {
    ResourceSnapshot.around(
        "renegotiation/in-channel-junk",
        () -> {
          Map<String, Integer> outcomes = new TreeMap<>();
          Random random = new Random(MalformedTlsFuzzTest.SEED + 6);
          long started = System.nanoTime();
          try (Sep2MockServer server = start()) {
            for (int i = 0; i < JUNK_MESSAGES; i++) {
              int type =
                  random.nextInt(4) == 0
                      ? random.nextInt(256)
                      : new int[] {0, 1, 2, 4, 11, 13, 15, 16, 20, 24}[random.nextInt(10)];
              byte[] body = new byte[random.nextInt(200)];
              random.nextBytes(body);
              try (InChannelClient client =
                  InChannelClient.connect(server.port(), GoodClient.PKI.device())) {
                client.sendHandshakeMessage(TlsEncoding.handshakeMessage(type, body));
                String outcome;
                try {
                  outcome = "usable (" + client.get("/dcap") + ")";
                } catch (IOException e) {
                  outcome = "ended";
                }
                if (outcome.startsWith("usable")) {
                  // it is allowed to go on only after refusing with a warning
                  assertThat(client.alertsReceived()).contains("warning:100");
                }
                outcomes.merge(outcome + " " + client.alertsReceived(), 1, Integer::sum);
              }
            }
            assertThat(server.awaitHandshakes(Duration.ofSeconds(5))).isTrue();
            FaultsTest.waitUntilAllClosed(server, Duration.ofSeconds(10));
            List<ConnectionRecord> records = server.connections();
            assertThat(records).allMatch(r -> r.end() != null);
            assertThat(GoodClient.fetchOnce(server, "/dcap")).isEqualTo(200);
          }
          Figures.record(
              "renegotiation/in-channel-junk",
              String.format(
                  Locale.ROOT,
                  "%d random handshake messages after a good handshake in %.1f s: %s",
                  JUNK_MESSAGES,
                  (System.nanoTime() - started) / 1e9,
                  outcomes));
        });
  }

  @Test
  void opensslClientInitiatedRenegotiationIsRefused() throws Exception {
    PkiFiles files = PkiFiles.write(GoodClient.PKI, dir.resolve("pki"));
    ResourceSnapshot.around(
        "renegotiation/openssl",
        () -> {
          try (Sep2MockServer server = start()) {
            // interactive s_client: a line "R" renegotiates (TLS 1.2); then a request
            ProcessResult result =
                SClient.connect("127.0.0.1", server.port())
                    .tls12Ccm8()
                    .cert(files.deviceChain(), files.deviceKey())
                    .command()
                    .stdin("R\nGET /dcap HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .timeout(Duration.ofSeconds(20))
                    .run();
            assertThat(result.output()).contains("RENEGOTIATING");
            server.awaitHandshakes(Duration.ofSeconds(5));
            FaultsTest.waitUntilAllClosed(server, Duration.ofSeconds(10));
            assertThat(server.connections()).allMatch(r -> r.end() != null);
            assertThat(GoodClient.fetchOnce(server, "/dcap")).isEqualTo(200);
            String tail =
                result
                    .output()
                    .lines()
                    .filter(
                        l ->
                            l.contains("renegotiation")
                                || l.contains("RENEGOTIATING")
                                || l.contains("HTTP/1.1"))
                    .toList()
                    .toString();
            Figures.record("renegotiation/openssl", "openssl s_client 'R': " + tail);
          }
        });
  }
}
