package com.example.device;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sep2.junit.With2030_5Server;
import io.sep2.model.DefaultDerControl;
import io.sep2.model.DerControl;
import io.sep2.model.MirrorUsagePoint;
import io.sep2.model.Response;
import io.sep2.server.Comm003;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.utility.Control;
import io.sep2.utility.Device;
import io.sep2.utility.Exchange;
import io.sep2.utility.Program;
import io.sep2.utility.Utility;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The device client against the in-process 2030.5 mock server and its utility server. The server's
 * PKI and the device's key stores (made by {@code sep2:generate-pki} in this build, see pom.xml)
 * come from the same seed, "quickstart", so they are the same certificates: the server trusts the
 * device and the device trusts the server without any file being shared.
 *
 * <p>The utility tests set up what a utility would ({@code server.utility()}: a program with a
 * default control and a scheduled control), run the client, and assert on what the utility server
 * stored: the registration, the four DER documents, the responses to the control, the readings.
 */
@With2030_5Server(pkiSeed = "quickstart")
class DeviceClientTest {

  static final Path PKI = Path.of("target/sep2-pki");
  static final char[] PASSWORD = "changeit".toCharArray();
  static final String PIN = "111115"; // the utility's default: 11111 and its check digit

  static DeviceClient client(Sep2MockServer server, Inverter inverter) throws Exception {
    SSLContext tls =
        DeviceTls.fromKeystores(PKI.resolve("device.p12"), PKI.resolve("truststore.p12"), PASSWORD);
    DeviceIdentity me =
        DeviceIdentity.of(DeviceTls.deviceCertificate(PKI.resolve("device.p12"), PASSWORD));
    return new DeviceClient(tls, server.deviceCapabilityUri(), inverter, me);
  }

  static DeviceIdentity me() throws Exception {
    return DeviceIdentity.of(DeviceTls.deviceCertificate(PKI.resolve("device.p12"), PASSWORD));
  }

  /** A program with a 4 kW export limit by default, as a utility would set it up. */
  static Program exportLimits(Utility utility) {
    Program program = utility.createProgram("Export limits", 1, 1);
    program.defaultControl(DefaultDerControl.builder().opModExpLimW(4000));
    return program;
  }

