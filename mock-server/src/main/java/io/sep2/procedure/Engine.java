package io.sep2.procedure;

import io.sep2.procedure.ProcedureReport.CriterionResult;
import io.sep2.procedure.ProcedureReport.EndReason;
import io.sep2.procedure.ProcedureReport.StepResult;
import io.sep2.procedure.ProcedureReport.Verdict;
import io.sep2.server.Sep2MockServer;
import io.sep2.utility.Control;
import io.sep2.utility.Exchange;
import io.sep2.utility.internal.Interceptor;
import io.sep2.utility.internal.RequestPattern;
import io.sep2.utility.internal.UtilityAdmin;
import io.sep2.utility.internal.UtilityImpl;
import io.sep2.utility.internal.UtilityRequest;
import io.sep2.utility.internal.UtilityResponse;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one procedure on one server: a request interceptor (request events, before and after the
 * server applies the request, under the server's lock), a ticker on the utility clock (waits,
 * proceed timeouts, the procedure timeout, start checks), and the operator's proceed.
 */
final class Engine implements Interceptor {

  private static final System.Logger LOG = System.getLogger("io.sep2.procedure");

  /** How a run is set up. */
  public record Options(
      String clientLfdi, long clientSfdi, Duration timeout, Duration tick, long pen) {}

  enum Phase {
    SETUP,
    WAITING,
    RUNNING,
    ENDED
  }

  enum Trigger {
    BEFORE,
    AFTER,
    TIME,
    PROCEED
  }

  /** One step's listener and record. */
  static final class Listener {
    final Step step;
    Instant enabledAt;
    Instant completedAt;
    boolean removed;
    String note;
    final List<Exchange> exchanges = new ArrayList<>();

    Listener(Step step) {
      this.step = step;
    }
  }

  final Sep2MockServer server;
  final UtilityImpl utility;
  final UtilityAdmin admin;
  final Procedure procedure;
  final Options options;
  final List<Listener> listeners = new ArrayList<>();
  final Map<String, Long> programTags = new HashMap<>();
  final Map<String, Control> controlTags = new HashMap<>();
  final Map<String, String> randomUris = new HashMap<>();
  final List<Exchange> history = new ArrayList<>();
  final List<String> errors = new ArrayList<>();
  final Variables variables;
  final EngineActions actions;
  final EngineChecks checks;
  private final Map<UtilityRequest, Listener> firedBefore = new IdentityHashMap<>();
  private final CompletableFuture<ProcedureReport> done = new CompletableFuture<>();
  private final Runnable proceedListener = this::proceed;
  private ScheduledExecutorService ticker;

  Phase phase = Phase.SETUP;
  boolean comms = true;
  Integer pow10;
  String failMessage;
  EndReason finishRequested;
  Instant runStart;
  Instant started;
  Instant deadline;
  long connectionMark;
  List<CriterionResult> lastStartChecks = List.of();

  /** An engine for {@code procedure} on {@code server}; {@link #start()} runs it. */
  public Engine(Sep2MockServer server, Procedure procedure, Options options) {
    this.server = server;
    this.utility = (UtilityImpl) server.utility();
    this.admin = new UtilityAdmin(utility);
    this.procedure = procedure;
    this.options = options;
    for (Step step : procedure.steps()) {
      listeners.add(new Listener(step));
    }
    this.variables = new Variables(this);
    this.actions = new EngineActions(this);
    this.checks = new EngineChecks(this);
  }

  /** The report, once the run ended. */
  public CompletableFuture<ProcedureReport> done() {
    return done;
  }

  Instant now() {
    return utility.clock().instant();
  }

