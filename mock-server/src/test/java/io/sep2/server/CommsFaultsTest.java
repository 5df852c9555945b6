package io.sep2.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.pki.Sep2Pki;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.tls.diagnostics.Diagnosis;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Comms faults over real TLS: what a device client meets when its utility server goes away. */
class CommsFaultsTest {

  Sep2MockServer server;

  @BeforeEach
  void start() {
    server =
        new Sep2MockServer(
                ServerOptions.builder().pki(Sep2Pki.builder().seed("faults").build()).build())
            .start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  HttpResponse<String> dcap(HttpClient client) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.deviceCapabilityUri()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void unavailableAnswers503WithRetryAfterForThePeriodThenServesAgain() throws Exception {
    HttpClient client = server.httpClient();
    server.commsFaults().unavailable(Duration.ofSeconds(2), Duration.ofSeconds(10));
    HttpResponse<String> during = dcap(client);
    assertThat(during.statusCode()).isEqualTo(503);
    assertThat(during.headers().firstValue("Retry-After")).contains("10");
    assertThat(during.body()).contains("<Error").contains("<reasonCode>1</reasonCode>");
    Thread.sleep(2100); // the period is real time: nothing to await
    assertThat(dcap(client).statusCode()).isEqualTo(200);
    assertThat(server.commsFaults().answeredWithFault()).isEqualTo(1);
    assertThat(server.connections())
        .flatExtracting(ConnectionRecord::exchanges)
        .anySatisfy(
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.findings()).anySatisfy(f -> assertThat(f).contains("comms fault"));
            });
  }

  @Test
  void refusedHandshakesAreRecordedAsACommsFaultAndTheServerRecovers() throws Exception {
    server.commsFaults().refuseHandshakes(Duration.ofSeconds(2));
    assertThatThrownBy(() -> dcap(server.httpClient())).isInstanceOf(IOException.class);
    server.awaitHandshakes(Duration.ofSeconds(2));
    assertThat(server.connections())
        .anySatisfy(c -> assertThat(c.diagnosis().cause()).isEqualTo(Diagnosis.Cause.COMMS_FAULT));
    Thread.sleep(2100);
    assertThat(dcap(server.httpClient()).statusCode()).isEqualTo(200);
    assertThat(server.commsFaults().history()).hasSize(1);
  }

  @Test
  void closeConnectionsDropsKeptAliveConnectionsAndDelayedAnswersComeLate() throws Exception {
    HttpClient client = server.httpClient();
    assertThat(dcap(client).statusCode()).isEqualTo(200);
    server.commsFaults().closeConnections();
    // the JDK client notices the dropped connection and opens a new one
    assertThat(dcap(client).statusCode()).isEqualTo(200);
    assertThat(server.connections()).hasSizeGreaterThanOrEqualTo(2);

    server.commsFaults().delayAnswers(Duration.ofMillis(800), Duration.ofSeconds(5));
    long start = System.nanoTime();
    assertThat(dcap(client).statusCode()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(800));
    server.commsFaults().clear();
    assertThat(URI.create(server.baseUri().toString())).isNotNull();
  }
}
