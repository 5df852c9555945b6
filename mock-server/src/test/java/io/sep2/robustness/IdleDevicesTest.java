package io.sep2.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.tls.Sep2ClientTls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Kept-alive device connections between requests hold no thread (they wait in the server's
 * selector), and each goes on where it stopped when its device sends again: real BCJSSE clients,
 * real handshakes.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class IdleDevicesTest {

  private static final int DEVICES = 20;

  @BeforeAll
  static void warmUp() throws Exception {
    Warmup.once();
  }

  private static Sep2MockServer start(Duration idleTimeout) {
    return new Sep2MockServer(
            ServerOptions.builder().pki(GoodClient.PKI).idleTimeout(idleTimeout).build())
        .start();
  }

  @Test
  void idleDevicesHoldNoThreadAndAreServedOnTheSameConnectionWhenTheyPollAgain() throws Exception {
    try (Sep2MockServer server = start(Duration.ofSeconds(30))) {
      Sep2ClientTls tls = GoodClient.tls(server);
      List<GoodClient> devices = new ArrayList<>();
      try {
        for (int i = 0; i < DEVICES; i++) {
          GoodClient device = GoodClient.connect(tls, server.port());
          devices.add(device);
          assertThat(device.get("/dcap", true).status()).isEqualTo(200);
        }

        List<String> serving = awaitNoThreadServing(server.port());
        assertThat(serving).as("connection threads serving %d idle devices", DEVICES).isEmpty();

        for (GoodClient device : devices) {
          assertThat(device.get("/tm", true).status()).isEqualTo(200);
        }
        assertThat(server.connections()).hasSize(DEVICES);
        assertThat(server.connections())
            .allSatisfy(
                record ->
                    assertThat(record.exchanges())
                        .extracting(e -> e.uri())
                        .containsExactly("/dcap", "/tm"));
        Figures.record(
            "idle/devices",
            DEVICES
                + " kept-alive devices idle between polls: no connection thread serving them;"
                + " each served again on its connection");
      } finally {
        for (GoodClient device : devices) {
          device.close();
        }
      }
    }
  }

  @Test
  void anIdleDeviceIsClosedAtTheIdleTimeoutWithItsRecordClosed() throws Exception {
    Duration idleTimeout = Duration.ofMillis(500);
    try (Sep2MockServer server = start(idleTimeout);
        GoodClient device = GoodClient.connect(GoodClient.tls(server), server.port())) {
      assertThat(device.get("/dcap", true).status()).isEqualTo(200);
      long idleSince = System.nanoTime();

      assertThat(device.closedByServerWithin(Duration.ofSeconds(10))).isTrue();
      long lived = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - idleSince);

      // not at once: the timeout counts from the moment the server parked the connection, just
      // after
      // it wrote the answer; the client sees the answer a little later
      assertThat(lived).isGreaterThanOrEqualTo(idleTimeout.toMillis() / 2);
      ConnectionRecord record = awaitClosed(server);
      assertThat(record.exchanges()).hasSize(1);
      Figures.record(
          "idle/timeout",
          "idle device closed " + lived + " ms after its answer (idle timeout 500 ms)");
    }
  }

  @Test
  void stoppingTheServerEndsIdleConnectionsAndTheirRecords() throws Exception {
    Sep2MockServer server = start(Duration.ofSeconds(30));
    try (GoodClient device = GoodClient.connect(GoodClient.tls(server), server.port())) {
      assertThat(device.get("/dcap", true).status()).isEqualTo(200);
      assertThat(awaitNoThreadServing(server.port())).isEmpty();

      server.stop();

      assertThat(server.connections())
          .singleElement()
          .satisfies(r -> assertThat(r.end()).isNotNull());
      assertThat(device.closedByServerWithin(Duration.ofSeconds(5))).isTrue();
    } finally {
      server.stop();
    }
  }

  /** Threads of the server's pool that are inside the server's code, after waiting up to 5 s. */
  private static List<String> awaitNoThreadServing(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    List<String> serving = serving(port);
    while (!serving.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      serving = serving(port);
    }
    return serving;
  }

  private static List<String> serving(int port) {
    List<String> serving = new ArrayList<>();
    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      boolean inServer =
          Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("io.sep2."));
      if (e.getKey().getName().startsWith("sep2-conn-" + port + "-") && inServer) {
        serving.add(e.getKey().getName() + " " + Arrays.toString(e.getValue()));
      }
    }
    return serving;
  }

  private static ConnectionRecord awaitClosed(Sep2MockServer server) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      ConnectionRecord record = server.connections().get(0);
      if (record.end() != null) {
        return record;
      }
      Thread.sleep(10);
    }
    return server.connections().get(0);
  }
}