  /** Resets the utility, runs the set-up and starts (or waits for the start checks). */
  public void start() {
    if (!procedure.isSupported()) {
      runStart = now();
      admin.locked(
          () -> {
            end(EndReason.NOT_RUN);
            return null;
          });
      return;
    }
    admin.locked(
        () -> {
          utility.reset();
          runStart = now();
          deadline = runStart.plus(options.timeout());
          connectionMark = server.connectionMark();
          admin.intercept(this);
          admin.onProceed(proceedListener);
          actions.run(procedure.setup(), "set-up");
          phase = Phase.WAITING;
          if (procedure.immediateStart() || procedure.startChecks().isEmpty()) {
            begin();
          } else {
            tryStart();
          }
          afterChange();
          return null;
        });
    admin.changed();
    if (phase != Phase.ENDED) {
      ticker =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "sep2-procedure-" + procedure.id());
                t.setDaemon(true);
                return t;
              });
      long tick = Math.max(10, options.tick().toMillis());
      ticker.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    }
  }

  private void tryStart() {
    List<CriterionResult> results = new ArrayList<>();
    boolean all = true;
    for (Check c : procedure.startChecks()) {
      CriterionResult r = checks.judge(c, c.type());
      results.add(r);
      if (!r.passed()) {
        all = false;
        break;
      }
    }
    lastStartChecks = results;
    if (all) {
      begin();
    }
  }

  private void begin() {
    started = now();
    phase = Phase.RUNNING;
    actions.run(procedure.startActions(), "start");
    if (!listeners.isEmpty()) {
      enable(listeners.get(0).step.name());
    }
  }

  void enable(String name) {
    for (Listener l : listeners) {
      if (l.step.name().equals(name) && !l.removed) {
        l.enabledAt = now();
        l.note = null;
      }
    }
  }

  void remove(String name) {
    for (Listener l : listeners) {
      if (l.step.name().equals(name) && !l.removed) {
        l.removed = true;
        l.completedAt = now();
      }
    }
  }

  // ---- triggers ----

  @Override
  public UtilityResponse before(UtilityRequest request) {
    if (phase == Phase.ENDED || phase == Phase.SETUP) {
      return null;
    }
    Listener fired = phase == Phase.RUNNING ? dispatch(Trigger.BEFORE, request) : null;
    if (!comms) {
      UtilityResponse down = admin.communicationsDown();
      if (fired == null && phase == Phase.RUNNING) {
        fired = dispatch(Trigger.AFTER, request);
      }
      record(request, down, fired);
      return down;
    }
    if (fired != null) {
      firedBefore.put(request, fired);
    }
    return null;
  }

  @Override
  public void after(UtilityRequest request, UtilityResponse response) {
    if (phase == Phase.ENDED || phase == Phase.SETUP) {
      return;
    }
    Listener fired = firedBefore.remove(request);
    if (fired == null && phase == Phase.RUNNING) {
      fired = dispatch(Trigger.AFTER, request);
    }
    record(request, response, fired);
  }

  /**
   * A run that ends because of a request ends a moment later, on the ticker: once the request's
   * answer is on the wire and in the connection records (which COMM-003 judges).
   */
  private static final long SETTLE_NANOS = 250_000_000L;

  private long endDue;

  private void record(UtilityRequest request, UtilityResponse response, Listener fired) {
    Exchange exchange = UtilityAdmin.exchange(request, response);
    history.add(exchange);
    if (fired != null) {
      fired.exchanges.add(exchange);
    }
    if (phase == Phase.WAITING) {
      tryStart();
    }
    if (endDue == 0 && phase != Phase.ENDED && endReason() != null) {
      endDue = System.nanoTime() + SETTLE_NANOS;
    }
  }

  private void tick() {
    try {
      admin.locked(
          () -> {
            if (phase == Phase.ENDED) {
              return null;
            }
            if (phase == Phase.WAITING) {
              tryStart();
            }
            if (phase == Phase.RUNNING) {
              dispatch(Trigger.TIME, null);
            }
            if (phase != Phase.ENDED && finishRequested == null && !now().isBefore(deadline)) {
              finishRequested = EndReason.TIMEOUT;
            }
            if (endDue == 0 || System.nanoTime() - endDue >= 0) {
              afterChange();
            }
            return null;
          });
      admin.changed();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "procedure " + procedure.id() + ": tick failed", e);
    }
  }

  /** The operator said "proceed". */
  public void proceed() {
    admin.locked(
        () -> {
          if (phase == Phase.RUNNING) {
            dispatch(Trigger.PROCEED, null);
            afterChange();
          }
          return null;
        });
    admin.changed();
  }

  /** Ends the run now (if still running) and returns the report. */
  public ProcedureReport stop() {
    admin.locked(
        () -> {
          if (phase != Phase.ENDED) {
            end(EndReason.STOPPED);
          }
          return null;
        });
    return done.join();
  }

  private EndReason endReason() {
    if (finishRequested != null) {
      return finishRequested;
    }
    if (phase == Phase.RUNNING && listeners.stream().allMatch(l -> l.removed)) {
      return EndReason.ALL_STEPS_COMPLETE;
    }
    return null;
  }

  private void afterChange() {
    if (phase == Phase.ENDED) {
      return;
    }
    EndReason reason = endReason();
    if (reason != null) {
      end(reason);
    }
  }

  private Listener dispatch(Trigger trigger, UtilityRequest request) {
    Listener last = null;
    for (Listener l : new ArrayList<>(listeners)) {
      if (l.removed || l.enabledAt == null || finishRequested != null) {
        continue;
      }
      if (!matches(l, trigger, request)) {
        continue;
      }
      String failed = gate(l);
      if (failed != null) {
        l.note = failed;
        continue;
      }
      fire(l);
      last = l;
      if (trigger != Trigger.TIME) {
        return l;
      }
    }
    return last;
  }

  private boolean matches(Listener l, Trigger trigger, UtilityRequest request) {
    Event e = l.step.event();
    Instant now = now();
    return switch (e.kind()) {
      case WAIT ->
          trigger == Trigger.TIME
              && !now.isBefore(l.enabledAt.plus(e.duration().orElse(Duration.ZERO)));
      case PROCEED ->
          trigger == Trigger.PROCEED
              || (trigger == Trigger.TIME
                  && e.duration().isPresent()
                  && !now.isBefore(l.enabledAt.plus(e.duration().get())));
      case REQUEST ->
          (trigger == Trigger.BEFORE || trigger == Trigger.AFTER)
              && (trigger == Trigger.AFTER) == e.isAfterServed()
              && e.method().equalsIgnoreCase(request.method())
              && firstPage(request)
              && pathMatches(l, e, request.path());
    };
  }

  private static boolean firstPage(UtilityRequest request) {
    String s = request.query().get("s");
    if (s == null) {
      return true;
    }
    try {
      return Long.parseLong(s.strip()) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private boolean pathMatches(Listener l, Event e, String path) {
    String endpoint;
    if (e.endpoint() instanceof Expression x) {
      try {
        endpoint = String.valueOf(variables.resolve(x, "endpoint"));
      } catch (RuntimeException ex) {
        l.note = "its endpoint " + x + " has no value: " + ex.getMessage();
        return false;
      }
    } else {
      endpoint = (String) e.endpoint();
    }
    String base = admin.basePath();
    String relative =
        !base.isEmpty() && path.startsWith(base) ? path.substring(base.length()) : path;
    return RequestPattern.of(endpoint).matches(relative);
  }

  /** Null when every gate check passes, else why not. */
  private String gate(Listener l) {
    for (Check c : l.step.event().checks()) {
      CriterionResult r = checks.judge(c, c.type());
      if (!r.passed()) {
        return "last time its event came, " + c.type() + " did not hold: " + r.detail();
      }
    }
    return null;
  }

  private void fire(Listener l) {
    l.note = null;
    if (l.step.isCompletedWhenFired()) {
      remove(l.step.name());
    }
    actions.run(l.step.actions(), "step " + l.step.name());
  }

  // ---- the end ----

  private void end(EndReason reason) {
    phase = Phase.ENDED;
    Instant ended = now();
    admin.stopIntercepting(this);
    admin.stopOnProceed(proceedListener);
    if (ticker != null) {
      ticker.shutdown();
    }
    List<CriterionResult> criteria = new ArrayList<>();
    if (reason != EndReason.NOT_RUN) {
      criteria.addAll(judgeAll(procedure.criteria()));
      if (failMessage != null) {
        criteria.add(
            new CriterionResult(
                "fail-message", "fail-message", false, failMessage, ended, List.of()));
      }
    }
    List<StepResult> steps = new ArrayList<>();
    for (Listener l : listeners) {
      StepResult.State state =
          l.removed
              ? StepResult.State.COMPLETED
              : l.enabledAt != null ? StepResult.State.ACTIVE : StepResult.State.PENDING;
      String note = l.note;
      if (state == StepResult.State.ACTIVE) {
        note =
            "did not happen: waited "
                + Duration.between(l.enabledAt, ended).toSeconds()
                + " s for "
                + l.step.event().describe()
                + (l.note == null ? "" : "; " + l.note);
      }
      steps.add(
          new StepResult(
              l.step.name(),
              state,
              l.step.event().describe(),
              l.enabledAt,
              l.completedAt,
              l.exchanges,
              note));
    }
    Verdict verdict;
    String summary;
    if (reason == EndReason.NOT_RUN) {
      verdict = Verdict.NOT_SUPPORTED;
      summary = "NOT SUPPORTED: " + String.join("; ", procedure.unsupported());
    } else {
      List<String> why = new ArrayList<>();
      if (started == null) {
        why.add(
            "it never started: "
                + lastStartChecks.stream()
                    .filter(c -> !c.passed())
                    .map(c -> "start check " + c.label() + " did not hold: " + c.detail())
                    .findFirst()
                    .orElse("its start checks were never judged"));
      }
      for (CriterionResult c : criteria) {
        if (!c.passed()) {
          why.add(c.label() + ": " + c.detail());
        }
      }
      for (String e : errors) {
        why.add("engine error: " + e);
      }
      verdict = why.isEmpty() ? Verdict.PASSED : Verdict.FAILED;
      summary =
          why.isEmpty() ? "all " + criteria.size() + " criteria passed" : String.join("; ", why);
    }
    ProcedureReport report =
        new ProcedureReport(
            procedure.id(),
            procedure.title(),
            verdict,
            summary,
            reason,
            started,
            ended,
            lastStartChecks,
            steps,
            criteria,
            procedure.unsupported(),
            errors,
            history);
    done.complete(report);
  }

  private List<CriterionResult> judgeAll(List<Check> list) {
    Map<String, Integer> perType = new HashMap<>();
    for (Check c : list) {
      perType.merge(c.type(), 1, Integer::sum);
    }
    Map<String, Integer> used = new LinkedHashMap<>();
    List<CriterionResult> results = new ArrayList<>();
    for (Check c : list) {
      String label = perType.get(c.type()) > 1 ? c.toString() : c.type();
      int n = used.merge(label, 1, Integer::sum);
      if (n > 1) {
        label = label + " #" + n;
      }
      results.add(checks.judge(c, label));
    }
    return results;
  }

  /** Records an engine error (an action that failed, a variable without value). */
  void error(String message) {
    errors.add(message);
    LOG.log(Level.INFO, "procedure " + procedure.id() + ": " + message);
  }
}
