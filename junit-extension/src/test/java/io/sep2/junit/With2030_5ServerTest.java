package io.sep2.junit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Comm003;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.tls.ClientIdentity;
import io.sep2.tls.Sep2ClientTls;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** The declarative extension, end to end with the BCJSSE helper client. */
@With2030_5Server(pkiSeed = "with-2030-5-server-test")
class With2030_5ServerTest {

  static HttpResponse<String> fetch(HttpClient client, URI uri) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void javaHelperClientPassesComm003(Sep2MockServer server, HttpClient client) throws Exception {
    HttpResponse<String> dcap = fetch(client, server.deviceCapabilityUri());

    assertThat(dcap.statusCode()).isEqualTo(200);
    assertThat(dcap.headers().firstValue("Content-Type")).hasValue("application/sep+xml");
    assertThat(dcap.body()).contains("<DeviceCapability", "urn:ieee:std:2030.5:ns");
    Comm003.assertPassed(server);
  }

  @Test
  void injectsThePkiAndTheClientParts(
      Sep2MockServer server, Sep2Pki pki, Sep2ClientTls tls, SSLContext context) {
    assertThat(pki).isSameAs(server.pki());
    assertThat(pki.seed()).isEqualTo("with-2030-5-server-test");
    assertThat(context).isSameAs(tls.sslContext());
    assertThat(context.getProvider().getName()).isEqualTo("BCJSSE");
    assertThat(tls.sslParameters().getCipherSuites())
        .containsExactly("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8");
  }

  @Test
  void stubOverridesTheDefaultAndVerifyWorks(
      Sep2MockServer server, WireMockServer wireMock, HttpClient client) throws Exception {
    wireMock.stubFor(
        get("/dcap")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/sep+xml")
                    .withBody("<DeviceCapability href=\"/dcap\" pollRate=\"60\"/>")));
    try {
      HttpResponse<String> dcap = fetch(client, server.deviceCapabilityUri());

      assertThat(dcap.body()).contains("pollRate=\"60\"");
      wireMock.verify(getRequestedFor(urlEqualTo("/dcap")));
    } finally {
      wireMock.resetToDefaultMappings();
    }
  }

  @Test
  void twoDevicesGetDifferentAnswers(Sep2MockServer server, WireMockServer wireMock)
      throws Exception {
    Sep2Pki pki =
        Sep2Pki.builder().seed("two-devices").addDevice("a", "A1").addDevice("b", "B1").build();
    // a second server whose PKI has two devices: the stubs match on the LFDI the server attaches
    try (Sep2MockServer twoDevices =
        new Sep2MockServer(ServerOptions.builder().pki(pki).build()).start()) {
      for (String name : new String[] {"a", "b"}) {
        String lfdi = DeviceIdentity.of(pki.device(name).certificate()).lfdi();
        twoDevices
            .wireMock()
            .stubFor(
                get("/edev")
                    .withHeader(ClientIdentity.LFDI_HEADER, equalTo(lfdi))
                    .willReturn(aResponse().withBody("device " + name)));
      }
      HttpClient clientA = twoDevices.clientTls(pki.device("a")).httpClient();
      HttpClient clientB = twoDevices.clientTls(pki.device("b")).httpClient();
      URI edev = twoDevices.baseUri().resolve("/edev");

      assertThat(fetch(clientA, edev).body()).isEqualTo("device a");
      assertThat(fetch(clientB, edev).body()).isEqualTo("device b");
    }
  }

  @Test
  void recordsTheNegotiatedParametersAndTheClientIdentity(Sep2MockServer server, HttpClient client)
      throws Exception {
    long mark = server.connectionMark();
    fetch(client, server.baseUri().resolve("/tm"));

    ConnectionRecord record = server.connectionsSince(mark).get(0);
    assertThat(record.outcome()).isEqualTo(ConnectionRecord.Outcome.SUCCESS);
    assertThat(record.protocolVersion()).isEqualTo("TLS 1.2");
    assertThat(record.cipherSuite()).startsWith("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8");
    assertThat(record.namedGroup()).isEqualTo("secp256r1");
    assertThat(record.clientIdentity().lfdi())
        .isEqualTo(DeviceIdentity.of(server.pki().device().certificate()).lfdi());
    assertThat(record.clientIdentity().trusted()).isTrue();
    assertThat(record.exchanges()).extracting(e -> e.uri()).contains("/tm");
  }

  @Test
  @With2030_5Server(pkiSeed = "method-level", chainLength = 3)
  void methodLevelAnnotationGetsItsOwnServer(Sep2MockServer server, Sep2Pki pki) {
    assertThat(pki.seed()).isEqualTo("method-level");
    assertThat(pki.chainLength()).isEqualTo(3);
    assertThat(server.pki()).isSameAs(pki);
  }
}
