package io.sep2.utility;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.server.record.HttpExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The utility server's HTTP semantics over real TLS: 201 + Location, 204 (+ Location for a known
 * EndDevice or MirrorUsagePoint), 404, 405 + Allow, 400 (not well-formed, wrong root, a required
 * element missing, named in the finding), 403, 415 and 413, each with a 2030.5 Error document;
 * nothing stored partly; no WireMock headers on the wire; every exchange in the connection
 * recording and WireMock's journal; a test's own stub wins; {@code utilityServer(false)} serves the
 * static stubs.
 */
class UtilityHttpTest {

  static final String NS = "xmlns=\"urn:ieee:std:2030.5:ns\"";
  static final String SETTINGS =
      "<DERSettings "
          + NS
          + "><setGradW>100</setGradW><setMaxW><multiplier>0</multiplier><value>5000</value>"
          + "</setMaxW><updatedTime>1700000000</updatedTime></DERSettings>";

  Sep2Pki pki =
      Sep2Pki.builder().seed("utility-http").addDevice("a", "SN-A").addDevice("b", "SN-B").build();
  Sep2MockServer server;
  Sep2Client a;
  Sep2Client b;
  final List<Sep2Client.Reply> replies = new ArrayList<>();

  @BeforeEach
  void start() {
    server =
        new Sep2MockServer(ServerOptions.builder().pki(pki).maxBodyBytes(4096).build()).start();
    a = new Sep2Client(server, pki.device("a"));
    b = new Sep2Client(server, pki.device("b"));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  Sep2Client.Reply seen(Sep2Client.Reply reply) {
    replies.add(reply);
    return reply;
  }

  static void assertError(Sep2Client.Reply reply, int status, int reasonCode) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).contains("application/sep+xml");
    assertThat(reply.body()).as(reply.toString()).contains("<Error " + NS + ">");
    assertThat(reply.reasonCode()).isEqualTo(reasonCode);
  }

  /** The findings the connection recording holds for the exchanges of {@code method path}. */
  List<String> recordedFindings(String method, String uri) {
    List<String> findings = new ArrayList<>();
    for (ConnectionRecord record : server.connections()) {
      for (HttpExchange e : record.exchanges()) {
        if (e.method().equals(method) && e.uri().equals(uri)) {
          findings.addAll(e.findings());
        }
      }
    }
    return findings;
  }

  @Test
  void createUpdateAndLocations() {
    Sep2Client.Reply created = seen(a.post("/edev", a.endDevice()));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.location()).contains("/edev/1");
    assertThat(created.body()).isEmpty();
    Sep2Client.Reply again = seen(a.post("/edev", a.endDevice()));
    assertThat(again.status()).isEqualTo(204);
    assertThat(again.location()).contains("/edev/1");
    assertThat(seen(b.post("/edev", b.endDevice())).location()).contains("/edev/2");

    String mup =
        "<MirrorUsagePoint "
            + NS
            + "><mRID>0A000000000000000000000000000001</mRID><description>Site</description>"
            + "<roleFlags>49</roleFlags><serviceCategoryKind>0</serviceCategoryKind>"
            + "<status>1</status><deviceLFDI>"
            + a.lfdi()
            + "</deviceLFDI></MirrorUsagePoint>";
    Sep2Client.Reply mirror = seen(a.post("/mup", mup));
    assertThat(mirror.status()).isEqualTo(201);
    assertThat(mirror.location()).contains("/mup/1");
    Sep2Client.Reply known = seen(a.post("/mup", mup.replace("Site", "Site again")));
    assertThat(known.status()).isEqualTo(204);
    assertThat(known.location()).contains("/mup/1");
    assertThat(seen(a.get("/mup/1")).body()).contains("Site again");
    Sep2Client.Reply readings = seen(a.post("/mup/1", UtilityScenario.MIRROR_READING));
    assertThat(readings.status()).isEqualTo(201);
    assertThat(server.utility().device(a.lfdi()).orElseThrow().readings()).hasSize(1);

    Sep2Client.Reply stored = seen(a.put("/edev/1/der/1/derg", SETTINGS));
    assertThat(stored.status()).isEqualTo(204);
    assertThat(stored.location()).isEmpty();
    Sep2Client.Reply event = seen(a.post("/edev/1/lel", logEvent()));
    assertThat(event.status()).isEqualTo(201);
    assertThat(event.location()).contains("/edev/1/lel/1");
    assertThat(seen(a.get("/edev/1/lel/1")).status()).isEqualTo(200);
    assertNoWireMockHeaders();
  }

  static String logEvent() {
    return "<LogEvent "
        + NS
        + "><createdDateTime>1700000000</createdDateTime><functionSet>22</functionSet>"
        + "<logEventCode>1</logEventCode><logEventID>1</logEventID><logEventPEN>37</logEventPEN>"
        + "<profileID>0</profileID></LogEvent>";
  }

  @Test
  void notFoundMethodNotAllowedAndTheirFindings() {
    seen(a.post("/edev", a.endDevice()));
    for (String path :
        List.of(
            "/nothing",
            "/edev/9",
            "/edev/1/der/2",
            "/edev/1/derp/7",
            "/edev/1/der/1/derg",
            "/edev/1/lel/3",
            "/mup/4",
            "/edev/1/fsa/1",
            "/dcap/")) {
      assertError(seen(a.get(path)), 404, 1);
    }
    Sep2Client.Reply pricing = seen(a.get("/tp"));
    assertError(pricing, 404, 1);
    assertThat(recordedFindings("GET", "/tp"))
        .anySatisfy(f -> assertThat(f).contains("Pricing function set is not implemented"));

    Map<String, String> allow =
        Map.of(
            "DELETE /dcap", "GET, HEAD",
            "PUT /edev", "GET, HEAD, POST",
            "POST /edev/1/der/1/derg", "GET, HEAD, PUT",
            "PUT /edev/1/lel", "GET, HEAD, POST",
            "DELETE /mup/1", "GET, HEAD, POST");
    allow.forEach(
        (request, methods) -> {
          String[] parts = request.split(" ");
          Sep2Client.Reply reply =
              seen(a.send(parts[0], parts[1], "application/sep+xml", SETTINGS));
          if (parts[1].equals("/mup/1")) {
            // no MirrorUsagePoint 1: the method is checked first all the same
            assertThat(reply.status()).isEqualTo(405);
          }
          assertError(reply, 405, 0);
          assertThat(reply.header("Allow")).as(request).contains(methods);
        });
    assertThat(recordedFindings("DELETE", "/dcap"))
        .anySatisfy(f -> assertThat(f).contains("DELETE is not allowed on /dcap"));
    Sep2Client.Reply head = seen(a.send("HEAD", "/dcap", null, null));
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertNoWireMockHeaders();
  }

  @Test
  void badDocumentsAre400NamingTheProblemAndStoreNothing() {
    seen(a.post("/edev", a.endDevice()));
    String derg = "/edev/1/der/1/derg";
    assertError(seen(a.put(derg, "<DERSettings " + NS + "><setGradW>1")), 400, 0);
    assertError(seen(a.put(derg, "not xml at all")), 400, 0);
    assertError(seen(a.put(derg, "")), 400, 0);
    Sep2Client.Reply wrongRoot =
        seen(a.put(derg, "<DERStatus " + NS + "><readingTime>1</readingTime></DERStatus>"));
    assertError(wrongRoot, 400, 0);
    Sep2Client.Reply missing = seen(a.put(derg, SETTINGS.replaceAll("<setMaxW>.*</setMaxW>", "")));
    assertError(missing, 400, 0);
    Sep2Client.Reply missingSfdi =
        seen(a.post("/edev", "<EndDevice " + NS + "><changedTime>0</changedTime></EndDevice>"));
    assertError(missingSfdi, 400, 0);
    List<String> findings = recordedFindings("PUT", derg);
    assertThat(findings).anySatisfy(f -> assertThat(f).contains("DERStatus"));
    assertThat(findings).anySatisfy(f -> assertThat(f).contains("setMaxW"));
    assertThat(recordedFindings("POST", "/edev")).anySatisfy(f -> assertThat(f).contains("sFDI"));
    // nothing was stored
    assertThat(seen(a.get(derg)).status()).isEqualTo(404);
    assertThat(server.utility().device(a.lfdi()).orElseThrow().derSettings()).isEmpty();
    assertThat(server.utility().devices()).hasSize(1);

    // a good PUT, then a bad one: the good one stays
    assertThat(seen(a.put(derg, SETTINGS)).status()).isEqualTo(204);
    assertError(seen(a.put(derg, SETTINGS.replace("<setGradW>100", "<setGradW>x"))), 400, 0);
    assertThat(seen(a.get(derg)).body()).contains("<setGradW>100</setGradW>");

    // a MirrorUsagePoint whose reading is bad is not created; a list with one bad reading stores
    // none of them
    String badMup =
        "<MirrorUsagePoint "
            + NS
            + "><mRID>0A000000000000000000000000000002</mRID><roleFlags>49</roleFlags>"
            + "<serviceCategoryKind>0</serviceCategoryKind><status>1</status><deviceLFDI>"
            + a.lfdi()
            + "</deviceLFDI><MirrorMeterReading><mRID>nothex</mRID></MirrorMeterReading>"
            + "</MirrorUsagePoint>";
    assertError(seen(a.post("/mup", badMup)), 400, 0);
    assertThat(server.utility().mirrorUsagePoints()).isEmpty();
    String goodMup = badMup.replaceAll("<MirrorMeterReading>.*</MirrorMeterReading>", "");
    assertThat(seen(a.post("/mup", goodMup)).status()).isEqualTo(201);
    String reading = UtilityScenario.MIRROR_READING.replace(" " + NS, "");
    String list =
        "<MirrorMeterReadingList "
            + NS
            + " all=\"2\" results=\"2\">"
            + reading
            + reading.replace("<value>1500</value>", "<value>much</value>")
            + "</MirrorMeterReadingList>";
    assertError(seen(a.post("/mup/1", list)), 400, 0);
    assertThat(server.utility().device(a.lfdi()).orElseThrow().readings()).isEmpty();
    assertNoWireMockHeaders();
  }

  @Test
  void anotherDevicesResourcesAre403AndNothingIsStored() {
    seen(a.post("/edev", a.endDevice()));
    seen(b.post("/edev", b.endDevice()));
    for (String path :
        List.of("/edev/1", "/edev/1/der/1/derg", "/edev/1/derp", "/edev/1/lel", "/edev/1/rg")) {
      assertError(seen(b.get(path)), 403, 1);
    }
    assertError(seen(b.put("/edev/1/der/1/derg", SETTINGS)), 403, 1);
    assertThat(server.utility().device(a.lfdi()).orElseThrow().derSettings()).isEmpty();
    // registering another device's sFDI without being an aggregator
    assertError(seen(b.post("/edev", a.endDevice())), 403, 1);
    assertError(seen(b.post("/edev", Sep2Client.endDevice(12345, null))), 403, 1);
    assertThat(server.utility().devices()).hasSize(2);
    // b sees only itself
    Sep2Client.Reply list = seen(b.get("/edev?l=10"));
    assertThat(list.all()).isEqualTo(1);
    assertThat(list.body()).contains("href=\"/edev/2\"").doesNotContain("href=\"/edev/1\"");
    assertThat(recordedFindings("GET", "/edev/1"))
        .anySatisfy(f -> assertThat(f).contains("403").contains("not this client's"));
    assertNoWireMockHeaders();
  }

  @Test
  void aBodyThatIsNotSepXmlIs415() {
    seen(a.post("/edev", a.endDevice()));
    String derg = "/edev/1/der/1/derg";
    for (String type : List.of("application/xml", "text/xml", "application/json")) {
      assertError(seen(a.send("PUT", derg, type, SETTINGS)), 415, 0);
    }
    assertError(seen(a.send("PUT", derg, null, SETTINGS)), 415, 0);
    assertError(seen(a.send("POST", "/edev", "text/plain", b.endDevice())), 415, 0);
    assertThat(seen(a.send("PUT", derg, "application/sep+xml; charset=utf-8", SETTINGS)).status())
        .isEqualTo(204);
    assertThat(server.utility().devices()).hasSize(1);
    assertThat(recordedFindings("PUT", derg))
        .anySatisfy(f -> assertThat(f).contains("415").contains("text/xml"));
    assertNoWireMockHeaders();
  }

  @Test
  void aBodyOverMaxBodyBytesIs413AndStoresNothing() {
    seen(a.post("/edev", a.endDevice()));
    String derg = "/edev/1/der/1/derg";
    String padded = SETTINGS.replace("<setGradW>", "<!--" + "x".repeat(5000) + "--><setGradW>");
    Sep2Client.Reply tooLarge = seen(a.put(derg, padded));
    assertError(tooLarge, 413, 2);
    assertThat(server.utility().device(a.lfdi()).orElseThrow().derSettings()).isEmpty();
    assertThat(recordedFindings("PUT", derg))
        .anySatisfy(f -> assertThat(f).contains("413").contains("4096"));
    // the same document without the padding is fine
    assertThat(seen(a.put(derg, SETTINGS)).status()).isEqualTo(204);
  }

  @Test
  void everyExchangeIsRecordedAndInWireMocksJournal() {
    seen(a.post("/edev", a.endDevice()));
    seen(a.get("/dcap"));
    seen(a.put("/edev/1/der/1/derg", "<oops"));
    seen(a.put("/edev/1/der/1/derg", SETTINGS));
    seen(a.get("/nothing"));
    server
        .wireMock()
        .verify(
            1,
            putRequestedFor(urlEqualTo("/edev/1/der/1/derg"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalTo("<oops")));
    server.wireMock().verify(2, putRequestedFor(urlEqualTo("/edev/1/der/1/derg")));
    server.wireMock().verify(1, getRequestedFor(urlEqualTo("/nothing")));
    server
        .wireMock()
        .verify(5, anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    List<HttpExchange> recorded =
        server.connections().stream().flatMap(r -> r.exchanges().stream()).toList();
    assertThat(recorded)
        .extracting(e -> e.method() + " " + e.uri() + " " + e.status())
        .containsExactly(
            "POST /edev 201",
            "GET /dcap 200",
            "PUT /edev/1/der/1/derg 400",
            "PUT /edev/1/der/1/derg 204",
            "GET /nothing 404");
    assertThat(recorded.get(2).findings()).isNotEmpty();
    assertThat(recorded.get(3).findings()).isEmpty();
    // the findings are the utility's, as its exchanges show them
    assertThat(server.utility().exchanges())
        .extracting(Exchange::findings)
        .containsExactlyElementsOf(recorded.stream().map(HttpExchange::findings).toList());
    assertThat(recorded)
        .allSatisfy(
            e ->
                assertThat(e.responseHeaders())
                    .extracting(h -> h.getKey().toLowerCase(Locale.ROOT))
                    .doesNotContain("x-sep2-finding", "matched-stub-id", "matched-stub-name"));
    assertNoWireMockHeaders();
  }

  @Test
  void aTestsOwnStubWinsOverTheUtilityServer() {
    seen(a.post("/edev", a.endDevice()));
    StubMapping stub =
        server
            .wireMock()
            .stubFor(
                get(urlPathEqualTo("/edev/1/derp"))
                    .willReturn(
                        aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/sep+xml")
                            .withBody("<DERProgramList " + NS + " all=\"0\" results=\"0\"/>")));
    int before = server.utility().exchanges().size();
    Sep2Client.Reply stubbed = seen(a.get("/edev/1/derp?l=5"));
    assertThat(stubbed.body()).isEqualTo("<DERProgramList " + NS + " all=\"0\" results=\"0\"/>");
    // the utility server did not see it; WireMock's journal and the recording did
    assertThat(server.utility().exchanges()).hasSize(before);
    server.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/edev/1/derp")));
    assertThat(recordedFindings("GET", "/edev/1/derp?l=5")).isEmpty();
    server.wireMock().removeStub(stub);
    Sep2Client.Reply utility = seen(a.get("/edev/1/derp?l=5"));
    assertThat(utility.body()).contains("pollRate=\"900\"");
    assertThat(server.utility().exchanges()).hasSize(before + 1);
    assertNoWireMockHeaders();
  }

  @Test
  void withoutTheUtilityServerTheStaticStubsAnswer() {
    try (Sep2MockServer plain =
        new Sep2MockServer(ServerOptions.builder().pki(pki).utilityServer(false).build()).start()) {
      Sep2Client client = new Sep2Client(plain, pki.device("a"));
      Sep2Client.Reply dcap = client.get("/dcap");
      assertThat(dcap.status()).isEqualTo(200);
      assertThat(dcap.body()).contains("<DeviceCapability");
      // the static EndDevice of the default resources, whatever the client posts
      assertThat(client.get("/edev/0").body()).contains(client.lfdi());
      assertThat(client.post("/mup", "<anything/>").location()).contains("/mup/0");
      assertThat(client.get("/edev/1/der/1/derg").status()).isEqualTo(404);
      assertThatThrownBy(plain::utility)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("utilityServer(false)");
      assertThat(dcap.headers().map().keySet())
          .map(k -> k.toLowerCase(Locale.ROOT))
          .noneMatch(k -> k.startsWith("matched-stub") || k.equals("x-sep2-finding"));
    }
  }

  void assertNoWireMockHeaders() {
    assertThat(replies).isNotEmpty();
    for (Sep2Client.Reply reply : replies) {
      assertThat(reply.headers().map().keySet())
          .as(reply.toString())
          .map(k -> k.toLowerCase(Locale.ROOT))
          .noneMatch(k -> k.startsWith("matched-stub") || k.equals("x-sep2-finding"));
    }
  }
}
