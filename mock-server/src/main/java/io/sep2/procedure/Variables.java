package io.sep2.procedure;

import io.sep2.model.ActivePower;
import io.sep2.model.DerCapability;
import io.sep2.model.DerSettings;
import io.sep2.model.PowerFactor;
import io.sep2.utility.internal.UtilityAdmin.DeviceSnapshot;
import io.sep2.utility.internal.UtilityAdmin.Stored;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Gives the named variables of expressions their values, from the utility's state now. */
final class Variables implements Expressions.Variables {

  private static final ZoneOffset AEST = ZoneOffset.ofHours(10);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Engine engine;

  Variables(Engine engine) {
    this.engine = engine;
  }

  /** The value of a parameter: an expression worked out, a list element by element, else as is. */
  Object resolve(Object value, String key) {
    if (value instanceof Expression x) {
      return Expressions.evaluate(Expressions.parse(x.text()), key, this);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object v : list) {
        out.add(resolve(v, key));
      }
      return out;
    }
    return value;
  }

  @Override
  public Object value(String name) {
    Instant now = engine.now();
    switch (name) {
      case "now":
        return now;
      case "now_day":
        return now.atOffset(AEST).truncatedTo(ChronoUnit.DAYS).toInstant();
      case "now_hour":
        return now.atOffset(AEST).truncatedTo(ChronoUnit.HOURS).toInstant();
      case "randuri_1", "randuri_2", "randuri_3":
        return engine.randomUris.computeIfAbsent(name, n -> randomPath());
      case "valid_nmi_1", "valid_nmi_2":
        throw new IllegalStateException("$" + name + " has no value in any runner");
      case "maxImportW":
        return settingsValue("setMaxChargeRateW", false)
            .orElseGet(() -> settingsValue("setMaxW", true).orElseThrow());
      case "maxExportW":
        return settingsValue("setMaxDischargeRateW", false)
            .orElseGet(() -> settingsValue("setMaxW", true).orElseThrow());
      case "negRtgMaxChargeRateW":
        return -capabilityValue("rtgMaxChargeRateW");
      default:
        break;
    }
    if (name.startsWith("setM")) {
      return settingsValue(name, true).orElseThrow();
    }
    if (name.startsWith("rtg")) {
      return capabilityValue(name);
    }
    throw new IllegalStateException("unknown variable $" + name);
  }

  private static String randomPath() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return "/" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The DERSettings stored last on the whole server (what the CSIP-AUS runner uses). */
  Optional<Stored<DerSettings>> latestSettings() {
    return engine.admin.devices().stream()
        .map(DeviceSnapshot::settings)
        .filter(s -> s != null)
        .max(Comparator.comparing(Stored::time));
  }

  Optional<Stored<DerCapability>> latestCapability() {
    return engine.admin.devices().stream()
        .map(DeviceSnapshot::capability)
        .filter(s -> s != null)
        .max(Comparator.comparing(Stored::time));
  }

  private Optional<Double> settingsValue(String field, boolean required) {
    DerSettings s =
        latestSettings()
            .map(Stored::value)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "$" + field + " has no value: no client has PUT its DERSettings yet"));
    Function<DerSettings, Optional<Double>> f = SETTINGS.get(field);
    if (f == null) {
      throw new IllegalStateException("unknown DERSettings variable $" + field);
    }
    Optional<Double> v = f.apply(s);
    if (v.isEmpty() && required) {
      throw new IllegalStateException(
          "$" + field + " has no value: the DERSettings stored have no " + field);
    }
    return v;
  }

  private double capabilityValue(String field) {
    DerCapability c =
        latestCapability()
            .map(Stored::value)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "$" + field + " has no value: no client has PUT its DERCapability yet"));
    Function<DerCapability, Optional<Double>> f = CAPABILITY.get(field);
    if (f == null) {
      throw new IllegalStateException("unknown DERCapability variable $" + field);
    }
    return f.apply(c)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "$" + field + " has no value: the DERCapability stored has no " + field));
  }

  static double pf(PowerFactor p) {
    return p.displacement() * Math.pow(10, p.multiplier());
  }

  static Optional<Double> w(Optional<ActivePower> p) {
    return p.map(ActivePower::watts);
  }

  /** The DERSettings values in their unit, by name. */
  static final Map<String, Function<DerSettings, Optional<Double>>> SETTINGS =
      Map.of(
          "setMaxW", s -> Optional.of(s.setMaxW().watts()),
          "setMaxVA", s -> s.setMaxVA().map(v -> v.voltAmperes()),
          "setMaxVar", s -> s.setMaxVar().map(v -> v.vars()),
          "setMaxVarNeg", s -> s.setMaxVarNeg().map(v -> v.vars()),
          "setMaxChargeRateW", s -> w(s.setMaxChargeRateW()),
          "setMaxDischargeRateW", s -> w(s.setMaxDischargeRateW()),
          "setMaxWh", s -> s.setMaxWh().map(v -> v.wattHours()),
          "setMinPFOverExcited", s -> s.setMinPFOverExcited().map(Variables::pf),
          "setMinPFUnderExcited", s -> s.setMinPFUnderExcited().map(Variables::pf));

  /** The DERCapability values in their unit, by name. */
  static final Map<String, Function<DerCapability, Optional<Double>>> CAPABILITY =
      Map.of(
          "rtgMaxW", c -> Optional.of(c.rtgMaxW().watts()),
          "rtgMaxVA", c -> c.rtgMaxVA().map(v -> v.voltAmperes()),
          "rtgMaxVar", c -> c.rtgMaxVar().map(v -> v.vars()),
          "rtgMaxVarNeg", c -> c.rtgMaxVarNeg().map(v -> v.vars()),
          "rtgMaxChargeRateW", c -> w(c.rtgMaxChargeRateW()),
          "rtgMaxDischargeRateW", c -> w(c.rtgMaxDischargeRateW()),
          "rtgMaxWh", c -> c.rtgMaxWh().map(v -> v.wattHours()),
          "rtgMinPFOverExcited", c -> c.rtgMinPFOverExcited().map(Variables::pf),
          "rtgMinPFUnderExcited", c -> c.rtgMinPFUnderExcited().map(Variables::pf));
}
