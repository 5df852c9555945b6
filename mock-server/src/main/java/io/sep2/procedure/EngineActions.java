package io.sep2.procedure;

import io.sep2.model.ActivePower;
import io.sep2.model.DateTimeInterval;
import io.sep2.model.DefaultDerControl;
import io.sep2.model.DerControl;
import io.sep2.model.DerControlBase;
import io.sep2.utility.Control;
import io.sep2.utility.Program;
import io.sep2.utility.internal.UtilityAdmin.DeviceSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Carries out actions on the utility server and the run. */
final class EngineActions {

  private final Engine engine;

  EngineActions(Engine engine) {
    this.engine = engine;
  }

  /** Runs {@code actions} in order; one that fails is recorded and the next runs. */
  void run(List<Action> actions, String where) {
    for (Action action : actions) {
      try {
        run(action);
      } catch (RuntimeException e) {
        engine.error(where + ": " + action.type() + " could not be carried out: " + e.getMessage());
      }
    }
    engine.admin.changed();
  }

  private Map<String, Object> resolve(Action action) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, Object> p : action.parameters().entrySet()) {
      values.put(p.getKey(), engine.variables.resolve(p.getValue(), p.getKey()));
    }
    return values;
  }

  private void run(Action action) {
    Map<String, Object> p = resolve(action);
    switch (action.type()) {
      case "enable-steps" -> names(p).forEach(engine::enable);
      case "remove-steps" -> names(p).forEach(engine::remove);
      case "finish-test" -> {
        if (p.get("fail_message") != null) {
          engine.failMessage = String.valueOf(p.get("fail_message"));
        }
        engine.finishRequested = io.sep2.procedure.ProcedureReport.EndReason.FINISHED;
      }
      case "create-der-program" -> createProgram(p);
      case "create-der-control" -> createControl(p);
      case "set-default-der-control" -> setDefault(p);
      case "cancel-active-der-controls" -> cancelAll();
      case "set-comms-rate" -> rates(p);
      case "communications-status" -> engine.comms = bool(p, "enabled");
      case "edev-registration-links" -> engine.admin.registrationLinks(bool(p, "enabled"));
      case "register-end-device" -> registerEndDevice(p);
      case "remove-function-set-assignment" ->
          engine.admin.removeFunctionSetAssignment(integer(p, "fsa_id"));
      default -> throw new IllegalStateException("the engine does not carry out " + action.type());
    }
  }

  private static List<String> names(Map<String, Object> p) {
    Object v = p.get("steps");
    List<String> names = new ArrayList<>();
    if (v instanceof List<?> list) {
      list.forEach(o -> names.add(String.valueOf(o)));
    }
    return names;
  }

  static boolean bool(Map<String, Object> p, String key) {
    Object v = p.get(key);
    if (v instanceof Boolean b) {
      return b;
    }
    throw new IllegalStateException(key + " must be true or false, was " + v);
  }

  static long integer(Map<String, Object> p, String key) {
    Object v = p.get(key);
    if (v instanceof Number n) {
      return n.longValue();
    }
    throw new IllegalStateException(key + " must be a whole number, was " + v);
  }

  static Optional<Double> number(Map<String, Object> p, String key) {
    Object v = p.get(key);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Number n) {
      return Optional.of(n.doubleValue());
    }
    throw new IllegalStateException(key + " must be a number, was " + v);
  }

  private Program createProgram(Map<String, Object> p) {
    int primacy = (int) integer(p, "primacy");
    long fsa = p.get("fsa_id") == null ? 1 : integer(p, "fsa_id");
    Program program = engine.utility.createProgram("Primacy " + primacy, primacy, fsa);
    if (p.get("tag") != null) {
      engine.programTags.put(String.valueOf(p.get("tag")), program.id());
    }
    return program;
  }

  /** Watts as ActivePower, with the run's power of ten when one was set (raised to fit Int16). */
  private ActivePower power(double watts) {
    if (engine.pow10 == null) {
      return ActivePower.watts((long) watts);
    }
    int m = engine.pow10;
    while (Math.abs(watts / Math.pow(10, m)) > Short.MAX_VALUE) {
      m++;
    }
    return new ActivePower(m, (int) (watts / Math.pow(10, m)));
  }

  private void createControl(Map<String, Object> p) {
    Object start = p.get("start");
    if (!(start instanceof Instant)) {
      throw new IllegalStateException("start must be a time, was " + start);
    }
    long duration = integer(p, "duration_seconds");
    if (p.get("pow_10_multipliers") != null) {
      engine.pow10 = (int) integer(p, "pow_10_multipliers");
    }
    Program program = programFor(p);
    DerControlBase.Builder base = DerControlBase.builder();
    number(p, "opModImpLimW").ifPresent(w -> base.opModImpLimW(power(w)));
    number(p, "opModExpLimW").ifPresent(w -> base.opModExpLimW(power(w)));
    number(p, "opModGenLimW").ifPresent(w -> base.opModGenLimW(power(w)));
    number(p, "opModLoadLimW").ifPresent(w -> base.opModLoadLimW(power(w)));
    number(p, "opModFixedW").ifPresent(pc -> base.opModFixedW((int) (pc * 100)));
    number(p, "ramp_time_seconds").ifPresent(s -> base.rampTms((int) (s * 100)));
    if (p.get("opModConnect") != null) {
      base.opModConnect(bool(p, "opModConnect"));
    }
    if (p.get("opModEnergize") != null) {
      base.opModEnergize(bool(p, "opModEnergize"));
    }
    DerControl.Builder control =
        DerControl.builder()
            .interval(new DateTimeInterval(duration, (Instant) start))
            .derControlBase(base.build());
    if (p.get("randomizeStart_seconds") != null) {
      control.randomizeStart((int) integer(p, "randomizeStart_seconds"));
    }
    Control created = program.schedule(control);
    if (p.get("tag") != null) {
      engine.controlTags.put(String.valueOf(p.get("tag")), created);
    }
  }

  /** The tagged program; else the oldest of that primacy (and FSA), created when there is none. */
  private Program programFor(Map<String, Object> p) {
    if (p.get("der_program_tag") != null) {
      String tag = String.valueOf(p.get("der_program_tag"));
      Long id = engine.programTags.get(tag);
      if (id == null) {
        throw new IllegalStateException("no program was created with tag " + tag);
      }
      return engine.utility.program(id).orElseThrow();
    }
    int primacy = p.get("primacy") == null ? 0 : (int) integer(p, "primacy");
    Long fsa = p.get("fsa_id") == null ? null : integer(p, "fsa_id");
    for (Program program : engine.utility.programs()) {
      if (program.primacy() == primacy
          && (fsa == null || engine.admin.functionSetAssignment(program.id()) == fsa)) {
        return program;
      }
    }
    Map<String, Object> create = new LinkedHashMap<>();
    create.put("primacy", (long) primacy);
    create.put("fsa_id", fsa == null ? 1L : fsa);
    return createProgram(create);
  }

  private void setDefault(Map<String, Object> p) {
    Program program;
    if (p.get("derp_id") != null) {
      long id = integer(p, "derp_id");
      program =
          engine
              .utility
              .program(id)
              .orElseThrow(() -> new IllegalStateException("there is no DERProgram " + id));
    } else {
      program =
          engine.utility.programs().stream()
              .min(
                  Comparator.comparingInt(Program::primacy)
                      .thenComparing(Comparator.comparingLong(Program::id).reversed()))
              .orElseThrow(
                  () -> new IllegalStateException("there is no DERProgram for a default control"));
    }
    boolean clear = p.get("cancelled") instanceof Boolean b && b;
    Optional<DefaultDerControl> current = clear ? Optional.empty() : program.defaultControl();
    DefaultDerControl.Builder d =
        current.map(DefaultDerControl::toBuilder).orElseGet(DefaultDerControl::builder);
    DerControlBase.Builder base =
        current.map(c -> c.derControlBase().toBuilder()).orElseGet(DerControlBase::builder);
    number(p, "opModImpLimW").ifPresent(w -> base.opModImpLimW(power(w)));
    number(p, "opModExpLimW").ifPresent(w -> base.opModExpLimW(power(w)));
    number(p, "opModGenLimW").ifPresent(w -> base.opModGenLimW(power(w)));
    number(p, "opModLoadLimW").ifPresent(w -> base.opModLoadLimW(power(w)));
    if (p.get("setGradW") != null) {
      d.setGradW((int) integer(p, "setGradW"));
    }
    program.defaultControl(d.derControlBase(base.build()));
  }

  private void cancelAll() {
    for (Program program : engine.utility.programs()) {
      for (Control control : program.controls()) {
        int status = control.currentStatus();
        if (status != 2 && status != 3) {
          control.cancel(control.asServed().randomizeStart().isPresent());
        }
      }
    }
  }

  private void rates(Map<String, Object> p) {
    Map<String, String> lists =
        Map.of(
            "dcap_poll_seconds", "dcap",
            "edev_list_poll_seconds", "edev",
            "fsa_list_poll_seconds", "fsa",
            "derp_list_poll_seconds", "derp",
            "der_list_poll_seconds", "der");
    for (Map.Entry<String, String> e : lists.entrySet()) {
      if (p.get(e.getKey()) != null) {
        engine.admin.pollRate(e.getValue(), integer(p, e.getKey()));
      }
    }
    if (p.get("mup_post_seconds") != null) {
      long rate = integer(p, "mup_post_seconds");
      engine.admin.postRate(rate);
      engine.admin.pollRate("mup", rate);
    }
    if (p.get("edev_post_seconds") != null) {
      DeviceSnapshot active =
          engine
              .admin
              .activeDevice()
              .orElseThrow(() -> new IllegalStateException("no EndDevice for edev_post_seconds"));
      engine.admin.devicePostRate(active.id(), integer(p, "edev_post_seconds"));
    }
  }

  private void registerEndDevice(Map<String, Object> p) {
    int pin = p.get("registration_pin") == null ? 1 : (int) integer(p, "registration_pin");
    String nmi = p.get("nmi") == null ? null : String.valueOf(p.get("nmi"));
    String lfdi = engine.options.clientLfdi();
    long sfdi = engine.options.clientSfdi();
    if (p.get("aggregator_lfdi") != null
        && p.get("aggregator_sfdi") != null
        && engine.admin.isAggregator(lfdi)) {
      String given = String.valueOf(p.get("aggregator_lfdi"));
      if (given.length() >= 32) {
        lfdi = (given.substring(0, 32) + String.format("%08d", engine.options.pen())).toUpperCase();
        sfdi = integer(p, "aggregator_sfdi");
      }
    }
    engine.admin.registerDevice(lfdi, sfdi, pin, nmi);
  }
}
