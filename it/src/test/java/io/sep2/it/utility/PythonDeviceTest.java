package io.sep2.it.utility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sep2.junit.With2030_5Server;
import io.sep2.model.ActivePower;
import io.sep2.model.DateTimeInterval;
import io.sep2.model.DefaultDerControl;
import io.sep2.model.DerControl;
import io.sep2.model.DerControlBase;
import io.sep2.model.MirrorUsagePoint;
import io.sep2.model.Response;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import io.sep2.utility.Control;
import io.sep2.utility.Device;
import io.sep2.utility.Exchange;
import io.sep2.utility.NotificationDelivery;
import io.sep2.utility.Program;
import io.sep2.utility.Utility;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device client that is not Java ({@code sep2_device.py}: Python's {@code ssl} over OpenSSL, its
 * {@code http.client} and {@code ElementTree}) against the stateful utility server of
 * {@code @With2030_5Server}, every test with a server of its own. Each test asserts twice: on the
 * JSON report of what the client did and saw, and on what the utility server stored and recorded
 * ({@code server.utility()}). With {@code -Dsep2.schema=/path/to/sep.xsd} every document either
 * side sent is validated too (see {@link SchemaCheck}).
 */
class PythonDeviceTest {

  static final String SEED = "python-device";

  /** How long after its start (on the utility clock) a device may act and still be on time. */
  static final Duration ON_TIME = Duration.ofSeconds(1);

  /** An instant {@code seconds} ahead on the utility clock, in whole seconds (2030.5 TimeType). */
  static Instant ahead(Utility utility, long seconds) {
    return utility.clock().instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(seconds);
  }

  static Program programWithDefault(Utility utility) {
    Program program = utility.createProgram("Export limits", 1, 1);
    program.defaultControl(
        DefaultDerControl.builder()
            .derControlBase(
                DerControlBase.builder().opModExpLimW(ActivePower.watts(5000)).build()));
    return program;
  }

  static Control schedule(Program program, Instant start, long seconds) {
    return program.schedule(
        DerControl.builder()
            .description("limit to 50 %")
            .interval(new DateTimeInterval(seconds, start))
            .opModMaxLimW(5000));
  }

  static List<Integer> statuses(Control control) {
    return control.responses().stream().map(r -> r.status().orElse(-1)).toList();
  }

  /** The device's POSTs of Responses: none may carry a finding (late, early, wrong status...). */
  static void assertResponsesWithoutFindings(Utility utility) {
    List<Exchange> posts =
        utility.exchanges().stream()
            .filter(e -> e.method().equals("POST") && e.path().contains("/rsps/"))
            .toList();
    assertThat(posts).isNotEmpty().allSatisfy(e -> assertThat(e.findings()).isEmpty());
  }

  /** Starts the device polling its controls and waits until it does. */
  static PythonDevice pollingDevice(Sep2MockServer server, Path dir, String... more)
      throws Exception {
    List<String> options =
        new ArrayList<>(List.of("--interval", "0.1", "--duration", "60", "--max-backoff", "2"));
    options.addAll(List.of(more));
    PythonDevice device =
        PythonDevice.start(server, dir, "controls", options.toArray(String[]::new));
    server.utility().awaitRequest("GET", "/edev/*/derp/*/actderc", Duration.ofSeconds(30));
    return device;
  }

  // ---- (a) registration, DER documents, programs, metering, error answers ------------------

