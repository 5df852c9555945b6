package io.sep2.procedure.conformance;

import io.sep2.procedure.Procedure;
import io.sep2.procedure.ProcedureReport;
import io.sep2.procedure.ProcedureRun;
import io.sep2.procedure.report.ProcedureResult;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.utility.UtilityClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A procedure running for a device client (from {@link ConformanceRunner#start(Procedure)}): where
 * the client connects, the operator's proceed, and the result once it ends. Thread-safe; closing
 * ends the run.
 */
public final class ProcedureContext implements AutoCloseable {

  private static final Duration SETTLE = Duration.ofSeconds(2);

  private final Sep2MockServer server;
  private final ProcedureRun run;
  private final Duration limit;
  private final Instant started;

  ProcedureContext(Sep2MockServer server, ProcedureRun run, Duration limit, Instant started) {
    this.server = server;
    this.run = run;
    this.limit = limit;
    this.started = started;
  }

  /** The server the client talks to. */
  public Sep2MockServer server() {
    return server;
  }

  /** The URI the client starts from: the server's DeviceCapability. */
  public URI deviceCapabilityUri() {
    return server.deviceCapabilityUri();
  }

  /** The utility clock the procedure's waits and timeout run on; a test may advance it. */
  public UtilityClock clock() {
    return server.utility().clock();
  }

  /** The procedure as it runs (with any set-up the runner added). */
  public Procedure procedure() {
    return run.procedure();
  }

  /** The underlying run. */
  public ProcedureRun run() {
    return run;
  }

  /** The operator's "proceed", for a step that waits for it. */
  public void proceed() {
    run.proceed();
  }

  /** Whether the run has ended. */
  public boolean isFinished() {
    return run.isFinished();
  }

  /** How long {@link #awaitResult()} waits, real time, before it ends the run. */
  public Duration limit() {
    return limit;
  }

  /** When it started, real time. */
  public Instant started() {
    return started;
  }

  /**
   * Waits up to {@link #limit()} for the run to end by itself, then ends it; returns the result
   * either way (a silent client fails, never hangs).
   */
  public ProcedureResult awaitResult() {
    return awaitResult(limit);
  }

  /** As {@link #awaitResult()}, waiting up to {@code limit}. */
  public ProcedureResult awaitResult(Duration limit) {
    return result(run.awaitReport(limit));
  }

  /** Ends the run now (if it has not ended) and returns the result. */
  public ProcedureResult finish() {
    return result(run.finish());
  }

  private ProcedureResult result(ProcedureReport report) {
    Instant ended = Instant.now();
    server.awaitHandshakes(SETTLE);
    List<ConnectionRecord> connections =
        server.connections().stream()
            .filter(
                c ->
                    c.start() != null
                        && !c.start().isAfter(ended)
                        && (c.end() == null || !c.end().isBefore(started)))
            .toList();
    return new ProcedureResult(
        run.procedure(), report, started, Duration.between(started, ended), connections);
  }

  /** Ends the run, if it has not ended. */
  @Override
  public void close() {
    run.close();
  }

  @Override
  public String toString() {
    return "ProcedureContext[" + run + "]";
  }
}
