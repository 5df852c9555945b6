package io.sep2.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * {@link Sep2Procedures} and {@link ProcedureTests}: one test per procedure, passed, failed with
 * the failing step and its evidence, or aborted when NOT SUPPORTED (never passed).
 */
class Sep2ProceduresTest {

  /** The system property naming the scenario's directory of procedure files. */
  static final String DIRECTORY = "sep2.junit.test.procedure.dir";

  static final String FILE =
      """
      Description: Discovery, in a few lines
      Category: Registration
      Classes: [A]
      TargetVersions: [v1.2]
      Preconditions:
        immediate_start: true
      Criteria:
        checks:
          - type: all-steps-complete
            parameters: {}
      Steps:
        GET-DCAP:
          event:
            type: GET-request-received
            parameters: {endpoint: /dcap}
          actions:
            - type: remove-steps
              parameters: {steps: [GET-DCAP]}
      """;

  static EngineExecutionResults results;

  static synchronized EngineExecutionResults results() throws Exception {
    if (results == null) {
      Path dir = Files.createDirectories(Path.of("target/sep2/procedure-files"));
      Files.writeString(dir.resolve("X-01.yaml"), FILE);
      System.setProperty(DIRECTORY, dir.toString());
      results =
          EngineTestKit.engine("junit-jupiter")
              .selectors(selectClass(ProceduresScenario.class))
              .execute();
    }
    return results;
  }

  static Event event(List<Event> events, String name) {
    return events.stream()
        .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no test " + name + " in " + events));
  }

  static Throwable thrown(Event e) {
    return e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
  }

  @Test
  void oneTestPerProcedureWithItsVerdict() throws Exception {
    // two forms, three procedures each, a procedure file, and the aborted one without the files
    results().testEvents().assertStatistics(s -> s.started(8).succeeded(3).failed(2).aborted(3));
    List<Event> failed = results().testEvents().failed().list();
    assertThat(failed).hasSize(2);
    for (Event e : failed) {
      assertThat(e.getTestDescriptor().getDisplayName()).startsWith("SEP2-REG-01 Registration");
      assertThat(thrown(e))
          .isInstanceOf(AssertionError.class)
          .hasMessageMatching(
              "(?s)SEP2-REG-01 FAILED: GO-ON: did not happen: waited \\d s for GET /edev/1/fsa\n.*")
          .hasMessageContaining("evidence:")
          .hasMessageContaining("GET /edev/1/rg -> 200")
          .hasMessageContaining("COMPLETED READ-REGISTRATION (GET /edev/1/rg) completed");
    }
    List<Event> passed = results().testEvents().succeeded().list();
    assertThat(passed)
        .allSatisfy(
            e ->
                assertThat(e.getTestDescriptor().getDisplayName())
                    .matches("SEP2-DISC-01 Discovery.*|X-01 Discovery, in a few lines"));
    List<Event> aborted = results().testEvents().aborted().list();
    assertThat(thrown(event(aborted, "SEP2-SEC-02")))
        .hasMessageStartingWith("PROCEDURE SEP2-SEC-02 NOT SUPPORTED: a defective server chain");
    assertThat(thrown(event(aborted, "no procedures")))
        .hasMessageContaining("sep2.no.such.property.for.tests is not set");
  }

  @Test
  void bothFormsWriteTheReports() throws Exception {
    results();
    Path annotated =
        Path.of(
            "target/sep2/conformance-scenario", ProceduresScenario.class.getName(), "annotated");
    Path dynamic = Path.of("target/sep2/conformance-scenario/dynamic");
    for (Path dir : List.of(annotated, dynamic)) {
      assertThat(dir.resolve("index.html")).isRegularFile();
      assertThat(dir.resolve("conformance.md")).isRegularFile();
      assertThat(Files.readString(dir.resolve("TEST-sep2-conformance.xml")))
          .contains("tests=\"3\"", "failures=\"1\"", "skipped=\"1\"");
      assertThat(dir.resolve("recordings/SEP2-DISC-01.txt")).isRegularFile();
    }
  }
}
