package com.example.device;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * A small IEEE 2030.5 client, written the way a device team would: it starts at the
 * DeviceCapability URI and discovers every other resource from the links it finds (2030.5 clients
 * must never hard-code URIs). The whole flow ({@link #run}):
 *
 * <ol>
 *   <li>discovery: DeviceCapability, then the utility's Time (the device keeps the utility's time);
 *   <li>registration: finds its EndDevice by its SFDI, registering it (POST) when it is not there,
 *       and checks the Registration's pIN against the one it was given;
 *   <li>its DER: PUTs DERCapability, DERSettings, DERStatus and DERAvailability;
 *   <li>its program: FunctionSetAssignments, DERProgram, DefaultDERControl (applied) and
 *       DERControlList;
 *   <li>metering: a MirrorUsagePoint for its output, and a reading;
 * </ol>
 *
 * then {@link #followControls} answers the controls: received when it sees one, started at its
 * start (when it applies it to the inverter), completed at its end (back to the default control),
 * cancelled or superseded when the utility says so. Each step is reported, in plain words, to the
 * log given to the constructor.
 */
public final class DeviceClient {

  static final String SEP_XML = "application/sep+xml";

  /** Response status codes (2030.5). */
  static final int RECEIVED = 1;

  static final int STARTED = 2;
  static final int COMPLETED = 3;
  static final int CANCELLED = 6;
  static final int SUPERSEDED = 7;

  private final HttpClient http;
  private final URI deviceCapability;
  private final Inverter inverter;
  private final DeviceIdentity me;
  private final Consumer<String> log;
  private final List<String> fetched = new ArrayList<>();
  private final Map<String, String> links = new LinkedHashMap<>();
  private final Map<String, TrackedControl> controls = new LinkedHashMap<>();
  private Duration clockOffset = Duration.ZERO;
  private String endDevice;
  private Sep2Resource defaultControl;

  /** A client that reports its steps on standard output. */
  public DeviceClient(SSLContext tls, URI deviceCapability, Inverter inverter, DeviceIdentity me) {
    this(tls, deviceCapability, inverter, me, line -> System.out.println("[device] " + line));
  }

  /**
   * @param tls the device's TLS set-up ({@link DeviceTls})
   * @param deviceCapability the one URI a 2030.5 device is given
   * @param inverter what it controls
   * @param me the identity of its certificate
   * @param log where each step is reported
   */
  public DeviceClient(
      SSLContext tls,
      URI deviceCapability,
      Inverter inverter,
      DeviceIdentity me,
      Consumer<String> log) {
    this.http =
        HttpClient.newBuilder()
            .sslContext(tls)
            .sslParameters(DeviceTls.parameters())
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.deviceCapability = deviceCapability;
    this.inverter = inverter;
    this.me = me;
    this.log = log;
  }

  // ---- HTTP ---------------------------------------------------------------------------------

  /** A server's answer: status, Location, and the body as a resource when it is one. */
  public record Answer(int status, Optional<String> location, Optional<Sep2Resource> body) {}

  private Answer send(String method, String href, String body) throws IOException {
    URI uri = deviceCapability.resolve(href);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).header("Accept", SEP_XML).timeout(Duration.ofSeconds(10));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", SEP_XML)
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + method + " " + uri, e);
    }
    Optional<Sep2Resource> resource =
        response.body().isBlank()
            ? Optional.empty()
            : Optional.of(Sep2Resource.parse(response.body()));
    Optional<String> location =
        response.headers().firstValue("Location").map(l -> URI.create(l).getPath());
    fetched.add(method + " " + uri.getRawPath());
    return new Answer(response.statusCode(), location, resource);
  }

  /** GETs a resource as {@code application/sep+xml}; anything but 200 is an error. */
  public Sep2Resource get(String href) throws IOException {
    Answer answer = send("GET", href, null);
    if (answer.status() != 200 || answer.body().isEmpty()) {
      throw new IOException("GET " + href + " answered " + answer.status());
    }
    return answer.body().get();
  }

  private Answer put(String href, String body) throws IOException {
    return expect(send("PUT", href, body), "PUT " + href, 200, 201, 204);
  }

  private Answer post(String href, String body) throws IOException {
    return expect(send("POST", href, body), "POST " + href, 200, 201, 204);
  }

  private static Answer expect(Answer answer, String what, int... statuses) throws IOException {
    for (int s : statuses) {
      if (answer.status() == s) {
        return answer;
      }
    }
    throw new IOException(what + " answered " + answer.status());
  }

  /** Every item of a 2030.5 list, page by page ({@code s} start, {@code l} limit). */
  private List<Sep2Resource> list(String href, String item) throws IOException {
    List<Sep2Resource> items = new ArrayList<>();
    while (true) {
      Sep2Resource page = get(href + "?s=" + items.size() + "&l=10");
      List<Sep2Resource> got = page.children(item);
      items.addAll(got);
      long all = page.attribute("all").map(Long::parseLong).orElse(0L);
      if (got.isEmpty() || items.size() >= all) {
        return items;
      }
    }
  }

  private static String doc(String root, String content) {
    return "<" + root + " xmlns=\"" + Sep2Resource.NS + "\">" + content + "</" + root + ">";
  }

  private static String el(String name, Object value) {
    return "<" + name + ">" + value + "</" + name + ">";
  }

  /** A multiplier/value pair (ActivePower, ApparentPower, VoltageRMS...). */
  private static String power(String name, long value) {
    return el(name, el("multiplier", 0) + el("value", value));
  }

  // ---- the utility's time -------------------------------------------------------------------

  /** The utility's time as this device knows it (from the last GET of Time). */
  public Instant now() {
    return Instant.now().plus(clockOffset);
  }

  private void syncTime() throws IOException {
    String tm = require(Optional.ofNullable(links.get("TimeLink")), "TimeLink");
    Instant sent = Instant.now();
    Sep2Resource time = get(tm);
    long current = time.number("sep:currentTime").orElseThrow();
    // whole seconds: never ahead of the utility, so the device never acts early
    clockOffset = Duration.between(Instant.now(), Instant.ofEpochSecond(current));
    if (Duration.between(sent, Instant.now()).compareTo(Duration.ofSeconds(2)) > 0) {
      log.accept("  (Time took over 2 s to arrive: the device's clock may be off)");
    }
  }

  // ---- the flow -----------------------------------------------------------------------------

  /**
   * Discovery, registration (refusing to go on with a pIN other than {@code expectedPin}), the four
   * DER documents, the program (applying its DefaultDERControl) and a MirrorUsagePoint with a
   * reading.
   *
   * @return the controls of the program, as the DERControlList lists them now
   * @throws IOException when the server answers what a device cannot go on with
   */
  public List<Sep2Resource> run(String expectedPin) throws IOException {
    discover();
    register();
    checkRegistration(expectedPin);
    putDerDocuments();
    List<Sep2Resource> list = readProgram();
    mirrorMeter();
    return list;
  }

  /** Reads the DeviceCapability, the entry point. */
  public Sep2Resource deviceCapability() throws IOException {
    return get(deviceCapability.toString());
  }

  /** DeviceCapability and Time. */
  public void discover() throws IOException {
    Sep2Resource dcap = deviceCapability();
    for (String name :
        List.of("TimeLink", "EndDeviceListLink", "MirrorUsagePointListLink", "SelfDeviceLink")) {
      dcap.link(name).ifPresent(href -> links.put(name, href));
    }
    log.accept("1. discovery: GET " + deviceCapability.getPath() + " -> links " + links);
    syncTime();
    log.accept(
        "   Time: the utility's clock reads "
            + now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            + " (offset from this device's clock: "
            + clockOffset.toMillis()
            + " ms)");
  }

  /** Finds its EndDevice by SFDI, registering it when it is not there. */
  public String register() throws IOException {
    String list = require(Optional.ofNullable(links.get("EndDeviceListLink")), "EndDeviceListLink");
    Optional<Sep2Resource> mine =
        list(list, "EndDevice").stream()
            .filter(d -> d.text("sFDI").map(s -> Long.parseLong(s) == me.sfdi()).orElse(false))
            .findFirst();
    if (mine.isPresent()) {
      endDevice = mine.get().href();
      log.accept("2. registration: EndDevice " + endDevice + " (sFDI " + me.sfdi() + ") found");
    } else {
      Answer created =
          post(
              list,
              doc(
                  "EndDevice",
                  el("lFDI", me.lfdi())
                      + el("sFDI", me.sfdi())
                      + el("changedTime", now().getEpochSecond())));
      endDevice = require(created.location(), "Location of the new EndDevice");
      log.accept(
          "2. registration: POST "
              + list
              + " (sFDI "
              + me.sfdi()
              + ") -> "
              + created.status()
              + " Location "
              + endDevice);
    }
    Sep2Resource device = get(endDevice);
    for (String name :
        List.of(
            "RegistrationLink",
            "DERListLink",
            "FunctionSetAssignmentsListLink",
            "SubscriptionListLink")) {
      device.link(name).ifPresent(href -> links.put(name, href));
    }
    return endDevice;
  }

  /** Checks the Registration's pIN: a device goes on only with the server it was told of. */
  public void checkRegistration(String expectedPin) throws IOException {
    Sep2Resource registration =
        get(require(Optional.ofNullable(links.get("RegistrationLink")), "RegistrationLink"));
    String pin = registration.text("pIN").orElse("");
    if (!pin.equals(expectedPin)) {
      log.accept("   Registration pIN " + pin + " is not " + expectedPin + ": stopping here");
      throw new IOException(
          "the server's Registration pIN " + pin + " is not the expected " + expectedPin);
    }
    log.accept("   Registration pIN " + pin + " is the one this device was given");
  }

  /** PUTs DERCapability, DERSettings, DERStatus and DERAvailability to its DER. */
  public void putDerDocuments() throws IOException {
    String derList = require(Optional.ofNullable(links.get("DERListLink")), "DERListLink");
    Sep2Resource der = require(list(derList, "DER").stream().findFirst(), "DER");
    long now = now().getEpochSecond();
    long rated = Inverter.RATED_WATTS;
    Map<String, String> documents = new LinkedHashMap<>();
    documents.put(
        "DERCapabilityLink",
        doc(
            "DERCapability",
            el("modesSupported", "0010008C")
                + power("rtgMaxVA", rated)
                + power("rtgMaxVar", rated * 6 / 10)
                + power("rtgMaxW", rated)
                + power("rtgVNom", 230)
                + el("type", 4)));
    documents.put(
        "DERSettingsLink",
        doc(
            "DERSettings",
            el("modesEnabled", "0010008C")
                + el("setGradW", 100)
                + power("setMaxVA", rated)
                + power("setMaxW", rated)
                + el("updatedTime", now)));
    documents.put(
        "DERStatusLink",
        doc(
            "DERStatus",
            el(
                    "genConnectStatus",
                    el("dateTime", now) + el("value", inverter.connected() ? "01" : "00"))
                + el("inverterStatus", el("dateTime", now) + el("value", 4))
                + el("operationalModeStatus", el("dateTime", now) + el("value", 2))
                + el("readingTime", now)));
    documents.put(
        "DERAvailabilityLink",
        doc(
            "DERAvailability",
            el("readingTime", now)
                + power("statVarAvail", rated * 6 / 10)
                + power("statWAvail", inverter.outputWatts())));
    List<String> done = new ArrayList<>();
    for (Map.Entry<String, String> d : documents.entrySet()) {
      String href = require(der.link(d.getKey()), d.getKey());
      Answer answer = put(href, d.getValue());
      done.add(href + " " + answer.status());
    }
    log.accept("3. DER: PUT " + String.join(", PUT ", done));
  }

  /**
   * FunctionSetAssignments -> DERProgram (the one with the highest priority) -> DefaultDERControl,
   * applied to the inverter, and DERControlList.
   */
  public List<Sep2Resource> readProgram() throws IOException {
    Sep2Resource program = firstProgram();
    links.put("DERControlListLink", require(program.link("DERControlListLink"), "DERControlList"));
    Optional<String> dderc = program.link("DefaultDERControlLink");
    if (dderc.isPresent()) {
      defaultControl = get(dderc.get());
      apply(defaultControl);
      log.accept(
          "4. program "
              + program.text("description").orElse(program.href())
              + ": DefaultDERControl "
              + defaultControl.text("mRID").orElse("?")
              + " applied ("
              + inverter
              + ")");
    } else {
      log.accept("4. program " + program.href() + " has no DefaultDERControl");
    }
    List<Sep2Resource> list = list(links.get("DERControlListLink"), "DERControl");
    log.accept("   DERControlList: " + list.size() + " control(s) " + describe(list));
    return list;
  }

  private Sep2Resource firstProgram() throws IOException {
    String fsaList =
        require(
            Optional.ofNullable(links.get("FunctionSetAssignmentsListLink")),
            "FunctionSetAssignmentsListLink");
    for (Sep2Resource fsa : list(fsaList, "FunctionSetAssignments")) {
      Optional<String> programs = fsa.link("DERProgramListLink");
      if (programs.isPresent()) {
        List<Sep2Resource> found = list(programs.get(), "DERProgram");
        if (!found.isEmpty()) {
          return found.get(0); // the list is ordered by primacy: the first has priority
        }
      }
    }
    throw new IOException("no DERProgram in the FunctionSetAssignments");
  }

  /** A MirrorUsagePoint for the inverter's output, then one reading of it. */
  public String mirrorMeter() throws IOException {
    String mups =
        require(
            Optional.ofNullable(links.get("MirrorUsagePointListLink")), "MirrorUsagePointListLink");
    String mrid = me.lfdi().substring(0, 24) + "0000A1B2"; // the vendor's PEN in the last 32 bits
    String readingMrid = me.lfdi().substring(0, 24) + "0001A1B2";
    String readingType =
        el(
            "ReadingType",
            el("accumulationBehaviour", 12)
                + el("commodity", 1)
                + el("dataQualifier", 2)
                + el("flowDirection", 19)
                + el("intervalLength", 300)
                + el("kind", 37)
                + el("phase", 0)
                + el("powerOfTenMultiplier", 0)
                + el("uom", 38));
    Answer created =
        post(
            mups,
            doc(
                "MirrorUsagePoint",
                el("mRID", mrid)
                    + el("description", "inverter output")
                    + el("roleFlags", "0049")
                    + el("serviceCategoryKind", 0)
                    + el("status", 1)
                    + el("deviceLFDI", me.lfdi())
                    + el(
                        "MirrorMeterReading",
                        el("mRID", readingMrid) + el("description", "real power") + readingType)));
    String location = require(created.location(), "Location of the MirrorUsagePoint");
    long now = now().getEpochSecond();
    Answer reading =
        post(
            location,
            doc(
                "MirrorMeterReading",
                el("mRID", readingMrid)
                    + el("description", "real power")
                    + el("lastUpdateTime", now)
                    + el(
                        "Reading",
                        el("timePeriod", el("duration", 300) + el("start", now - 300))
                            + el("value", inverter.outputWatts()))
                    + readingType));
    log.accept(
        "5. metering: POST "
            + mups
            + " -> "
            + created.status()
            + " "
            + location
            + "; POST "
            + location
            + " (reading "
            + inverter.outputWatts()
            + " W) -> "
            + reading.status());
    return location;
  }

  // ---- controls -----------------------------------------------------------------------------

  /** A control this device has seen, and what it did about it. */
  private static final class TrackedControl {
    final String mrid;
    final String replyTo;
    final int responseRequired;
    final Sep2Resource control;
    final long start;
    final long end;
    final List<Integer> sent = new ArrayList<>();
    String state = "scheduled";

    TrackedControl(Sep2Resource control) {
      this.control = control;
      this.mrid = control.text("mRID").orElseThrow();
      this.replyTo = control.attribute("replyTo").orElse(null);
      this.responseRequired =
          control.attribute("responseRequired").map(r -> Integer.parseInt(r, 16)).orElse(0);
      this.start = control.number("sep:interval/sep:start").orElseThrow();
      this.end = start + control.number("sep:interval/sep:duration").orElseThrow();
    }

    boolean finished() {
      return !state.equals("scheduled") && !state.equals("started");
    }
  }

  /**
   * Polls the DERControlList every {@code interval} and answers each control, applying it to the
   * inverter while it is active, until every control it saw is over (completed, cancelled or
   * superseded) or {@code limit} passes.
   *
   * @return the statuses it sent, per control mRID
   */
  public Map<String, List<Integer>> followControls(Duration interval, Duration limit)
      throws IOException, InterruptedException {
    String list =
        require(Optional.ofNullable(links.get("DERControlListLink")), "DERControlListLink");
    long deadline = System.nanoTime() + limit.toNanos();
    log.accept("6. controls: polling " + list + " every " + interval.toMillis() + " ms");
    while (System.nanoTime() < deadline) {
      syncTime();
      for (Sep2Resource control : list(list, "DERControl")) {
        onControl(control);
      }
      for (TrackedControl tracked : controls.values()) {
        advance(tracked);
      }
      if (!controls.isEmpty() && controls.values().stream().allMatch(TrackedControl::finished)) {
        break;
      }
      Thread.sleep(interval.toMillis());
    }
    Map<String, List<Integer>> sent = new LinkedHashMap<>();
    controls.values().forEach(c -> sent.put(c.mrid, List.copyOf(c.sent)));
    log.accept("   responses sent: " + sent);
    return sent;
  }

  private void onControl(Sep2Resource control) throws IOException {
    String mrid = control.text("mRID").orElseThrow();
    TrackedControl tracked = controls.get(mrid);
    if (tracked == null) {
      tracked = new TrackedControl(control);
      controls.put(mrid, tracked);
      log.accept(
          "   control "
              + mrid
              + " ("
              + control.text("description").orElse("no description")
              + "): from "
              + Instant.ofEpochSecond(tracked.start)
              + " to "
              + Instant.ofEpochSecond(tracked.end));
      if ((tracked.responseRequired & 0x01) != 0) {
        respond(tracked, RECEIVED, "received");
      }
    }
    if (tracked.finished()) {
      return;
    }
    int status = control.number("sep:EventStatus/sep:currentStatus").orElse(0L).intValue();
    if (status == 2 || status == 3) {
      stopIfStarted(tracked);
      tracked.state = "cancelled";
      respondSpecific(tracked, CANCELLED, "cancelled");
    } else if (status == 4) {
      stopIfStarted(tracked);
      tracked.state = "superseded";
      respondSpecific(tracked, SUPERSEDED, "superseded");
    }
  }

  private void advance(TrackedControl tracked) throws IOException {
    long now = now().getEpochSecond();
    if (tracked.state.equals("scheduled") && now >= tracked.start && now < tracked.end) {
      tracked.state = "started";
      apply(tracked.control);
      respondSpecific(tracked, STARTED, "started, " + inverter);
    }
    if (tracked.state.equals("started") && now >= tracked.end) {
      tracked.state = "completed";
      backToDefault();
      respondSpecific(tracked, COMPLETED, "completed, back to the default: " + inverter);
    } else if (tracked.state.equals("scheduled") && now >= tracked.end) {
      tracked.state = "missed";
    }
  }

  private void stopIfStarted(TrackedControl tracked) {
    if (tracked.state.equals("started")) {
      backToDefault();
    }
  }

  private void respondSpecific(TrackedControl tracked, int status, String what) throws IOException {
    if ((tracked.responseRequired & 0x02) != 0) {
      respond(tracked, status, what);
    }
  }

  private void respond(TrackedControl tracked, int status, String what) throws IOException {
    if (tracked.replyTo == null) {
      return;
    }
    Answer answer =
        post(
            tracked.replyTo,
            doc(
                "DERControlResponse",
                el("createdDateTime", now().getEpochSecond())
                    + el("endDeviceLFDI", me.lfdi())
                    + el("status", status)
                    + el("subject", tracked.mrid)));
    tracked.sent.add(status);
    log.accept(
        "   Response "
            + status
            + " ("
            + what
            + ") to "
            + tracked.mrid
            + " -> "
            + answer.status()
            + answer.location().map(l -> " " + l).orElse(""));
  }

  private void backToDefault() {
    inverter.limitTo(100.0);
    inverter.connect(true);
    inverter.limitExportTo(null);
    if (defaultControl != null) {
      apply(defaultControl);
    }
  }

  /**
   * Follows DeviceCapability -> EndDeviceList -> EndDevice (registering it if needed) ->
   * FunctionSetAssignments -> DERProgram -> DERControlList and applies the first control to the
   * inverter.
   *
   * @return the control applied, if the server has one
   */
  public Optional<Sep2Resource> applyDerControl() throws IOException {
    discover();
    register();
    Sep2Resource program = firstProgram();
    Sep2Resource controls = get(require(program.link("DERControlListLink"), "DERControlListLink"));
    Optional<Sep2Resource> control = controls.child("DERControl");
    control.ifPresent(this::apply);
    return control;
  }

  private void apply(Sep2Resource control) {
    // opModMaxLimW is in hundredths of a percent of rated power
    control
        .value("sep:DERControlBase/sep:opModMaxLimW")
        .ifPresent(limit -> inverter.limitTo(Integer.parseInt(limit) / 100.0));
    control
        .value("sep:DERControlBase/sep:opModConnect")
        .ifPresent(c -> inverter.connect(Boolean.parseBoolean(c)));
    // the CSIP-AUS export limit: value x 10^multiplier W
    Optional<String> value =
        control.value("sep:DERControlBase/*[local-name()='opModExpLimW']/*[local-name()='value']");
    Optional<String> multiplier =
        control.value(
            "sep:DERControlBase/*[local-name()='opModExpLimW']/*[local-name()='multiplier']");
    value.ifPresent(
        v ->
            inverter.limitExportTo(
                Math.round(
                    Long.parseLong(v) * Math.pow(10, Integer.parseInt(multiplier.orElse("0"))))));
  }

  private static String describe(List<Sep2Resource> list) {
    List<String> parts = new ArrayList<>();
    for (Sep2Resource c : list) {
      parts.add(
          c.text("mRID").orElse("?")
              + " status "
              + c.value("sep:EventStatus/sep:currentStatus").orElse("?"));
    }
    return parts.toString();
  }

  /** The requests this client made ({@code GET /dcap}...), in order. */
  public List<String> fetched() {
    return List.copyOf(fetched);
  }

  private static <T> T require(Optional<T> value, String what) throws IOException {
    return value.orElseThrow(() -> new IOException("2030.5 resource has no " + what));
  }
}