  @Test
  @With2030_5Server(pkiSeed = SEED)
  void registersStoresItsDerDocumentsReadsItsProgramAndMirrorsTwoMeters(
      Sep2MockServer server, @TempDir Path dir, TestInfo test) throws Exception {
    Utility utility = server.utility();
    Program program = programWithDefault(utility);
    List<Control> controls = new ArrayList<>();
    for (int hour = 1; hour <= 3; hour++) {
      controls.add(schedule(program, ahead(utility, hour * 3600L), 1800));
    }

    PythonDevice.Report run =
        PythonDevice.run(server, dir, Duration.ofSeconds(90), "flow", "--pin", "111115").assertOk();
    System.out.println(run.pretty());

    DeviceIdentity me = DeviceIdentity.of(server.pki().device().certificate());
    JsonNode json = run.json();
    // the script worked out the same LFDI and SFDI from its certificate as the server did
    assertThat(json.at("/identity/lfdi").asText()).isEqualTo(me.lfdi());
    assertThat(json.at("/identity/sfdi").asLong()).isEqualTo(me.sfdi());
    assertThat(json.at("/tls/version").asText()).isEqualTo("TLSv1.2");
    assertThat(json.at("/tls/cipher").asText()).isEqualTo("ECDHE-ECDSA-AES128-CCM8");
    assertThat(json.at("/tls/serverLfdi").asText())
        .isEqualTo(DeviceIdentity.of(server.serverCertificate().certificate()).lfdi());

    // discovery from /dcap only
    assertThat(run.steps().get(0).path("path").asText()).isEqualTo("/dcap");
    assertThat(run.step("Time").path("status").asInt()).isEqualTo(200);
    // registration: 201 + Location, then 204 + the same Location; the pIN it was given
    JsonNode first = run.step("EndDevice");
    JsonNode again = run.step("EndDevice again");
    assertThat(first.path("status").asInt()).isEqualTo(201);
    assertThat(again.path("status").asInt()).isEqualTo(204);
    assertThat(again.path("location").asText()).isEqualTo(first.path("location").asText());
    assertThat(run.step("Registration").path("pIN").asText()).isEqualTo("111115");
    // the four DER documents, each PUT (204) and read back
    for (String doc : List.of("DERCapability", "DERSettings", "DERStatus", "DERAvailability")) {
      assertThat(run.step(doc).path("method").asText()).isEqualTo("PUT");
      assertThat(run.step(doc).path("status").asInt()).as(doc).isEqualTo(204);
      assertThat(run.step(doc + " back").path("status").asInt()).as(doc).isEqualTo(200);
    }
    // the program: default control, and the control list twice with the same identities
    assertThat(run.step("DefaultDERControl").path("mRID").asText())
        .isEqualTo(program.defaultControl().orElseThrow().mrid().toString());
    List<String> mrids = controls.stream().map(c -> c.mrid().toString()).toList();
    JsonNode list = run.step("DERControlList").path("controls");
    assertThat(StreamSupport.stream(list.spliterator(), false).map(c -> c.path("mRID").asText()))
        .containsExactlyElementsOf(mrids);
    assertThat(run.step("DERControlList again").path("controls")).isEqualTo(list);
    assertThat(run.steps("DERControlList page")).hasSize(3);
    assertThat(json.at("/paging/pages").asInt()).isEqualTo(3);
    // metering: two MirrorUsagePoints, two Locations
    String site = run.step("MirrorUsagePoint site").path("location").asText();
    String der = run.step("MirrorUsagePoint der").path("location").asText();
    assertThat(site).isNotBlank().isNotEqualTo(der);
    // the server's refusals, each as the standard says
    assertThat(run.step("unknown path").path("status").asInt()).isEqualTo(404);
    assertThat(run.step("DELETE DeviceCapability").path("status").asInt()).isEqualTo(405);
    assertThat(run.step("DELETE DeviceCapability").path("allow").asText()).contains("GET");
    assertThat(run.step("malformed DERSettings").path("status").asInt()).isEqualTo(400);
    assertThat(run.step("DERSettings as text/plain").path("status").asInt()).isEqualTo(415);

    // ---- what the utility server stored ----
    Device device = utility.device(me.lfdi()).orElseThrow();
    assertThat(device.href()).isEqualTo(first.path("location").asText());
    assertThat(device.sfdi()).isEqualTo(me.sfdi());
    assertThat(device.derCapability().orElseThrow().rtgMaxW().watts()).isEqualTo(5000.0);
    assertThat(device.derCapability().orElseThrow().type()).isEqualTo(4);
    assertThat(device.derSettings().orElseThrow().setMaxW().watts()).isEqualTo(5000.0);
    assertThat(device.derSettings().orElseThrow().setGradW()).isEqualTo(100);
    // the malformed and the text/plain PUT changed nothing
    assertThat(device.derSettings().orElseThrow().updatedTime()).isNotNull();
    assertThat(device.derStatus().orElseThrow().inverterStatus().orElseThrow().value())
        .isEqualTo(4);
    assertThat(device.derAvailability().orElseThrow().statWAvail().orElseThrow().watts())
        .isEqualTo(4500.0);
    List<MirrorUsagePoint> mups = utility.mirrorUsagePoints();
    assertThat(mups).hasSize(2);
    assertThat(mups)
        .extracting(m -> m.mrid().toString())
        .containsExactly(
            run.step("MirrorUsagePoint site").path("mRID").asText(),
            run.step("MirrorUsagePoint der").path("mRID").asText());
    assertThat(mups).allSatisfy(m -> assertThat(m.deviceLfdi().toString()).isEqualTo(me.lfdi()));
    assertThat(device.readings())
        .anySatisfy(
            r ->
                assertThat(r.reading().flatMap(x -> x.value().stream().boxed().findFirst()))
                    .contains(1234L))
        .anySatisfy(
            r ->
                assertThat(r.reading().flatMap(x -> x.value().stream().boxed().findFirst()))
                    .contains(4321L));
    // every request came from the device's certificate, and was recorded with its answer
    List<Exchange> exchanges = utility.exchanges();
    assertThat(exchanges).allSatisfy(e -> assertThat(e.lfdi()).isEqualToIgnoringCase(me.lfdi()));
    assertThat(exchanges).extracting(Exchange::status).contains(201, 204, 400, 404, 405, 415);
    assertThat(exchanges.stream().filter(e -> e.status() == 405).findFirst().orElseThrow().path())
        .isEqualTo("/dcap");
    SchemaCheck.assertValid(utility, test.getDisplayName());
  }

