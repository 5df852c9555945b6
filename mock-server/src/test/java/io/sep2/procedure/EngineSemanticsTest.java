package io.sep2.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.procedure.ProcedureReport.Verdict;
import io.sep2.procedure.cactus.CactusProcedures;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.utility.UtilityClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the engine follows a procedure: event matching (first page only, <code>&#42;</code>
 * segments), before and after the server applies a request, waits and proceed on the utility clock,
 * comms off and on, state changes of actions.
 */
class EngineSemanticsTest {

  static Sep2MockServer server;
  static ProcedureRunner runner;
  static UtilityClock clock;

  @BeforeAll
  static void start() {
    server =
        new Sep2MockServer(
                ServerOptions.builder().pki(Sep2Pki.builder().seed("engine").build()).build())
            .start();
    runner = ProcedureRunner.on(server).tick(Duration.ofMillis(20)).build();
    clock = server.utility().clock();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static final String FILE =
      """
      Description: Engine semantics
      Category: Test
      Classes: [X]
      TargetVersions: [v1.2]
      Preconditions:
        immediate_start: true
        init_actions:
          - type: set-comms-rate
            parameters: {fsa_list_poll_seconds: 42, mup_post_seconds: 77}
          - type: create-der-program
            parameters: {primacy: 0}
          - type: set-default-der-control
            parameters: {opModExpLimW: 3000, setGradW: 27}
          - type: edev-registration-links
            parameters: {enabled: false}
      Criteria:
        checks:
          - type: all-steps-complete
            parameters: {}
      Steps:
        LIST:
          event:
            type: GET-request-received
            parameters: {endpoint: /edev/*/fsa}
          actions:
            - type: create-der-control
              parameters: {start: $(now + '1 minute'), duration_seconds: 600, opModExpLimW: 100, tag: C}
            - type: communications-status
              parameters: {enabled: false}
            - type: enable-steps
              parameters: {steps: [DOWN]}
            - type: remove-steps
              parameters: {steps: [LIST]}
        DOWN:
          event:
            type: wait
            parameters: {duration_seconds: 300}
          actions:
            - type: communications-status
              parameters: {enabled: true}
            - type: enable-steps
              parameters: {steps: [OPERATOR]}
            - type: remove-steps
              parameters: {steps: [DOWN]}
        OPERATOR:
          event:
            type: proceed
            parameters: {}
          actions:
            - type: enable-steps
              parameters: {steps: [STATUS]}
            - type: remove-steps
              parameters: {steps: [OPERATOR]}
        STATUS:
          event:
            type: PUT-request-received
            parameters: {endpoint: /edev/1/der/1/ders, serve_request_first: true}
            checks:
              - type: der-status-contents
                parameters: {genConnectStatus_bit0: true}
          actions:
            - type: remove-steps
              parameters: {steps: [STATUS]}
            - type: finish-test
              parameters: {}
      """;

  @Test
  void followsAProcedureFile() throws Exception {
    Procedure p = CactusProcedures.parse(FILE, "E.yaml", "E");
    try (ProcedureRun run = runner.start(p)) {
      ScriptedClient client = new ScriptedClient(server);
      client.findOrRegister();
      String edev = client.get(client.edev).body();
      assertThat(edev).doesNotContain("RegistrationLink");
      // a later page of the list does not fire the step
      assertThat(client.get(client.edev + "/fsa?s=1").status()).isEqualTo(200);
      assertThat(run.report()).isEmpty();
      // the first page fires it before the server answers, and its actions cut communications:
      // this very request is answered 500, as are all until they are restored
      assertThat(client.get(client.edev + "/fsa").status()).isEqualTo(500);
      assertThat(client.get(client.edev + "/derp/1/derc?l=5").status()).isEqualTo(500);
      clock.advance(Duration.ofSeconds(301));
      awaitStep(run, p, "OPERATOR");
      ScriptedClient.Answer controls = client.get(client.edev + "/derp/1/derc?l=5");
      assertThat(controls.status()).isEqualTo(200);
      assertThat(controls.body()).contains("<currentStatus>1</currentStatus>");
      assertThat(client.get("/mup").body()).contains("pollRate=\"77\"");
      assertThat(client.get(client.edev + "/fsa").body()).contains("pollRate=\"42\"");
      run.proceed();
      // the gate: a DERStatus without bit 0 keeps the step waiting
      client.send(
          "PUT",
          client.edev + "/der/1/ders",
          "<DERStatus xmlns=\"urn:ieee:std:2030.5:ns\"><genConnectStatus><dateTime>1</dateTime>"
              + "<value>06</value></genConnectStatus><readingTime>1</readingTime></DERStatus>");
      assertThat(run.report()).isEmpty();
      client.putStatus();
      ProcedureReport report = run.awaitReport(Duration.ofSeconds(10));
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
      assertThat(report.step("STATUS").exchanges()).hasSize(1);
      assertThat(report.step("STATUS").exchanges().get(0).requestBody())
          .contains("<value>07</value>");
      assertThat(report.exchanges().stream().filter(e -> e.status() == 500)).hasSize(2);
      assertThat(report.step("LIST").exchanges().get(0).status()).isEqualTo(500);
    }
  }

  static void awaitStep(ProcedureRun run, Procedure p, String name) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      ProcedureReport r = run.report().orElse(null);
      if (r != null) {
        throw new AssertionError("ended early: " + r.toText());
      }
      ScriptedClient c = new ScriptedClient(server);
      Thread.sleep(50);
      // the wait fired once the server answers again
      c.edev = "/edev/1";
      if (c.get("/edev/1/derp/1/derc").status() == 200) {
        return;
      }
    }
    throw new AssertionError("step " + name + " was not reached");
  }
}
