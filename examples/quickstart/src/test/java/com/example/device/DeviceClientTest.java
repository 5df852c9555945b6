package com.example.device;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sep2.junit.With2030_5Server;
import io.sep2.server.Comm003;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.record.ConnectionRecord;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The device client against the in-process 2030.5 mock server. The server's PKI and the device's
 * key stores (made by {@code sep2:generate-pki} in this build, see pom.xml) come from the same seed,
 * "quickstart", so they are the same certificates: the server trusts the device and the device
 * trusts the server without any file being shared.
 */
@With2030_5Server(pkiSeed = "quickstart")
class DeviceClientTest {

  static final Path PKI = Path.of("target/sep2-pki");
  static final char[] PASSWORD = "changeit".toCharArray();

  static DeviceClient client(Sep2MockServer server, Inverter inverter) throws Exception {
    SSLContext tls =
        DeviceTls.fromKeystores(
            PKI.resolve("device.p12"), PKI.resolve("truststore.p12"), PASSWORD);
    return new DeviceClient(tls, server.deviceCapabilityUri(), inverter);
  }

  @AfterEach
  void resetStubs(WireMockServer wireMock) {
    wireMock.resetToDefaultMappings();
  }

  @Test
  void comm003BasicSecurity(Sep2MockServer server) throws Exception {
    long mark = server.connectionMark();
    Sep2Resource dcap = client(server, new Inverter()).deviceCapability();

    assertEquals("DeviceCapability", dcap.type());
    Comm003.assertPassedSince(server, mark);
    ConnectionRecord record = server.connectionsSince(mark).get(0);
    System.out.printf(
        "COMM-003: negotiated %s %s with the device certificate (LFDI %s, SFDI %s)%n",
        record.protocolVersion(),
        record.cipherSuite(),
        record.clientIdentity().lfdi(),
        record.clientIdentity().sfdi());
    System.out.println(
        "Every test's connections are recorded in target/sep2/recordings/"
            + DeviceClientTest.class.getName()
            + "/<test>.txt and .json");
  }

  @Test
  void actsOnAStubbedDerControl(Sep2MockServer server, WireMockServer wireMock) throws Exception {
    // the default DERProgram links its controls at /derp/0/derc: replace them with a 50 % limit
    wireMock.stubFor(
        get("/derp/0/derc")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/sep+xml")
                    .withBody(
                        "<DERControlList xmlns=\"urn:ieee:std:2030.5:ns\" href=\"/derp/0/derc\""
                            + " all=\"1\" results=\"1\"><DERControl href=\"/derp/0/derc/7\">"
                            + "<mRID>44455243000000000000000000000007</mRID>"
                            + "<description>curtail to 50 %</description>"
                            + "<creationTime>1700000000</creationTime>"
                            + "<EventStatus><currentStatus>1</currentStatus>"
                            + "<dateTime>1700000000</dateTime>"
                            + "<potentiallySuperseded>false</potentiallySuperseded>"
                            + "</EventStatus><interval><duration>3600</duration>"
                            + "<start>1700000000</start></interval><DERControlBase>"
                            + "<opModMaxLimW>5000</opModMaxLimW></DERControlBase></DERControl>"
                            + "</DERControlList>")));
    Inverter inverter = new Inverter();
    DeviceClient client = client(server, inverter);

    assertTrue(client.applyDerControl().isPresent());

    assertEquals(50.0, inverter.maxPowerPercent(), 0.001);
    wireMock.verify(getRequestedFor(urlEqualTo("/derp/0/derc")));
    System.out.println("Resources fetched by following links: " + client.fetched());
  }

  @Test
  void aMisconfiguredClientIsExplained(Sep2MockServer server) throws Exception {
    long mark = server.connectionMark();
    // the usual mistake: the JDK's default TLS (SunJSSE), which has no CCM_8 at all
    HttpClient jdkDefault = HttpClient.newHttpClient();
    assertThrows(
        IOException.class,
        () ->
            jdkDefault.send(
                HttpRequest.newBuilder(server.deviceCapabilityUri()).build(),
                HttpResponse.BodyHandlers.ofString()));

    server.awaitHandshakes(java.time.Duration.ofSeconds(5));
    List<ConnectionRecord> records = server.connectionsSince(mark);
    ConnectionRecord failed = records.get(records.size() - 1);
    assertTrue(failed.failed());
    assertFalse(failed.diagnosis().reason().isEmpty());
    System.out.println("What the server recorded for the misconfigured client:");
    System.out.println(failed.toText());
  }
}
