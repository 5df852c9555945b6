package io.sep2.procedure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A test procedure for a 2030.5 device client, run by a {@link ProcedureRunner} against the
 * in-process utility server. It has three parts:
 *
 * <ol>
 *   <li><b>Preconditions</b>: {@linkplain Builder#setup set-up actions} run on a fresh utility
 *       state before any client traffic (programs, default controls, rates); {@linkplain
 *       Builder#startWhen checks} that must hold before it starts (the client has registered, has
 *       PUT its DERSettings...), while the client talks to the server freely; {@linkplain
 *       Builder#atStart actions} run once it starts. With {@linkplain Builder#immediateStart
 *       immediate start} there are no checks: it starts right after set-up.
 *   <li><b>Steps</b>, each waiting for one {@link Event} and then running its actions. Starting
 *       enables the first step.
 *   <li><b>Criteria</b>: {@link Check}s judged when it ends: on a finish action, when every step is
 *       complete, or at its {@linkplain Builder#timeout timeout}. It passes when every criterion
 *       passes.
 * </ol>
 *
 * <p>Immutable. A procedure naming anything the engine cannot do (pricing, proxy routes, {@code
 * .well-known}) lists it in {@link #unsupported()}; it is then never run and reports {@code NOT
 * SUPPORTED}.
 */
public final class Procedure {

  /** The default timeout: {@value #DEFAULT_TIMEOUT_MINUTES} minutes on the utility clock. */
  public static final long DEFAULT_TIMEOUT_MINUTES = 60;

  private final String id;
  private final String title;
  private final String category;
  private final List<String> references;
  private final String source;
  private final List<Action> setup;
  private final List<Check> startChecks;
  private final List<Action> startActions;
  private final boolean immediateStart;
  private final List<String> instructions;
  private final List<Step> steps;
  private final List<Check> criteria;
  private final Duration timeout;
  private final List<String> unsupported;

  private Procedure(Builder b) {
    this.id = b.id;
    this.title = b.title;
    this.category = b.category;
    this.references = List.copyOf(b.references);
    this.source = b.source;
    this.setup = List.copyOf(b.setup);
    this.startChecks = List.copyOf(b.startChecks);
    this.startActions = List.copyOf(b.startActions);
    this.immediateStart = b.immediateStart;
    this.instructions = List.copyOf(b.instructions);
    this.steps = List.copyOf(b.steps);
    this.criteria = List.copyOf(b.criteria);
    this.timeout = b.timeout;
    this.unsupported = List.copyOf(Support.reasons(this));
  }

  /**
   * Starts a procedure with this id (e.g. {@code SEP2-DISC-01}).
   *
   * @throws IllegalArgumentException for a blank id
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The id, e.g. {@code SEP2-DISC-01} or {@code ALL-01}. */
  public String id() {
    return id;
  }

  /** A one-line title. */
  public String title() {
    return title;
  }

  /** A grouping such as {@code Registration} or {@code Control}. */
  public String category() {
    return category;
  }

  /** Names of public tests it corresponds to (e.g. {@code CSIP-AUS ALL-01}); may be empty. */
  public List<String> references() {
    return references;
  }

  /** Where it came from: {@code built-in} or a file path. */
  public String source() {
    return source;
  }

  /** Actions run on the fresh state before any client traffic. */
  public List<Action> setup() {
    return setup;
  }

  /** Checks that must all hold for it to start. */
  public List<Check> startChecks() {
    return startChecks;
  }

  /** Actions run when it starts, before the first step is enabled. */
  public List<Action> startActions() {
    return startActions;
  }

  /** Whether it starts right after set-up, without start checks. */
  public boolean immediateStart() {
    return immediateStart;
  }

  /** Text for the operator before it starts. */
  public List<String> instructions() {
    return instructions;
  }

  /** The steps, in order; the first is enabled at start. */
  public List<Step> steps() {
    return steps;
  }

  /** The checks judged when it ends. */
  public List<Check> criteria() {
    return criteria;
  }

  /** How long it may run, on the utility clock, before it ends anyway. */
  public Duration timeout() {
    return timeout;
  }

  /** What it needs that the engine cannot do, one reason each; empty when it can run. */
  public List<String> unsupported() {
    return unsupported;
  }

  /** Whether the engine can run it. */
  public boolean isSupported() {
    return unsupported.isEmpty();
  }

  /** A builder holding this procedure, to derive another (e.g. with a shorter timeout). */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.title = title;
    b.category = category;
    b.references.addAll(references);
    b.source = source;
    b.setup.addAll(setup);
    b.startChecks.addAll(startChecks);
    b.startActions.addAll(startActions);
    b.immediateStart = immediateStart;
    b.instructions.addAll(instructions);
    b.steps.addAll(steps);
    b.criteria.addAll(criteria);
    b.timeout = timeout;
    return b;
  }

  @Override
  public String toString() {
    return id + " " + title;
  }

  /**
   * Builds a {@link Procedure}. Defaults: title = the id, category {@code ""}, no references,
   * source {@code built-in}, no set-up, no start checks or actions, not immediate (which without
   * start checks makes no difference), no steps, no criteria, timeout {@value
   * #DEFAULT_TIMEOUT_MINUTES} minutes.
   */
  public static final class Builder {
    private final String id;
    private String title;
    private String category = "";
    private final List<String> references = new ArrayList<>();
    private String source = "built-in";
    private final List<Action> setup = new ArrayList<>();
    private final List<Check> startChecks = new ArrayList<>();
    private final List<Action> startActions = new ArrayList<>();
    private boolean immediateStart;
    private final List<String> instructions = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<Check> criteria = new ArrayList<>();
    private Duration timeout = Duration.ofMinutes(DEFAULT_TIMEOUT_MINUTES);

    private Builder(String id) {
      Objects.requireNonNull(id, "id");
      if (id.isBlank()) {
        throw new IllegalArgumentException("a procedure needs an id");
      }
      this.id = id;
      this.title = id;
    }

    /** The title. */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /** The category. */
    public Builder category(String category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    /** Adds names of public tests it corresponds to. */
    public Builder references(String... names) {
      references.addAll(List.of(names));
      return this;
    }

    /** Where it came from (a file path). */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Adds set-up actions. */
    public Builder setup(Action... actions) {
      setup.addAll(List.of(actions));
      return this;
    }

    /** Adds checks that must hold for it to start. */
    public Builder startWhen(Check... checks) {
      startChecks.addAll(List.of(checks));
      return this;
    }

    /** Adds actions run when it starts. */
    public Builder atStart(Action... actions) {
      startActions.addAll(List.of(actions));
      return this;
    }

    /** Whether it starts right after set-up (default false). */
    public Builder immediateStart(boolean immediate) {
      this.immediateStart = immediate;
      return this;
    }

    /** Adds text for the operator before it starts. */
    public Builder instructions(String... text) {
      instructions.addAll(List.of(text));
      return this;
    }

    /** Adds steps, in order. */
    public Builder steps(Step... more) {
      steps.addAll(List.of(more));
      return this;
    }

    /** Adds criteria. */
    public Builder criteria(Check... checks) {
      criteria.addAll(List.of(checks));
      return this;
    }

    /**
     * How long it may run on the utility clock (default {@value #DEFAULT_TIMEOUT_MINUTES} min).
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("a timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * The procedure.
     *
     * @throws IllegalArgumentException when two steps share a name, or an enable/remove action
     *     names a step there is not
     */
    public Procedure build() {
      Set<String> names = new HashSet<>();
      for (Step step : steps) {
        if (!names.add(step.name())) {
          throw new IllegalArgumentException(id + ": two steps are named " + step.name());
        }
      }
      Set<String> unknown = new LinkedHashSet<>();
      List<Action> all = new ArrayList<>(setup);
      all.addAll(startActions);
      steps.forEach(s -> all.addAll(s.actions()));
      for (Action a : all) {
        if (a.type().equals("enable-steps") || a.type().equals("remove-steps")) {
          Object listed = a.parameters().get("steps");
          if (listed instanceof List<?> list) {
            for (Object name : list) {
              if (!names.contains(String.valueOf(name))) {
                unknown.add(String.valueOf(name));
              }
            }
          }
        }
      }
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException(
            id + ": actions name steps there are not: " + String.join(", ", unknown));
      }
      return new Procedure(this);
    }
  }
}
