package com.example.device;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * A small IEEE 2030.5 DER client, written the way a device team would: it starts at the
 * DeviceCapability URI and discovers every other resource from the links it finds (2030.5 clients
 * must never hard-code URIs), then goes through what an inverter does with a utility's server:
 *
 * <ol>
 *   <li>discovery: DeviceCapability, Time (the device keeps the server's clock), EndDeviceList;
 *   <li>registration: its EndDevice (POSTed unless listed), the Registration, whose pIN must be the
 *       one the installer gave the device, or it goes no further;
 *   <li>DER: PUT its DERCapability, DERSettings, DERStatus and DERAvailability;
 *   <li>control: FunctionSetAssignments, the DERProgram of highest priority (lowest primacy), its
 *       DefaultDERControl and DERControlList; it applies the active control, else the default;
 *   <li>metering: a MirrorUsagePoint for its output, and a MirrorMeterReading of it.
 * </ol>
 *
 * Every request is a {@link Step}, which {@link #onStep} passes on as it happens.
 */
public final class DeviceClient {

  /** The 2030.5 media type. */
  public static final String SEP_XML = "application/sep+xml";

  /**
   * One step of the flow.
   *
   * @param phase discovery, registration, DER, control or metering
   * @param method the HTTP method, or {@code -} for what the device did itself
   * @param path the path requested, or empty
   * @param status the HTTP status, or 0
   * @param note what the device read or did, in plain words
   */
  public record Step(String phase, String method, String path, int status, String note) {
    @Override
    public String toString() {
      return String.format(
          "%-12s %-4s %-34s %3s  %s",
          phase, method, path, status == 0 ? "" : Integer.toString(status), note);
    }
  }

  /** The Registration does not carry the pIN the device was given: it must not go on. */
  public static final class RegistrationException extends IOException {
    RegistrationException(String message) {
      super(message);
    }
  }

  private final HttpClient http;
  private final URI deviceCapability;
  private final DeviceIds ids;
  private final long expectedPin;
  private final Inverter inverter;
  private final List<String> fetched = new ArrayList<>();
  private final List<Step> steps = new ArrayList<>();
  private Consumer<Step> listener = step -> {};

  private Duration clockOffset = Duration.ZERO;
  private Sep2Resource dcap;
  private String endDevice;
  private Sep2Resource der;
  private String program;
  private Optional<Sep2Resource> defaultControl = Optional.empty();
  private List<Sep2Resource> controls = List.of();
  private String mirror;

  /**
   * @param tls the device's TLS context (see {@link DeviceTls})
   * @param certificate the device certificate: its LFDI and SFDI are the device's identity
   * @param deviceCapability the one URI the device is configured with, e.g. {@code
   *     https://utility.example:8443/dcap}
   * @param inverter the hardware
   * @param expectedPin the registration pIN (with its check digit) the installer gave the device
   */
  public DeviceClient(
      SSLContext tls,
      X509Certificate certificate,
      URI deviceCapability,
      Inverter inverter,
      long expectedPin) {
    this.http =
        HttpClient.newBuilder()
            .sslContext(tls)
            .sslParameters(DeviceTls.parameters())
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    this.deviceCapability = deviceCapability;
    this.ids = DeviceIds.of(certificate);
    this.inverter = inverter;
    this.expectedPin = expectedPin;
  }

  /** Passes every step on as it happens, e.g. to a log. */
  public DeviceClient onStep(Consumer<Step> listener) {
    this.listener = listener;
    return this;
  }

  /** Goes through the whole flow: discovery, registration, DER, control, metering. */
  public void run() throws IOException, InterruptedException {
    discover();
    register();
    reportDer();
    applyDerControl();
    mirrorMetering();
  }

  // ---- discovery ----

  /** Reads the DeviceCapability, the entry point. */
  public Sep2Resource deviceCapability() throws IOException, InterruptedException {
    dcap = get(deviceCapability.getPath());
    step(
        "discovery",
        "GET",
        deviceCapability.getPath(),
        200,
        "DeviceCapability: Time %s, EndDeviceList %s, MirrorUsagePointList %s, poll every %s s",
        dcap.link("TimeLink").orElse("-"),
        dcap.link("EndDeviceListLink").orElse("-"),
        dcap.link("MirrorUsagePointListLink").orElse("-"),
        dcap.attribute("pollRate").orElse("900"));
    return dcap;
  }

  /** DeviceCapability, Time, EndDeviceList. */
  public void discover() throws IOException, InterruptedException {
    deviceCapability();
    String tmHref = require(dcap.link("TimeLink"), "TimeLink");
    Sep2Resource tm = get(tmHref);
    Instant serverTime = Instant.ofEpochSecond(require(tm.number("currentTime"), "currentTime"));
    clockOffset = Duration.ofSeconds(serverTime.getEpochSecond() - Instant.now().getEpochSecond());
    step(
        "discovery",
        "GET",
        tmHref,
        200,
        "Time: %s, the device's clock is off by %d s",
        serverTime,
        clockOffset.toSeconds());
  }

  // ---- registration ----

  /**
   * Finds its EndDevice in the EndDeviceList, or POSTs it; reads the EndDevice and its
   * Registration.
   *
   * @return the EndDevice's href
   * @throws RegistrationException when the Registration's pIN is not the one the device was given
   */
  public String register() throws IOException, InterruptedException {
    String listHref = require(dcap().link("EndDeviceListLink"), "EndDeviceListLink");
    Sep2Resource list = get(listHref + "?s=0&l=255");
    Optional<Sep2Resource> mine =
        list.children("EndDevice").stream()
            .filter(e -> e.value("sFDI").equals(Optional.of(Long.toString(ids.sfdi()))))
            .findFirst();
    step(
        "registration",
        "GET",
        listHref,
        200,
        "EndDeviceList: %s EndDevice(s), %s",
        list.attribute("all").orElse("?"),
        mine.isPresent()
            ? "this device (sFDI " + ids.sfdi() + ") at " + mine.get().href()
            : "not this device (sFDI " + ids.sfdi() + ")");
    if (mine.isPresent()) {
      endDevice = mine.get().href();
    } else {
      HttpResponse<String> posted =
          send("POST", listHref, Sep2Documents.endDevice(ids, now()), 201, 204);
      endDevice =
          posted
              .headers()
              .firstValue("Location")
              .orElseThrow(() -> new IOException("POST " + listHref + " gave no Location"));
      step(
          "registration",
          "POST",
          listHref,
          posted.statusCode(),
          "EndDevice sFDI %d, lFDI %s: at %s",
          ids.sfdi(),
          ids.lfdi(),
          endDevice);
    }
    Sep2Resource edev = get(endDevice);
    step(
        "registration",
        "GET",
        endDevice,
        200,
        "EndDevice: Registration %s, DERList %s, FunctionSetAssignmentsList %s",
        edev.link("RegistrationLink").orElse("-"),
        edev.link("DERListLink").orElse("-"),
        edev.link("FunctionSetAssignmentsListLink").orElse("-"));
    String rgHref = require(edev.link("RegistrationLink"), "RegistrationLink");
    Sep2Resource rg = get(rgHref);
    long pin = require(rg.number("pIN"), "pIN");
    if (pin != expectedPin) {
      step(
          "registration",
          "GET",
          rgHref,
          200,
          "Registration: pIN %d, NOT %d: stopping",
          pin,
          expectedPin);
      throw new RegistrationException(
          "the Registration at "
              + rgHref
              + " has pIN "
              + pin
              + ", not the "
              + expectedPin
              + " this device was given: it is not registered with this server");
    }
    step(
        "registration",
        "GET",
        rgHref,
        200,
        "Registration: pIN %d, the one the device was given",
        pin);
    return endDevice;
  }

  // ---- DER ----

  /** PUTs DERCapability, DERSettings, DERStatus and DERAvailability of the inverter. */
  public void reportDer() throws IOException, InterruptedException {
    Sep2Resource edev = get(endDevice());
    String listHref = require(edev.link("DERListLink"), "DERListLink");
    Sep2Resource list = get(listHref + "?s=0&l=255");
    String derHref = require(list.child("DER"), "DER").href();
    der = get(derHref);
    step("DER", "GET", derHref, 200, "DER (via %s and %s)", endDevice, listHref);
    Instant now = now();
    put(
        "DERCapabilityLink",
        Sep2Documents.derCapability(inverter),
        "DERCapability: rated %d W, photovoltaic",
        inverter.ratedWatts());
    put(
        "DERSettingsLink",
        Sep2Documents.derSettings(inverter, now),
        "DERSettings: setMaxW %d W",
        inverter.ratedWatts());
    put(
        "DERStatusLink",
        Sep2Documents.derStatus(inverter, now),
        "DERStatus: %s",
        inverter.connected() ? "connected, operating" : "available, not connected");
    put(
        "DERAvailabilityLink",
        Sep2Documents.derAvailability(inverter, now),
        "DERAvailability: %d W available",
        inverter.availableWatts());
  }

  private void put(String link, String document, String note, Object... args)
      throws IOException, InterruptedException {
    String href = require(der.link(link), link);
    HttpResponse<String> response = send("PUT", href, document, 204, 200);
    step("DER", "PUT", href, response.statusCode(), note, args);
  }

  // ---- control ----

  /**
   * Follows EndDevice -> FunctionSetAssignments -> DERProgram (the one of lowest primacy) -> its
   * DefaultDERControl and DERControlList, and applies the active control to the inverter, or else
   * the default control.
   *
   * @return the active control applied, if the program has one now
   */
  public Optional<Sep2Resource> applyDerControl() throws IOException, InterruptedException {
    Sep2Resource edev = get(endDevice());
    String fsaListHref =
        require(edev.link("FunctionSetAssignmentsListLink"), "FunctionSetAssignmentsListLink");
    Sep2Resource fsaList = get(fsaListHref + "?s=0&l=255");
    List<Sep2Resource> fsas = fsaList.children("FunctionSetAssignments");
    step(
        "control",
        "GET",
        fsaListHref,
        200,
        "FunctionSetAssignmentsList: %d FunctionSetAssignments",
        fsas.size());
    List<Sep2Resource> programs = new ArrayList<>();
    for (Sep2Resource fsa : fsas) {
      Optional<String> derpHref = fsa.link("DERProgramListLink");
      if (derpHref.isPresent()) {
        List<Sep2Resource> listed = get(derpHref.get() + "?s=0&l=255").children("DERProgram");
        step("control", "GET", derpHref.get(), 200, "DERProgramList: %d program(s)", listed.size());
        programs.addAll(listed);
      }
    }
    Optional<Sep2Resource> first =
        programs.stream().min(Comparator.comparingLong(p -> p.number("primacy").orElse(255L)));
    if (first.isEmpty()) {
      step("control", "-", "", 0, "no DERProgram: the inverter keeps its own settings");
      return Optional.empty();
    }
    program = first.get().href();
    Sep2Resource derp = get(program);
    step(
        "control",
        "GET",
        program,
        200,
        "DERProgram '%s', primacy %s (the first of %d)",
        derp.value("description").orElse(""),
        derp.value("primacy").orElse("?"),
        programs.size());

    defaultControl = Optional.empty();
    Optional<String> ddercHref = derp.link("DefaultDERControlLink");
    if (ddercHref.isPresent()) {
      defaultControl = Optional.of(get(ddercHref.get()));
      step(
          "control",
          "GET",
          ddercHref.get(),
          200,
          "DefaultDERControl: %s",
          describe(defaultControl.get()));
    }
    String dercHref = require(derp.link("DERControlListLink"), "DERControlListLink");
    controls = get(dercHref + "?s=0&l=255").children("DERControl");
    step("control", "GET", dercHref, 200, "DERControlList: %d control(s)", controls.size());
    for (Sep2Resource control : controls) {
      step(
          "control",
          "-",
          "",
          0,
          "  %s %s: %s for %s s, %s",
          status(control),
          control.value("mRID").orElse("?"),
          Instant.ofEpochSecond(control.number("interval/start").orElse(0L)),
          control.value("interval/duration").orElse("?"),
          describe(control));
    }

    Optional<Sep2Resource> active =
        controls.stream()
            .filter(c -> c.number("EventStatus/currentStatus").orElse(-1L) == 1)
            .findFirst();
    if (active.isPresent()) {
      apply(active.get());
      step("control", "-", "", 0, "inverter: %s (the active DERControl)", inverterState());
    } else if (defaultControl.isPresent()) {
      apply(defaultControl.get());
      step(
          "control",
          "-",
          "",
          0,
          "inverter: %s (the DefaultDERControl: no control is active)",
          inverterState());
    }
    return active;
  }

  private void apply(Sep2Resource control) {
    // opModMaxLimW is in hundredths of a percent of rated power
    control
        .value("DERControlBase/opModMaxLimW")
        .ifPresent(limit -> inverter.limitTo(Integer.parseInt(limit) / 100.0));
    control
        .value("DERControlBase/opModConnect")
        .ifPresent(c -> inverter.connect(Boolean.parseBoolean(c)));
  }

  private static String describe(Sep2Resource control) {
    List<String> modes = new ArrayList<>();
    control
        .value("DERControlBase/opModMaxLimW")
        .ifPresent(l -> modes.add("limit " + Integer.parseInt(l) / 100.0 + " %"));
    control.value("DERControlBase/opModConnect").ifPresent(c -> modes.add("connect " + c));
    return modes.isEmpty() ? "no mode this device supports" : String.join(", ", modes);
  }

  private static String status(Sep2Resource control) {
    return switch (control.number("EventStatus/currentStatus").orElse(-1L).intValue()) {
      case 0 -> "scheduled";
      case 1 -> "active";
      case 2, 3 -> "cancelled";
      case 4 -> "superseded";
      default -> "unknown";
    };
  }

  private String inverterState() {
    return inverter.connected()
        ? "limited to "
            + inverter.maxPowerPercent()
            + " %, feeding "
            + inverter.outputWatts()
            + " W"
        : "disconnected";
  }

  // ---- metering ----

  /**
   * Creates (or finds again) the MirrorUsagePoint of the inverter's output and POSTs a reading of
   * it.
   *
   * @return the MirrorUsagePoint's href
   */
  public String mirrorMetering() throws IOException, InterruptedException {
    String listHref = require(dcap().link("MirrorUsagePointListLink"), "MirrorUsagePointListLink");
    String mrid = Sep2Documents.mrid(ids, "inverter-output");
    HttpResponse<String> created =
        send("POST", listHref, Sep2Documents.mirrorUsagePoint(ids, mrid), 201, 204);
    mirror =
        created
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new IOException("POST " + listHref + " gave no Location"));
    step(
        "metering",
        "POST",
        listHref,
        created.statusCode(),
        "MirrorUsagePoint %s: at %s",
        mrid,
        mirror);
    long watts = inverter.outputWatts();
    HttpResponse<String> reading =
        send(
            "POST",
            mirror,
            Sep2Documents.mirrorMeterReading(
                Sep2Documents.mrid(ids, "inverter-output-w"), watts, now(), 300),
            201,
            204);
    step("metering", "POST", mirror, reading.statusCode(), "MirrorMeterReading: %d W", watts);
    return mirror;
  }

  // ---- what the device learned ----

  /** The device's LFDI and SFDI. */
  public DeviceIds ids() {
    return ids;
  }

  /** Its EndDevice's href, once registered. */
  public String endDevice() throws IOException {
    if (endDevice == null) {
      throw new IOException("the device is not registered yet: call register() first");
    }
    return endDevice;
  }

  /** The href of the DERProgram it follows, if any. */
  public Optional<String> program() {
    return Optional.ofNullable(program);
  }

  /** Its program's DefaultDERControl, if it has one. */
  public Optional<Sep2Resource> defaultControl() {
    return defaultControl;
  }

  /** Its program's controls, as last read. */
  public List<Sep2Resource> controls() {
    return List.copyOf(controls);
  }

  /** The href of its MirrorUsagePoint, once created. */
  public Optional<String> mirrorUsagePoint() {
    return Optional.ofNullable(mirror);
  }

  /** The paths this client fetched, in order. */
  public List<String> fetched() {
    return List.copyOf(fetched);
  }

  /** Every step so far. */
  public List<Step> steps() {
    return List.copyOf(steps);
  }

  // ---- HTTP ----

  /** GETs a resource as {@code application/sep+xml}; anything but 200 is an error. */
  public Sep2Resource get(String href) throws IOException, InterruptedException {
    HttpResponse<String> response = send("GET", href, null, 200);
    fetched.add(deviceCapability.resolve(href).getPath());
    return Sep2Resource.parse(response.body());
  }

  private HttpResponse<String> send(String method, String href, String body, int... expected)
      throws IOException, InterruptedException {
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
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (int status : expected) {
      if (response.statusCode() == status) {
        return response;
      }
    }
    throw new IOException(
        method + " " + uri + " answered " + response.statusCode() + ": " + response.body());
  }

  private Sep2Resource dcap() throws IOException, InterruptedException {
    return dcap != null ? dcap : deviceCapability();
  }

  /** The time on the server's clock, as the device keeps it. */
  private Instant now() {
    return Instant.now().plus(clockOffset);
  }

  private void step(
      String phase, String method, String path, int status, String note, Object... args) {
    Step step = new Step(phase, method, path, status, String.format(note, args));
    steps.add(step);
    listener.accept(step);
  }

  private static <T> T require(Optional<T> value, String what) throws IOException {
    return value.orElseThrow(() -> new IOException("2030.5 resource has no " + what));
  }
}
