package io.sep2.utility;

import io.sep2.model.ActivePower;
import io.sep2.model.ConnectionPoint;
import io.sep2.model.CurveData;
import io.sep2.model.DefaultDerControl;
import io.sep2.model.DerAvailability;
import io.sep2.model.DerCapability;
import io.sep2.model.DerControl;
import io.sep2.model.DerControlResponse;
import io.sep2.model.DerCurve;
import io.sep2.model.DerSettings;
import io.sep2.model.DerStatus;
import io.sep2.model.DeviceInformation;
import io.sep2.model.DeviceStatus;
import io.sep2.model.Lfdi;
import io.sep2.model.LogEvent;
import io.sep2.model.MirrorUsagePoint;
import io.sep2.model.Mrid;
import io.sep2.model.PowerStatus;
import io.sep2.model.Sep2Document;
import io.sep2.model.Sep2Xml;
import io.sep2.model.Subscription;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A utility server with something in every list: five EndDevices registered at different times,
 * three programs over two function set assignments (default controls with the CSIP-AUS limits),
 * four controls (one active, one superseded), curves, the client's DER documents, responses, log
 * events, subscriptions (also the aggregator's, under /edev/0), mirror usage points with readings.
 * The utility clock starts at {@link #T0} and stands still unless moved.
 */
final class UtilityScenario implements AutoCloseable {

  static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
  static final long POLL_RATE = 60;

  /** Where subscriptions send notifications: nobody listens there, delivery simply fails. */
  static final String NOWHERE = "https://127.0.0.1:9/notify";

  final Sep2Pki pki =
      Sep2Pki.builder()
          .seed("utility-scenario")
          .addDevice("device", "SN-1")
          .addDevice("second", "SN-2")
          .addDevice("aggregator", "SN-AGG")
          .build();

  final Sep2MockServer server;
  final Utility utility;
  final Sep2Client client;
  final Sep2Client second;
  final Sep2Client aggregator;
  final Sep2Xml xml = Sep2Xml.create();

  /** The four controls of program 2 in the order the DERControlList must show them. */
  Control active;

  Control next;
  Control late1;
  Control late2;

  Program low;
  Program limits;
  Program otherFsa;

  UtilityScenario() {
    this(null);
  }

  UtilityScenario(Path schema) {
    ServerOptions.Builder options =
        ServerOptions.builder()
            .pki(pki)
            .pollRate(POLL_RATE)
            .clock(Clock.fixed(T0, ZoneOffset.UTC))
            .aggregator(DeviceIdentity.of(pki.device("aggregator").certificate()).lfdi());
    if (schema != null) {
      options.schema(schema);
    }
    server = new Sep2MockServer(options.build()).start();
    utility = server.utility();
    client = new Sep2Client(server, pki.device("device"));
    second = new Sep2Client(server, pki.device("second"));
    aggregator = new Sep2Client(server, pki.device("aggregator"));
  }

  UtilityScenario populate() {
    // EndDevices: /edev/1 (the client), 2..4 registered by the utility, 5 the second device
    must(client.post("/edev", client.endDevice()), 201);
    for (String lfdi :
        List.of(
            "1111111111111111111111111111111111111111",
            "2222222222222222222222222222222222222222",
            "3333333333333333333333333333333333333333")) {
      advance(10);
      utility.registerDevice(lfdi);
    }
    advance(10);
    must(second.post("/edev", second.endDevice()), 201);

    // programs: the DERProgramList shows limits (primacy 1), otherFsa (3), low (5)
    low = utility.createProgram("Low priority", 5, 1);
    low.defaultControl(DefaultDerControl.builder().opModMaxLimW(8000).opModConnect(true));
    limits = utility.createProgram("Export limits", 1, 1);
    limits.defaultControl(
        DefaultDerControl.builder()
            .opModExpLimW(5000)
            .opModImpLimW(3000)
            .opModGenLimW(8000)
            .opModLoadLimW(7000)
            .opModConnect(true)
            .opModEnergize(true)
            .rampTms(500)
            .setGradW(100));
    otherFsa = utility.createProgram("Other assignment", 3, 2);
    otherFsa.defaultControl(DefaultDerControl.builder().opModFixedW(5000));

    Instant now = utility.clock().instant();
    active = limits.schedule(control(now.minusSeconds(10), 60).opModExpLimW(1000));
    next = limits.schedule(control(now.plusSeconds(100), 60).opModExpLimW(2000));
    advance(1);
    late1 = limits.schedule(control(now.plusSeconds(1000), 60).opModGenLimW(4000));
    advance(1);
    // the same interval: supersedes late1, and comes before it (created later)
    late2 = limits.schedule(control(now.plusSeconds(1000), 60).opModConnect(false));
    low.schedule(control(now.plusSeconds(5000), 300).opModMaxLimW(5000));

    limits.addCurve(curve(11, "Volt-var"));
    limits.addCurve(curve(13, "Volt-watt"));

    // the client's documents
    String der = "/edev/1/der/1";
    must(client.put(der + "/dercap", write(derCapability())), 204);
    must(client.put(der + "/derg", write(derSettings())), 204);
    must(client.put(der + "/ders", write(derStatus())), 204);
    must(client.put(der + "/dera", write(derAvailability())), 204);
    must(client.put("/edev/1/di", write(deviceInformation())), 204);
    must(client.put("/edev/1/dstat", write(deviceStatus())), 204);
    must(client.put("/edev/1/ps", write(powerStatus())), 204);
    must(client.put("/edev/1/cp", write(connectionPoint())), 204);

    // responses: the client reads its controls, then answers three times, 5 s apart
    must(client.get("/edev/1/derp/2/derc?l=10"), 200);
    respond(active, 1);
    advance(5);
    respond(active, 2);
    advance(5);
    respond(next, 1);

    // log events, created at T0+1, T0+2, T0+3
    for (int i = 1; i <= 3; i++) {
      must(client.post("/edev/1/lel", write(logEvent(i))), 201);
    }

    // subscriptions: the client's two, the aggregator's own one
    must(client.post("/edev/1/sub", write(subscription("/edev/1/derp/2/derc"))), 201);
    must(client.post("/edev/1/sub", write(subscription("/edev/1"))), 201);
    must(aggregator.post("/edev/0/sub", write(subscription("/edev"))), 201);

    // mirrors: two usage points, readings for the first
    must(client.post("/mup", write(mirror(1, "Site"))), 201);
    must(client.post("/mup", write(mirror(2, "DER"))), 201);
    must(client.post("/mup/1", MIRROR_READING), 201);
    return this;
  }

  void advance(long seconds) {
    utility.clock().advance(Duration.ofSeconds(seconds));
  }

  String write(Sep2Document document) {
    return xml.writeString(document);
  }

  static Sep2Client.Reply must(Sep2Client.Reply reply, int status) {
    if (reply.status() != status) {
      throw new AssertionError("expected " + status + ": " + reply);
    }
    return reply;
  }

  void respond(Control control, int status) {
    must(
        client.post(
            "/edev/1/rsps/site_control/rsp",
            write(
                DerControlResponse.builder()
                    .createdDateTime(utility.clock().instant())
                    .endDeviceLfdi(Lfdi.parse(client.lfdi()))
                    .status(status)
                    .subject(control.mrid())
                    .build())),
        201);
  }

  static DerControl.Builder control(Instant start, long seconds) {
    return DerControl.builder()
        .interval(start, Duration.ofSeconds(seconds))
        .description("control at " + start);
  }

  static DerCurve.Builder curve(int type, String description) {
    return DerCurve.builder()
        .description(description)
        .curveType(type)
        .addCurveData(CurveData.builder().xvalue(9500).yvalue(3000).build())
        .addCurveData(CurveData.builder().xvalue(10500).yvalue(-3000).build())
        .xMultiplier(-2)
        .yMultiplier(-2)
        .yRefType(3);
  }

  static DerCapability derCapability() {
    return DerCapability.builder()
        .modesSupported(0x00500165L)
        .rtgMaxW(ActivePower.watts(5000))
        .type(4)
        .doeModesSupported(0x0F)
        .build();
  }

  static DerSettings derSettings() {
    return DerSettings.builder()
        .setGradW(100)
        .setMaxW(ActivePower.watts(5000))
        .updatedTime(T0)
        .build();
  }

  static DerStatus derStatus() {
    return DerStatus.builder().readingTime(T0).build();
  }

  static DerAvailability derAvailability() {
    return DerAvailability.builder().readingTime(T0).reservePercent(1000).build();
  }

  static DeviceInformation deviceInformation() {
    return DeviceInformation.builder()
        .functionsImplemented(0x1FB2L)
        .lfdi(Lfdi.parse("3E4F45AB31EDFE5B67E343E5E4562E31000000B4"))
        .mfDate(T0)
        .mfHwVer("1.0")
        .mfId(37L)
        .mfInfo("inverter")
        .mfModel("X1")
        .mfSerNum("SN-1")
        .primaryPower(2)
        .secondaryPower(0)
        .swActTime(T0)
        .swVer("2.0")
        .build();
  }

  static DeviceStatus deviceStatus() {
    return DeviceStatus.builder().changedTime(T0).onCount(3).opState(1).opTime(3600L).build();
  }

  static PowerStatus powerStatus() {
    return PowerStatus.builder().batteryStatus(0).changedTime(T0).currentPowerSource(1).build();
  }

  static ConnectionPoint connectionPoint() {
    return ConnectionPoint.builder().connectionPointId("NMI1234567").build();
  }

  static LogEvent logEvent(int i) {
    return LogEvent.builder()
        .createdDateTime(T0.plusSeconds(i))
        .details("event " + i)
        .functionSet(22)
        .logEventCode(i)
        .logEventID(i)
        .logEventPEN(37L)
        .profileID(0)
        .build();
  }

  static Subscription subscription(String resource) {
    return Subscription.builder()
        .subscribedResource(resource)
        .encoding(0)
        .level("+S1")
        .limit(10)
        .notificationURI(NOWHERE)
        .build();
  }

  MirrorUsagePoint mirror(int n, String description) {
    return MirrorUsagePoint.builder()
        .mrid(Mrid.parse(String.format("%030X%02X", 0xABCDEFL, n)))
        .description(description)
        .roleFlags(n == 1 ? 0x49 : 0x03)
        .serviceCategoryKind(0)
        .status(1)
        .deviceLfdi(Lfdi.parse(client.lfdi()))
        .build();
  }

  static final String MIRROR_READING =
      "<MirrorMeterReading xmlns=\"urn:ieee:std:2030.5:ns\">"
          + "<mRID>ABCDEF00000000000000000000000A01</mRID><description>Power</description>"
          + "<Reading><value>1500</value></Reading>"
          + "<ReadingType><accumulationBehaviour>12</accumulationBehaviour><commodity>1</commodity>"
          + "<dataQualifier>2</dataQualifier><flowDirection>1</flowDirection><kind>37</kind>"
          + "<phase>0</phase><powerOfTenMultiplier>0</powerOfTenMultiplier><uom>38</uom>"
          + "</ReadingType></MirrorMeterReading>";

  /** Writes documents, for tests that need no scenario. */
  static final class Documents {
    private final Sep2Xml xml = Sep2Xml.create();

    String write(Sep2Document document) {
      return xml.writeString(document);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
