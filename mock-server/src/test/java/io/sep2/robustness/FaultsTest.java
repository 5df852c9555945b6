package io.sep2.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.tls.diagnostics.Diagnosis;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Idle and slow clients, the connection limit, and clients that reset: each is cut off or cleaned
 * up, never starves the accept loop or the worker pool, and leaves no thread, socket or heap
 * behind.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FaultsTest {

  private static final Duration SHORT = Duration.ofMillis(1000);
  private static final Duration TRICKLE = Duration.ofMillis(200);

  /** Cut-off must come within the timeout plus this much scheduling slack. */
  private static final Duration SLACK = Duration.ofMillis(1500);

  @BeforeAll
  static void warmUp() throws Exception {
    Warmup.once();
  }

  private static Sep2MockServer start(Duration handshake, Duration idle, int maxConnections) {
    return new Sep2MockServer(
            ServerOptions.builder()
                .pki(GoodClient.PKI)
                .handshakeTimeout(handshake)
                .idleTimeout(idle)
                .maxConnections(maxConnections)
                .build())
        .start();
  }

  private static Socket rawConnect(Sep2MockServer server) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
    return socket;
  }

  @Test
  void idleClientsAreCutAtTheHandshakeTimeout() throws Exception {
    ResourceSnapshot.around(
        "faults/idle",
        () -> {
          try (Sep2MockServer server = start(SHORT, SHORT, 64)) {
            List<Socket> idle = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
              idle.add(rawConnect(server));
            }
            long start = System.nanoTime();
            for (Socket socket : idle) {
              socket.setSoTimeout((int) (SHORT.plus(SLACK).toMillis()));
              assertThat(socket.getInputStream().read()).as("closed by the server").isEqualTo(-1);
              socket.close();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isLessThan(SHORT.plus(SLACK));
            server.awaitHandshakes(Duration.ofSeconds(5));
            assertThat(server.connections())
                .hasSize(20)
                .allSatisfy(
                    r -> assertThat(r.diagnosis().cause()).isEqualTo(Diagnosis.Cause.NOTHING_SENT));
            assertThat(GoodClient.fetchOnce(server, "/dcap")).isEqualTo(200);
            Figures.record(
                "faults/idle",
                "20 idle TCP clients all cut after " + took.toMillis() + " ms (timeout 1 s)");
          }
        });
  }

  @Test
  void aSlowHandshakeIsCutAtTheHandshakeTimeoutNotAtEachByte() throws Exception {
    ResourceSnapshot.around(
        "faults/slow-handshake",
        () -> {
          try (Sep2MockServer server = start(SHORT, SHORT, 64);
              Socket socket = rawConnect(server)) {
            // a real ClientHello, one byte every 200 ms: each read is fast, the whole is far too
            // slow
            Slowloris.Outcome outcome = Slowloris.trickle(socket, Hellos.good2030_5(), TRICKLE);

            assertThat(outcome.cutByServer()).as("cut by the server: %s", outcome).isTrue();
            assertThat(outcome.lived()).isLessThan(SHORT.plus(SLACK));
            server.awaitHandshakes(Duration.ofSeconds(5));
            ConnectionRecord record = server.connections().get(0);
            assertThat(record.failed()).isTrue();
            assertThat(record.diagnosis().cause())
                .isIn(Diagnosis.Cause.TIMEOUT, Diagnosis.Cause.TRUNCATED_HELLO);
            assertThat(record.diagnosis().toText())
                .contains("did not complete the TLS handshake within 1000 ms");
            Figures.record(
                "faults/slow-handshake",
                "ClientHello at 1 byte/200 ms cut after "
                    + outcome.lived().toMillis()
                    + " ms, "
                    + outcome.bytesSent()
                    + " bytes (handshake timeout 1 s)");
          }
        });
  }

  @Test
  void aClientThatStallsOrLeavesAfterAGoodHelloIsDiagnosedAsSuchNotAsAServerError()
      throws Exception {
    ResourceSnapshot.around(
        "faults/stall-or-leave",
        () -> {
          try (Sep2MockServer server = start(SHORT, SHORT, 64)) {
            long mark = server.connectionMark();
            try (Socket stalls = rawConnect(server);
                Socket leaves = rawConnect(server)) {
              stalls.getOutputStream().write(Hellos.good2030_5());
              leaves.getOutputStream().write(Hellos.good2030_5());
              leaves.shutdownOutput();
              stalls.setSoTimeout((int) SHORT.plus(SLACK).toMillis());
              stalls.getInputStream().readAllBytes(); // the server's flight, then its close
            }
            server.awaitHandshakes(Duration.ofSeconds(5));
            List<Diagnosis.Cause> causes =
                server.connectionsSince(mark).stream().map(r -> r.diagnosis().cause()).toList();
            // Bouncy Castle raises internal_error(80) on its way out of a failed read; the
            // diagnosis must name the client's timeout or departure, not a server error
            assertThat(causes)
                .containsExactlyInAnyOrder(Diagnosis.Cause.TIMEOUT, Diagnosis.Cause.CLIENT_CLOSED);
            Figures.record(
                "faults/stall-or-leave",
                "good hello then silence: "
                    + causes.get(0)
                    + "; good hello then FIN: "
                    + causes.get(1));
          }
        });
  }

  @Test
  void slowHttpHeadersAreCutAtTheIdleTimeoutNotAtEachByte() throws Exception {
    ResourceSnapshot.around(
        "faults/slow-headers",
        () -> {
          try (Sep2MockServer server = start(SHORT, SHORT, 64);
              GoodClient client = GoodClient.connect(GoodClient.tls(server), server.port())) {
            assertThat(client.get("/dcap", true).status()).isEqualTo(200);
            byte[] head =
                ("GET /dcap HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "X-Slow: "
                        + "a".repeat(200)
                        + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);

            Slowloris.Outcome outcome = Slowloris.trickle(client.socket(), head, TRICKLE);

            assertThat(outcome.cutByServer()).as("cut by the server: %s", outcome).isTrue();
            assertThat(outcome.lived()).isLessThan(SHORT.plus(SLACK));
            Figures.record(
                "faults/slow-headers",
                "HTTP head at 1 byte (1 TLS record)/200 ms cut after "
                    + outcome.lived().toMillis()
                    + " ms, "
                    + outcome.bytesSent()
                    + " bytes (idle timeout 1 s)");
          }
        });
  }

  @Test
  void slowClientsDoNotStarveTheAcceptLoopOrTheWorkers() throws Exception {
    ResourceSnapshot.around(
        "faults/starvation",
        () -> {
          Duration timeout = Duration.ofSeconds(3);
          int slow = 24;
          ExecutorService pool = Executors.newFixedThreadPool(slow);
          try (Sep2MockServer server = start(timeout, timeout, 32)) {
            List<Future<Slowloris.Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < slow; i++) {
              boolean inHandshake = i % 2 == 0;
              outcomes.add(
                  pool.submit(
                      () -> {
                        if (inHandshake) {
                          try (Socket s = rawConnect(server)) {
                            return Slowloris.trickle(s, Hellos.good2030_5(), TRICKLE);
                          }
                        }
                        try (GoodClient c =
                            GoodClient.connect(GoodClient.tls(server), server.port())) {
                          byte[] head =
                              ("GET /dcap HTTP/1.1\r\nHost: x\r\nX-Slow: " + "b".repeat(500))
                                  .getBytes(StandardCharsets.US_ASCII);
                          return Slowloris.trickle(c.socket(), head, TRICKLE);
                        }
                      }));
            }
            Thread.sleep(500); // all slow clients connected and trickling
            long worst = 0;
            for (int i = 0; i < 10; i++) {
              long start = System.nanoTime();
              assertThat(GoodClient.fetchOnce(server, "/dcap")).isEqualTo(200);
              worst = Math.max(worst, System.nanoTime() - start);
            }
            assertThat(Duration.ofNanos(worst)).isLessThan(Duration.ofSeconds(2));
            int cut = 0;
            for (Future<Slowloris.Outcome> f : outcomes) {
              Slowloris.Outcome o =
                  f.get(timeout.plus(SLACK).toMillis() + 2000, TimeUnit.MILLISECONDS);
              assertThat(o.cutByServer()).as("%s", o).isTrue();
              assertThat(o.lived()).isLessThan(timeout.plus(SLACK));
              cut++;
            }
            Figures.record(
                "faults/starvation",
                slow
                    + " slow clients (half in the handshake, half in HTTP headers) on a 32-connection"
                    + " server: 10 good fetches meanwhile, slowest "
                    + TimeUnit.NANOSECONDS.toMillis(worst)
                    + " ms; all "
                    + cut
                    + " slow clients cut within the 3 s timeouts");
          } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
          }
        });
  }

  /**
   * Known limit, measured: writes have no timeout, so a client that never reads a large answer
   * keeps its connection thread blocked in the write until the server stops (the idle timeout
   * covers reads only). It costs that one thread, nobody else, and stop() releases it at once.
   */
  @Test
  void aClientThatNeverReadsALargeAnswerHoldsOnlyItsOwnThreadUntilStop() throws Exception {
    ResourceSnapshot.around(
        "faults/never-reads",
        () -> {
          Sep2MockServer server = start(SHORT, SHORT, 64);
          long stopMillis;
          boolean stillBlockedAfterIdleTimeout;
          try (GoodClient reader = GoodClient.connect(GoodClient.tls(server), server.port())) {
            server
                .wireMock()
                .stubFor(
                    WireMock.get("/huge")
                        .willReturn(WireMock.aResponse().withBody(new byte[32 << 20])));
            reader
                .rawOut()
                .write("GET /huge HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            reader.rawOut().flush();
            Thread.sleep(SHORT.plus(Duration.ofMillis(500)).toMillis());
            stillBlockedAfterIdleTimeout =
                server.connections().stream().anyMatch(r -> r.end() == null);
            for (int i = 0; i < 3; i++) {
              assertThat(GoodClient.fetchOnce(server, "/dcap")).isEqualTo(200);
            }
            long start = System.nanoTime();
            server.stop();
            stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
          } finally {
            server.stop();
          }
          assertThat(stopMillis).isLessThan(2000);
          Figures.record(
              "faults/never-reads",
              "a client that never reads a 32 MiB answer: its thread "
                  + (stillBlockedAfterIdleTimeout
                      ? "is still blocked in the write after the 1 s idle timeout (writes have"
                          + " no timeout)"
                      : "was released by the idle timeout")
                  + "; other clients served meanwhile; stop() released it in "
                  + stopMillis
                  + " ms");
        });
  }

  @Test
  void theConnectionLimitClosesExtraConnectionsWithALogLineAndRecovers() throws Exception {
    ResourceSnapshot.around(
        "faults/connection-limit",
        () -> {
          // the server logs through System.Logger, which the JDK binds to java.util.logging
          java.util.logging.Logger serverLog = java.util.logging.Logger.getLogger("io.sep2.server");
          List<String> captured = new java.util.concurrent.CopyOnWriteArrayList<>();
          java.util.logging.Handler handler =
              new java.util.logging.Handler() {
                @Override
                public void publish(java.util.logging.LogRecord record) {
                  captured.add(record.getMessage());
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
              };
          serverLog.addHandler(handler);
          List<Socket> hogs = new ArrayList<>();
          try (Sep2MockServer server = start(SHORT, SHORT, 4)) {
            for (int i = 0; i < 4; i++) {
              hogs.add(rawConnect(server));
            }
            Thread.sleep(200);
            try (Socket extra = rawConnect(server)) {
              extra.setSoTimeout(2000);
              long start = System.nanoTime();
              assertThat(extra.getInputStream().read()).isEqualTo(-1);
              assertThat(Duration.ofNanos(System.nanoTime() - start))
                  .isLessThan(Duration.ofMillis(500));
            }
            Thread.sleep(100);
            String log = String.join("\n", captured);
            assertThat(log)
                .contains("connection limit of 4 open connections reached")
                .contains("closing new connection from /127.0.0.1:");
            // the idle hogs are cut at the handshake timeout; then new clients are served again
            for (Socket hog : hogs) {
              hog.setSoTimeout((int) SHORT.plus(SLACK).toMillis());
              assertThat(hog.getInputStream().read()).isEqualTo(-1);
            }
            server.awaitHandshakes(Duration.ofSeconds(5));
            Thread.sleep(100);
            assertThat(GoodClient.fetchOnce(server, "/dcap")).isEqualTo(200);
            Figures.record(
                "faults/connection-limit",
                "5th connection on a maxConnections(4) server closed at once; log: "
                    + log.lines()
                        .filter(l -> l.contains("connection limit"))
                        .findFirst()
                        .orElse("")
                        .strip());
          } finally {
            serverLog.removeHandler(handler);
            for (Socket hog : hogs) {
              hog.close();
            }
          }
        });
  }

  @Test
  void clientsThatResetMidHandshakeOrMidResponseLeaveNothingBehind() throws Exception {
    ResourceSnapshot.around(
        "faults/resets",
        () -> {
          int resets = 20;
          try (Sep2MockServer server = start(Duration.ofSeconds(5), Duration.ofSeconds(5), 64)) {
            server
                .wireMock()
                .stubFor(
                    WireMock.get("/big")
                        .willReturn(
                            WireMock.aResponse().withStatus(200).withBody(new byte[2 << 20])));
            for (int i = 0; i < resets; i++) {
              // mid-handshake: the hello, part of the server's answer, then RST
              try (Socket s = rawConnect(server)) {
                s.getOutputStream().write(Hellos.good2030_5());
                s.getOutputStream().flush();
                s.setSoTimeout(5000);
                InputStream in = s.getInputStream();
                if (i % 2 == 0) {
                  in.readNBytes(10);
                }
                s.setSoLinger(true, 0);
              }
              // mid-response: a 2 MiB answer, a few KiB read, then RST under the TLS session
              Socket plain = rawConnect(server);
              try (GoodClient c = GoodClient.connectOver(GoodClient.tls(server), plain)) {
                c.rawOut()
                    .write(
                        "GET /big HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                c.rawOut().flush();
                c.socket().getInputStream().readNBytes(4096);
                plain.setSoLinger(true, 0);
                plain.close();
              } catch (IOException e) {
                // closing the TLS socket over a reset socket may complain
              }
            }
            assertThat(server.awaitHandshakes(Duration.ofSeconds(10))).isTrue();
            waitUntilAllClosed(server, Duration.ofSeconds(10));
            List<ConnectionRecord> records = server.connections();
            assertThat(records).hasSize(2 * resets).allMatch(r -> r.end() != null);
            assertThat(GoodClient.fetchOnce(server, "/dcap")).isEqualTo(200);
            Figures.record(
                "faults/resets",
                resets
                    + " resets mid-handshake and "
                    + resets
                    + " mid-response (2 MiB answer): every connection closed and recorded");
          }
        });
  }

  static void waitUntilAllClosed(Sep2MockServer server, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline
        && server.connections().stream().anyMatch(r -> r.end() == null)) {
      Thread.sleep(20);
    }
  }

  /** Copies writes to two streams. */
}
