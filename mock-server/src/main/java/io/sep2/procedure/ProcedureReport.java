package io.sep2.procedure;

import io.sep2.utility.Exchange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How a run of a {@link Procedure} went: the verdict and its reason in one line, each step and each
 * criterion with when it was judged and the requests that satisfied it, and every request the
 * client made during the run. Immutable; {@link #toText()} is what a failing test prints.
 *
 * @param procedureId the procedure's id
 * @param title the procedure's title
 * @param verdict passed, failed or not supported
 * @param summary the verdict's reason in plain words
 * @param endReason why the run ended
 * @param started when it started (the first step was enabled), or {@code null} if it never did
 * @param ended when it ended, on the utility clock
 * @param startChecks the start checks as last judged
 * @param steps every step, in procedure order
 * @param criteria every criterion, in procedure order
 * @param unsupported what the procedure needs that the engine cannot do
 * @param errors what went wrong inside the engine (an action that could not be carried out, a
 *     variable without a value); each also fails the run
 * @param exchanges every request the utility server answered during the run, oldest first
 */
public record ProcedureReport(
    String procedureId,
    String title,
    Verdict verdict,
    String summary,
    EndReason endReason,
    Instant started,
    Instant ended,
    List<CriterionResult> startChecks,
    List<StepResult> steps,
    List<CriterionResult> criteria,
    List<String> unsupported,
    List<String> errors,
    List<Exchange> exchanges) {

  /** Copies the lists. */
  public ProcedureReport {
    startChecks = List.copyOf(startChecks);
    steps = List.copyOf(steps);
    criteria = List.copyOf(criteria);
    unsupported = List.copyOf(unsupported);
    errors = List.copyOf(errors);
    exchanges = List.copyOf(exchanges);
  }

  /** The verdict of a run. */
  public enum Verdict {
    /** Every criterion passed. */
    PASSED,
    /** A criterion failed, the procedure never started, or the engine hit an error. */
    FAILED,
    /** The procedure needs something the engine cannot do; it was not run. */
    NOT_SUPPORTED
  }

  /** Why a run ended. */
  public enum EndReason {
    /** A finish action ran. */
    FINISHED,
    /** Every step was complete. */
    ALL_STEPS_COMPLETE,
    /** Its timeout passed. */
    TIMEOUT,
    /** It was stopped from outside ({@link ProcedureRun#finish()}). */
    STOPPED,
    /** It was not supported, so never run. */
    NOT_RUN
  }

  /**
   * One step.
   *
   * @param name its name
   * @param state pending (never enabled), active (enabled, not complete: at the end of a run, it
   *     did not happen) or completed
   * @param waitedFor its event in words
   * @param enabledAt when it was (last) enabled, or {@code null}
   * @param completedAt when it completed, or {@code null}
   * @param exchanges the requests whose events fired it
   * @param note what kept it from firing, when something did (a gate check that failed), or what it
   *     waited for in vain; {@code null} when there is nothing to say
   */
  public record StepResult(
      String name,
      State state,
      String waitedFor,
      Instant enabledAt,
      Instant completedAt,
      List<Exchange> exchanges,
      String note) {

    /** Copies the list. */
    public StepResult {
      exchanges = List.copyOf(exchanges);
    }

    /** The states of a step. */
    public enum State {
      /** Never enabled. */
      PENDING,
      /** Enabled, not complete. */
      ACTIVE,
      /** Complete (removed). */
      COMPLETED
    }
  }

  /**
   * One judged check.
   *
   * @param label what it is called in the report (its type, with parameters when the type occurs
   *     more than once)
   * @param type the check's type
   * @param passed whether it passed
   * @param detail why, in plain words
   * @param judgedAt when it was judged, on the utility clock
   * @param exchanges the requests it judged, when it judges requests
   */
  public record CriterionResult(
      String label,
      String type,
      boolean passed,
      String detail,
      Instant judgedAt,
      List<Exchange> exchanges) {

    /** Copies the list. */
    public CriterionResult {
      exchanges = List.copyOf(exchanges);
    }
  }

  /** Whether the verdict is {@link Verdict#PASSED}. */
  public boolean passed() {
    return verdict == Verdict.PASSED;
  }

  /** The step called {@code name}. */
  public StepResult step(String name) {
    return steps.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no step " + name + " in " + procedureId));
  }

  /** The report as text: verdict, steps, criteria, errors and the requests of the run. */
  public String toText() {
    StringBuilder s = new StringBuilder();
    s.append(procedureId).append(' ').append(title).append(": ").append(verdict);
    s.append("\n  ").append(summary);
    s.append("\n  ended: ").append(endReason);
    if (started != null) {
      s.append(", ran ").append(Duration.between(started, ended).toSeconds()).append(" s");
      s.append(" (").append(started).append(" .. ").append(ended).append(')');
    }
    if (!unsupported.isEmpty()) {
      s.append("\n  NOT SUPPORTED:");
      unsupported.forEach(u -> s.append("\n    ").append(u));
    }
    if (!startChecks.isEmpty()) {
      s.append("\n  start checks:");
      for (CriterionResult c : startChecks) {
        s.append("\n    ").append(c.passed() ? "ok   " : "FAIL ").append(c.label());
        s.append(": ").append(c.detail());
      }
    }
    if (!steps.isEmpty()) {
      s.append("\n  steps:");
      for (StepResult step : steps) {
        s.append("\n    ").append(String.format("%-10s", step.state())).append(step.name());
        s.append(" (").append(step.waitedFor()).append(')');
        if (step.completedAt() != null) {
          s.append(" completed ").append(step.completedAt());
        } else if (step.enabledAt() != null) {
          s.append(" enabled ").append(step.enabledAt());
        }
        for (Exchange e : step.exchanges()) {
          s.append("\n              by ").append(e.time()).append(' ').append(e);
        }
        if (step.note() != null) {
          s.append("\n              ").append(step.note());
        }
      }
    }
    if (!criteria.isEmpty()) {
      s.append("\n  criteria:");
      for (CriterionResult c : criteria) {
        s.append("\n    ").append(c.passed() ? "ok   " : "FAIL ").append(c.label());
        s.append(": ").append(c.detail());
      }
    }
    if (!errors.isEmpty()) {
      s.append("\n  errors:");
      errors.forEach(e -> s.append("\n    ").append(e));
    }
    if (!exchanges.isEmpty()) {
      s.append("\n  requests (").append(exchanges.size()).append("):");
      int from = Math.max(0, exchanges.size() - 60);
      if (from > 0) {
        s.append("\n    ... ").append(from).append(" earlier");
      }
      for (Exchange e : exchanges.subList(from, exchanges.size())) {
        s.append("\n    ").append(e.time()).append(' ').append(e);
      }
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return procedureId + ": " + verdict + " - " + summary;
  }
}
