package io.sep2.server.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.server.internal.ConnectionLog;
import io.sep2.server.internal.ConnectionRecorder;
import io.sep2.tls.ClientIdentity;
import io.sep2.tls.diagnostics.ClientHelloInfo;
import io.sep2.tls.diagnostics.ClientHelloParser;
import io.sep2.tls.diagnostics.Diagnosis;
import io.sep2.tls.diagnostics.HandshakeFailure;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConnectionRecordTest {

  static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

  /** A clock that advances 25 ms on every reading. */
  static Clock steppingClock() {
    return new Clock() {
      private Instant now = T0;

      @Override
      public synchronized Instant instant() {
        Instant current = now;
        now = now.plusMillis(25);
        return current;
      }

      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }
    };
  }

  /** Postman-like ClientHello bytes (BoringSSL): GREASE, TLS 1.3 first, no 0xC0AE. */
  static byte[] postmanHello() {
    return java.util.HexFormat.of()
        .parseHex(
            "160301009d" // record: handshake, TLS 1.0, 157 bytes
                + "01000099" // client_hello, 153 bytes
                + "0303"
                + "00".repeat(32)
                + "00" // empty session id
                + "0020"
                + "0a0a130113021303c02bc02fc02cc030cca9cca8c013c014009c009d002f0035"
                + "0100" // compression: null
                + "0050" // 80 bytes of extensions
                + "0000000e000c0000096c6f63616c686f7374" // SNI localhost (18)
                + "000a000a00082a2a001d00170018" // groups (14)
                + "000d000a00080403080404010503" // sigalgs, 4 entries (14)
                + "002b0007062a2a03040303" // supported_versions (11)
                + "0010000e000c02683208687474702f312e31" // ALPN h2, http/1.1 (18)
                + "ff01000100"); // renegotiation_info (5)
  }

  static HttpExchange dcap() {
    return new HttpExchange(
        T0.plusMillis(100),
        "GET",
        "/dcap",
        List.of(Map.entry("Accept", "application/sep+xml; level=-S1")),
        "",
        200,
        List.of(Map.entry("Content-Type", "application/sep+xml")),
        "<DeviceCapability href=\"/dcap\" pollRate=\"900\"/>",
        4,
        List.of());
  }

  @Test
  void postmanHelloFixtureParses() {
    ClientHelloInfo info = ClientHelloParser.parse(postmanHello());
    assertThat(info.problem()).isNull();
    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TLS_HANDSHAKE);
    assertThat(info.cipherSuites()).hasSize(16);
    assertThat(info.offeredVersions()).containsExactly(0x0304, 0x0303);
  }

  @Test
  void failedConnectionReadsLikeTheExample() {
    ConnectionRecorder recorder = new ConnectionRecorder(3, "127.0.0.1:53122", steppingClock());
    recorder.clientHello(postmanHello());
    Diagnosis diagnosis = recorder.handshakeFailed(HandshakeFailure.alertSent(40, null));
    recorder.closed();

    ConnectionRecord record = recorder.snapshot();
    String text = record.toText();

    assertThat(diagnosis.cause()).isEqualTo(Diagnosis.Cause.SUITE_NOT_OFFERED);
    assertThat(record.failed()).isTrue();
    assertThat(record.alertSent()).isEqualTo(40);
    assertThat(record.duration()).isEqualTo(Duration.ofMillis(25));
    assertThat(text.lines().toList().get(0))
        .isEqualTo("#3 127.0.0.1:53122  FAILED  alert 40 handshake_failure  (SUITE_NOT_OFFERED)");
    assertThat(record.toDetailedText())
        .contains("\n  Started 2025-06-01T10:00:00Z, lasted 25 ms\n");
    assertThat(text).doesNotContain("Started");
    assertThat(text.lines().toList().get(1)).startsWith("  ClientHello: ");
    assertThat(text)
        .contains(
            "\n  ClientHello: TLS 1.0 record, client_version TLS 1.2, versions offered GREASE"
                + " (0x2A2A), TLS 1.3, TLS 1.2; 16 suites: GREASE (0x0A0A), TLS_AES_128_GCM_SHA256"
                + " (0x1301),")
        .contains(
            "\n  groups: GREASE (0x2A2A), x25519, secp256r1, secp384r1; sigalgs:"
                + " ecdsa_secp256r1_sha256, rsa_pss_rsae_sha256, rsa_pkcs1_sha256,"
                + " ecdsa_secp384r1_sha384; SNI: localhost; ALPN: h2, http/1.1")
        .contains(
            "\n  Reason: The client did not offer cipher suite TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8")
        .contains("\n  Client stack: BoringSSL")
        .contains("\n  Fix: BoringSSL")
        .contains("Use a TLS stack that implements CCM_8");
    assertThat(text).doesNotContain("Client certificate:");
  }

  @Test
  void successfulConnectionShowsParametersIdentityAndExchanges() {
    ConnectionRecorder recorder =
        new ConnectionRecorder(1, new InetSocketAddress("127.0.0.1", 50000));
    recorder.handshakeSucceeded(
        0x0303,
        0xC0AE,
        0x0017,
        new ClientIdentity("3E4F45AB31EDFE5B67E343E5E4562E31984E23E5", "167261211391", "", true));
    recorder.exchange(dcap());

    ConnectionRecord live = recorder.snapshot();
    assertThat(live.end()).isNull();
    assertThat(live.duration()).isNull();
    assertThat(live.toText())
        .startsWith(
            "#1 127.0.0.1:50000  SUCCESS  TLS 1.2 TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 secp256r1  1"
                + " HTTP exchange\n")
        .contains(
            "  Client certificate: LFDI 3E4F45AB31EDFE5B67E343E5E4562E31984E23E5, SFDI"
                + " 167261211391, subject \"\"\n")
        .endsWith("  GET /dcap -> 200 (4 ms)");
    assertThat(live.toDetailedText())
        .contains(", still open\n")
        .contains("    > Accept: application/sep+xml; level=-S1")
        .contains("    < Content-Type: application/sep+xml")
        .contains("    < <DeviceCapability href=\"/dcap\" pollRate=\"900\"/>");
    assertThat(live.diagnosis()).isNull();
    assertThat(live.alertSent()).isEqualTo(-1);
  }

  @Test
  void lenientIdentityIsFlagged() {
    ConnectionRecorder recorder = new ConnectionRecorder(2, "[::1]:4000", Clock.systemUTC());
    recorder.handshakeSucceeded(
        "TLS 1.2",
        "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8",
        null,
        new ClientIdentity("AA", "1", "CN=x", false));
    assertThat(recorder.snapshot().toText()).contains("(NOT verified: admitted by lenient mode)");
  }

  @Test
  void formatsAddresses() {
    assertThat(ConnectionRecorder.formatAddress(new InetSocketAddress("127.0.0.1", 1234)))
        .isEqualTo("127.0.0.1:1234");
    assertThat(ConnectionRecorder.formatAddress(new InetSocketAddress("::1", 1234)))
        .isEqualTo("[0:0:0:0:0:0:0:1]:1234");
    assertThat(ConnectionRecorder.formatAddress(null)).isEqualTo("?");
  }

  @Test
  void aLongLivedConnectionKeepsItsFirstAndNewestExchangesAndCountsTheRest() {
    ConnectionRecorder recorder = new ConnectionRecorder(1, "a:1", steppingClock());
    recorder.handshakeSucceeded("TLS 1.2", "X", null, null);
    int total = ConnectionRecord.KEPT_FIRST + ConnectionRecord.KEPT_NEWEST + 500;
    for (int i = 0; i < total; i++) {
      recorder.exchange(poll(i));
    }

    ConnectionRecord record = recorder.snapshot();

    assertThat(record.exchanges())
        .hasSize(ConnectionRecord.KEPT_FIRST + ConnectionRecord.KEPT_NEWEST);
    assertThat(record.exchangesNotKept()).isEqualTo(500);
    assertThat(record.exchanges().get(0).uri()).isEqualTo("/dcap?n=0");
    assertThat(record.exchanges().get(ConnectionRecord.KEPT_FIRST - 1).uri())
        .isEqualTo("/dcap?n=" + (ConnectionRecord.KEPT_FIRST - 1));
    assertThat(record.exchanges().get(ConnectionRecord.KEPT_FIRST).uri())
        .isEqualTo("/dcap?n=" + (ConnectionRecord.KEPT_FIRST + 500));
    assertThat(record.exchanges().get(record.exchanges().size() - 1).uri())
        .isEqualTo("/dcap?n=" + (total - 1));
    assertThat(record.toText())
        .contains(total + " HTTP exchanges")
        .contains("... 500 exchanges not kept ...");
    assertThat(RecordingWriter.toJson("long", List.of(record)))
        .contains("\"exchangesNotKept\" : 500");
  }

  @Test
  void aShortConnectionKeepsEveryExchange() {
    ConnectionRecorder recorder = new ConnectionRecorder(1, "a:1", steppingClock());
    int total = ConnectionRecord.KEPT_FIRST + ConnectionRecord.KEPT_NEWEST;
    for (int i = 0; i < total; i++) {
      recorder.exchange(poll(i));
    }
    assertThat(recorder.snapshot().exchanges()).hasSize(total);
    assertThat(recorder.snapshot().exchangesNotKept()).isZero();
    assertThat(RecordingWriter.toJson("short", List.of(recorder.snapshot())))
        .doesNotContain("exchangesNotKept");
  }

  private static HttpExchange poll(int n) {
    return new HttpExchange(
        T0.plusMillis(n),
        "GET",
        "/dcap?n=" + n,
        List.of(),
        "",
        200,
        List.of(),
        "<DeviceCapability/>",
        1,
        List.of());
  }

  @Test
  void snapshotsAreImmutableCopies() {
    ConnectionRecorder recorder = new ConnectionRecorder(1, "a:1", steppingClock());
    recorder.handshakeSucceeded("TLS 1.2", "X", null, null);
    ConnectionRecord before = recorder.snapshot();
    recorder.exchange(dcap());
    assertThat(before.exchanges()).isEmpty();
    assertThat(recorder.snapshot().exchanges()).hasSize(1);
    assertThat(before.clientIdentity()).isEqualTo(ClientIdentity.ANONYMOUS);
    assertThat(before.outcome()).isEqualTo(ConnectionRecord.Outcome.SUCCESS);
  }

  @Test
  void concurrentConnectionsAndReadersAreSafe() throws Exception {
    ConnectionLog log = new ConnectionLog();
    int connections = 8;
    int exchangesEach = 200;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new java.util.ArrayList<>();
      for (int c = 0; c < connections; c++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  ConnectionRecorder recorder = log.open(new InetSocketAddress("127.0.0.1", 1));
                  recorder.handshakeSucceeded(0x0303, 0xC0AE, 0x0017, null);
                  for (int i = 0; i < exchangesEach; i++) {
                    recorder.exchange(dcap());
                  }
                  recorder.closed();
                  return null;
                }));
      }
      futures.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < 200; i++) {
                  for (ConnectionRecord record : log.snapshot()) {
                    record.toText();
                  }
                }
                return null;
              }));
      start.countDown();
      for (Future<?> future : futures) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    List<ConnectionRecord> records = log.snapshot();
    assertThat(records).hasSize(connections);
    assertThat(records)
        .extracting(ConnectionRecord::id)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(records).allSatisfy(r -> assertThat(r.exchanges()).hasSize(exchangesEach));
    assertThat(log.lastId()).isEqualTo(8);
    assertThat(log.since(6)).extracting(ConnectionRecord::id).containsExactly(7L, 8L);
    log.forget(5);
    assertThat(log.snapshot()).extracting(ConnectionRecord::id).containsExactly(6L, 7L, 8L);
  }
}
