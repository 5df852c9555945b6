package io.sep2.utility;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Controls on the utility clock, seen by a device client over real TLS. */
class ControlLifecycleTest {

  Sep2MockServer server;
  HttpClient client;
  Utility utility;
  String lfdi;
  Program program;

  @BeforeEach
  void start() {
    server =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(Sep2Pki.builder().seed("lifecycle").build())
                    .registerPkiDevices(true)
                    .build())
            .start();
    client = server.httpClient();
    utility = server.utility();
    lfdi = DeviceIdentity.of(server.pki().device().certificate()).lfdi();
    program = utility.createProgram("site limits", 1, 1);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  String get(String path) throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(URI.create(server.baseUri() + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  int respond(Control control, int status) throws Exception {
    String body =
        "<DERControlResponse xmlns=\"urn:ieee:std:2030.5:ns\"><createdDateTime>"
            + utility.clock().instant().getEpochSecond()
            + "</createdDateTime><endDeviceLFDI>"
            + lfdi
            + "</endDeviceLFDI><status>"
            + status
            + "</status><subject>"
            + control.mrid()
            + "</subject></DERControlResponse>";
    return client
        .send(
            HttpRequest.newBuilder(URI.create(server.baseUri() + "/edev/1/rsps/site_control/rsp"))
                .header("Content-Type", "application/sep+xml")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  @Test
  void aControlTwoSecondsAheadBecomesActiveAtItsStartAndItsResponsesAreMatched() throws Exception {
    Instant start = utility.clock().instant().plusSeconds(2);
    Control control =
        program.schedule(
            io.sep2.model.DerControl.builder()
                .interval(start, Duration.ofMinutes(5))
                .opModExpLimW(0));
    assertThat(get("/edev/1/derp/1/derc?l=10")).contains(control.mrid().toString());
    assertThat(get("/edev/1/derp/1/actderc?l=10")).doesNotContain(control.mrid().toString());
    assertThat(respond(control, 1)).isEqualTo(201);

    utility.clock().set(start);
    assertThat(get("/edev/1/derp/1/actderc?l=10"))
        .contains(control.mrid().toString())
        .contains("<currentStatus>1</currentStatus>");
    assertThat(respond(control, 2)).isEqualTo(201);
    utility.clock().advance(Duration.ofMinutes(5));
    assertThat(respond(control, 3)).isEqualTo(201);

    assertThat(control.awaitResponse(3, Duration.ofSeconds(1)).status()).hasValue(3);
    assertThat(control.responses()).extracting(r -> r.status().getAsInt()).containsExactly(1, 2, 3);
    assertThat(control.missingResponses()).isEmpty();
    assertThat(utility.exchanges())
        .filteredOn(e -> e.path().endsWith("/rsp"))
        .allSatisfy(e -> assertThat(e.findings()).isEmpty());
  }

  @Test
  void aNewerOverlappingControlSupersedesTheFirstAndACancelStaysVisible() throws Exception {
    Instant start = utility.clock().instant().plusSeconds(60);
    Control first =
        program.schedule(
            io.sep2.model.DerControl.builder()
                .interval(start, Duration.ofHours(1))
                .opModExpLimW(1000));
    Control second =
        program.schedule(
            io.sep2.model.DerControl.builder()
                .interval(start.plusSeconds(600), Duration.ofHours(1))
                .opModExpLimW(2000));
    assertThat(first.currentStatus()).isEqualTo(4);
    assertThat(second.currentStatus()).isEqualTo(0);
    second.cancel(false);
    String list = get("/edev/1/derp/1/derc?l=10");
    assertThat(list).contains(first.mrid().toString()).contains(second.mrid().toString());
    assertThat(list)
        .contains("<currentStatus>4</currentStatus>")
        .contains("<currentStatus>2</currentStatus>");
    // a started response before the start of a (cancelled) control is a finding, not a refusal
    assertThat(respond(second, 2)).isEqualTo(201);
    assertThat(utility.exchanges().get(utility.exchanges().size() - 1).findings())
        .anySatisfy(f -> assertThat(f).contains("(started) before the control's start"));
  }

  @Test
  void aNegativeRandomizeStartLetsADeviceStartEarlyWithinItsWindow() throws Exception {
    // 2030.5: randomizeStart is signed (-3600..3600); a negative one moves the start earlier, so
    // a device may start up to |randomizeStart| s before the control's start
    Instant start = utility.clock().instant().plusSeconds(120);
    Control control =
        program.schedule(
            io.sep2.model.DerControl.builder()
                .interval(start, Duration.ofMinutes(10))
                .randomizeStart(-60)
                .opModExpLimW(1000));
    assertThat(get("/edev/1/derp/1/derc?l=10")).contains(control.mrid().toString());
    assertThat(respond(control, 1)).isEqualTo(201);

    utility.clock().set(start.minusSeconds(30)); // inside the window [start - 60 s, start]
    assertThat(respond(control, 2)).isEqualTo(201);
    assertThat(utility.exchanges().get(utility.exchanges().size() - 1).findings()).isEmpty();

    // before the window it is still early
    Control other =
        program.schedule(
            io.sep2.model.DerControl.builder()
                .interval(start.plusSeconds(3600), Duration.ofMinutes(10))
                .randomizeStart(-60)
                .opModExpLimW(1000));
    assertThat(respond(other, 2)).isEqualTo(201);
    assertThat(utility.exchanges().get(utility.exchanges().size() - 1).findings())
        .anySatisfy(f -> assertThat(f).contains("(started) before the control's start"));
  }

  @Test
  void aStartedResponseIsNotMissingWhileTheRandomizeStartWindowIsOpen() throws Exception {
    // randomizeStart 600: the device may start up to 10 minutes after the control's start
    Instant start = utility.clock().instant().plusSeconds(10);
    Control control =
        program.schedule(
            io.sep2.model.DerControl.builder()
                .interval(start, Duration.ofMinutes(30))
                .randomizeStart(600)
                .opModConnect(false));
    get("/edev/1/derp/1/derc?l=10");
    assertThat(respond(control, 1)).isEqualTo(201);

    utility.clock().set(start.plusSeconds(120));
    assertThat(control.missingResponses()).isEmpty();
    utility.clock().set(start.plusSeconds(600 + 61));
    assertThat(control.missingResponses())
        .singleElement()
        .satisfies(f -> assertThat(f).contains("no Response 2 (started)"));
  }

  @Test
  void aDayOfHalfHourControlsRunsInSecondsOfTestTime() throws Exception {
    long began = System.nanoTime();
    Instant midnight = utility.clock().instant().plusSeconds(60);
    for (int i = 0; i < 48; i++) {
      program.schedule(
          io.sep2.model.DerControl.builder()
              .interval(midnight.plus(Duration.ofMinutes(30L * i)), Duration.ofMinutes(30))
              .opModExpLimW(100L * i));
    }
    int seenActive = 0;
    for (int i = 0; i < 48; i++) {
      utility.clock().set(midnight.plus(Duration.ofMinutes(30L * i + 1)));
      String active = get("/edev/1/derp/1/actderc?l=10");
      if (active.contains("<currentStatus>1</currentStatus>")) {
        seenActive++;
      }
    }
    assertThat(seenActive).isEqualTo(48);
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(10));
    assertThat(get("/tm")).contains("<quality>5</quality>");
  }

  @Test
  void missingResponsesAreFound() throws Exception {
    Instant start = utility.clock().instant().plusSeconds(10);
    Control control =
        program.schedule(
            io.sep2.model.DerControl.builder()
                .interval(start, Duration.ofMinutes(1))
                .opModConnect(false));
    get("/edev/1/derp/1/derc?l=10");
    utility.clock().advance(Duration.ofHours(1));
    assertThat(control.missingResponses())
        .hasSize(3)
        .anySatisfy(f -> assertThat(f).contains("no Response 1 (received)"))
        .anySatisfy(f -> assertThat(f).contains("no Response 2 (started)"))
        .anySatisfy(f -> assertThat(f).contains("no Response 3 (completed)"));
  }
}
