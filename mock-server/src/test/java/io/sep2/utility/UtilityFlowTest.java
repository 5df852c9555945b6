package io.sep2.utility;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.model.ActivePower;
import io.sep2.model.DateTimeInterval;
import io.sep2.model.DefaultDerControl;
import io.sep2.model.DerControl;
import io.sep2.model.DerControlBase;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The utility server's core flow over real TLS, with the JDK HttpClient over BCJSSE. */
class UtilityFlowTest {

  static Sep2MockServer server;
  static HttpClient client;
  static DeviceIdentity me;

  @BeforeAll
  static void start() {
    server =
        new Sep2MockServer(
                ServerOptions.builder().pki(Sep2Pki.builder().seed("utility-flow").build()).build())
            .start();
    client = server.httpClient();
    me = DeviceIdentity.of(server.pki().device().certificate());
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(server.baseUri() + path))
            .header("Accept", "application/sep+xml");
    if (body == null) {
      r.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      r.header("Content-Type", "application/sep+xml")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aDeviceRegistersPutsItsSettingsAndReadsItsProgram() throws Exception {
    HttpResponse<String> dcap = send("GET", "/dcap", null);
    assertThat(dcap.statusCode()).isEqualTo(200);
    assertThat(dcap.body()).contains("<EndDeviceListLink").contains("href=\"/edev\"");
    assertThat(dcap.headers().map()).doesNotContainKeys("Matched-Stub-Id", "matched-stub-id");

    String edev =
        "<EndDevice xmlns=\"urn:ieee:std:2030.5:ns\"><sFDI>"
            + me.sfdi()
            + "</sFDI><changedTime>0</changedTime></EndDevice>";
    HttpResponse<String> created = send("POST", "/edev", edev);
    assertThat(created.statusCode()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo("/edev/1");
    HttpResponse<String> again = send("POST", "/edev", edev);
    assertThat(again.statusCode()).isEqualTo(204);
    assertThat(again.headers().firstValue("Location")).contains(location);

    assertThat(send("GET", "/edev/1/rg", null).body()).contains("<pIN>111115</pIN>");
    assertThat(send("GET", "/edev/1/der/1/derg", null).statusCode()).isEqualTo(404);
    String settings =
        "<DERSettings xmlns=\"urn:ieee:std:2030.5:ns\"><setGradW>100</setGradW>"
            + "<setMaxW><multiplier>0</multiplier><value>5000</value></setMaxW>"
            + "<updatedTime>1700000000</updatedTime></DERSettings>";
    assertThat(send("PUT", "/edev/1/der/1/derg", settings).statusCode()).isEqualTo(204);
    assertThat(send("GET", "/edev/1/der/1/derg", null).body()).contains("<setGradW>100</setGradW>");
    assertThat(server.utility().device(me.lfdi()).orElseThrow().derSettings()).isPresent();

    Program program = server.utility().createProgram("limits", 1, 1);
    program.defaultControl(
        DefaultDerControl.builder()
            .derControlBase(
                DerControlBase.builder().opModExpLimW(ActivePower.watts(5000)).build()));
    Control control =
        program.schedule(
            DerControl.builder()
                .interval(new DateTimeInterval(300L, Instant.now().plusSeconds(60)))
                .derControlBase(DerControlBase.builder().opModConnect(true).build()));
    String list = send("GET", "/edev/1/derp/1/derc?l=10", null).body();
    assertThat(list)
        .contains(control.mrid().toString())
        .contains("<currentStatus>0</currentStatus>");
    assertThat(send("GET", "/edev/1/derp/1/derc?l=10", null).body()).isEqualTo(list);
    assertThat(send("GET", "/edev/1/derp/1/dderc", null).body()).contains("csipaus:opModExpLimW");

    assertThat(send("DELETE", "/dcap", null).statusCode()).isEqualTo(405);
    assertThat(send("PUT", "/edev/1/der/1/derg", "<nope").statusCode()).isEqualTo(400);
    assertThat(send("GET", "/tp", null).statusCode()).isEqualTo(404);
    Exchange put =
        server.utility().awaitRequest("PUT", "/edev/*/der/1/derg", Duration.ofSeconds(5));
    assertThat(put.status()).isEqualTo(204);
  }
}
