package io.sep2.utility;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.record.ConnectionRecord;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/**
 * A client that asks for a large answer and never reads it cannot hold its connection (and the
 * connection's thread) for ever: once one write has been blocked for the write timeout, the server
 * closes the connection. Other clients are served meanwhile.
 */
class SlowReaderTest {

  static final int BIG = 32 * 1024 * 1024;

  @Test
  void aClientThatStopsReadingIsCutOffAfterTheWriteTimeoutAndOthersAreServed() throws Exception {
    Sep2Pki pki = Sep2Pki.builder().seed("utility-slow-reader").build();
    try (Sep2MockServer server =
        new Sep2MockServer(
                ServerOptions.builder().pki(pki).writeTimeout(Duration.ofSeconds(2)).build())
            .start()) {
      server
          .wireMock()
          .stubFor(
              get("/big")
                  .willReturn(
                      aResponse()
                          .withHeader("Content-Type", "application/octet-stream")
                          .withBody(new byte[BIG])));
      Sep2Client good = new Sep2Client(server);

      // a raw TLS client with a small receive window that sends its request and reads nothing
      Socket tcp = new Socket();
      tcp.setReceiveBufferSize(4096);
      tcp.connect(new InetSocketAddress(server.host(), server.port()), 5000);
      try (SSLSocket tls =
          (SSLSocket)
              server
                  .clientTls(pki.device())
                  .socketFactory()
                  .createSocket(tcp, server.host(), server.port(), true)) {
        tls.startHandshake();
        OutputStream out = tls.getOutputStream();
        out.write("GET /big HTTP/1.1\r\nHost: sep2\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();

        // the server is stuck writing to it; meanwhile another client is served at once
        ConnectionRecord slow = awaitRecord(server, Duration.ofSeconds(10));
        assertThat(slow.end()).isNull();
        long before = System.nanoTime();
        assertThat(good.get("/dcap").status()).isEqualTo(200);
        assertThat(good.get("/tm").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(2));
        assertThat(current(server, slow.id()).end())
            .as("still stuck while the others are served")
            .isNull();

        // and after the write timeout (checked a few times per timeout) it is cut off
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        ConnectionRecord now = current(server, slow.id());
        while (now.end() == null && System.nanoTime() < deadline) {
          Thread.sleep(50);
          now = current(server, slow.id());
        }
        assertThat(now.end()).as("the slow reader's connection is closed").isNotNull();
        assertThat(Duration.between(now.start(), now.end()))
            .isGreaterThanOrEqualTo(Duration.ofSeconds(2))
            .isLessThan(Duration.ofSeconds(12));
        assertThat(now.exchanges())
            .extracting(e -> e.method() + " " + e.uri())
            .contains("GET /big");
      }
      // the server still serves
      assertThat(good.get("/dcap").status()).isEqualTo(200);
    }
  }

  private static ConnectionRecord awaitRecord(Sep2MockServer server, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<ConnectionRecord> found =
          server.connections().stream()
              .filter(r -> r.exchanges().stream().anyMatch(e -> e.uri().equals("/big")))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("GET /big was never answered: " + server.connections());
  }

  private static ConnectionRecord current(Sep2MockServer server, long id) {
    return server.connections().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }
}
