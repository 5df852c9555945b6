package io.sep2.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.cli.CommandLineTest.Run;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conformance} in-process: a silent client fails at the timeout and never hangs it, a NOT
 * SUPPORTED procedure is reported as such, the reports are written, the exit status is 1; unknown
 * ids are a usage error.
 */
class ConformanceCommandTest {

  @Test
  void aSilentClientFailsAtTheTimeoutAndTheExitStatusIsOne(@TempDir Path dir) {
    long t0 = System.nanoTime();
    Run r =
        CommandLineTest.run(
            "conformance",
            "--port",
            "0",
            "--seed",
            "cli-conformance",
            "--procedures",
            "SEP2-DISC-01,SEP2-SEC-02",
            "--timeout",
            "1",
            "--device-wait",
            "0",
            "--no-console",
            "--report-dir",
            dir.toString());
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
    assertThat(r.status()).as(r.out() + r.err()).isEqualTo(Main.FAILED);
    assertThat(r.out())
        .containsPattern(
            "sep2 conformance ready: https://127\\.0\\.0\\.1:\\d+/dcap procedures"
                + " SEP2-DISC-01,SEP2-SEC-02")
        .containsPattern(
            "PROCEDURE SEP2-DISC-01 FAILED: GET-DCAP: did not happen: waited \\d s for GET /dcap")
        .contains("PROCEDURE SEP2-SEC-02 NOT SUPPORTED: a defective server chain")
        .contains("sep2 conformance: 0 passed, 1 failed, 1 not supported (of 2)");
    assertThat(r.err()).contains("warning: conformance: no --pki-dir");
    assertThat(dir.resolve("index.html")).isRegularFile();
    assertThat(dir.resolve("conformance.md")).isRegularFile();
    assertThat(dir.resolve("TEST-sep2-conformance.xml")).isRegularFile();
    assertThat(dir.resolve("recordings/SEP2-DISC-01.json")).isRegularFile();
  }

  @Test
  void anUnknownProcedureIsAUsageError() {
    Run r = CommandLineTest.run("conformance", "--port", "0", "--procedures", "SEP2-NOPE-01");
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err())
        .contains("conformance: no procedure SEP2-NOPE-01 in the built-in catalog; there are")
        .contains("SEP2-DISC-01");
  }
}
