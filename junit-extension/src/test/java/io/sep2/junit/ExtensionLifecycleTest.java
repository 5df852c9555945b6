package io.sep2.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Sharing, parallel execution, fixtures, PKI directories and configuration errors. */
class ExtensionLifecycleTest {

  @Test
  void classesNamingTheSameSharedServerGetOneServer() {
    SharedServerScenarios.SEEN.clear();
    EngineTestKit.engine("junit-jupiter")
        .selectors(
            selectClass(SharedServerScenarios.A.class), selectClass(SharedServerScenarios.B.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(2));

    assertThat(SharedServerScenarios.SEEN).hasSize(1);
  }

  @Test
  void aSharedServerWithDifferentSettingsIsAConfigurationError() {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .selectors(
                selectClass(SharedServerScenarios.A.class),
                selectClass(SharedServerScenarios.Conflicting.class))
            .execute();

    assertThat(failureMessages(results))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("shared = \"pool\"")
                    .contains("differs from the configuration"));
  }

  @Test
  void concurrentTestMethodsShareTheClassServerSafely() {
    EngineTestKit.engine("junit-jupiter")
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
        .selectors(selectClass(SharedServerScenarios.Parallel.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(8).succeeded(8));
  }

  @Test
  void fixturePackAndPkiDirectoryAreUsed() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(SharedServerScenarios.FixturesAndDirectory.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(1));

    Path dir = Path.of("target/sep2-test/pki-directory");
    assertThat(dir.resolve("sep2-pki.properties")).exists();
    assertThat(dir.resolve("device.p12")).exists();
  }

  @Test
  void configurationErrorsNameTheProblem() {
    assertThat(failureMessages(run(SharedServerScenarios.TwoComm004Variants.class)))
        .anySatisfy(m -> assertThat(m).contains("comm004 takes at most one variant"));
    assertThat(failureMessages(run(SharedServerScenarios.MissingTrustAnchor.class)))
        .anySatisfy(m -> assertThat(m).contains("does/not/exist.pem").contains("does not exist"));
  }

  private static EngineExecutionResults run(Class<?> scenario) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(scenario)).execute();
  }

  private static java.util.List<String> failureMessages(EngineExecutionResults results) {
    return results.allEvents().failed().stream()
        .map(Event::getPayload)
        .flatMap(java.util.Optional::stream)
        .filter(TestExecutionResult.class::isInstance)
        .map(TestExecutionResult.class::cast)
        .flatMap(r -> r.getThrowable().stream())
        .map(t -> String.valueOf(t.getMessage()))
        .toList();
  }
}
