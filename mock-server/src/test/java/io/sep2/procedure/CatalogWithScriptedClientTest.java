package io.sep2.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.procedure.ProcedureReport.EndReason;
import io.sep2.procedure.ProcedureReport.StepResult;
import io.sep2.procedure.ProcedureReport.Verdict;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.utility.UtilityClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in procedures against a scripted client over real TLS: a client that does the right
 * thing passes, one that does the wrong thing fails with a reason a person understands.
 */
class CatalogWithScriptedClientTest {

  static Sep2MockServer server;
  static ProcedureRunner runner;
  static UtilityClock clock;

  @BeforeAll
  static void start() {
    server =
        new Sep2MockServer(
                ServerOptions.builder().pki(Sep2Pki.builder().seed("procedures").build()).build())
            .start();
    runner = ProcedureRunner.on(server).tick(Duration.ofMillis(20)).build();
    clock = server.utility().clock();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static ProcedureReport await(ProcedureRun run) {
    return run.awaitReport(Duration.ofSeconds(20));
  }

  @Test
  void discoveryPasses() {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.DISCOVERY))) {
      new ScriptedClient(server).discover();
      ProcedureReport report = await(run);
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
      assertThat(report.endReason()).isEqualTo(EndReason.ALL_STEPS_COMPLETE);
      StepResult dcap = report.step("GET-DCAP");
      assertThat(dcap.state()).isEqualTo(StepResult.State.COMPLETED);
      assertThat(dcap.exchanges())
          .singleElement()
          .satisfies(e -> assertThat(e.path()).isEqualTo("/dcap"));
      assertThat(dcap.completedAt()).isNotNull();
    }
  }

  @Test
  void basicSecurityPasses() {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.SECURITY))) {
      new ScriptedClient(server).get("/dcap");
      ProcedureReport report = await(run);
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
    }
  }

  @Test
  void chainVariantsNeedADefectiveChain() {
    ProcedureReport report = runner.run(Catalog.get(Catalog.CHAIN_VARIANTS), Duration.ofSeconds(5));
    assertThat(report.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
    assertThat(report.summary()).contains("comm004");
  }

  @Test
  void registrationWithTheRightPinPasses() {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.REGISTRATION))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      assertThat(client.checkRegistration()).isTrue();
      ProcedureReport report = await(run);
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
    }
  }

  @Test
  void aClientThatStopsOnAWrongPinPasses() {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.WRONG_PIN))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      assertThat(client.checkRegistration()).isFalse();
      clock.advance(Duration.ofSeconds(121));
      ProcedureReport report = await(run);
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
      assertThat(report.endReason()).isEqualTo(EndReason.FINISHED);
    }
  }

  @Test
  void aClientThatAcceptsAWrongPinFails() {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.WRONG_PIN))) {
      ScriptedClient client = new ScriptedClient(server);
      client.acceptAnyPin = true;
      client.findOrRegister();
      client.checkRegistration();
      ProcedureReport report = await(run);
      assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
      assertThat(report.summary())
          .as(report.toText())
          .contains("the client went on after its EndDevice's Registration served a pIN (222220)")
          .contains("GET fsa");
      assertThat(report.step("WENT-ON-FSA").exchanges())
          .singleElement()
          .satisfies(e -> assertThat(e.path()).isEqualTo("/edev/1/fsa"));
    }
  }

  @Test
  void derReportingPasses() {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.DER_REPORTING))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      client.putCapability();
      client.putSettings(27);
      client.putStatus();
      client.putAvailability();
      ProcedureReport report = await(run);
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
      assertThat(report.criteria()).hasSize(6).allMatch(ProcedureReport.CriterionResult::passed);
    }
  }

  @Test
  void defaultControlPasses() {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.DEFAULT_CONTROL))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      client.putSettings(27);
      int grad = client.readDefaultControl();
      assertThat(grad).isEqualTo(100);
      client.putSettings(grad);
      ProcedureReport report = await(run);
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
      assertThat(report.step("APPLY-SETGRADW").exchanges())
          .singleElement()
          .satisfies(e -> assertThat(e.requestBody()).contains("<setGradW>100</setGradW>"));
    }
  }

  @Test
  void meteringAtThePostRatePasses() {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.METERING))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      client.createMirror();
      for (int i = 0; i < 11; i++) {
        client.postReading(1200 + i);
        clock.advance(Duration.ofSeconds(60));
      }
      ProcedureReport report = await(run);
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
      assertThat(report.endReason()).isEqualTo(EndReason.FINISHED);
    }
  }

  @Test
  void readingsOffTheirRateFail() {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.METERING))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      client.createMirror();
      for (int i = 0; i < 31; i++) {
        client.postReading(1200);
        clock.advance(Duration.ofSeconds(20));
      }
      ProcedureReport report = await(run);
      assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
      assertThat(report.summary())
          .as(report.toText())
          .contains("POST not at the 60 s rate")
          .contains("(at most 6 in 3 intervals)");
    }
  }

  @Test
  void aScheduledControlAnsweredReceivedStartedCompletedPasses() {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.SCHEDULED_CONTROL))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      client.putSettings(27);
      List<String> controls = client.controls();
      assertThat(controls).hasSize(1);
      client.respond(controls.get(0), 1);
      clock.advance(Duration.ofMinutes(2));
      client.respond(controls.get(0), 2);
      clock.advance(Duration.ofMinutes(5));
      client.respond(controls.get(0), 3);
      ProcedureReport report = await(run);
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
    }
  }

  @Test
  void aClientThatSkipsAResponseFails() {
    try (ProcedureRun run =
        ProcedureRunner.on(server)
            .tick(Duration.ofMillis(20))
            .timeout(Duration.ofMinutes(10))
            .build()
            .start(Catalog.get(Catalog.SCHEDULED_CONTROL))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      client.putSettings(27);
      String control = client.controls().get(0);
      client.respond(control, 1);
      clock.advance(Duration.ofMinutes(7));
      client.respond(control, 3);
      clock.advance(Duration.ofMinutes(4));
      ProcedureReport report = await(run);
      assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
      assertThat(report.endReason()).isEqualTo(EndReason.TIMEOUT);
      assertThat(report.summary())
          .as(report.toText())
          .contains("DERControl 'CTL'")
          .contains("got no Response with status 2 (started)")
          .contains("statuses seen: [1 (received), 3 (completed)]");
      assertThat(report.step("STARTED").note()).contains("did not happen");
    }
  }

  @Test
  void timeIsReadBeforeReporting() {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.TIME))) {
      ScriptedClient client = new ScriptedClient(server);
      client.get("/tm");
      client.findOrRegister();
      client.putStatus();
      ProcedureReport report = await(run);
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
    }
  }

  @Test
  void randomizedStartPasses() {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.RANDOMIZED_START))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      client.putSettings(27);
      String control = client.controls().get(0);
      client.respond(control, 1);
      clock.advance(Duration.ofSeconds(150));
      client.respond(control, 2);
      ProcedureReport report = await(run);
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
    }
  }

  @Test
  void primacyAndSupersedingPass() {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.PRIMACY))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      client.putSettings(27);
      // same start: the list holds the newest first (2030.5 event order); the catalogue's mRIDs
      // count up in creation order, so sorting them names FIRST, then SECOND
      List<String> high = client.controls(1).stream().sorted().toList();
      List<String> low = client.controls(2);
      assertThat(high).hasSize(2);
      assertThat(low).hasSize(1);
      client.respond(high.get(0), 7);
      client.respond(low.get(0), 7);
      client.respond(high.get(1), 1);
      clock.advance(Duration.ofMinutes(2));
      client.respond(high.get(1), 2);
      ProcedureReport report = await(run);
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
    }
  }

  @Test
  void startingTheLowerPriorityControlFails() {
    try (ProcedureRun run =
        ProcedureRunner.on(server)
            .tick(Duration.ofMillis(20))
            .timeout(Duration.ofMinutes(5))
            .build()
            .start(Catalog.get(Catalog.PRIMACY))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      client.putSettings(27);
      List<String> high = client.controls(1).stream().sorted().toList();
      List<String> low = client.controls(2);
      client.respond(high.get(0), 7);
      clock.advance(Duration.ofMinutes(2));
      client.respond(low.get(0), 2);
      client.respond(high.get(1), 2);
      clock.advance(Duration.ofMinutes(4));
      ProcedureReport report = await(run);
      assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
      assertThat(report.summary())
          .as(report.toText())
          .contains("DERControl 'LOWER'")
          .contains("got no Response with status 7 (superseded)");
    }
  }

  @Test
  void aCancelledControlAnsweredCancelledPasses() {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.CANCEL))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      client.putSettings(27);
      String control = client.controls().get(0);
      client.respond(control, 1);
      assertThat(client.get(client.edev + "/derp/1/derc?l=5").body())
          .contains("<currentStatus>2</currentStatus>");
      client.respond(control, 6);
      ProcedureReport report = await(run);
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
    }
  }

  @Test
  void aClientThatLivesThroughACommsLossPasses() throws Exception {
    try (ProcedureRun run = runner.start(Catalog.get(Catalog.COMMS_LOSS))) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      client.putSettings(27);
      String control = client.controls().get(0);
      assertThat(client.get("/dcap").status()).isEqualTo(500);
      clock.advance(Duration.ofSeconds(301));
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (client.get("/dcap").status() != 200 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      client.respond(control, 1);
      client.controls();
      ProcedureReport report = await(run);
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
      assertThat(report.exchanges()).anyMatch(e -> e.status() == 500);
    }
  }

  @Test
  void aSilentClientFailsAndNeverHangs() {
    ProcedureReport report =
        ProcedureRunner.on(server)
            .tick(Duration.ofMillis(20))
            .timeout(Duration.ofSeconds(1))
            .build()
            .run(Catalog.get(Catalog.DISCOVERY), Duration.ofSeconds(20));
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(report.endReason()).isEqualTo(EndReason.TIMEOUT);
    assertThat(report.summary())
        .contains("steps GET-DCAP (waited for GET /dcap since", "did not complete");
    assertThat(report.step("GET-DCAP").note()).startsWith("did not happen: waited");
  }

  @Test
  void aProcedureThatNeverStartsSaysWhy() {
    ProcedureReport report =
        ProcedureRunner.on(server)
            .tick(Duration.ofMillis(20))
            .timeout(Duration.ofSeconds(1))
            .build()
            .run(Catalog.get(Catalog.DER_REPORTING), Duration.ofSeconds(20));
    assertThat(report.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(report.started()).isNull();
    assertThat(report.summary())
        .contains("it never started: start check end-device-contents did not hold");
  }

  @Test
  void anUnsupportedProcedureIsNeverRunAndNeverPasses() {
    Procedure pricing =
        Procedure.builder("X-PRICE")
            .setup(Action.of("create-tariff-profile", Map.of("primacy", 1)))
            .steps(Step.of("A", Event.get("/edev/1/fsa/1/tp")))
            .build();
    assertThat(pricing.unsupported())
        .containsExactly(
            "pricing function set (event GET /edev/1/fsa/1/tp)",
            "pricing function set (action create-tariff-profile)");
    ProcedureReport report = runner.run(pricing, Duration.ofSeconds(5));
    assertThat(report.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
    assertThat(report.summary()).startsWith("NOT SUPPORTED: pricing function set");
  }
}
