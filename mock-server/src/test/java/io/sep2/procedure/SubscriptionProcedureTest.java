package io.sep2.procedure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.procedure.ProcedureReport.Verdict;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SEP2-SUB-01 with notifications over real TLS to the device's own HTTPS endpoint (a second mock
 * server of the same PKI).
 */
class SubscriptionProcedureTest {

  Sep2Pki pki = Sep2Pki.builder().seed("procedure-notifications").serverHostnames().build();
  Sep2MockServer server;
  Sep2MockServer device;

  @BeforeEach
  void start() {
    server = new Sep2MockServer(ServerOptions.builder().pki(pki).build()).start();
    device =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(pki)
                    .utilityServer(false)
                    .defaultResources(false)
                    .build())
            .start();
  }

  @AfterEach
  void stop() {
    server.stop();
    device.stop();
  }

  ProcedureReport run(int notificationStatus) {
    device
        .wireMock()
        .stubFor(post("/notify").willReturn(aResponse().withStatus(notificationStatus)));
    ProcedureRunner runner =
        ProcedureRunner.on(server)
            .tick(Duration.ofMillis(20))
            .timeout(Duration.ofSeconds(8))
            .build();
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.SUBSCRIPTION))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      assertThat(client.subscribe(device.baseUri() + "/notify").status()).isEqualTo(201);
      server.utility().awaitNotification("/edev/1/derp/1/derc", Duration.ofSeconds(5));
      client.respond(client.controls().get(0), 1);
      return run.awaitReport(Duration.ofSeconds(20));
    }
  }

  @Test
  void aControlReachesTheClientByNotification() {
    ProcedureReport report = run(201);
    assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
  }

  @Test
  void aClientThatRefusesNotificationsFails() throws Exception {
    device.wireMock().stubFor(post("/notify").willReturn(aResponse().withStatus(500)));
    ProcedureRunner runner =
        ProcedureRunner.on(server)
            .tick(Duration.ofMillis(20))
            .timeout(Duration.ofSeconds(3))
            .build();
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.SUBSCRIPTION))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      client.subscribe(device.baseUri() + "/notify");
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (server.utility().notifications().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      client.respond(client.controls().get(0), 1);
      ProcedureReport report = run.awaitReport(Duration.ofSeconds(20));
      assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
      assertThat(report.summary())
          .as(report.toText())
          .contains("all-notifications-transmitted")
          .contains("notification attempts failed")
          .contains("HTTP 500");
    }
  }
}
