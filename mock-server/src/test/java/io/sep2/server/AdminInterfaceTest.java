package io.sep2.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator's JSON admin interface of a running server, and what the device then sees. */
class AdminInterfaceTest {

  Sep2MockServer server;
  HttpClient admin = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    server =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(Sep2Pki.builder().seed("admin").build())
                    .registerPkiDevices(true)
                    .adminPort(0)
                    .build())
            .start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  HttpResponse<String> call(String method, String path, String json) throws Exception {
    return admin.send(
        HttpRequest.newBuilder(URI.create(server.adminUri().orElseThrow() + path))
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  String device(String path) throws Exception {
    return server
        .httpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.baseUri() + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Test
  void anOperatorSetsUpAProgramSchedulesAndCancelsAControlAndMovesTheClock() throws Exception {
    assertThat(server.adminUri().orElseThrow().getHost()).isEqualTo("127.0.0.1");
    assertThat(call("POST", "/programs", "{\"description\":\"limits\",\"primacy\":1}").statusCode())
        .isEqualTo(200);
    assertThat(call("PUT", "/programs/1/default", "{\"opModExpLimW\":5000}").statusCode())
        .isEqualTo(200);
    HttpResponse<String> control =
        call(
            "POST",
            "/controls",
            "{\"program\":1,\"start\":\"+120\",\"duration\":600,\"opModExpLimW\":0}");
    assertThat(control.statusCode()).isEqualTo(200);
    String mrid = control.body().replaceAll("(?s).*\"mRID\" : \"([0-9A-F]{32})\".*", "$1");
    assertThat(device("/edev/1/derp/1/derc?l=5")).contains(mrid);
    assertThat(device("/edev/1/derp/1/dderc")).contains("opModExpLimW");

    assertThat(call("POST", "/clock/advance", "{\"seconds\":130}").statusCode()).isEqualTo(200);
    assertThat(device("/edev/1/derp/1/actderc?l=5")).contains(mrid);
    assertThat(call("POST", "/controls/" + mrid + "/cancel", "{}").body())
        .contains("\"currentStatus\" : 2");
    assertThat(call("GET", "/state", "").body()).contains(mrid).contains("\"requests\"");
  }

  @Test
  void faultsAndBadRequestsGetClearAnswers() throws Exception {
    assertThat(
            call("POST", "/faults", "{\"kind\":\"unavailable\",\"seconds\":30,\"retryAfter\":5}")
                .statusCode())
        .isEqualTo(200);
    assertThat(server.commsFaults().history()).hasSize(1);
    assertThat(call("DELETE", "/faults", "").statusCode()).isEqualTo(200);
    assertThat(call("POST", "/faults", "{\"kind\":\"meltdown\"}").body()).contains("kind must be");
    assertThat(call("POST", "/controls", "not json").statusCode()).isEqualTo(400);
    assertThat(call("POST", "/programs/9/nothing", "{}").statusCode()).isEqualTo(404);
    assertThat(call("POST", "/proceed", "{}").statusCode()).isEqualTo(409);
  }
}
