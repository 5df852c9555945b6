package io.sep2.procedure.report;

import io.sep2.procedure.Action;
import io.sep2.procedure.Procedure;
import io.sep2.procedure.ProcedureReport;
import io.sep2.procedure.ProcedureReport.CriterionResult;
import io.sep2.procedure.ProcedureReport.StepResult;
import io.sep2.procedure.ProcedureReport.Verdict;
import io.sep2.procedure.Step;
import io.sep2.utility.Exchange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a failed run went wrong, in one line: the step (or start, criterion, engine) that failed,
 * why, and the requests that show it. Derived from a {@link ProcedureReport} in this order:
 *
 * <ol>
 *   <li>an engine error (an action that could not be carried out): {@code engine};
 *   <li>a step whose finish action failed the run ({@code fail_message}): that step, with the
 *       requests that fired it;
 *   <li>a run that never started: {@code start}, with the start check that did not hold;
 *   <li>a step the {@code all-steps-complete} criterion names as not done: that step, with what it
 *       waited for;
 *   <li>otherwise the first failing criterion: {@code criterion <label>}, with the requests it
 *       judged.
 * </ol>
 *
 * @param step the failing step's name, {@code start}, {@code engine} or {@code criterion <label>}
 * @param reason why, in plain words, on one line
 * @param evidence the requests that show it (may be empty: a step that never happened has none)
 */
public record ProcedureFailure(String step, String reason, List<Exchange> evidence) {

  /** Copies the list; flattens the reason to one line. */
  public ProcedureFailure {
    Objects.requireNonNull(step, "step");
    reason = oneLine(Objects.requireNonNull(reason, "reason"));
    evidence = List.copyOf(evidence);
  }

  /**
   * The failure of {@code report}, empty unless it {@linkplain Verdict#FAILED failed}.
   *
   * @param procedure the procedure that ran, to tell which step's finish action failed the run; may
   *     be {@code null}
   */
  public static Optional<ProcedureFailure> of(ProcedureReport report, Procedure procedure) {
    if (report.verdict() != Verdict.FAILED) {
      return Optional.empty();
    }
    if (!report.errors().isEmpty()) {
      return Optional.of(new ProcedureFailure("engine", report.errors().get(0), List.of()));
    }
    for (CriterionResult c : report.criteria()) {
      if (!c.passed() && c.type().equals("fail-message")) {
        String step = failingStep(report, procedure, c.detail());
        List<Exchange> evidence = step == null ? List.of() : report.step(step).exchanges();
        return Optional.of(
            new ProcedureFailure(step == null ? "finish" : step, c.detail(), evidence));
      }
    }
    if (report.started() == null) {
      String why =
          report.startChecks().stream()
              .filter(c -> !c.passed())
              .map(c -> "start check " + c.label() + " did not hold: " + c.detail())
              .findFirst()
              .orElse(report.summary());
      return Optional.of(new ProcedureFailure("start", "it never started: " + why, last(report)));
    }
    for (CriterionResult c : report.criteria()) {
      if (!c.passed() && c.type().equals("all-steps-complete")) {
        for (StepResult s : report.steps()) {
          if (s.state() != StepResult.State.COMPLETED && c.detail().contains(s.name())) {
            String note = s.note() != null ? s.note() : "did not happen: " + s.waitedFor();
            return Optional.of(new ProcedureFailure(s.name(), note, last(report)));
          }
        }
      }
    }
    for (CriterionResult c : report.criteria()) {
      if (!c.passed()) {
        return Optional.of(
            new ProcedureFailure("criterion " + c.label(), c.detail(), c.exchanges()));
      }
    }
    return Optional.of(new ProcedureFailure("procedure", report.summary(), last(report)));
  }

  /** The step whose {@code finish-test} action carries {@code message}, or {@code null}. */
  private static String failingStep(ProcedureReport report, Procedure procedure, String message) {
    if (procedure != null) {
      for (Step step : procedure.steps()) {
        for (Action a : step.actions()) {
          if (a.type().equals("finish-test")
              && message.equals(String.valueOf(a.parameters().get("fail_message")))) {
            return step.name();
          }
        }
      }
    }
    StepResult latest = null;
    for (StepResult s : report.steps()) {
      if (!s.exchanges().isEmpty()
          && (latest == null
              || !latest
                  .exchanges()
                  .get(latest.exchanges().size() - 1)
                  .time()
                  .isAfter(s.exchanges().get(s.exchanges().size() - 1).time()))) {
        latest = s;
      }
    }
    return latest == null ? null : latest.name();
  }

  /** The last few requests of the run: what the client did last. */
  private static List<Exchange> last(ProcedureReport report) {
    List<Exchange> all = report.exchanges();
    return all.subList(Math.max(0, all.size() - 5), all.size());
  }

  /** {@code <step>: <reason>}, as the status line shows it. */
  public String line() {
    return step + ": " + reason;
  }

  /** What a test failure shows: the step and reason, then the evidence, one request a line. */
  public String message() {
    StringBuilder s = new StringBuilder(line());
    if (!evidence.isEmpty()) {
      s.append("\n  evidence:");
      for (Exchange e : evidence) {
        s.append("\n    ").append(e.time()).append(' ').append(e);
      }
    }
    return s.toString();
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