  @BeforeEach
  void announce(TestInfo test) {
    System.out.println();
    System.out.println("=== " + test.getTestMethod().orElseThrow().getName() + " ===");
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
  @With2030_5Server(pkiSeed = "quickstart") // a utility server of its own: nothing registered yet
  void registersStoresItsDerDocumentsAnswersAControlAndMirrorsItsOutput(Sep2MockServer server)
      throws Exception {
    Utility utility = server.utility();
    Program program = exportLimits(utility);
    // a control of 2 s, half an hour ahead: once the device has done its flow, the test moves
    // the utility's clock to 2 s before it (the device learns the time from the server's /tm)
    Instant start = utility.clock().instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1800);
    Control curtail =
        program.schedule(
            DerControl.builder()
                .description("curtail to 50 %")
                .interval(start, Duration.ofSeconds(2))
                .opModMaxLimW(5000));
    Inverter inverter = new Inverter();
    DeviceClient client = client(server, inverter);

    System.out.println("--- the device's whole flow against the utility server ---");
    List<Sep2Resource> controls = client.run(PIN);
    assertEquals(4000L, inverter.exportLimitWatts()); // the default control applies
    assertEquals(1, controls.size());
    utility.clock().set(start.minusSeconds(2));
    Map<String, List<Integer>> sent =
        client.followControls(Duration.ofMillis(200), Duration.ofSeconds(15));

    // what the utility server stored
    Device device = utility.device(me().lfdi()).orElseThrow();
    System.out.println("--- what the utility server stored ---");
    System.out.println("EndDevice " + device.href() + ", sFDI " + device.sfdi());
    assertEquals(me().sfdi(), device.sfdi());
    assertEquals(5000.0, device.derCapability().orElseThrow().rtgMaxW().watts());
    assertEquals(5000.0, device.derSettings().orElseThrow().setMaxW().watts());
    assertEquals(4, device.derStatus().orElseThrow().inverterStatus().orElseThrow().value());
    assertEquals(5000.0, device.derAvailability().orElseThrow().statWAvail().orElseThrow().watts());
    System.out.printf(
        "DER documents: DERCapability rtgMaxW %.0f W, DERSettings setMaxW %.0f W, DERStatus"
            + " inverterStatus %d, DERAvailability statWAvail %.0f W%n",
        device.derCapability().orElseThrow().rtgMaxW().watts(),
        device.derSettings().orElseThrow().setMaxW().watts(),
        device.derStatus().orElseThrow().inverterStatus().orElseThrow().value(),
        device.derAvailability().orElseThrow().statWAvail().orElseThrow().watts());

    List<Integer> statuses = curtail.responses().stream().map(r -> r.status().orElse(-1)).toList();
    System.out.println(
        "Responses to DERControl "
            + curtail.mrid()
            + ": "
            + statuses
            + " (1 received, 2 started,"
            + " 3 completed)");
    assertEquals(List.of(1, 2, 3), statuses);
    assertEquals(Map.of(curtail.mrid().toString(), List.of(1, 2, 3)), sent);
    Response started = curtail.responses().get(1);
    assertFalse(started.createdDateTime().orElseThrow().isBefore(start), "started before start");
    utility.clock().advance(Duration.ofMinutes(20)); // every response is now due
    assertEquals(List.of(), curtail.missingResponses());
    assertEquals(100.0, inverter.maxPowerPercent(), 0.001); // the control is over

    List<MirrorUsagePoint> mirrors = utility.mirrorUsagePoints();
    assertEquals(1, mirrors.size());
    assertEquals(me().lfdi(), mirrors.get(0).deviceLfdi().toString());
    long reading =
        device
            .readings()
            .get(device.readings().size() - 1)
            .reading()
            .orElseThrow()
            .value()
            .orElseThrow();
    assertEquals(4000L, reading);
    System.out.println(
        "MirrorUsagePoint "
            + mirrors.get(0).mrid()
            + " of LFDI "
            + mirrors.get(0).deviceLfdi()
            + ": last reading "
            + reading
            + " W");

    // nothing the client sent made the utility server frown
    for (Exchange exchange : utility.exchanges()) {
      assertTrue(exchange.findings().isEmpty(), exchange.toString());
      assertTrue(exchange.succeeded(), exchange.toString());
    }
  }

  @Test
  @With2030_5Server(pkiSeed = "quickstart")
  void stopsWhenTheRegistrationPinIsNotTheOneItWasGiven(Sep2MockServer server) throws Exception {
    server.utility().registerDevice(server.pki().device().certificate()).registrationPin(12345);
    DeviceClient client = client(server, new Inverter());

    IOException refused = assertThrows(IOException.class, () -> client.run(PIN));

    System.out.println("The device refused to go on: " + refused.getMessage());
    assertTrue(refused.getMessage().contains("123455"));
    // it PUT nothing
    assertTrue(server.utility().device(me().lfdi()).orElseThrow().derSettings().isEmpty());
  }

  @Test
  @With2030_5Server(pkiSeed = "quickstart")
  void actsOnAStubbedDerControl(Sep2MockServer server, WireMockServer wireMock) throws Exception {
    // a test's own WireMock stub wins over the utility server for its URI: here the program's
    // DERControlList, replaced with one control of a 50 % limit
    exportLimits(server.utility());
    server.utility().registerDevice(server.pki().device().certificate());
    String list = "/edev/1/derp/1/derc";
    wireMock.stubFor(
        get(urlPathEqualTo(list))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/sep+xml")
                    .withBody(
                        "<DERControlList xmlns=\"urn:ieee:std:2030.5:ns\" href=\""
                            + list
                            + "\" all=\"1\" results=\"1\"><DERControl href=\""
                            + list
                            + "/7\"><mRID>44455243000000000000000000000007</mRID>"
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
    wireMock.verify(getRequestedFor(urlPathEqualTo(list)));
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
