package io.sep2.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.model.DefaultDerControl;
import io.sep2.model.DerControl;
import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java API tests use (Utility, Device, Program, Control, Exchange, UtilityClock), with the
 * device client on another thread as in a real test: awaitRequest finds the first matching request
 * since the start, whenever it came; awaitNextRequest only one after the call; both fail with the
 * requests seen; onExchange sees every exchange, with change() for state changes.
 */
class UtilityApiTest {

  static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");

  Sep2Pki pki = Sep2Pki.builder().seed("utility-api").build();
  Sep2MockServer server;
  Utility utility;
  Sep2Client client;
  ExecutorService device = Executors.newSingleThreadExecutor();

  @BeforeEach
  void start() {
    server =
        new Sep2MockServer(
                ServerOptions.builder().pki(pki).clock(Clock.fixed(T0, ZoneOffset.UTC)).build())
            .start();
    utility = server.utility();
    client = new Sep2Client(server);
  }

  @AfterEach
  void stop() throws InterruptedException {
    device.shutdownNow();
    device.awaitTermination(5, TimeUnit.SECONDS);
    server.stop();
  }

  /** Waits until {@code waiter} is blocked waiting (it has taken its mark). */
  static void awaitWaiting(Thread waiter) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (waiter.getState() != Thread.State.TIMED_WAITING) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the waiting thread never waited: " + waiter.getState());
      }
      Thread.sleep(5);
    }
  }

  @Test
  void awaitRequestFindsAnEarlierRequestAndWaitsForALaterOne() throws Exception {
    client.register();
    // already there: returned at once, even with no time to wait
    Exchange registration = utility.awaitRequest("POST", "/edev", Duration.ZERO);
    assertThat(registration.status()).isEqualTo(201);
    assertThat(registration.location()).isEqualTo("/edev/1");
    assertThat(registration.lfdi()).isEqualTo(client.lfdi());
    assertThat(registration.time()).isEqualTo(T0);
    assertThat(registration.change()).contains("EndDevice /edev/1 registered");
    // the first of several matching: the earliest
    client.get("/edev/1/derp?s=0&l=5");
    client.get("/edev/1/derp?l=9");
    Exchange first = utility.awaitRequest("get", "/edev/*/derp", Duration.ZERO);
    assertThat(first.query()).containsEntry("s", "0").containsEntry("l", "5");
    assertThat(first.change()).isNull();

    // not yet there: the device, on its own thread, sends it a little later
    Future<Sep2Client.Reply> put =
        device.submit(
            () -> {
              Thread.sleep(300);
              return client.put("/edev/1/der/1/derg", UtilityHttpTest.SETTINGS);
            });
    Exchange stored = utility.awaitRequest("PUT", "/edev/*/der/1/derg", Duration.ofSeconds(10));
    assertThat(stored.status()).isEqualTo(204);
    assertThat(stored.requestBody()).isEqualTo(UtilityHttpTest.SETTINGS);
    assertThat(stored.change()).isEqualTo("DERSettings stored for EndDevice /edev/1");
    assertThat(put.get(5, TimeUnit.SECONDS).status()).isEqualTo(204);
    assertThat(utility.device(client.lfdi()).orElseThrow().derSettings()).isPresent();
  }

  @Test
  void awaitNextRequestOnlyTakesARequestAfterTheCall() throws Exception {
    client.register();
    client.get("/edev/1");
    // an earlier GET /edev/1 does not count: the next one, sent once the test waits, does
    CompletableFuture<Exchange> next = new CompletableFuture<>();
    Thread waiter =
        new Thread(
            () -> {
              try {
                next.complete(utility.awaitNextRequest("GET", "/edev/*", Duration.ofSeconds(10)));
              } catch (Throwable t) {
                next.completeExceptionally(t);
              }
            });
    waiter.start();
    awaitWaiting(waiter);
    int before = utility.exchanges().size();
    device.submit(() -> client.get("/edev/1?marker=1")).get(10, TimeUnit.SECONDS);
    Exchange e = next.get(10, TimeUnit.SECONDS);
    assertThat(e.query()).containsEntry("marker", "1");
    assertThat(utility.exchanges().indexOf(e)).isEqualTo(before);
    // and a pattern segment matches one whole segment only
    client.get("/edev/1/der");
    assertThatThrownBy(() -> utility.awaitNextRequest("GET", "/edev/*", Duration.ofMillis(200)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no next GET /edev/* within 200 ms")
        .hasMessageContaining("GET /edev/1/der -> 200");
  }

  @Test
  void aRequestThatNeverComesFailsNamingWhatWasSeen() {
    client.get("/dcap");
    client.get("/nothing");
    long start = System.nanoTime();
    assertThatThrownBy(
            () -> utility.awaitRequest("PUT", "/edev/*/der/1/derg", Duration.ofMillis(300)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no PUT /edev/*/der/1/derg within 300 ms")
        .hasMessageContaining("GET /dcap -> 200")
        .hasMessageContaining("GET /nothing -> 404");
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void awaitingIsInterruptible() throws Exception {
    CompletableFuture<Throwable> failure = new CompletableFuture<>();
    Thread waiter =
        new Thread(
            () -> {
              try {
                utility.awaitRequest("GET", "/never", Duration.ofMinutes(5));
              } catch (Throwable t) {
                failure.complete(t);
              }
            });
    waiter.start();
    awaitWaiting(waiter);
    waiter.interrupt();
    assertThat(failure.get(10, TimeUnit.SECONDS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("interrupted");
  }

  @Test
  void onExchangeSeesEveryExchangeAndTheStateChanges() {
    List<Exchange> all = new CopyOnWriteArrayList<>();
    List<String> changes = new CopyOnWriteArrayList<>();
    Consumer<Exchange> listener =
        e -> {
          all.add(e);
          if (e.change() != null) {
            changes.add(e.change());
          }
        };
    Consumer<Exchange> failing =
        e -> {
          throw new IllegalStateException("a broken listener");
        };
    utility.onExchange(failing).onExchange(listener);
    client.get("/dcap");
    client.register();
    client.register();
    client.put("/edev/1/der/1/derg", UtilityHttpTest.SETTINGS);
    client.put("/edev/1/der/1/derg", UtilityHttpTest.SETTINGS);
    client.put("/edev/1/der/1/derg", "<broken");
    client.post("/edev/1/lel", UtilityHttpTest.logEvent());
    assertThat(all).hasSize(7);
    assertThat(all).extracting(Exchange::status).containsExactly(200, 201, 204, 204, 204, 400, 201);
    assertThat(changes)
        .containsExactly(
            "EndDevice /edev/1 registered (sFDI " + client.sfdi() + ")",
            "DERSettings stored for EndDevice /edev/1",
            "DERSettings replaced for EndDevice /edev/1",
            "LogEvent 1 (function set 22) from EndDevice /edev/1");
    // a registration seen again, a refusal, a read: no change
    assertThat(all.get(2).change()).isNull();
    assertThat(all.get(5).change()).isNull();
    utility.removeExchangeListener(listener);
    client.get("/dcap");
    assertThat(all).hasSize(7);
    assertThat(utility.exchanges()).hasSize(8);
  }

  @Test
  void programsControlsDevicesAndTheClock() {
    assertThatThrownBy(() -> utility.createProgram("x", 256, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("primacy");
    assertThatThrownBy(() -> utility.createProgram("x", 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> utility.registerDevice("not an lfdi"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> utility.clock().advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);

    client.register();
    Device me = utility.device(client.lfdi()).orElseThrow();
    assertThat(utility.device(pki.device().certificate())).map(Device::id).contains(1L);
    assertThat(me.href()).isEqualTo("/edev/1");
    assertThat(me.registrationPin()).isEqualTo(ServerOptions.DEFAULT_REGISTRATION_PIN);
    me.registrationPin(12345);
    assertThat(client.get("/edev/1/rg").body()).contains("<pIN>123455</pIN>");
    me.registrationLink(false);
    assertThat(client.get("/edev/1").body()).doesNotContain("RegistrationLink");
    client.get("/edev/1/rg");
    assertThat(utility.awaitRequest("GET", "/edev/1/rg", Duration.ZERO).findings()).isEmpty();
    assertThat(utility.exchanges().get(utility.exchanges().size() - 1).findings())
        .anySatisfy(f -> assertThat(f).contains("carries no RegistrationLink"));

    Program program = utility.createProgram("limits", 2, 1);
    assertThat(utility.program(program.id())).map(Program::mrid).contains(program.mrid());
    assertThat(utility.programs()).hasSize(1);
    program.defaultControl(DefaultDerControl.builder().opModExpLimW(1000));
    program.defaultControl(DefaultDerControl.builder().opModExpLimW(2000));
    assertThat(program.defaultControl())
        .hasValueSatisfying(d -> assertThat(d.version()).hasValue(2));
    assertThat(client.get("/edev/1/derp/1/dderc").body())
        .contains("<version>2</version>")
        .contains("<csipaus:opModExpLimW><multiplier>0</multiplier><value>2000</value>");

    Control control =
        program.schedule(
            DerControl.builder()
                .interval(T0.plusSeconds(60), Duration.ofSeconds(120))
                .opModConnect(false));
    assertThat(program.controls()).extracting(Control::mrid).containsExactly(control.mrid());
    assertThat(control.program().id()).isEqualTo(program.id());
    assertThat(control.currentStatus()).isZero();
    utility.clock().advance(Duration.ofSeconds(60));
    assertThat(control.currentStatus()).isEqualTo(1);
    assertThat(control.asServed().eventStatus().currentStatus()).isEqualTo(1);
    assertThat(client.get("/edev/1/derp/1/actderc").all()).isEqualTo(1);
    control.cancel(true);
    assertThat(control.currentStatus()).isEqualTo(3);
    assertThat(client.get("/edev/1/derp/1/derc/" + control.id()).body())
        .contains("<currentStatus>3</currentStatus>");
    assertThat(client.get("/edev/1/derp/1/actderc").all()).isZero();
    utility.clock().advance(Duration.ofSeconds(120));
    assertThat(client.get("/edev/1/derp/1/derc").all()).isZero();
    assertThat(client.get("/tm").body())
        .contains("<currentTime>" + T0.plusSeconds(180).getEpochSecond() + "</currentTime>")
        .contains("<quality>5</quality>");
    utility.clock().set(T0.plusSeconds(1000));
    assertThat(utility.clock().instant()).isEqualTo(T0.plusSeconds(1000));
    utility.clock().reset();
    assertThat(utility.clock().instant()).isEqualTo(T0);
    assertThat(client.get("/tm").body()).contains("<quality>4</quality>");
  }
}
