package io.sep2.procedure.cactus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.procedure.Event;
import io.sep2.procedure.Expression;
import io.sep2.procedure.Procedure;
import io.sep2.procedure.cactus.ProcedureFileException.Problem;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Strict loading of the CSIP-AUS procedure format, on small files written for these tests. */
class CactusProceduresTest {

  static final String GOOD =
      """
      Description: Example - a limit is acknowledged
      Category: Control
      Classes: [X]
      TargetVersions: [v1.2]
      Preconditions:
        init_actions:
          - type: set-comms-rate
            parameters: {dcap_poll_seconds: 60}
          - type: create-der-program
            parameters: {primacy: 0}
          - type: set-default-der-control
            parameters: {opModExpLimW: 0, setGradW: 27}
        checks:
          - type: end-device-contents
            parameters: {}
          - type: der-settings-contents
            parameters: {setMaxW: $(this <= rtgMaxW)}
      Criteria:
        checks:
          - type: all-steps-complete
            parameters: {}
      Steps:
        SEE-PROGRAMS:
          event:
            type: GET-request-received
            parameters: {endpoint: /edev/*/derp}
          actions:
            - type: create-der-control
              parameters: {start: $(now + '1 min'), duration_seconds: 120, opModExpLimW: $(setMaxW * 0.5), tag: LIMIT}
            - type: enable-steps
              parameters: {steps: [ACK]}
            - type: remove-steps
              parameters: {steps: [SEE-PROGRAMS]}
        ACK:
          event:
            type: POST-request-received
            parameters: {endpoint: /edev/1/rsps/site_control/rsp, serve_request_first: true}
            checks:
              - type: response-contents
                parameters: {latest: true, status: 2, subject_tag: LIMIT}
          actions:
            - type: remove-steps
              parameters: {steps: [ACK]}
            - type: finish-test
              parameters: {}
        PAUSE:
          event:
            type: wait
            parameters: {duration_seconds: 90}
          actions: []
      """;

  static Problem problem(String yaml) {
    try {
      CactusProcedures.parse(yaml, "T.yaml", "T");
    } catch (ProcedureFileException e) {
      assertThat(e.getMessage()).startsWith("T.yaml:");
      return e.problems().get(0);
    }
    throw new AssertionError("loaded although it should not have");
  }

  @Test
  void readsAProcedure() throws Exception {
    Procedure p = CactusProcedures.parse(GOOD, "T.yaml", "T");
    assertThat(p.id()).isEqualTo("T");
    assertThat(p.title()).isEqualTo("Example - a limit is acknowledged");
    assertThat(p.references()).containsExactly("CSIP-AUS T");
    assertThat(p.setup()).hasSize(3);
    assertThat(p.startChecks()).hasSize(2);
    assertThat(p.startChecks().get(1).parameters().get("setMaxW"))
        .isEqualTo(Expression.of("$(this <= rtgMaxW)"));
    assertThat(p.steps()).hasSize(3);
    Event see = p.steps().get(0).event();
    assertThat(see.method()).isEqualTo("GET");
    assertThat(see.endpoint()).isEqualTo("/edev/*/derp");
    assertThat(see.isAfterServed()).isFalse();
    Event ack = p.steps().get(1).event();
    assertThat(ack.isAfterServed()).isTrue();
    assertThat(ack.checks()).hasSize(1);
    assertThat(p.steps().get(2).event().duration()).contains(Duration.ofSeconds(90));
    assertThat(p.steps().get(0).isCompletedWhenFired()).isFalse();
    assertThat(p.isSupported()).isTrue();
  }

  @Test
  void rejectsAnUnknownKeyWithItsLine() {
    Problem p = problem(GOOD.replace("    actions: []", "    action: []"));
    assertThat(p.line()).isEqualTo(50);
    assertThat(p.message()).contains("unknown key 'action' in step PAUSE");
  }

  @Test
  void rejectsChecksAtStepLevel() {
    Problem p = problem(GOOD.replace("    actions: []", "    actions: []\n    checks: []"));
    assertThat(p.message()).contains("unknown key 'checks' in step PAUSE");
  }

