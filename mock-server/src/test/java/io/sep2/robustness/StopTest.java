package io.sep2.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code stop()} with connections open in every state (idle TCP, half a hello, mid-handshake,
 * kept-alive HTTP) returns promptly, frees the port at once (it can be bound again right away, and
 * a new server can take it), and leaves nothing behind.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StopTest {

  @BeforeAll
  static void warmUp() throws Exception {
    Warmup.once();
  }

  @Test
  void stopWithOpenConnectionsFreesThePortAtOnceAndLeavesNothingBehind() throws Exception {
    ResourceSnapshot.around(
        "stop",
        () -> {
          List<AutoCloseable> clients = new ArrayList<>();
          Sep2MockServer server =
              new Sep2MockServer(
                      ServerOptions.builder()
                          .pki(GoodClient.PKI)
                          .handshakeTimeout(Duration.ofSeconds(30))
                          .idleTimeout(Duration.ofSeconds(30))
                          .build())
                  .start();
          int port = server.port();
          long took;
          try {
            for (int i = 0; i < 10; i++) {
              Socket idle = new Socket();
              idle.connect(new InetSocketAddress("127.0.0.1", port), 5000);
              clients.add(idle);
              Socket half = new Socket();
              half.connect(new InetSocketAddress("127.0.0.1", port), 5000);
              OutputStream out = half.getOutputStream();
              out.write(Hellos.good2030_5(), 0, 40);
              out.flush();
              clients.add(half);
              GoodClient kept = GoodClient.connect(GoodClient.tls(server), port);
              assertThat(kept.get("/dcap", true).status()).isEqualTo(200);
              clients.add(kept);
            }
            Thread.sleep(200);
            long start = System.nanoTime();
            server.stop();
            took = System.nanoTime() - start;
            assertThat(server.isRunning()).isFalse();
            try (ServerSocket again =
                new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
              assertThat(again.getLocalPort()).isEqualTo(port);
            }
            try (Sep2MockServer next =
                new Sep2MockServer(ServerOptions.builder().pki(GoodClient.PKI).port(port).build())
                    .start()) {
              assertThat(GoodClient.fetchOnce(next, "/dcap")).isEqualTo(200);
            }
            for (AutoCloseable c : clients) {
              if (c instanceof GoodClient g) {
                assertThat(g.closedByServerWithin(Duration.ofSeconds(2))).isTrue();
              }
            }
          } finally {
            server.stop();
            for (AutoCloseable c : clients) {
              try {
                c.close();
              } catch (IOException ignored) {
                // already closed by the server
              }
            }
          }
          assertThat(Duration.ofNanos(took)).isLessThan(Duration.ofSeconds(2));
          Figures.record(
              "stop",
              "stop() with 30 open connections (10 idle, 10 mid-hello, 10 kept-alive) took "
                  + TimeUnit.NANOSECONDS.toMillis(took)
                  + " ms; port bound again at once by a ServerSocket and by a new server");
        });
  }

  @Test
  void stopWhileClientsKeepConnectingLeavesNoConnectionRunning() throws Exception {
    ResourceSnapshot.around(
        "stop/racing-connects",
        () -> {
          long slowest = 0;
          int rounds = 2;
          for (int round = 0; round < rounds; round++) {
            Sep2MockServer server =
                new Sep2MockServer(
                        ServerOptions.builder()
                            .pki(GoodClient.PKI)
                            .handshakeTimeout(Duration.ofSeconds(30))
                            .build())
                    .start();
            int port = server.port();
            List<Socket> sockets = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.atomic.AtomicBoolean stop =
                new java.util.concurrent.atomic.AtomicBoolean();
            List<Thread> connectors = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
              Thread c =
                  new Thread(
                      () -> {
                        while (!stop.get()) {
                          try {
                            Socket s = new Socket();
                            sockets.add(s);
                            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                            s.getOutputStream().write(Hellos.good2030_5(), 0, 20);
                          } catch (IOException e) {
                            // refused once the server is stopped
                          }
                        }
                      },
                      "racing-connector-" + t);
              c.start();
              connectors.add(c);
            }
            Thread.sleep(150);
            long start = System.nanoTime();
            server.stop();
            long took = System.nanoTime() - start;
            slowest = Math.max(slowest, took);
            // a worker that finished may need a moment to leave the pool; one still serving a
            // connection would stay (handshake timeout 30 s)
            long graceEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (System.nanoTime() < graceEnd && connectionThreads(port) > 0) {
              Thread.sleep(10);
            }
            List<String> running =
                Thread.getAllStackTraces().entrySet().stream()
                    .filter(
                        e ->
                            e.getKey().isAlive()
                                && e.getKey().getName().startsWith("sep2-conn-" + port + "-"))
                    .map(
                        e ->
                            e.getKey().getName()
                                + " "
                                + e.getKey().getState()
                                + " "
                                + java.util.Arrays.stream(e.getValue())
                                    .limit(12)
                                    .map(String::valueOf)
                                    .toList())
                    .toList();
            stop.set(true);
            for (Thread c : connectors) {
              c.join(5000);
            }
            synchronized (sockets) {
              for (Socket s : sockets) {
                s.close();
              }
            }
            assertThat(running).as("connection threads still running after stop()").isEmpty();
            assertThat(Duration.ofNanos(took)).isLessThan(Duration.ofSeconds(2));
          }
          Figures.record(
              "stop/racing-connects",
              rounds
                  + " rounds of stop() while 4 clients keep connecting: no connection thread"
                  + " outlived stop(); slowest stop() "
                  + TimeUnit.NANOSECONDS.toMillis(slowest)
                  + " ms");
        });
  }

  private static long connectionThreads(int port) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("sep2-conn-" + port + "-"))
        .count();
  }
}