  @Test
  @With2030_5Server(pkiSeed = SEED)
  void aDeviceGivenAnotherPinDoesNotGoOn(Sep2MockServer server, @TempDir Path dir)
      throws Exception {
    server.utility().registerDevice(server.pki().device().certificate()).registrationPin(12345);

    PythonDevice.Report run =
        PythonDevice.run(server, dir, Duration.ofSeconds(90), "flow", "--pin", "111115");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.step("Registration").path("pIN").asText()).isEqualTo("123455");
    assertThat(run.json().path("errors").toString()).contains("pIN 123455");
  }

  // ---- (b) controls on the utility's clock, and the responses to them -----------------------

  @Test
  @With2030_5Server(pkiSeed = SEED)
  void aControlTwoSecondsAheadIsActiveAtItsStartAndAnsweredReceivedStartedCompleted(
      Sep2MockServer server, @TempDir Path dir, TestInfo test) throws Exception {
    Utility utility = server.utility();
    Program program = programWithDefault(utility);
    PythonDevice.Report run;
    Instant start;
    Control control;
    try (PythonDevice device = pollingDevice(server, dir)) {
      start = ahead(utility, 3); // 2 to 3 s ahead
      control = schedule(program, start, 3);

      Response received = control.awaitResponse(1, Duration.ofSeconds(5));
      Response started = control.awaitResponse(2, Duration.ofSeconds(8));
      Response completed = control.awaitResponse(3, Duration.ofSeconds(8));
      assertThat(received.createdDateTime().orElseThrow()).isBefore(start);
      assertThat(started.createdDateTime().orElseThrow()).isBetween(start, start.plus(ON_TIME));
      assertThat(completed.createdDateTime().orElseThrow())
          .isBetween(start.plusSeconds(3), start.plusSeconds(3).plus(ON_TIME));
      run = device.stop().assertOk();
    }

    // the ActiveDERControlList showed it from its start on, not before
    String mrid = control.mrid().toString();
    List<Exchange> active =
        utility.exchanges().stream().filter(e -> e.path().endsWith("/actderc")).toList();
    assertThat(active)
        .filteredOn(e -> e.time().isBefore(start))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.responseBody()).doesNotContain(mrid));
    Exchange firstActive =
        active.stream().filter(e -> e.responseBody().contains(mrid)).findFirst().orElseThrow();
    assertThat(firstActive.time()).isBetween(start, start.plus(ON_TIME));
    JsonNode seen = run.control(mrid);
    assertThat(seen.at("/firstActive/utilityTime").asDouble())
        .isBetween((double) start.getEpochSecond(), start.getEpochSecond() + 1.0);
    assertThat(seen.at("/startedAt/utilityTime").asDouble())
        .isBetween((double) start.getEpochSecond(), start.getEpochSecond() + 1.0);
    assertThat(run.responseStatuses(mrid)).containsExactly(1, 2, 3);

    // the server matched the responses to the control; none is missing once all are due
    assertThat(statuses(control)).containsExactly(1, 2, 3);
    assertResponsesWithoutFindings(utility);
    utility.clock().advance(Duration.ofMinutes(20));
    assertThat(control.missingResponses()).isEmpty();
    SchemaCheck.assertValid(utility, test.getDisplayName());
  }

  @Test
  @With2030_5Server(pkiSeed = SEED)
  void aNewerOverlappingControlSupersedesTheFirst(
      Sep2MockServer server, @TempDir Path dir, TestInfo test) throws Exception {
    Utility utility = server.utility();
    Program program = programWithDefault(utility);
    Control first;
    Control second;
    PythonDevice.Report run;
    try (PythonDevice device = pollingDevice(server, dir)) {
      first = schedule(program, ahead(utility, 4), 20);
      first.awaitResponse(1, Duration.ofSeconds(5));

      second = schedule(program, ahead(utility, 3), 2);
      assertThat(first.currentStatus()).isEqualTo(4); // superseded
      first.awaitResponse(7, Duration.ofSeconds(5));
      second.awaitResponse(1, Duration.ofSeconds(5));
      second.awaitResponse(2, Duration.ofSeconds(8));
      second.awaitResponse(3, Duration.ofSeconds(8));
      run = device.stop().assertOk();
    }

    assertThat(statuses(first)).containsExactly(1, 7);
    assertThat(statuses(second)).containsExactly(1, 2, 3);
    assertThat(run.control(first.mrid().toString()).path("state").asText()).isEqualTo("superseded");
    assertThat(run.control(first.mrid().toString()).path("statuses").toString()).isEqualTo("[0,4]");
    assertResponsesWithoutFindings(utility);
    utility.clock().advance(Duration.ofMinutes(20));
    assertThat(first.missingResponses()).isEmpty();
    assertThat(second.missingResponses()).isEmpty();
    SchemaCheck.assertValid(utility, test.getDisplayName());
  }

  @Test
  @With2030_5Server(pkiSeed = SEED)
  void aCancelledControlIsAnsweredCancelledAndNeverStarted(
      Sep2MockServer server, @TempDir Path dir, TestInfo test) throws Exception {
    Utility utility = server.utility();
    Program program = programWithDefault(utility);
    Control control;
    PythonDevice.Report run;
    try (PythonDevice device = pollingDevice(server, dir)) {
      Instant start = ahead(utility, 4);
      control = schedule(program, start, 10);
      control.awaitResponse(1, Duration.ofSeconds(5));

      control.cancel(false);
      assertThat(control.currentStatus()).isEqualTo(2);
      control.awaitResponse(6, Duration.ofSeconds(5));
      // past its start (the utility's clock moved on): the device must not start it
      utility.clock().set(start.plusSeconds(2));
      utility.awaitNextRequest("GET", "/edev/*/derp/*/actderc", Duration.ofSeconds(5));
      utility.awaitNextRequest("GET", "/edev/*/derp/*/actderc", Duration.ofSeconds(5));
      run = device.stop().assertOk();
    }

    assertThat(statuses(control)).containsExactly(1, 6);
    assertThat(run.control(control.mrid().toString()).path("state").asText())
        .isEqualTo("cancelled");
    assertResponsesWithoutFindings(utility);
    utility.clock().advance(Duration.ofMinutes(20));
    assertThat(control.missingResponses()).isEmpty();
    SchemaCheck.assertValid(utility, test.getDisplayName());
  }

  @Test
  @With2030_5Server(pkiSeed = SEED)
  void aControlWithRandomizeStartIsStartedWithinItsWindow(
      Sep2MockServer server, @TempDir Path dir, TestInfo test) throws Exception {
    Utility utility = server.utility();
    Program program = programWithDefault(utility);
    int window = 3;
    Control control;
    Instant start;
    PythonDevice.Report run;
    try (PythonDevice device = pollingDevice(server, dir)) {
      start = ahead(utility, 3);
      control =
          program.schedule(
              DerControl.builder()
                  .interval(new DateTimeInterval(3, start))
                  .randomizeStart(window)
                  .opModMaxLimW(5000));
      control.awaitResponse(1, Duration.ofSeconds(5));
      Response started = control.awaitResponse(2, Duration.ofSeconds(10));
      assertThat(started.createdDateTime().orElseThrow())
          .isBetween(start, start.plusSeconds(window).plus(ON_TIME));
      control.awaitResponse(3, Duration.ofSeconds(10));
      run = device.stop().assertOk();
    }

    JsonNode seen = run.control(control.mrid().toString());
    double offset = seen.path("startOffset").asDouble();
    assertThat(offset).isBetween(0.0, (double) window);
    // started at its own randomized start, not at the control's start; the device reports both
    // figures rounded to the millisecond, so the start may show up to 1 ms before the offset
    assertThat(seen.at("/startedAt/utilityTime").asDouble() - start.getEpochSecond())
        .isBetween(offset - 0.001, offset + 1.0);
    Exchange startedPost =
        utility.exchanges().stream()
            .filter(e -> e.method().equals("POST") && e.requestBody().contains("<status>2<"))
            .findFirst()
            .orElseThrow();
    assertThat(startedPost.time())
        .isBetween(start, start.plusSeconds(window).plus(ON_TIME))
        .isAfterOrEqualTo(start.plusMillis((long) (offset * 1000)));
    assertResponsesWithoutFindings(utility);
    utility.clock().advance(Duration.ofMinutes(20));
    assertThat(control.missingResponses()).isEmpty();
    SchemaCheck.assertValid(utility, test.getDisplayName());
  }

  // ---- (c) subscriptions: notifications over TLS 1.2 CCM_8 to the device's own server -------

  @Test
  @With2030_5Server(pkiSeed = SEED)
  void aSubscribedDeviceIsNotifiedOverCcm8WithinASecond(
      Sep2MockServer server, HttpClient client, @TempDir Path dir, TestInfo test) throws Exception {
    Utility utility = server.utility();
    Program program = programWithDefault(utility);
    // a warm JVM, as a utility server's is: one BCJSSE client handshake before measuring
    client.send(
        HttpRequest.newBuilder(server.deviceCapabilityUri()).build(),
        HttpResponse.BodyHandlers.discarding());

    PythonDevice.Report run;
    Control control;
    long changed;
    try (PythonDevice device =
        PythonDevice.start(
            server,
            dir,
            "subscribe",
            "--duration",
            "30",
            "--max-notifications",
            "2",
            "--unsubscribe")) {
      Exchange subscribed = utility.awaitRequest("POST", "/edev/*/sub", Duration.ofSeconds(30));
      assertThat(subscribed.status()).isEqualTo(201);

      changed = System.currentTimeMillis();
      control = schedule(program, ahead(utility, 3600), 600);
      NotificationDelivery delivery =
          utility.awaitNotification("/edev/*/derp/*/derc", Duration.ofSeconds(5));
      assertThat(delivery.delivered()).isTrue();
      assertThat(delivery.body()).contains(control.mrid().toString());

      control.cancel(false);
      run = device.await(Duration.ofSeconds(30)).assertOk();
    }
    System.out.println(run.pretty());

    List<NotificationDelivery> deliveries = utility.notifications();
    assertThat(deliveries).hasSize(2).allSatisfy(d -> assertThat(d.delivered()).isTrue());
    assertThat(deliveries)
        .allSatisfy(d -> assertThat(d.latency()).isLessThan(Duration.ofSeconds(1)));
    List<JsonNode> got = run.list("notifications");
    assertThat(got).hasSize(2);
    // within a second of the change, as the device's own clock saw it arrive
    assertThat((long) (got.get(0).path("arrivedAt").asDouble() * 1000) - changed).isLessThan(1000);
    assertThat(got)
        .allSatisfy(
            n -> {
              assertThat(n.at("/tls/version").asText()).isEqualTo("TLSv1.2");
              assertThat(n.at("/tls/cipher").asText()).isEqualTo("ECDHE-ECDSA-AES128-CCM8");
              // the utility presented its own certificate, which the device checked
              assertThat(n.path("peerLfdi").asText())
                  .isEqualTo(DeviceIdentity.of(server.serverCertificate().certificate()).lfdi());
              assertThat(n.path("root").asText()).isEqualTo("Notification");
              assertThat(n.path("resourceType").asText()).isEqualTo("DERControlList");
              assertThat(n.path("mRIDs").toString()).contains(control.mrid().toString());
            });
    assertThat(deliveries.get(1).body()).contains("<currentStatus>2</currentStatus>");
    assertThat(run.step("Subscription deleted").path("status").asInt()).isEqualTo(204);
    SchemaCheck.assertValid(utility, test.getDisplayName());
  }

  // ---- (e) a day's schedule in seconds, on the utility's clock ------------------------------

  @Test
  @With2030_5Server(pkiSeed = SEED)
  void aTwentyFourHourScheduleRunsInSecondsOnTheUtilityClock(
      Sep2MockServer server, @TempDir Path dir, TestInfo test) throws Exception {
    Utility utility = server.utility();
    Program program = programWithDefault(utility);
    Instant dayStart = ahead(utility, 3600);
    List<Control> hours = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      hours.add(schedule(program, dayStart.plus(Duration.ofHours(h)), 3600));
    }
    PythonDevice.Report run;
    Duration took;
    try (PythonDevice device = pollingDevice(server, dir, "--interval", "0.05")) {
      for (Control hour : hours) {
        hour.awaitResponse(1, Duration.ofSeconds(10));
      }
      long began = System.nanoTime();
      for (int h = 0; h <= 24; h++) {
        utility.clock().set(dayStart.plus(Duration.ofHours(h)));
        if (h < 24) {
          hours.get(h).awaitResponse(2, Duration.ofSeconds(5));
        }
        if (h > 0) {
          hours.get(h - 1).awaitResponse(3, Duration.ofSeconds(5));
        }
      }
      took = Duration.ofNanos(System.nanoTime() - began);
      run = device.stop().assertOk();
    }
    System.out.println("[" + test.getDisplayName() + "] 24 hours of controls took " + took);

    assertThat(took).isLessThan(Duration.ofSeconds(10));
    for (Control hour : hours) {
      assertThat(statuses(hour)).as(hour.toString()).containsExactly(1, 2, 3);
      assertThat(run.responseStatuses(hour.mrid().toString())).containsExactly(1, 2, 3);
    }
    assertResponsesWithoutFindings(utility);
    utility.clock().advance(Duration.ofMinutes(20));
    for (Control hour : hours) {
      assertThat(hour.missingResponses()).as(hour.toString()).isEmpty();
    }
    SchemaCheck.assertValid(utility, test.getDisplayName());
  }
}
