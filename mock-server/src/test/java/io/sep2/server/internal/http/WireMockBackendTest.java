package io.sep2.server.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import com.sun.net.httpserver.HttpServer;
import io.sep2.server.fixtures.FixturePack;
import io.sep2.server.fixtures.FixturePackException;
import io.sep2.server.internal.resources.DefaultResources;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WireMockBackendTest {

  private static Response fetch(WireMockBackend backend, String path) {
    return backend.serve(
        new DirectRequest(
            "https://localhost:1" + path,
            RequestMethod.GET,
            "HTTP/1.1",
            "",
            List.of(),
            new byte[0]));
  }

  @Test
  void servesTheDefaultResourcesWithoutOpeningAPort() {
    try (WireMockBackend backend = WireMockBackend.create()) {
      assertThat(backend.wireMock().isRunning()).isTrue();
      assertThat(fetch(backend, "/dcap").getStatus()).isEqualTo(200);
      assertThat(fetch(backend, "/no/such/resource").getStatus()).isEqualTo(404);
      assertThat(backend.wireMock().port()).as("direct-call server has no port").isEqualTo(-1);
    }
  }

  @Test
  void requestsAreNotFormattedForANotifierThatNeverSeesThem() {
    // WireMock's "Request received" text goes to the thread's LocalNotifier, which the direct-call
    // path never sets: formatting it (request and stub as JSON) cost CPU for nothing
    try (WireMockBackend backend = WireMockBackend.create()) {
      assertThat(backend.wireMock().getOptions().getStubRequestLoggingDisabled()).isTrue();
      assertThat(fetch(backend, "/dcap").getStatus()).isEqualTo(200);
      assertThat(backend.wireMock().getAllServeEvents()).as("still journaled").hasSize(1);
    }
  }

  @Test
  void theJournalLimitKeepsTheNewestRequestsWithoutWireMocksPerRequestCount() {
    try (WireMockBackend backend = WireMockBackend.builder().journalLimit(20).build()) {
      // WireMock's own maxRequestJournalEntries counts the whole journal on every request
      assertThat(backend.wireMock().getOptions().maxRequestJournalEntries()).isEmpty();
      for (int i = 0; i < 100; i++) {
        fetch(backend, "/dcap?n=" + i);
      }

      List<String> journal =
          backend.wireMock().getAllServeEvents().stream()
              .map(e -> e.getRequest().getUrl())
              .toList();
      assertThat(journal).hasSizeBetween(20, 22).contains("/dcap?n=99").doesNotContain("/dcap?n=0");
      backend.wireMock().verify(getRequestedFor(urlEqualTo("/dcap?n=99")));
    }
  }

  @Test
  void withoutAJournalLimitEveryRequestStays() {
    try (WireMockBackend backend = WireMockBackend.create()) {
      for (int i = 0; i < 30; i++) {
        fetch(backend, "/dcap?n=" + i);
      }
      assertThat(backend.wireMock().getAllServeEvents()).hasSize(30);
    }
  }

  @Test
  void resetAllRestoresTheDefaultsAndDropsTestStubs() {
    try (WireMockBackend backend = WireMockBackend.create()) {
      backend.wireMock().stubFor(get("/extra").willReturn(aResponse().withStatus(204)));
      DefaultResources.standard().remove(backend.wireMock());
      assertThat(fetch(backend, "/dcap").getStatus()).isEqualTo(404);

      backend.wireMock().resetAll();

      assertThat(fetch(backend, "/dcap").getStatus()).isEqualTo(200);
      assertThat(fetch(backend, "/extra").getStatus()).isEqualTo(404);
    }
  }

  @Test
  void withoutDefaultResourcesEverythingIs404() {
    try (WireMockBackend backend = WireMockBackend.builder().withoutDefaultResources().build()) {
      assertThat(fetch(backend, "/dcap").getStatus()).isEqualTo(404);
      assertThat(backend.wireMock().getStubMappings()).isEmpty();
    }
  }

  @Test
  void aRootDirectoryIsLoadedTheWireMockWay(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve("mappings"));
    Files.createDirectories(root.resolve("__files"));
    Files.writeString(root.resolve("__files/hello.txt"), "hi", StandardCharsets.UTF_8);
    Files.writeString(
        root.resolve("mappings/hello.json"),
        "{\"request\":{\"url\":\"/hello\"},\"response\":{\"bodyFileName\":\"hello.txt\"}}");

    try (WireMockBackend backend = WireMockBackend.builder().rootDirectory(root).build()) {
      assertThat(fetch(backend, "/hello").getBodyAsString()).isEqualTo("hi");
      assertThat(fetch(backend, "/dcap").getStatus()).isEqualTo(200);
    }
  }

  @Test
  void aMissingRootDirectoryIsNamed(@TempDir Path tmp) {
    Path missing = tmp.resolve("nope");
    assertThatThrownBy(() -> WireMockBackend.builder().rootDirectory(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void fixturePacksLoadAtStartAndAgainOnReset() {
    FixturePack pack = FixturePack.fromClasspath("sep2/fixtures/sample-pack");
    try (WireMockBackend backend = WireMockBackend.builder().fixturePack(pack).build()) {
      assertThat(fetch(backend, "/vendor/hello").getBodyAsString())
          .isEqualTo("hello from the sample pack");
      assertThat(fetch(backend, "/dcap").getBodyAsString()).contains("pollRate=\"60\"");
      backend.wireMock().resetAll();
      assertThat(fetch(backend, "/vendor/hello").getStatus()).isEqualTo(200);
    }
  }

  @Test
  void aBadFixturePackFailsTheBuild() {
    FixturePack missing = FixturePack.fromClasspath("sep2/fixtures/does-not-exist");
    assertThatThrownBy(() -> WireMockBackend.builder().fixturePack(missing).build())
        .isInstanceOf(FixturePackException.class)
        .hasMessageContaining("classpath:sep2/fixtures/does-not-exist");
  }

  @Test
  void aProxiedFromStubReachesItsOrigin() throws Exception {
    HttpServer origin = origin();
    try (WireMockBackend backend = WireMockBackend.create()) {
      backend.wireMock().stubFor(get("/proxied").willReturn(aResponse().proxiedFrom(url(origin))));

      Response response = fetch(backend, "/proxied");

      assertThat(response.getStatus()).isEqualTo(200);
      assertThat(response.getBodyAsString()).isEqualTo("from the origin: /proxied");
    } finally {
      origin.stop(0);
    }
  }

  @Test
  void theProxyClientsAreBuiltOnTheirFirstRequestNotWhenWireMockStarts() throws Exception {
    AtomicInteger built = new AtomicInteger();
    ApacheHttpClientFactory apache = new ApacheHttpClientFactory();
    HttpClientFactory counting =
        (options, trustAll, trustedHosts, systemProperties) -> {
          built.incrementAndGet();
          return apache.buildHttpClient(options, trustAll, trustedHosts, systemProperties);
        };
    HttpServer origin = origin();
    try (WireMockBackend backend =
        WireMockBackend.builder().configure(o -> o.httpClientFactory(counting)).build()) {
      assertThat(fetch(backend, "/dcap").getStatus()).isEqualTo(200);
      assertThat(built).as("clients built by a start and a stub answer").hasValue(0);

      backend.wireMock().stubFor(get("/proxied").willReturn(aResponse().proxiedFrom(url(origin))));
      assertThat(fetch(backend, "/proxied").getBodyAsString())
          .isEqualTo("from the origin: /proxied");
      assertThat(fetch(backend, "/proxied").getStatus()).isEqualTo(200);

      assertThat(built).as("the one client proxying uses, built once").hasValue(1);
    } finally {
      origin.stop(0);
    }
  }

  private static HttpServer origin() throws IOException {
    HttpServer origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    origin.createContext(
        "/",
        exchange -> {
          byte[] body =
              ("from the origin: " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    origin.start();
    return origin;
  }

  private static String url(HttpServer origin) {
    return "http://127.0.0.1:" + origin.getAddress().getPort();
  }
}
