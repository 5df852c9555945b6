package io.sep2.procedure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something a procedure does to the utility server or to itself: before it starts, when it starts,
 * or when a step's event fires. An action is a type from the CSIP-AUS procedure vocabulary (e.g.
 * {@code create-der-control}) with named parameters, each a literal (String, Long, Double, Boolean,
 * Instant, a list) or an {@link Expression} worked out when the action runs. Immutable.
 *
 * <p>The factories below cover every action the engine runs; {@link #of(String, Map)} builds any
 * action of the vocabulary, including those the engine does not support (pricing, proxy routes,
 * {@code .well-known}), which make a procedure report {@code NOT SUPPORTED}.
 */
public final class Action {

  private final String type;
  private final Map<String, Object> parameters;

  private Action(String type, Map<String, ?> parameters) {
    this.type = Objects.requireNonNull(type, "type");
    this.parameters = Parameters.copy(parameters);
  }

  /** An action of {@code type} with {@code parameters} (names as in the procedure files). */
  public static Action of(String type, Map<String, ?> parameters) {
    return new Action(type, parameters);
  }

  /** Enables these steps: each starts waiting for its event (a wait's time starts now). */
  public static Action enableSteps(String... steps) {
    return of("enable-steps", Map.of("steps", List.of(steps)));
  }

  /** Removes these steps: each counts as complete and never fires again. */
  public static Action removeSteps(String... steps) {
    return of("remove-steps", Map.of("steps", List.of(steps)));
  }

  /** Ends the procedure now; its criteria are judged. */
  public static Action finish() {
    return of("finish-test", Map.of());
  }

  /**
   * Ends the procedure now as failed, with {@code reason} (a step that must never fire: "the client
   * went on after a wrong pIN").
   */
  public static Action fail(String reason) {
    return of("finish-test", Map.of("fail_message", reason));
  }

  /**
   * Creates a DER program with this primacy in function set assignment 1 (every EndDevice sees it;
   * programs are numbered from 1 in creation order).
   */
  public static Action createProgram(int primacy) {
    return of("create-der-program", Map.of("primacy", (long) primacy));
  }

  /** Creates a DER program with this primacy in function set assignment {@code fsa}, tagged. */
  public static Action createProgram(int primacy, long fsa, String tag) {
    return of("create-der-program", Map.of("primacy", (long) primacy, "fsa_id", fsa, "tag", tag));
  }

  /** Starts a DERControl to create; see {@link ControlBuilder}. */
  public static ControlBuilder createControl() {
    return new ControlBuilder();
  }

  /** Starts a change of a program's DefaultDERControl; see {@link DefaultControlBuilder}. */
  public static DefaultControlBuilder setDefaultControl() {
    return new DefaultControlBuilder();
  }

  /** Starts a change of poll and post rates; see {@link RatesBuilder}. */
  public static RatesBuilder setRates() {
    return new RatesBuilder();
  }

  /**
   * Cancels every control of every program (scheduled, active or over): each then shows EventStatus
   * 2 (3 when it had randomizeStart) until its end.
   */
  public static Action cancelControls() {
    return of("cancel-active-der-controls", Map.of());
  }

  /**
   * Cuts communications ({@code false}: every request is answered HTTP 500 without reaching the
   * server, yet still matched against steps) or restores them ({@code true}).
   */
  public static Action communications(boolean enabled) {
    return of("communications-status", Map.of("enabled", enabled));
  }

  /** Whether EndDevices link their Registration ({@code false} hides every RegistrationLink). */
  public static Action registrationLinks(boolean enabled) {
    return of("edev-registration-links", Map.of("enabled", enabled));
  }

  /**
   * Registers the client under test as an EndDevice out of band (the utility's installer did it),
   * with this five-digit registration PIN (served with its check digit: 11111 as 111115).
   */
  public static Action registerEndDevice(int pin) {
    return of("register-end-device", Map.of("registration_pin", (long) pin));
  }

  /**
   * Takes every program out of function set assignment {@code fsa} (they stay reachable under
   * {@code /edev/{e}/derp}).
   */
  public static Action removeFunctionSetAssignment(long fsa) {
    return of("remove-function-set-assignment", Map.of("fsa_id", fsa));
  }

  /** The type, e.g. {@code create-der-control}. */
  public String type() {
    return type;
  }

  /** The parameters, in the order given. */
  public Map<String, Object> parameters() {
    return parameters;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Action a && a.type.equals(type) && a.parameters.equals(parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, parameters);
  }

  @Override
  public String toString() {
    return Parameters.describe(type, parameters);
  }

  /**
   * A DERControl to create. Defaults: starts when the action runs, lasts 5 minutes, in the oldest
   * program of primacy 0 (created if there is none), no limits set. Watt values may be numbers or
   * {@link Expression}s such as {@code $(maxExportW * 0.5)}.
   */
  public static final class ControlBuilder {
    private final Map<String, Object> p = new LinkedHashMap<>();

    private ControlBuilder() {
      p.put("start", Expression.of("$now"));
      p.put("duration_seconds", 300L);
    }

    /** Starts {@code delay} after the action runs. */
    public ControlBuilder startsIn(Duration delay) {
      p.put("start", Expression.of("$(now + '" + delay.toSeconds() + " seconds')"));
      return this;
    }

    /** Lasts {@code duration} (whole seconds). */
    public ControlBuilder lasting(Duration duration) {
      p.put("duration_seconds", duration.toSeconds());
      return this;
    }

    /** In the oldest program of this primacy (created when there is none). */
    public ControlBuilder primacy(int primacy) {
      p.put("primacy", (long) primacy);
      return this;
    }

    /** In the program created with this tag. */
    public ControlBuilder program(String tag) {
      p.put("der_program_tag", tag);
      return this;
    }

    /** With randomizeStart of up to {@code span}. */
    public ControlBuilder randomizeStart(Duration span) {
      p.put("randomizeStart_seconds", span.toSeconds());
      return this;
    }

    /** With rampTms (the ramp time). */
    public ControlBuilder rampTime(Duration ramp) {
      p.put("ramp_time_seconds", ramp.toMillis() / 1000.0);
      return this;
    }

    /** CSIP-AUS opModExpLimW, watts (a number or an Expression). */
    public ControlBuilder exportLimitW(Object watts) {
      p.put("opModExpLimW", watts);
      return this;
    }

    /** CSIP-AUS opModImpLimW, watts. */
    public ControlBuilder importLimitW(Object watts) {
      p.put("opModImpLimW", watts);
      return this;
    }

    /** CSIP-AUS opModGenLimW, watts. */
    public ControlBuilder generationLimitW(Object watts) {
      p.put("opModGenLimW", watts);
      return this;
    }

    /** CSIP-AUS opModLoadLimW, watts. */
    public ControlBuilder loadLimitW(Object watts) {
      p.put("opModLoadLimW", watts);
      return this;
    }

    /** opModConnect. */
    public ControlBuilder connect(boolean connect) {
      p.put("opModConnect", connect);
      return this;
    }

    /** opModEnergize. */
    public ControlBuilder energize(boolean energize) {
      p.put("opModEnergize", energize);
      return this;
    }

    /** opModFixedW, percent of setMaxW. */
    public ControlBuilder fixedPercent(double percent) {
      p.put("opModFixedW", percent);
      return this;
    }

    /** A name for response checks ({@link Check#responses}). */
    public ControlBuilder tag(String tag) {
      p.put("tag", tag);
      return this;
    }

    /** The action. */
    public Action build() {
      return of("create-der-control", p);
    }
  }

  /**
   * A change of a DefaultDERControl: the values given replace the stored ones, the others stay.
   * Defaults: the program first in primacy order (the newest among equals).
   */
  public static final class DefaultControlBuilder {
    private final Map<String, Object> p = new LinkedHashMap<>();

    private DefaultControlBuilder() {}

    /** Of the program with this number. */
    public DefaultControlBuilder program(long id) {
      p.put("derp_id", id);
      return this;
    }

    /** CSIP-AUS opModExpLimW, watts. */
    public DefaultControlBuilder exportLimitW(Object watts) {
      p.put("opModExpLimW", watts);
      return this;
    }

    /** CSIP-AUS opModImpLimW, watts. */
    public DefaultControlBuilder importLimitW(Object watts) {
      p.put("opModImpLimW", watts);
      return this;
    }

    /** CSIP-AUS opModGenLimW, watts. */
    public DefaultControlBuilder generationLimitW(Object watts) {
      p.put("opModGenLimW", watts);
      return this;
    }

    /** CSIP-AUS opModLoadLimW, watts. */
    public DefaultControlBuilder loadLimitW(Object watts) {
      p.put("opModLoadLimW", watts);
      return this;
    }

    /** setGradW, hundredths of a percent of setMaxW per second (27 = 0.27 %/s). */
    public DefaultControlBuilder setGradW(int value) {
      p.put("setGradW", (long) value);
      return this;
    }

    /** Clears every value not given in this change. */
    public DefaultControlBuilder clearOthers() {
      p.put("cancelled", true);
      return this;
    }

    /** The action. */
    public Action build() {
      return of("set-default-der-control", p);
    }
  }

  /** A change of poll and post rates, in seconds; rates not given stay. */
  public static final class RatesBuilder {
    private final Map<String, Object> p = new LinkedHashMap<>();

    private RatesBuilder() {}

    /** DeviceCapability pollRate. */
    public RatesBuilder deviceCapabilityPoll(long seconds) {
      p.put("dcap_poll_seconds", seconds);
      return this;
    }

    /** EndDeviceList pollRate. */
    public RatesBuilder endDeviceListPoll(long seconds) {
      p.put("edev_list_poll_seconds", seconds);
      return this;
    }

    /** FunctionSetAssignmentsList pollRate. */
    public RatesBuilder functionSetAssignmentsPoll(long seconds) {
      p.put("fsa_list_poll_seconds", seconds);
      return this;
    }

    /** DERProgramList pollRate. */
    public RatesBuilder programListPoll(long seconds) {
      p.put("derp_list_poll_seconds", seconds);
      return this;
    }

    /** DERList pollRate. */
    public RatesBuilder derListPoll(long seconds) {
      p.put("der_list_poll_seconds", seconds);
      return this;
    }

    /** MirrorUsagePoint postRate (and the MirrorUsagePointList pollRate). */
    public RatesBuilder mirrorPost(long seconds) {
      p.put("mup_post_seconds", seconds);
      return this;
    }

    /** Every list's pollRate and DeviceCapability's. */
    public RatesBuilder allPolls(long seconds) {
      return deviceCapabilityPoll(seconds)
          .endDeviceListPoll(seconds)
          .functionSetAssignmentsPoll(seconds)
          .programListPoll(seconds)
          .derListPoll(seconds);
    }

    /** The action. */
    public Action build() {
      return of("set-comms-rate", p);
    }
  }
}
