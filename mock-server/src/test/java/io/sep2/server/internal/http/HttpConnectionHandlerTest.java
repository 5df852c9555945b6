package io.sep2.server.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sep2.server.record.HttpExchange;
import io.sep2.testing.RawHttp;
import io.sep2.tls.ClientIdentity;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpConnectionHandlerTest {

  private static final String LFDI_A = "3E4F45AB31EDFE5B67E343E5E4562E31984E23E5";
  private static final String SFDI_A = "167261211391";
  private static final String LFDI_B = "0123456789ABCDEF0123456789ABCDEF01234567";
  private static final ClientIdentity DEVICE_A = new ClientIdentity(LFDI_A, SFDI_A, "", true);
  private static final ClientIdentity DEVICE_B = new ClientIdentity(LFDI_B, "11", "", false);

  private PlainServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  private HttpResponse<String> fetch(HttpClient client, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path))
            .timeout(Duration.ofSeconds(10))
            .header("Accept", "application/sep+xml; level=-S1");
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), BodyHandlers.ofString());
  }

  @Test
  void servesTheDefaultResourcesOnOneKeptAliveConnection() throws Exception {
    server = new PlainServer(WireMockBackend.create());
    HttpClient client = client();

    HttpResponse<String> dcap = fetch(client, "/dcap");
    HttpResponse<String> time = fetch(client, "/tm");

    assertThat(dcap.statusCode()).isEqualTo(200);
    assertThat(dcap.headers().firstValue("Content-Type")).contains("application/sep+xml");
    assertThat(dcap.body()).contains("<DeviceCapability", "href=\"/dcap\"");
    assertThat(time.statusCode()).isEqualTo(200);
    assertThat(time.body()).contains("<Time");
    assertThat(server.connections.get()).as("TCP connections for two requests").isEqualTo(1);
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrderAndConnectionCloseEndsTheConversation() throws Exception {
    server = new PlainServer(WireMockBackend.create());
    try (Socket socket = server.connect()) {
      RawHttp.send(
          socket,
          "GET /dcap HTTP/1.1\r\nHost: a\r\n\r\n"
              + "GET /nothing-here HTTP/1.1\r\nHost: a\r\n\r\n"
              + "GET /tm HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");

      assertThat(RawHttp.read(socket).body()).contains("<DeviceCapability");
      assertThat(RawHttp.read(socket).status()).isEqualTo(404);
      RawHttp.Response last = RawHttp.read(socket);
      assertThat(last.body()).contains("<Time");
      assertThat(last.header("Connection")).isEqualToIgnoringCase("close");
      assertThat(RawHttp.closedByPeer(socket)).isTrue();
    }
    server.conversations.get(0).get(5, TimeUnit.SECONDS);
  }

  @Test
  void aTestsOwnStubWinsOverTheDefaultAndVerifyWorks() throws Exception {
    WireMockBackend backend = WireMockBackend.create();
    server = new PlainServer(backend);
    backend
        .wireMock()
        .stubFor(
            get("/dcap")
                .willReturn(
                    aResponse()
                        .withHeader("Content-Type", "application/sep+xml")
                        .withBody("<DeviceCapability xmlns=\"urn:ieee:std:2030.5:ns\"/>")));

    HttpResponse<String> dcap = fetch(client(), "/dcap");

    assertThat(dcap.body()).isEqualTo("<DeviceCapability xmlns=\"urn:ieee:std:2030.5:ns\"/>");
    backend.wireMock().verify(1, getRequestedFor(urlEqualTo("/dcap")));
    backend
        .wireMock()
        .verify(
            getRequestedFor(urlEqualTo("/dcap"))
                .withHeader("Accept", equalTo("application/sep+xml; level=-S1")));
  }

  @Test
  void twoDevicesGetDifferentAnswersFromStubsMatchingTheirLfdi() throws Exception {
    WireMockBackend backend = WireMockBackend.create();
    server = new PlainServer(backend, HttpLimits.DEFAULTS, n -> n == 1 ? DEVICE_A : DEVICE_B);
    for (String lfdi : List.of(LFDI_A, LFDI_B)) {
      backend
          .wireMock()
          .stubFor(
              get("/edev")
                  .withHeader(ClientIdentity.LFDI_HEADER, equalTo(lfdi))
                  .willReturn(aResponse().withBody("list for " + lfdi)));
    }

    String first = fetch(client(), "/edev").body();
    String second = fetch(client(), "/edev").body();

    assertThat(first).isEqualTo("list for " + LFDI_A);
    assertThat(second).isEqualTo("list for " + LFDI_B);
    assertThat(server.connections.get()).isEqualTo(2);
  }

  @Test
  void theDefaultEndDeviceShowsTheClientsIdentity() throws Exception {
    server = new PlainServer(WireMockBackend.create(), HttpLimits.DEFAULTS, n -> DEVICE_A);

    String edev = fetch(client(), "/edev/0").body();

    assertThat(edev).contains("<lFDI>" + LFDI_A + "</lFDI>", "<sFDI>" + SFDI_A + "</sFDI>");
  }

  @Test
  void aClientSuppliedIdentityHeaderIsReplacedByTheServersOwn() throws Exception {
    WireMockBackend backend = WireMockBackend.create();
    server = new PlainServer(backend, HttpLimits.DEFAULTS, n -> DEVICE_A);
    backend
        .wireMock()
        .stubFor(
            get("/edev")
                .withHeader(ClientIdentity.LFDI_HEADER, equalTo(LFDI_B))
                .atPriority(1)
                .willReturn(aResponse().withBody("spoofed")));

    HttpResponse<String> response =
        fetch(
            client(),
            "/edev",
            ClientIdentity.LFDI_HEADER,
            LFDI_B,
            "x-sep2-client-sfdi",
            "11",
            ClientIdentity.VERIFIED_HEADER,
            "true");

    assertThat(response.body()).isNotEqualTo("spoofed");
    LoggedRequest seen = backend.wireMock().findAll(getRequestedFor(urlEqualTo("/edev"))).get(0);
    assertThat(seen.header(ClientIdentity.LFDI_HEADER).values()).containsExactly(LFDI_A);
    assertThat(seen.header(ClientIdentity.SFDI_HEADER).values()).containsExactly(SFDI_A);
    assertThat(seen.header(ClientIdentity.VERIFIED_HEADER).values()).containsExactly("true");
    HttpExchange exchange = server.awaitExchanges(1).get(0);
    assertThat(
            exchange.requestHeaders().stream()
                .filter(h -> h.getKey().equalsIgnoreCase(ClientIdentity.LFDI_HEADER)))
        .containsExactly(Map.entry(ClientIdentity.LFDI_HEADER, LFDI_A));
  }

  @Test
  void aClientWithoutCertificateCannotClaimAnIdentity() throws Exception {
    WireMockBackend backend = WireMockBackend.create();
    server = new PlainServer(backend);

    fetch(client(), "/dcap", ClientIdentity.LFDI_HEADER, LFDI_B);

    backend
        .wireMock()
        .verify(
            getRequestedFor(urlEqualTo("/dcap"))
                .withHeader(ClientIdentity.LFDI_HEADER, absent())
                .withHeader(ClientIdentity.VERIFIED_HEADER, absent()));
  }

  @Test
  void postToMupIsCreatedWithALocation() throws Exception {
    WireMockBackend backend = WireMockBackend.create();
    server = new PlainServer(backend);
    String mirror =
        "<MirrorUsagePoint xmlns=\"urn:ieee:std:2030.5:ns\"><mRID>0F</mRID></MirrorUsagePoint>";

    HttpResponse<String> created =
        client()
            .send(
                HttpRequest.newBuilder(server.uri("/mup"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/sep+xml")
                    .POST(HttpRequest.BodyPublishers.ofString(mirror))
                    .build(),
                BodyHandlers.ofString());

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).contains("/mup/0");
    backend
        .wireMock()
        .verify(
            postRequestedFor(urlEqualTo("/mup"))
                .withRequestBody(equalTo(mirror))
                .withHeader("Content-Type", equalTo("application/sep+xml")));
  }

  @Test
  void everyAnsweredRequestIsRecorded() throws Exception {
    server = new PlainServer(WireMockBackend.create(), HttpLimits.DEFAULTS, n -> DEVICE_A);
    Instant before = Instant.now();

    fetch(client(), "/dcap");

    assertThat(server.awaitExchanges(1)).hasSize(1);
    HttpExchange exchange = server.exchanges.get(0);
    assertThat(exchange.method()).isEqualTo("GET");
    assertThat(exchange.uri()).isEqualTo("/dcap");
    assertThat(exchange.status()).isEqualTo(200);
    assertThat(exchange.start()).isBetween(before.minusSeconds(1), Instant.now());
    assertThat(exchange.durationMillis()).isBetween(0L, 10_000L);
    assertThat(exchange.requestHeaders())
        .contains(
            Map.entry(ClientIdentity.LFDI_HEADER, LFDI_A),
            Map.entry(ClientIdentity.SFDI_HEADER, SFDI_A),
            Map.entry(ClientIdentity.VERIFIED_HEADER, "true"));
    assertThat(exchange.responseHeaders())
        .contains(Map.entry("Content-Type", "application/sep+xml"))
        .anySatisfy(h -> assertThat(h.getKey()).isEqualTo("Content-Length"));
    assertThat(exchange.responseBody()).contains("<DeviceCapability");
    assertThat(exchange.requestBody()).isEmpty();
  }

  @Test
  void aClosingAnswerToACompletelyReadRequestClosesWithoutLingering() throws Exception {
    server = new PlainServer(WireMockBackend.create());
    try (Socket socket = server.connect()) {
      RawHttp.send(socket, "GET /dcap HTTP/1.0\r\n\r\n");
      assertThat(RawHttp.read(socket).status()).isEqualTo(200);
      // The server used to read on for its 200 ms linger timeout before closing, so a client
      // that reads until the close (HTTP/1.0, openssl s_time -www) waited 200 ms per connection.
      // The linger read is for answers that left part of the request unread (413, 431...).
      socket.setSoTimeout(150);
      assertThat(RawHttp.closedByPeer(socket)).as("closed within 150 ms").isTrue();
    }
    server.conversations.get(0).get(5, TimeUnit.SECONDS);
  }

  @Test
  void anOversizedHeaderGets431AndTheConversationEnds() throws Exception {
    server = new PlainServer(WireMockBackend.create());
    try (Socket socket = server.connect()) {
      RawHttp.send(
          socket, "GET /dcap HTTP/1.1\r\nHost: a\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n");

      assertThat(RawHttp.read(socket).status()).isEqualTo(431);
      assertThat(RawHttp.closedByPeer(socket)).isTrue();
    }
    server.conversations.get(0).get(5, TimeUnit.SECONDS);
    assertThat(server.exchanges).isEmpty();
  }

  @Test
  void headerLimitsAreExact() throws Exception {
    HttpLimits limits = HttpLimits.DEFAULTS.withMaxHeaderCount(3).withMaxHeaderLineLength(40);
    server = new PlainServer(WireMockBackend.create(), limits, n -> ClientIdentity.ANONYMOUS);
    String line40 = "X-A: " + "b".repeat(35);
    try (Socket socket = server.connect()) {
      RawHttp.send(socket, "GET /dcap HTTP/1.1\r\nHost: a\r\nX-1: 1\r\n" + line40 + "\r\n\r\n");
      assertThat(RawHttp.read(socket).status()).isEqualTo(200);
      RawHttp.send(socket, "GET /dcap HTTP/1.1\r\nHost: a\r\nX-1: 1\r\nX-2: 2\r\nX-3: 3\r\n\r\n");
      assertThat(RawHttp.read(socket).status()).isEqualTo(431);
    }
    try (Socket socket = server.connect()) {
      RawHttp.send(socket, "GET /dcap HTTP/1.1\r\nHost: a\r\n" + line40 + "b\r\n\r\n");
      assertThat(RawHttp.read(socket).status()).isEqualTo(431);
    }
  }

  @Test
  void anOversizedBodyGets413WithoutBeingRead() throws Exception {
    HttpLimits limits = HttpLimits.DEFAULTS.withMaxBodyBytes(100);
    server = new PlainServer(WireMockBackend.create(), limits, n -> ClientIdentity.ANONYMOUS);
    try (Socket socket = server.connect()) {
      RawHttp.send(
          socket,
          "POST /mup HTTP/1.1\r\nHost: a\r\nContent-Length: 1000000\r\n"
              + "Expect: 100-continue\r\n\r\n");
      RawHttp.Response response = RawHttp.read(socket);
      assertThat(response.status()).isEqualTo(413);
      // a 2030.5 Error document (reasonCode 2: resource limit reached); the words go to the record
      assertThat(response.body()).contains("<reasonCode>2</reasonCode>");
      assertThat(RawHttp.closedByPeer(socket)).isTrue();
    }
    try (Socket socket = server.connect()) {
      RawHttp.send(
          socket,
          "POST /mup HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
              + "c8\r\n"
              + "x".repeat(200)
              + "\r\n");
      assertThat(RawHttp.read(socket).status()).isEqualTo(413);
    }
    List<HttpExchange> exchanges = server.awaitExchanges(2);
    assertThat(exchanges).extracting(HttpExchange::status).containsExactly(413, 413);
    assertThat(exchanges.get(0).findings()).anySatisfy(f -> assertThat(f).contains("100 bytes"));
    assertThat(exchanges.get(0).responseHeaders())
        .noneMatch(h -> h.getKey().equalsIgnoreCase(WireMockTranslation.FINDING_HEADER));
  }

  @Test
  void expectContinueIsHonoured() throws Exception {
    server = new PlainServer(WireMockBackend.create());
    try (Socket socket = server.connect()) {
      RawHttp.send(
          socket,
          "POST /mup HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
      assertThat(RawHttp.read(socket).status()).isEqualTo(100);
      RawHttp.send(socket, "hello");
      assertThat(RawHttp.read(socket).status()).isEqualTo(201);
    }
    assertThat(server.awaitExchanges(1).get(0).requestBody()).isEqualTo("hello");
  }

  @Test
  void aMalformedRequestGets400() throws Exception {
    server = new PlainServer(WireMockBackend.create());
    try (Socket socket = server.connect()) {
      RawHttp.send(socket, "GARBAGE\r\n\r\n");
      assertThat(RawHttp.read(socket).status()).isEqualTo(400);
      assertThat(RawHttp.closedByPeer(socket)).isTrue();
    }
    try (Socket socket = server.connect()) {
      RawHttp.send(socket, "GET /a%zz HTTP/1.1\r\nHost: a\r\n\r\n");
      assertThat(RawHttp.read(socket).status()).isEqualTo(400);
    }
  }

  @Test
  void anIdleConnectionIsClosedAfterTheReadTimeout() throws Exception {
    HttpLimits limits = HttpLimits.DEFAULTS.withReadTimeout(Duration.ofMillis(300));
    server = new PlainServer(WireMockBackend.create(), limits, n -> ClientIdentity.ANONYMOUS);
    try (Socket socket = server.connect()) {
      RawHttp.send(socket, "GET /dcap HTTP/1.1\r\nHost: a\r\n\r\n");
      assertThat(RawHttp.read(socket).status()).isEqualTo(200);
      Future<?> conversation = server.conversations.get(0);
      conversation.get(5, TimeUnit.SECONDS);
      assertThat(RawHttp.closedByPeer(socket)).isTrue();
    }
  }

  @Test
  void wireMockFaultsActOnTheConnection() throws Exception {
    WireMockBackend backend = WireMockBackend.create();
    server = new PlainServer(backend);
    backend
        .wireMock()
        .stubFor(get("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    backend
        .wireMock()
        .stubFor(get("/empty").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

    try (Socket socket = server.connect()) {
      RawHttp.send(socket, "GET /reset HTTP/1.1\r\nHost: a\r\n\r\n");
      assertThatThrownBy(() -> socket.getInputStream().read())
          .isInstanceOf(IOException.class)
          .hasMessageContaining("reset");
    }
    try (Socket socket = server.connect()) {
      RawHttp.send(socket, "GET /empty HTTP/1.1\r\nHost: a\r\n\r\n");
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
    assertThat(server.awaitExchanges(2)).extracting(HttpExchange::status).containsExactly(0, 0);
  }

  @Test
  void readsAndWritesOnlyTheGivenStreams() throws Exception {
    WireMockBackend backend = WireMockBackend.create();
    HttpConnectionHandler handler = new HttpConnectionHandler(backend);
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket unused = new Socket(listener.getInetAddress(), listener.getLocalPort());
        Socket accepted = listener.accept();
        PipedOutputStream toServer = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(toServer, 65536);
        PipedInputStream fromServer = new PipedInputStream(65536);
        PipedOutputStream serverOut = new PipedOutputStream(fromServer)) {
      Thread serving =
          new Thread(
              () ->
                  handler.serve(
                      accepted, serverIn, serverOut, ClientIdentity.ANONYMOUS, exchange -> {}));
      serving.start();

      toServer.write(
          "GET /dcap HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      toServer.flush();
      RawHttp.Response response = RawHttp.read(fromServer);
      toServer.close(); // the client closes after its last answer

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body()).contains("<DeviceCapability");
      assertThat(fromServer.read()).as("the handler closed its output").isEqualTo(-1);
      serving.join(5_000);
      assertThat(serving.isAlive()).isFalse();
      assertThat(accepted.isClosed()).as("the socket is closed at the end").isTrue();
    }
    backend.close();
  }

  @Test
  void aFailingExchangeConsumerDoesNotBreakTheConnection() throws Exception {
    WireMockBackend backend = WireMockBackend.create();
    HttpConnectionHandler handler = new HttpConnectionHandler(backend);
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = new Socket(listener.getInetAddress(), listener.getLocalPort());
        Socket accepted = listener.accept()) {
      client.setSoTimeout(10_000);
      Thread serving =
          new Thread(
              () -> {
                try {
                  handler.serve(
                      accepted,
                      accepted.getInputStream(),
                      accepted.getOutputStream(),
                      ClientIdentity.ANONYMOUS,
                      e -> {
                        throw new IllegalStateException("recorder broken");
                      });
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      serving.start();
      RawHttp.send(client, "GET /dcap HTTP/1.1\r\nHost: a\r\n\r\n");
      assertThat(RawHttp.read(client).status()).isEqualTo(200);
      RawHttp.send(client, "GET /tm HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
      assertThat(RawHttp.read(client).status()).isEqualTo(200);
      serving.join(5_000);
      assertThat(serving.isAlive()).isFalse();
    }
    backend.close();
  }
}
