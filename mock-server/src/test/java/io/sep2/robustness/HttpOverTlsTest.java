package io.sep2.robustness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.testing.RawHttp;
import io.sep2.tls.ClientIdentity;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The HTTP layer behind real TLS (the BCJSSE 2030.5 client): oversize heads and bodies, malformed
 * requests and client-supplied identity headers are rejected or stripped, the connection ends after
 * a rejection, and the server keeps serving.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class HttpOverTlsTest {

  private static final String SPOOFED_LFDI = "0123456789ABCDEF0123456789ABCDEF01234567";

  @BeforeAll
  static void warmUp() throws Exception {
    Warmup.once();
  }

  private static Sep2MockServer start() {
    Sep2MockServer server =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(GoodClient.PKI)
                    .handshakeTimeout(Duration.ofSeconds(5))
                    .idleTimeout(Duration.ofSeconds(3))
                    // the sizes below are written around a 1 MiB limit (the default is 64 KiB)
                    .maxBodyBytes(1024 * 1024)
                    .build())
            .start();
    server.wireMock().stubFor(post("/mup").willReturn(aResponse().withStatus(201)));
    return server;
  }

  /** Sends {@code request} on a fresh connection: the status (0 when closed without answer). */
  private static int statusOf(Sep2MockServer server, String request, boolean mustClose)
      throws IOException {
    try (GoodClient client = GoodClient.connect(GoodClient.tls(server), server.port())) {
      int status;
      try {
        status = client.send(request).status();
      } catch (IOException e) {
        status = 0;
      }
      if (mustClose || List.of(400, 413, 431, 501, 505).contains(status)) {
        assertThat(client.closedByServerWithin(Duration.ofSeconds(5)))
            .as("connection closed after answering %s", status)
            .isTrue();
      }
      return status;
    }
  }

  @Test
  void oversizeHeadsAndBodiesAreRefusedAndTheConnectionEnds() throws Exception {
    ResourceSnapshot.around(
        "http/oversize",
        () -> {
          Map<String, Integer> seen = new LinkedHashMap<>();
          try (Sep2MockServer server = start()) {
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 101; i++) {
              many.append("X-H").append(i).append(": v\r\n");
            }
            Map<String, String> requests = new LinkedHashMap<>();
            requests.put(
                "9000-byte header line",
                "GET /dcap HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(9000) + "\r\n\r\n");
            requests.put("101 header fields", "GET /dcap HTTP/1.1\r\nHost: x\r\n" + many + "\r\n");
            requests.put(
                "9000-byte request target",
                "GET /" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
            requests.put(
                "declared 2 MiB body",
                "POST /mup HTTP/1.1\r\nHost: x\r\nContent-Length: 2097152\r\n\r\n");
            requests.put(
                "declared 2 MiB body with Expect: 100-continue",
                "POST /mup HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length:"
                    + " 2097152\r\n\r\n");
            StringBuilder chunked =
                new StringBuilder(
                    "POST /mup HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = "a".repeat(65536);
            for (int i = 0; i < 17; i++) {
              chunked.append("10000\r\n").append(chunk).append("\r\n");
            }
            chunked.append("0\r\n\r\n");
            requests.put("chunked body of 1.06 MiB", chunked.toString());
            for (Map.Entry<String, String> r : requests.entrySet()) {
              int status = statusOf(server, r.getValue(), true);
              seen.put(r.getKey(), status);
              assertThat(status).as(r.getKey()).isIn(413, 431);
            }
            assertThat(GoodClient.fetchOnce(server, "/dcap")).isEqualTo(200);
          }
          Figures.record("http/oversize", "answers over TLS, each followed by a close: " + seen);
        });
  }

  @Test
  void malformedRequestsAreRefusedAndTheConnectionEnds() throws Exception {
    ResourceSnapshot.around(
        "http/malformed",
        () -> {
          Map<String, Integer> seen = new LinkedHashMap<>();
          try (Sep2MockServer server = start()) {
            Map<String, String> requests = new LinkedHashMap<>();
            requests.put("no target", "GET\r\n\r\n");
            requests.put("HTTP/0.9 style", "GET /dcap\r\n\r\n");
            requests.put("extra token", "GET /dcap HTTP/1.1 extra\r\nHost: x\r\n\r\n");
            requests.put("HTTP/9.9", "GET /dcap HTTP/9.9\r\nHost: x\r\n\r\n");
            requests.put("HTTP/2.0 on HTTP/1.1 framing", "GET /dcap HTTP/2.0\r\nHost: x\r\n\r\n");
            requests.put(
                "header without colon", "GET /dcap HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n");
            requests.put("space before colon", "GET /dcap HTTP/1.1\r\nHost: x\r\nX-A : b\r\n\r\n");
            requests.put("NUL in target", "GET /dc\u0000ap HTTP/1.1\r\nHost: x\r\n\r\n");
            requests.put("control bytes in method", "G\u0001T /dcap HTTP/1.1\r\nHost: x\r\n\r\n");
            requests.put("bad percent-encoding", "GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n");
            requests.put("target not a path", "GET dcap HTTP/1.1\r\nHost: x\r\n\r\n");
            requests.put(
                "negative Content-Length",
                "POST /mup HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n");
            requests.put(
                "two different Content-Lengths",
                "POST /mup HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab");
            requests.put(
                "malformed chunk size",
                "POST /mup HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n\r\n");
            requests.put(
                "unknown transfer coding",
                "POST /mup HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\nabc");
            requests.put("binary garbage", "\u0016\u0003\u0001\u0000\u00ff\u0001\u0000\r\n\r\n");
            for (Map.Entry<String, String> r : requests.entrySet()) {
              int status = statusOf(server, r.getValue(), false);
              seen.put(r.getKey(), status);
            }
            // RFC 9112 section 2.2: a recipient MAY accept a bare LF as line terminator
            assertThat(statusOf(server, "GET /dcap HTTP/1.1\nHost: x\n\n", false)).isIn(200, 400);
            assertThat(GoodClient.fetchOnce(server, "/dcap")).isEqualTo(200);
          }
          Figures.record(
              "http/malformed",
              "status per malformed request (0 = closed): "
                  + seen
                  + "; bare-LF line ends are accepted (RFC 9112 section 2.2 allows it)");
          seen.forEach(
              (what, status) ->
                  assertThat(status)
                      .as(what)
                      .satisfiesAnyOf(
                          s -> assertThat(s).isEqualTo(0), s -> assertThat(s).isBetween(400, 599)));
        });
  }

  @Test
  void clientSuppliedIdentityHeadersNeverReachTheStubs() throws Exception {
    ResourceSnapshot.around(
        "http/identity-headers",
        () -> {
          String real = DeviceIdentity.of(GoodClient.PKI.device().certificate()).lfdi();
          List<String> variants = new ArrayList<>();
          String[] heads = {
            "X-SEP2-Client-LFDI: " + SPOOFED_LFDI,
            "x-sep2-client-lfdi: " + SPOOFED_LFDI,
            "X-SEP2-CLIENT-LFDI: " + SPOOFED_LFDI,
            "X-SEP2-Client-LFDI: " + SPOOFED_LFDI + "\r\nX-SEP2-Client-LFDI: " + SPOOFED_LFDI,
            "X-SEP2-Client-LFDI:" + SPOOFED_LFDI,
            "X-SEP2-Client-LFDI: \t" + SPOOFED_LFDI + " \t",
            "X-Other: a\r\n X-SEP2-Client-LFDI: " + SPOOFED_LFDI,
            "X_SEP2_Client_LFDI: " + SPOOFED_LFDI,
            "X-SEP2-Client-Verified: true\r\nX-SEP2-Client-SFDI: 1",
          };
          try (Sep2MockServer server = start()) {
            server
                .wireMock()
                .stubFor(
                    get("/edev")
                        .atPriority(1)
                        .withHeader(ClientIdentity.LFDI_HEADER, equalTo(SPOOFED_LFDI))
                        .willReturn(aResponse().withBody("spoofed")));
            server
                .wireMock()
                .stubFor(
                    post("/edev")
                        .atPriority(1)
                        .withHeader(ClientIdentity.LFDI_HEADER, equalTo(SPOOFED_LFDI))
                        .willReturn(aResponse().withBody("spoofed")));
            for (String head : heads) {
              String request = "GET /edev HTTP/1.1\r\nHost: x\r\n" + head + "\r\n\r\n";
              try (GoodClient client = GoodClient.connect(GoodClient.tls(server), server.port())) {
                RawHttp.Response response = client.send(request);
                assertThat(response.body()).as(head).isNotEqualTo("spoofed");
                variants.add(response.status() + "");
              } catch (IOException e) {
                variants.add("closed");
              }
            }
            // and in the trailer of a chunked body
            try (GoodClient client = GoodClient.connect(GoodClient.tls(server), server.port())) {
              RawHttp.Response response =
                  client.send(
                      "POST /edev HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                          + "Trailer: X-SEP2-Client-LFDI\r\n\r\n3\r\nabc\r\n0\r\n"
                          + "X-SEP2-Client-LFDI: "
                          + SPOOFED_LFDI
                          + "\r\n\r\n");
              assertThat(response.body()).isNotEqualTo("spoofed");
              variants.add("trailer:" + response.status());
            }
            for (LoggedRequest r : server.wireMock().findAll(anyRequestedFor(anyUrl()))) {
              assertThat(r.header(ClientIdentity.LFDI_HEADER).values())
                  .as("LFDI seen by WireMock for %s", r.getHeaders())
                  .containsExactly(real);
              assertThat(r.header(ClientIdentity.VERIFIED_HEADER).values()).containsExactly("true");
              assertThat(r.header(ClientIdentity.SFDI_HEADER).values()).hasSize(1);
            }
          }
          Figures.record(
              "http/identity-headers",
              heads.length
                  + 1
                  + " spoofing variants (case, duplicates, whitespace, obs-fold, underscore,"
                  + " chunked trailer) over TLS: WireMock saw only the handshake's LFDI; answers "
                  + variants);
        });
  }
}
