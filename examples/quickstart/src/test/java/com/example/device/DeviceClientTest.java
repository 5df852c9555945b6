package com.example.device;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sep2.junit.With2030_5Server;
import io.sep2.model.DateTimeInterval;
import io.sep2.model.DefaultDerControl;
import io.sep2.model.DerControl;
import io.sep2.model.DerControlBase;
import io.sep2.model.MirrorMeterReading;
import io.sep2.model.MirrorUsagePoint;
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
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The device client against the in-process 2030.5 mock server and its utility server. The server's
 * PKI and the device's key stores (made by {@code sep2:generate-pki} in this build, see pom.xml)
 * come from the same seed, "quickstart", so they are the same certificates: the server trusts the
 * device and the device trusts the server without any file being shared.
 */
@With2030_5Server(pkiSeed = "quickstart")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeviceClientTest {

  static final Path PKI = Path.of("target/sep2-pki");
  static final char[] PASSWORD = "changeit".toCharArray();

  /** The registration pIN the installer gives the device: what the utility server serves. */
  static final long PIN = 111115;

  static DeviceClient client(Sep2MockServer server, Inverter inverter, long pin) throws Exception {
    SSLContext tls =
        DeviceTls.fromKeystores(PKI.resolve("device.p12"), PKI.resolve("truststore.p12"), PASSWORD);
    X509Certificate certificate = DeviceTls.certificate(PKI.resolve("device.p12"), PASSWORD);
    return new DeviceClient(tls, certificate, server.deviceCapabilityUri(), inverter, pin)
        .onStep(step -> System.out.println("  " + step));
  }

  @AfterEach
  void resetStubs(WireMockServer wireMock) {
    wireMock.resetToDefaultMappings();
  }

  @Test
  @Order(1)
  void comm003BasicSecurity(Sep2MockServer server) throws Exception {
    long mark = server.connectionMark();
    Sep2Resource dcap = client(server, new Inverter(), PIN).onStep(step -> {}).deviceCapability();

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

  /**
   * The whole flow against the utility server, which a test sets up as a utility would: a program
   * with a default control (80 %) and a control scheduled in an hour (50 %). The test then looks at
   * what the server stored, moves the utility's clock on by an hour, and sees the device apply the
   * control.
   */
  @Test
  @Order(2)
  @With2030_5Server(pkiSeed = "quickstart") // a server of its own: a utility with nothing stored
  void goesThroughTheWholeFlow(Sep2MockServer server) throws Exception {
    Utility utility = server.utility();
    Program program = utility.createProgram("Export limits", 1, 1);
    program.defaultControl(
        DefaultDerControl.builder()
            .derControlBase(DerControlBase.builder().opModMaxLimW(8000).build()));
    Control curtail =
        program.schedule(
            DerControl.builder()
                .description("Curtail to 50 %")
                .interval(
                    new DateTimeInterval(
                        1800L, utility.clock().instant().plus(Duration.ofHours(1))))
                .derControlBase(DerControlBase.builder().opModMaxLimW(5000).build()));
    Inverter inverter = new Inverter(5000, 4200);
    DeviceClient client = client(server, inverter, PIN);

    System.out.println("The device client's flow:");
    client.run();

    // what the device did: the default control, since the curtailment has not started
    assertEquals(80.0, inverter.maxPowerPercent(), 0.001);
    assertEquals(4000, inverter.outputWatts());
    assertEquals(1, client.controls().size());
    assertEquals(curtail.mrid().toString(), client.controls().get(0).value("mRID").orElseThrow());

    // what the utility server stored
    Device device = utility.device(client.ids().lfdi()).orElseThrow();
    assertEquals(client.endDevice(), device.href());
    assertEquals(device.sfdi(), client.ids().sfdi(), "the SFDI the device computed");
    assertEquals(5000.0, device.derCapability().orElseThrow().rtgMaxW().watts());
    assertEquals(5000.0, device.derSettings().orElseThrow().setMaxW().watts());
    assertEquals(0x07, device.derStatus().orElseThrow().genConnectStatus().orElseThrow().value());
    assertEquals(4200.0, device.derAvailability().orElseThrow().statWAvail().orElseThrow().watts());
    MirrorUsagePoint mirror = utility.mirrorUsagePoints().get(0);
    assertEquals(client.ids().lfdi(), mirror.deviceLfdi().toString());
    assertEquals("/mup/1", client.mirrorUsagePoint().orElseThrow());
    List<MirrorMeterReading> readings = device.readings();
    assertEquals(1, readings.size());
    assertEquals(4000L, readings.get(0).reading().orElseThrow().value().orElseThrow());
    for (Exchange exchange : utility.exchanges()) {
      assertTrue(exchange.succeeded(), exchange.toString());
      assertTrue(exchange.findings().isEmpty(), exchange.toString());
    }
    System.out.println(
        "The utility server stored: EndDevice "
            + device.href()
            + " with its DERCapability, DERSettings, DERStatus and DERAvailability; "
            + "MirrorUsagePoint "
            + client.mirrorUsagePoint().orElseThrow()
            + " with "
            + readings.size()
            + " reading; "
            + utility.exchanges().size()
            + " requests, none refused");

    // an hour later on the utility's clock, the curtailment is active
    utility.clock().advance(Duration.ofMinutes(61));
    System.out.println("An hour later on the utility's clock:");
    assertTrue(client.applyDerControl().isPresent());
    assertEquals(50.0, inverter.maxPowerPercent(), 0.001);
    assertEquals(1, curtail.currentStatus());
  }

  /** A device whose utility serves another pIN than the one it was given goes no further. */
  @Test
  @Order(4)
  @With2030_5Server(pkiSeed = "quickstart")
  void stopsAtARegistrationWithAnotherPin(Sep2MockServer server) throws Exception {
    X509Certificate certificate = DeviceTls.certificate(PKI.resolve("device.p12"), PASSWORD);
    server.utility().registerDevice(certificate).registrationPin(54321);
    DeviceClient client = client(server, new Inverter(), PIN);

    System.out.println("A device given pIN " + PIN + " whose utility serves pIN 543215:");
    client.discover();
    IOException refused = assertThrows(DeviceClient.RegistrationException.class, client::register);
    assertTrue(refused.getMessage().contains("has pIN 543215"), refused.getMessage());
    assertTrue(
        server.utility().exchanges().stream().noneMatch(e -> e.method().equals("PUT")),
        "no DER document was sent");
  }

  /**
   * A test's own WireMock stub wins over the utility server for its URI: here every DERControlList
   * is replaced with an active 50 % limit.
   */
  @Test
  @Order(3)
  void actsOnAStubbedDerControl(Sep2MockServer server, WireMockServer wireMock) throws Exception {
    server.utility().createProgram("Export limits", 1, 1);
    wireMock.stubFor(
        get(urlPathMatching("/edev/[0-9]+/derp/[0-9]+/derc"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/sep+xml")
                    .withBody(
                        "<DERControlList xmlns=\"urn:ieee:std:2030.5:ns\""
                            + " href=\"/edev/1/derp/1/derc\" all=\"1\" results=\"1\"><DERControl"
                            + " href=\"/edev/1/derp/1/derc/7\">"
                            + "<mRID>44455243000000000000000000000007</mRID><description>curtail to"
                            + " 50 %</description><creationTime>1700000000</creationTime>"
                            + "<EventStatus><currentStatus>1</currentStatus>"
                            + "<dateTime>1700000000</dateTime>"
                            + "<potentiallySuperseded>false</potentiallySuperseded>"
                            + "</EventStatus><interval><duration>3600</duration>"
                            + "<start>1700000000</start></interval><DERControlBase>"
                            + "<opModMaxLimW>5000</opModMaxLimW></DERControlBase></DERControl>"
                            + "</DERControlList>")));
    Inverter inverter = new Inverter();
    DeviceClient client = client(server, inverter, PIN);

    System.out.println("With a stubbed DERControlList:");
    client.discover();
    client.register();
    assertTrue(client.applyDerControl().isPresent());

    assertEquals(50.0, inverter.maxPowerPercent(), 0.001);
    wireMock.verify(getRequestedFor(urlPathMatching("/edev/[0-9]+/derp/[0-9]+/derc")));
    System.out.println("Resources fetched by following links: " + client.fetched());
  }

  @Test
  @Order(5)
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
