package io.sep2.utility;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.model.DateTimeInterval;
import io.sep2.model.DerControl;
import io.sep2.model.DerControlBase;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions and notifications over real TLS both ways: a device subscribes to its program's
 * DERControlList; a new control makes the utility server POST a Notification over TLS 1.2 CCM_8 to
 * the device's own HTTPS endpoint (here a second mock server of the same PKI, which checks the
 * utility server's certificate as a client certificate).
 */
class NotificationTest {

  // 2030.5-style: the server certificate carries no host name, so it is a valid 2030.5 client
  // certificate when the utility server presents it to the device's notification endpoint
  Sep2Pki pki = Sep2Pki.builder().seed("notifications").serverHostnames().build();
  Sep2MockServer server;
  Sep2MockServer device;
  HttpClient client;

  @BeforeEach
  void start() {
    server =
        new Sep2MockServer(ServerOptions.builder().pki(pki).registerPkiDevices(true).build())
            .start();
    device =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(pki)
                    .utilityServer(false)
                    .defaultResources(false)
                    .build())
            .start();
    device.wireMock().stubFor(post("/notify").willReturn(aResponse().withStatus(201)));
    client = server.httpClient();
  }

  @AfterEach
  void stop() {
    server.stop();
    device.stop();
  }

  int send(String path, String body) throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .header("Content-Type", "application/sep+xml")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  String subscription(String resource, String uri) {
    return "<Subscription xmlns=\"urn:ieee:std:2030.5:ns\"><subscribedResource>"
        + resource
        + "</subscribedResource><encoding>0</encoding><level>+S1</level><limit>10</limit>"
        + "<notificationURI>"
        + uri
        + "</notificationURI></Subscription>";
  }

  @Test
  void aNewControlIsNotifiedOverCcm8WithinASecondAndDeleteStopsIt() throws Exception {
    Program program = server.utility().createProgram("limits", 1, 1);
    assertThat(
            send("/edev/1/sub", subscription("/edev/1/derp/1/derc", device.baseUri() + "/notify")))
        .isEqualTo(201);

    long before = System.nanoTime();
    Control control =
        program.schedule(
            DerControl.builder()
                .interval(new DateTimeInterval(600L, Instant.now().plusSeconds(60)))
                .derControlBase(DerControlBase.builder().opModConnect(false).build()));
    NotificationDelivery delivery =
        server.utility().awaitNotification("/edev/1/derp/1/derc", Duration.ofSeconds(5));
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(1));
    assertThat(delivery.body()).contains(control.mrid().toString()).contains("DERControlList");
    device.wireMock().verify(1, postRequestedFor(urlEqualTo("/notify")));
    assertThat(device.connections())
        .anySatisfy(
            c -> assertThat(c.cipherSuite()).isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8"));
    assertThat(device.connections().get(0).clientIdentity().lfdi())
        .isEqualTo(DeviceIdentity.of(server.serverCertificate().certificate()).lfdi());

    HttpResponse<String> deleted =
        client.send(
            HttpRequest.newBuilder(URI.create(server.baseUri() + "/edev/1/sub/1")).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(deleted.statusCode()).isEqualTo(204);
    control.cancel(false);
    Thread.sleep(1500); // nothing may arrive: there is no event to await for an absence
    device.wireMock().verify(1, postRequestedFor(urlEqualTo("/notify")));
  }

  @Test
  void aNotificationUriThatDoesNotAnswerIsRetriedAndRecordedWithoutBlockingTheServer()
      throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Program program = server.utility().createProgram("limits", 1, 1);
    assertThat(
            send(
                "/edev/1/sub",
                subscription("/edev/1/derp/1/derc", "https://127.0.0.1:" + closedPort + "/n")))
        .isEqualTo(201);
    program.schedule(
        DerControl.builder()
            .interval(new DateTimeInterval(600L, Instant.now().plusSeconds(60)))
            .derControlBase(DerControlBase.builder().opModConnect(false).build()));
    long start = System.nanoTime();
    assertThat(
            client
                .send(
                    HttpRequest.newBuilder(URI.create(server.deviceCapabilityUri().toString()))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    long deadline = System.nanoTime() + Duration.ofSeconds(6).toNanos();
    while (server.utility().notifications().size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(server.utility().notifications())
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(d -> assertThat(d.status()).isEqualTo(-1))
        .extracting(NotificationDelivery::attempt)
        .startsWith(1, 2);
  }

  @Test
  void aSubscriptionToSomethingNotSubscribableIsRefused() throws Exception {
    assertThat(send("/edev/1/sub", subscription("/tm", device.baseUri() + "/notify")))
        .isEqualTo(400);
    assertThat(
            send("/edev/1/sub", subscription("/edev/1/derp/9/derc", device.baseUri() + "/notify")))
        .isEqualTo(404);
    assertThat(send("/edev/1/sub", subscription("/edev/1/derp/1/derc", "http://x/notify")))
        .isEqualTo(400);
  }
}
