package io.sep2.procedure;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A procedure running on a server (from {@link ProcedureRunner#start(Procedure)}): the device
 * client talks to the server while it runs; it ends by itself (a finish action, every step
 * complete, its timeout on the utility clock) or when {@link #finish()}ed. Thread-safe.
 */
public final class ProcedureRun implements AutoCloseable {

  private final Engine engine;
  private final Procedure procedure;
  private final Runnable onEnd;

  ProcedureRun(Engine engine, Procedure procedure, Runnable onEnd) {
    this.engine = engine;
    this.procedure = procedure;
    this.onEnd = onEnd;
    engine.done().whenComplete((r, e) -> onEnd.run());
  }

  /** The procedure. */
  public Procedure procedure() {
    return procedure;
  }

  /** Whether it has ended. */
  public boolean isFinished() {
    return engine.done().isDone();
  }

  /** The operator's "proceed": fires an enabled proceed step. */
  public void proceed() {
    engine.proceed();
  }

  /** The report, once it has ended. */
  public Optional<ProcedureReport> report() {
    return isFinished() ? Optional.of(engine.done().join()) : Optional.empty();
  }

  /**
   * Waits up to {@code timeout} (real time) for it to end by itself, then {@linkplain #finish()
   * ends it}; returns the report either way, so a silent client never makes a test hang.
   */
  public ProcedureReport awaitReport(Duration timeout) {
    try {
      return engine.done().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return finish();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return finish();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the procedure engine failed", e.getCause());
    }
  }

  /** Ends it now (if it has not ended) and judges its criteria; returns the report. */
  public ProcedureReport finish() {
    return engine.stop();
  }

  /** Ends it, if it has not ended. */
  @Override
  public void close() {
    finish();
    onEnd.run();
  }

  @Override
  public String toString() {
    return "ProcedureRun[" + procedure.id() + (isFinished() ? ", finished" : ", running") + "]";
  }
}
