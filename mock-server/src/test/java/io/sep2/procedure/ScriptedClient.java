package io.sep2.procedure;

import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import io.sep2.utility.UtilityClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scripted 2030.5 device client over real TLS ({@link Sep2MockServer#httpClient()}): each method
 * is one thing a device does, and flags make it do the wrong thing on purpose.
 */
final class ScriptedClient {

  /** The pIN the installer gave this device. */
  static final String EXPECTED_PIN = "111115";

  private final Sep2MockServer server;
  private final HttpClient http;
  private final DeviceIdentity me;
  private final UtilityClock clock;
  boolean acceptAnyPin;
  String edev;
  String mirror;

  ScriptedClient(Sep2MockServer server) {
    this.server = server;
    this.http = server.httpClient();
    this.me = DeviceIdentity.of(server.pki().device().certificate());
    this.clock = server.utility().clock();
  }

  record Answer(int status, String body, String location) {}

  Answer send(String method, String path, String body) {
    try {
      HttpRequest.Builder r =
          HttpRequest.newBuilder(URI.create(server.baseUri() + path))
              .header("Accept", "application/sep+xml");
      if (body == null) {
        r.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        r.header("Content-Type", "application/sep+xml")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
      }
      HttpResponse<String> a = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(a.statusCode(), a.body(), a.headers().firstValue("Location").orElse(null));
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    }
  }

  Answer get(String path) {
    return send("GET", path, null);
  }

  static String first(String xml, String element) {
    Matcher m = Pattern.compile("<" + element + "[^>]*>([^<]*)</" + element + ">").matcher(xml);
    return m.find() ? m.group(1) : null;
  }

  static List<String> all(String xml, String element) {
    Matcher m = Pattern.compile("<" + element + "[^>]*>([^<]*)</" + element + ">").matcher(xml);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** DeviceCapability, Time, the EndDeviceList (finding its own EndDevice), its DERList. */
  void discover() {
    get("/dcap");
    get("/tm");
    findOrRegister();
    get(edev + "/der");
  }

  /** Finds its EndDevice in the list, or registers with POST /edev. */
  void findOrRegister() {
    Answer list = get("/edev?l=10");
    if (list.body().contains(me.lfdi())) {
      Matcher m = Pattern.compile("href=\"(/edev/\\d+)\"").matcher(list.body());
      while (m.find()) {
        edev = m.group(1);
        return;
      }
    }
    Answer created =
        send(
            "POST",
            "/edev",
            "<EndDevice xmlns=\"urn:ieee:std:2030.5:ns\"><sFDI>"
                + me.sfdi()
                + "</sFDI><changedTime>0</changedTime></EndDevice>");
    edev = created.location();
  }

  /**
   * Reads its Registration; goes on only with the pIN it was given (unless {@link #acceptAnyPin}).
   * Returns whether it goes on.
   */
  boolean checkRegistration() {
    String pin = first(get(edev + "/rg").body(), "pIN");
    boolean goOn = EXPECTED_PIN.equals(pin) || acceptAnyPin;
    if (goOn) {
      get(edev + "/fsa");
    }
    return goOn;
  }

  void putCapability() {
    send(
        "PUT",
        edev + "/der/1/dercap",
        "<DERCapability xmlns=\"urn:ieee:std:2030.5:ns\"><modesSupported>00500088</modesSupported>"
            + "<rtgMaxW><multiplier>0</multiplier><value>5000</value></rtgMaxW><type>4</type>"
            + "<csipaus:doeModesSupported xmlns:csipaus=\"https://csipaus.org/ns\">0F"
            + "</csipaus:doeModesSupported></DERCapability>");
  }

  void putSettings(int setGradW) {
    send(
        "PUT",
        edev + "/der/1/derg",
        "<DERSettings xmlns=\"urn:ieee:std:2030.5:ns\"><setGradW>"
            + setGradW
            + "</setGradW><setMaxW><multiplier>0</multiplier><value>5000</value></setMaxW>"
            + "<updatedTime>"
            + clock.instant().getEpochSecond()
            + "</updatedTime><csipaus:doeModesEnabled xmlns:csipaus=\"https://csipaus.org/ns\">0F"
            + "</csipaus:doeModesEnabled></DERSettings>");
  }

  void putStatus() {
    send(
        "PUT",
        edev + "/der/1/ders",
        "<DERStatus xmlns=\"urn:ieee:std:2030.5:ns\"><genConnectStatus><dateTime>"
            + clock.instant().getEpochSecond()
            + "</dateTime><value>07</value></genConnectStatus><readingTime>"
            + clock.instant().getEpochSecond()
            + "</readingTime></DERStatus>");
  }

  void putAvailability() {
    send(
        "PUT",
        edev + "/der/1/dera",
        "<DERAvailability xmlns=\"urn:ieee:std:2030.5:ns\"><readingTime>"
            + clock.instant().getEpochSecond()
            + "</readingTime></DERAvailability>");
  }

  /** Reads its programs and the first program's default control; returns its setGradW. */
  int readDefaultControl() {
    get(edev + "/fsa");
    get(edev + "/fsa/1/derp");
    String dderc = get(edev + "/derp/1/dderc").body();
    String grad = first(dderc, "setGradW");
    return grad == null ? 27 : Integer.parseInt(grad);
  }

  /** Reads the controls of program 1 and returns their mRIDs. */
  List<String> controls() {
    return all(get(edev + "/derp/1/derc?l=10").body(), "mRID");
  }

  /** Reads the controls of a program and returns their mRIDs. */
  List<String> controls(long program) {
    return all(get(edev + "/derp/" + program + "/derc?l=10").body(), "mRID");
  }

  void respond(String mrid, int status) {
    send(
        "POST",
        edev + "/rsps/site_control/rsp",
        "<DERControlResponse xmlns=\"urn:ieee:std:2030.5:ns\"><createdDateTime>"
            + clock.instant().getEpochSecond()
            + "</createdDateTime><endDeviceLFDI>"
            + me.lfdi()
            + "</endDeviceLFDI><status>"
            + status
            + "</status><subject>"
            + mrid
            + "</subject></DERControlResponse>");
  }

  private static String readingType() {
    return "<ReadingType><accumulationBehaviour>12</accumulationBehaviour><dataQualifier>2"
        + "</dataQualifier><flowDirection>1</flowDirection><intervalLength>60</intervalLength>"
        + "<kind>37</kind><phase>0</phase><powerOfTenMultiplier>0</powerOfTenMultiplier>"
        + "<uom>38</uom></ReadingType>";
  }

  /** Creates its site MirrorUsagePoint with a W reading type (mRIDs end in PEN 0). */
  void createMirror() {
    Answer a =
        send(
            "POST",
            "/mup",
            "<MirrorUsagePoint xmlns=\"urn:ieee:std:2030.5:ns\"><mRID>"
                + "AA000000000000000000000100000000</mRID><description>site</description>"
                + "<roleFlags>03</roleFlags><serviceCategoryKind>0</serviceCategoryKind>"
                + "<status>1</status><deviceLFDI>"
                + me.lfdi()
                + "</deviceLFDI><MirrorMeterReading><mRID>AA000000000000000000000200000000</mRID>"
                + "<description>site W</description>"
                + readingType()
                + "</MirrorMeterReading></MirrorUsagePoint>");
    mirror = a.location();
  }

  /** Posts one site W reading for the minute now. */
  void postReading(long watts) {
    Instant minute = Instant.ofEpochSecond(clock.instant().getEpochSecond() / 60 * 60);
    send(
        "POST",
        mirror,
        "<MirrorMeterReading xmlns=\"urn:ieee:std:2030.5:ns\"><mRID>"
            + "AA000000000000000000000200000000</mRID><Reading><timePeriod><duration>60</duration>"
            + "<start>"
            + minute.getEpochSecond()
            + "</start></timePeriod><value>"
            + watts
            + "</value></Reading></MirrorMeterReading>");
  }

  /** Subscribes to program 1's DERControlList, notifications to {@code uri}. */
  Answer subscribe(String uri) {
    return send(
        "POST",
        edev + "/sub",
        "<Subscription xmlns=\"urn:ieee:std:2030.5:ns\"><subscribedResource>"
            + edev
            + "/derp/1/derc</subscribedResource><encoding>0</encoding><level>+S1</level>"
            + "<limit>10</limit><notificationURI>"
            + uri
            + "</notificationURI></Subscription>");
  }
}