  @Test
  void rejectsADuplicateKey() {
    Problem p = problem(GOOD.replace("Category: Control", "Category: Control\nCategory: Other"));
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.message()).contains("duplicate key 'Category'");
  }

  @Test
  void rejectsAnUnknownType() {
    Problem p = problem(GOOD.replace("type: wait", "type: sleep"));
    assertThat(p.line()).isEqualTo(48);
    assertThat(p.message()).contains("unknown event type 'sleep' in step PAUSE");
  }

  @Test
  void rejectsAMissingParameter() {
    Problem p = problem(GOOD.replace("{duration_seconds: 90}", "{}"));
    assertThat(p.message()).contains("the required parameter 'duration_seconds' is missing");
  }

  @Test
  void rejectsAnUnknownParameter() {
    Problem p = problem(GOOD.replace("{primacy: 0}", "{primacy: 0, priority: 1}"));
    assertThat(p.line()).isEqualTo(10);
    assertThat(p.message()).contains("unknown parameter 'priority'");
  }

  @Test
  void rejectsAValueOfTheWrongType() {
    Problem p = problem(GOOD.replace("{primacy: 0}", "{primacy: high}"));
    assertThat(p.message()).contains("primacy: expected a whole number, got high");
  }

  @Test
  void rejectsAStepNamingAnUnknownStep() {
    Problem p = problem(GOOD.replace("steps: [ACK]}", "steps: [ACKNOWLEDGE]}"));
    assertThat(p.line()).isEqualTo(31);
    assertThat(p.message()).contains("enable-steps names step 'ACKNOWLEDGE'");
  }

  @Test
  void rejectsAMalformedExpression() {
    Problem p = problem(GOOD.replace("$(setMaxW * 0.5)", "$(setMaxW * 0.5 + 1)"));
    assertThat(p.message()).contains("an expression is one operand or 'operand OP operand'");
    assertThat(problem(GOOD.replace("$(setMaxW * 0.5)", "$(setMaxWatts)")).message())
        .contains("unknown variable 'setMaxWatts'");
  }

  @Test
  void rejectsClientVariablesAndControlsInInitActions() {
    Problem p =
        problem(GOOD.replace("{opModExpLimW: 0, setGradW: 27}", "{opModExpLimW: $setMaxW}"));
    assertThat(p.message()).contains("init_actions run before the client talks, so $setMaxW");
  }

  @Test
  void rejectsADefaultControlBeforeAnyProgram() {
    Problem p =
        problem(
            GOOD.replace("    - type: create-der-program\n      parameters: {primacy: 0}\n", ""));
    assertThat(p.message()).contains("set-default-der-control without derp_id comes before");
  }

  @Test
  void rejectsAListAsTheDocument() {
    assertThat(problem("- a\n- b\n").message()).contains("must be a mapping");
  }

  @Test
  void parsesHexAsQuotedText() {
    Problem p =
        problem(
            GOOD.replace(
                "parameters: {setMaxW: $(this <= rtgMaxW)}", "parameters: {modesEnabled_set: 80}"));
    assertThat(p.message()).contains("expected hexadecimal text (quoted");
  }

  @Test
  void marksPricingNotSupported() throws Exception {
    Procedure p =
        CactusProcedures.parse(
            GOOD.replace(
                "    - type: create-der-program\n",
                "    - type: create-tariff-profile\n      parameters: {primacy: 1}\n"
                    + "    - type: create-der-program\n"),
            "T.yaml",
            "T");
    assertThat(p.unsupported())
        .containsExactly("pricing function set (action create-tariff-profile)");
  }

  @Test
  void reportsEveryProblemNotJustTheFirst() {
    assertThatThrownBy(
            () ->
                CactusProcedures.parse(
                    GOOD.replace("type: wait", "type: sleep").replace("{primacy: 0}", "{}"),
                    "T.yaml",
                    "T"))
        .isInstanceOf(ProcedureFileException.class)
        .satisfies(e -> assertThat(((ProcedureFileException) e).problems()).hasSize(2));
  }
}
