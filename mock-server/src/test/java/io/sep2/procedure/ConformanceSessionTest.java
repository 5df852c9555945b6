package io.sep2.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.procedure.conformance.ConformanceRunner;
import io.sep2.procedure.conformance.ConformanceSession;
import io.sep2.procedure.report.ConformanceReport;
import io.sep2.procedure.report.ConformanceReportWriter;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foreground session of {@code sep2:conformance} and the jar, in process: status lines, the
 * operator's console, a silent client that never hangs it, the report files.
 */
class ConformanceSessionTest {

  static Sep2MockServer server;

  @BeforeAll
  static void start() {
    server =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(Sep2Pki.builder().seed("conformance-session").build())
                    .adminPort(0)
                    .build())
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  /** Collects lines; runs {@code onLine} (on its own thread) for each. */
  static Consumer<String> lines(List<String> into, Consumer<String> onLine) {
    return line -> {
      into.add(line);
      Thread t = new Thread(() -> onLine.accept(line));
      t.setDaemon(true);
      t.start();
    };
  }

  @Test
  void runsEachProcedureAndPrintsItsVerdict(@TempDir Path reports) throws IOException {
    Procedure operator =
        Procedure.builder("X-OPERATOR")
            .title("An operator step")
            .immediateStart(true)
            .steps(Step.of("OK", Event.proceed()))
            .criteria(Check.allStepsComplete())
            .build();
    PipedOutputStream typed = new PipedOutputStream();
    PipedInputStream console = new PipedInputStream(typed);
    List<String> out = Collections.synchronizedList(new ArrayList<>());
    ConformanceReport report =
        ConformanceSession.builder(
                ConformanceRunner.on(server)
                    .tick(Duration.ofMillis(20))
                    .timeout(Duration.ofSeconds(2))
                    .build())
            .procedures(
                List.of(
                    Catalog.get(Catalog.DISCOVERY),
                    Catalog.get(Catalog.CHAIN_VARIANTS),
                    Catalog.get(Catalog.REGISTRATION),
                    operator))
            .reportDirectory(reports)
            .console(console)
            .deviceWait(Duration.ofSeconds(20))
            .out(
                lines(
                    out,
                    line -> {
                      if (line.startsWith("PROCEDURE SEP2-DISC-01 RUNNING")) {
                        new ScriptedClient(server).discover();
                      } else if (line.startsWith("PROCEDURE X-OPERATOR RUNNING")) {
                        try {
                          typed.write("proceed\n".getBytes(StandardCharsets.UTF_8));
                          typed.flush();
                        } catch (IOException e) {
                          throw new IllegalStateException(e);
                        }
                      }
                    }))
            .build()
            .run();
    List<String> printed = List.copyOf(out);
    assertThat(printed.get(1))
        .as(String.join("\n", printed))
        .startsWith(ConformanceSession.READY + server.deviceCapabilityUri())
        .endsWith(" procedures SEP2-DISC-01,SEP2-SEC-02,SEP2-REG-01,X-OPERATOR");
    assertThat(printed.get(0)).contains("admin interface on http://127.0.0.1:");
    assertThat(printed)
        .as(String.join("\n", printed))
        .contains(
            "PROCEDURE SEP2-DISC-01 PASSED",
            "PROCEDURE SEP2-SEC-02 NOT SUPPORTED: a defective server chain (needs a server"
                + " started with ServerOptions.builder().comm004(variant))",
            "PROCEDURE X-OPERATOR PASSED",
            "sep2 conformance: 2 passed, 1 failed, 1 not supported (of 4)")
        .anyMatch(l -> l.startsWith("sep2 conformance: the device connected from 127.0.0.1:"))
        .anyMatch(
            l ->
                l.startsWith(
                    "PROCEDURE SEP2-REG-01 FAILED: READ-REGISTRATION: did not happen: waited"))
        .anyMatch(
            l ->
                l.startsWith(
                        "  OK waits for the operator: type 'proceed' and Enter, or POST http://")
                    && l.endsWith("/proceed"))
        .contains("sep2 conformance: proceed sent to X-OPERATOR");
    assertThat(report.succeeded()).isFalse();
    assertThat(reports.resolve(ConformanceReportWriter.HTML)).isRegularFile();
    assertThat(reports.resolve(ConformanceReportWriter.MARKDOWN)).isRegularFile();
    assertThat(reports.resolve(ConformanceReportWriter.JUNIT_XML)).isRegularFile();
    assertThat(reports.resolve("recordings/SEP2-DISC-01.txt"))
        .content()
        .contains("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", "GET /dcap");
    assertThat(reports.resolve("recordings/SEP2-DISC-01.json")).isRegularFile();
  }

  @Test
  void withoutADeviceTheRestIsNotRun() {
    List<String> out = Collections.synchronizedList(new ArrayList<>());
    long t0 = System.nanoTime();
    ConformanceReport report =
        ConformanceSession.builder(ConformanceRunner.on(server).tick(Duration.ofMillis(20)).build())
            .procedures(List.of(Catalog.get(Catalog.DISCOVERY), Catalog.get(Catalog.TIME)))
            .deviceWait(Duration.ofSeconds(1))
            .out(out::add)
            .build()
            .run();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(15));
    assertThat(report.failedCount()).isEqualTo(2);
    assertThat(out)
        .contains(
            "sep2 conformance: no device connected within 1 s",
            "PROCEDURE SEP2-TIME-01 FAILED: start: it never started: not run: no device connected"
                + " within 1 s")
        .anyMatch(l -> l.startsWith("PROCEDURE SEP2-DISC-01 FAILED: GET-DCAP: did not happen"));
  }
}
