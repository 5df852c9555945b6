package io.sep2.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A test whose client fails the handshake fails with the server's diagnosis in its message. */
class FailureDiagnosticsTest {

  @Test
  void sunJsseClientFailureCarriesTheDiagnosis() throws Exception {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(SunJsseClientScenario.class))
            .execute();

    results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    Throwable failure =
        results
            .testEvents()
            .failed()
            .list()
            .get(0)
            .getPayload(org.junit.platform.engine.TestExecutionResult.class)
            .orElseThrow()
            .getThrowable()
            .orElseThrow();
    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("2030.5 mock server")
        .hasMessageContaining("did not offer cipher suite TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8")
        .hasMessageContaining("SunJSSE")
        .hasMessageContaining("alert 40");
    // the original exception stays as the cause
    assertThat(failure.getCause()).isInstanceOf(java.io.IOException.class);

    Path recordings = Path.of("target/sep2/recordings", SunJsseClientScenario.class.getName());
    Path text = recordings.resolve("sunJsseClient.txt");
    assertThat(text).exists();
    assertThat(Files.readString(text)).contains("FAILED", "alert 40");
    assertThat(recordings.resolve("sunJsseClient.json")).exists();
  }
}
