package io.sep2.procedure.report;

import io.sep2.procedure.Procedure;
import io.sep2.procedure.ProcedureReport;
import io.sep2.procedure.ProcedureReport.Verdict;
import io.sep2.server.record.ConnectionRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One procedure run as the reports show it: the procedure, its {@link ProcedureReport}, when it ran
 * (real time) and the server's records of the connections made while it ran.
 *
 * @param procedure the procedure that ran
 * @param report how it went
 * @param started when it started, real time
 * @param elapsed how long it ran, real time
 * @param connections the connections open while it ran, oldest first
 */
public record ProcedureResult(
    Procedure procedure,
    ProcedureReport report,
    Instant started,
    Duration elapsed,
    List<ConnectionRecord> connections) {

  /** Copies the list. */
  public ProcedureResult {
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(elapsed, "elapsed");
    connections = List.copyOf(connections);
  }

  /** The procedure's id. */
  public String id() {
    return report.procedureId();
  }

  /** The verdict. */
  public Verdict verdict() {
    return report.verdict();
  }

  /** Where it failed, when it failed. */
  public Optional<ProcedureFailure> failure() {
    return ProcedureFailure.of(report, procedure);
  }

  /** What a NOT SUPPORTED procedure needs, in one line; empty otherwise. */
  public Optional<String> notSupported() {
    if (report.verdict() != Verdict.NOT_SUPPORTED) {
      return Optional.empty();
    }
    return Optional.of(
        report.unsupported().isEmpty()
            ? report.summary().replaceFirst("^NOT SUPPORTED: ", "")
            : String.join("; ", report.unsupported()));
  }

  /**
   * The verdict in one line: {@code PROCEDURE <id> PASSED}, {@code PROCEDURE <id> FAILED: <step>:
   * <reason>} or {@code PROCEDURE <id> NOT SUPPORTED: <what>}.
   */
  public String statusLine() {
    return switch (report.verdict()) {
      case PASSED -> "PROCEDURE " + id() + " PASSED";
      case FAILED ->
          "PROCEDURE "
              + id()
              + " FAILED: "
              + failure().map(ProcedureFailure::line).orElse(report.summary());
      case NOT_SUPPORTED ->
          "PROCEDURE " + id() + " NOT SUPPORTED: " + ProcedureFailure.oneLine(notSupported().get());
    };
  }
}
