package io.sep2.procedure;

import io.sep2.model.ConnectStatus;
import io.sep2.model.DerCapability;
import io.sep2.model.DerSettings;
import io.sep2.model.DerStatus;
import io.sep2.model.MirrorMeterReading;
import io.sep2.model.MirrorReadingSet;
import io.sep2.model.Mrid;
import io.sep2.model.Reading;
import io.sep2.model.ReadingType;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.procedure.ProcedureReport.CriterionResult;
import io.sep2.server.Comm003;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.utility.Control;
import io.sep2.utility.Exchange;
import io.sep2.utility.NotificationDelivery;
import io.sep2.utility.Program;
import io.sep2.utility.internal.RequestPattern;
import io.sep2.utility.internal.UtilityAdmin.DeviceSnapshot;
import io.sep2.utility.internal.UtilityAdmin.MirrorSnapshot;
import io.sep2.utility.internal.UtilityAdmin.ReceivedReading;
import io.sep2.utility.internal.UtilityAdmin.ReceivedResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/** Judges checks against the utility's state, the run's requests and the connection records. */
final class EngineChecks {

  /** What a check found. */
  record Outcome(boolean passed, String detail, List<Exchange> exchanges) {
    static Outcome pass(String detail) {
      return new Outcome(true, detail, List.of());
    }

    static Outcome fail(String detail) {
      return new Outcome(false, detail, List.of());
    }

    Outcome with(List<Exchange> exchanges) {
      return new Outcome(passed, detail, exchanges);
    }
  }

  static final Map<Integer, String> RESPONSE_STATUS =
      Map.ofEntries(
          Map.entry(1, "received"),
          Map.entry(2, "started"),
          Map.entry(3, "completed"),
          Map.entry(4, "opted out"),
          Map.entry(5, "opted in"),
          Map.entry(6, "cancelled"),
          Map.entry(7, "superseded"),
          Map.entry(8, "partially completed"),
          Map.entry(9, "partially opted out"),
          Map.entry(10, "partially opted in"),
          Map.entry(11, "completed, no user participation"),
          Map.entry(12, "rejected by user"),
          Map.entry(13, "aborted: server"),
          Map.entry(14, "aborted: ESI"),
          Map.entry(252, "rejected: invalid"),
          Map.entry(253, "rejected: no longer valid"),
          Map.entry(254, "rejected: not applicable"));

  private final Engine engine;

  EngineChecks(Engine engine) {
    this.engine = engine;
  }

  CriterionResult judge(Check check, String label) {
    Outcome o;
    try {
      o = judge(check);
    } catch (RuntimeException e) {
      o = Outcome.fail("could not be judged: " + e.getMessage());
    }
    return new CriterionResult(
        label, check.type(), o.passed(), o.detail(), engine.now(), o.exchanges());
  }

  private Map<String, Object> resolve(Check check) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, Object> p : check.parameters().entrySet()) {
      values.put(p.getKey(), engine.variables.resolve(p.getValue(), p.getKey()));
    }
    return values;
  }

  private Outcome judge(Check check) {
    Map<String, Object> p = resolve(check);
    return switch (check.type()) {
      case "all-steps-complete" -> allSteps(p);
      case "end-device-contents" -> endDevice(p);
      case "end-device-count" -> endDeviceCount(p);
      case "der-settings-contents" -> derSettings(check, p);
      case "der-capability-contents" -> derCapability(check, p);
      case "der-status-contents" -> derStatus(p);
      case "der-availability-contents" -> derAvailability();
      case "readings-site-active-power" -> readings(p, 38, 37, 2, 0x03, true);
      case "readings-site-reactive-power" -> readings(p, 63, 37, 2, 0x03, true);
      case "readings-der-active-power" -> readings(p, 38, 37, 2, 0x49, true);
      case "readings-der-reactive-power" -> readings(p, 63, 37, 2, 0x49, true);
      case "readings-der-stored-energy" -> readings(p, 72, 12, 0, 0x49, false);
      case "readings-voltage" -> {
        Outcome site = readings(p, 29, 37, 2, 0x03, true);
        yield site.passed() ? site : orElse(site, readings(p, 29, 37, 2, 0x49, true));
      }
      case "subscription-contents" -> subscription(p);
      case "response-contents" -> responses(p);
      case "all-notifications-transmitted" -> notifications();
      case "all-polls-at-correct-time" -> PollTiming.judge(engine, p);
      case "all-requests-xsd-valid" -> schemaValid();
      case "comm-003-basic-security" -> comm003();
      case "comm-004-chain-refused" -> comm004();
      default -> throw new IllegalStateException("the engine does not judge " + check.type());
    };
  }

  private static Outcome orElse(Outcome first, Outcome second) {
    return second.passed()
        ? second
        : Outcome.fail(first.detail() + "; on a DER MirrorUsagePoint: " + second.detail());
  }

  private List<Exchange> requests(String method, String pattern) {
    RequestPattern p = RequestPattern.of(engine.admin.basePath() + pattern);
    return engine.history.stream()
        .filter(e -> e.method().equals(method) && p.matches(e.path()))
        .toList();
  }

  // ---- steps ----

  private Outcome allSteps(Map<String, Object> p) {
    List<String> ignored = new ArrayList<>();
    if (p.get("ignored_steps") instanceof List<?> list) {
      list.forEach(o -> ignored.add(String.valueOf(o)));
    }
    List<String> open = new ArrayList<>();
    for (Engine.Listener l : engine.listeners) {
      if (!l.removed && !ignored.contains(l.step.name())) {
        open.add(
            l.step.name()
                + (l.enabledAt == null
                    ? " (never enabled)"
                    : " (waited for " + l.step.event().describe() + " since " + l.enabledAt + ")"));
      }
    }
    return open.isEmpty()
        ? Outcome.pass("every step completed")
        : Outcome.fail(
            (open.size() == 1 ? "step " : "steps ")
                + String.join(", ", open)
                + (open.size() == 1 ? " did not complete" : " did not complete"));
  }

  // ---- EndDevice ----

  private DeviceSnapshot active() {
    return engine
        .admin
        .activeDevice()
        .orElseThrow(() -> new IllegalStateException("no EndDevice is registered"));
  }

  private Outcome endDevice(Map<String, Object> p) {
    Optional<DeviceSnapshot> found = engine.admin.activeDevice();
    if (found.isEmpty()) {
      return Outcome.fail("no EndDevice is registered").with(requests("POST", "/edev"));
    }
    DeviceSnapshot d = found.get();
    List<Exchange> posts = requests("POST", "/edev");
    if (Boolean.TRUE.equals(p.get("has_connection_point_id"))) {
      if (d.connectionPoint() == null
          || d.connectionPoint().value().connectionPointId() == null
          || d.connectionPoint().value().connectionPointId().isBlank()) {
        return Outcome.fail(
                "EndDevice "
                    + d.href()
                    + " has no ConnectionPoint id (NMI): the client did not PUT "
                    + d.href()
                    + "/cp")
            .with(requests("PUT", "/edev/*/cp"));
      }
    }
    if (p.get("deviceCategory_anyset") != null) {
      long mask = hex(p.get("deviceCategory_anyset"));
      if (d.deviceCategory() == null || (d.deviceCategory() & mask) == 0) {
        return Outcome.fail(
                "EndDevice "
                    + d.href()
                    + " deviceCategory "
                    + (d.deviceCategory() == null ? "absent" : Long.toHexString(d.deviceCategory()))
                    + " has none of the bits "
                    + Long.toHexString(mask))
            .with(posts);
      }
    }
    if (Boolean.TRUE.equals(p.get("check_lfdi"))) {
      if (!d.lfdi().matches("[0-9A-F]{40}")) {
        return Outcome.fail(
                "EndDevice " + d.href() + " lFDI " + d.lfdi() + " is not 40 upper-case hex digits")
            .with(posts);
      }
      long expected = DeviceIdentity.sfdiOfLfdi(d.lfdi());
      if (expected != d.sfdi()) {
        return Outcome.fail(
                "EndDevice "
                    + d.href()
                    + " sFDI "
                    + d.sfdi()
                    + " is not the one of its lFDI ("
                    + expected
                    + ")")
            .with(posts);
      }
    }
    return Outcome.pass("EndDevice " + d.href() + " (lFDI " + d.lfdi() + ") is registered")
        .with(posts);
  }

  private Outcome endDeviceCount(Map<String, Object> p) {
    int n = engine.admin.devices().size();
    if (p.get("minimum_count") != null && n < EngineActions.integer(p, "minimum_count")) {
      return Outcome.fail(n + " EndDevice(s) registered, fewer than " + p.get("minimum_count"));
    }
    if (p.get("maximum_count") != null && n > EngineActions.integer(p, "maximum_count")) {
      return Outcome.fail(n + " EndDevice(s) registered, more than " + p.get("maximum_count"));
    }
    return Outcome.pass(n + " EndDevice(s) registered");
  }

  static long hex(Object v) {
    if (v instanceof Number n) {
      return Long.parseLong(Long.toString(n.longValue()), 16);
    }
    return Long.parseLong(String.valueOf(v).strip(), 16);
  }

  // ---- DER documents ----

  private Outcome derSettings(Check check, Map<String, Object> p) {
    DeviceSnapshot d = active();
    List<Exchange> puts = requests("PUT", "/edev/*/der/*/derg");
    if (d.settings() == null) {
      return Outcome.fail("EndDevice " + d.href() + " has not PUT its DERSettings").with(puts);
    }
    DerSettings s = d.settings().value();
    Map<String, Function<DerSettings, Optional<Double>>> fields = Variables.SETTINGS;
    Map<String, OptionalLong> bitmaps =
        Map.of(
            "modesEnabled", s.modesEnabled(),
            "doeModesEnabled", toLong(s.doeModesEnabled()));
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Object> e : p.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      if (key.equals("setGradW")) {
        long want = EngineActions.integer(p, key);
        if (s.setGradW() != want) {
          failures.add("setGradW is " + s.setGradW() + ", not " + want);
        }
      } else {
        contents(
            check,
            key,
            value,
            fields.get(key) == null ? null : fields.get(key).apply(s),
            bitmaps,
            failures);
      }
    }
    return failures.isEmpty()
        ? Outcome.pass("DERSettings of " + d.href() + " hold " + p.keySet()).with(puts)
        : Outcome.fail("DERSettings of " + d.href() + ": " + String.join("; ", failures))
            .with(puts);
  }

  private Outcome derCapability(Check check, Map<String, Object> p) {
    DeviceSnapshot d = active();
    List<Exchange> puts = requests("PUT", "/edev/*/der/*/dercap");
    if (d.capability() == null) {
      return Outcome.fail("EndDevice " + d.href() + " has not PUT its DERCapability").with(puts);
    }
    DerCapability c = d.capability().value();
    Map<String, OptionalLong> bitmaps =
        Map.of(
            "modesSupported", OptionalLong.of(c.modesSupported()),
            "doeModesSupported", toLong(c.doeModesSupported()));
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Object> e : p.entrySet()) {
      Function<DerCapability, Optional<Double>> f = Variables.CAPABILITY.get(e.getKey());
      contents(check, e.getKey(), e.getValue(), f == null ? null : f.apply(c), bitmaps, failures);
    }
    return failures.isEmpty()
        ? Outcome.pass("DERCapability of " + d.href() + " holds " + p.keySet()).with(puts)
        : Outcome.fail("DERCapability of " + d.href() + ": " + String.join("; ", failures))
            .with(puts);
  }

  private static OptionalLong toLong(OptionalInt i) {
    return i.isPresent() ? OptionalLong.of(i.getAsInt()) : OptionalLong.empty();
  }

  /** One parameter of a DERSettings/DERCapability check. */
  private static void contents(
      Check check,
      String key,
      Object value,
      Optional<Double> field,
      Map<String, OptionalLong> bitmaps,
      List<String> failures) {
    if (key.endsWith("_set") || key.endsWith("_unset")) {
      boolean set = key.endsWith("_set");
      String name = key.substring(0, key.lastIndexOf('_'));
      OptionalLong bitmap = bitmaps.getOrDefault(name, OptionalLong.empty());
      long mask = hex(value);
      if (bitmap.isEmpty()) {
        failures.add(name + " is absent (bits " + Long.toHexString(mask) + " asked for)");
      } else if (set && (bitmap.getAsLong() & mask) != mask) {
        failures.add(
            name
                + " is "
                + Long.toHexString(bitmap.getAsLong())
                + ": bits "
                + Long.toHexString(mask)
                + " are not all set");
      } else if (!set && (bitmap.getAsLong() & mask) != 0) {
        failures.add(
            name
                + " is "
                + Long.toHexString(bitmap.getAsLong())
                + ": bits "
                + Long.toHexString(mask)
                + " are not all clear");
      }
      return;
    }
    boolean present;
    if (bitmaps.containsKey(key)) {
      present = bitmaps.get(key).isPresent();
    } else if (field != null) {
      present = field.isPresent();
    } else {
      failures.add("unknown parameter " + key);
      return;
    }
    boolean want;
    if (value instanceof Boolean b) {
      want = b;
      Object raw = check.parameters().get(key);
      if (raw instanceof Expression x) {
        if (!b) {
          failures.add(
              key
                  + " must satisfy "
                  + x.text()
                  + " but is "
                  + field.map(String::valueOf).orElse("absent"));
          return;
        }
        want = true;
      }
    } else {
      failures.add(key + ": expected true or false, got " + value);
      return;
    }
    if (want && !present) {
      failures.add(key + " is absent");
    } else if (!want && present) {
      failures.add(key + " is present but must be absent");
    }
  }

  private Outcome derStatus(Map<String, Object> p) {
    DeviceSnapshot d = active();
    List<Exchange> puts = requests("PUT", "/edev/*/der/*/ders");
    if (d.status() == null) {
      return Outcome.fail("EndDevice " + d.href() + " has not PUT its DERStatus").with(puts);
    }
    DerStatus s = d.status().value();
    if (p.get("alarmStatus") != null) {
      long want = EngineActions.integer(p, "alarmStatus");
      if (s.alarmStatus().isEmpty() || s.alarmStatus().getAsLong() != want) {
        return Outcome.fail(
                "DERStatus alarmStatus is "
                    + (s.alarmStatus().isPresent() ? s.alarmStatus().getAsLong() : "absent")
                    + ", not "
                    + want)
            .with(puts);
      }
    }
    Optional<ConnectStatus> gen = s.genConnectStatus();
    if (p.get("genConnectStatus") != null) {
      long want = EngineActions.integer(p, "genConnectStatus");
      if (gen.isEmpty() || gen.get().value() != want) {
        return Outcome.fail(
                "DERStatus genConnectStatus is "
                    + gen.map(g -> String.valueOf(g.value())).orElse("absent")
                    + ", not "
                    + want)
            .with(puts);
      }
    }
    String[] bits = {"connected", "available", "operating"};
    for (int bit = 0; bit < 3; bit++) {
      Object want = p.get("genConnectStatus_bit" + bit);
      if (want == null) {
        continue;
      }
      if (gen.isEmpty()) {
        return Outcome.fail("DERStatus has no genConnectStatus (bit " + bit + " asked for)")
            .with(puts);
      }
      boolean set = (gen.get().value() & (1 << bit)) != 0;
      if (set != Boolean.TRUE.equals(want)) {
        return Outcome.fail(
                "DERStatus genConnectStatus "
                    + gen.get().value()
                    + ": bit "
                    + bit
                    + " ("
                    + bits[bit]
                    + ") is "
                    + (set ? "set" : "clear")
                    + ", expected "
                    + (set ? "clear" : "set"))
            .with(puts);
      }
    }
    if (p.get("operationalModeStatus") != null) {
      long want = EngineActions.integer(p, "operationalModeStatus");
      if (s.operationalModeStatus().isEmpty() || s.operationalModeStatus().get().value() != want) {
        return Outcome.fail(
                "DERStatus operationalModeStatus is "
                    + s.operationalModeStatus().map(o -> String.valueOf(o.value())).orElse("absent")
                    + ", not "
                    + want)
            .with(puts);
      }
    }
    return Outcome.pass("DERStatus of " + d.href() + " holds " + p.keySet()).with(puts);
  }

  private Outcome derAvailability() {
    DeviceSnapshot d = active();
    List<Exchange> puts = requests("PUT", "/edev/*/der/*/dera");
    return d.availability() == null
        ? Outcome.fail("EndDevice " + d.href() + " has not PUT its DERAvailability").with(puts)
        : Outcome.pass("DERAvailability of " + d.href() + " is stored").with(puts);
  }

  // ---- readings ----

  private record Candidate(
      MirrorSnapshot mirror, Mrid mrid, ReadingType type, List<Timed> readings) {}

  private record Timed(Reading reading, Instant received) {}

  private Outcome readings(
      Map<String, Object> p, int uom, int kind, int qualifier, int role, boolean durations) {
    DeviceSnapshot d = active();
    List<Exchange> posts = new ArrayList<>(requests("POST", "/mup"));
    posts.addAll(requests("POST", "/mup/*"));
    posts.sort(Comparator.comparing(Exchange::time));
    String what = "uom " + uom + ", kind " + kind + ", dataQualifier " + qualifier;
    String level = role == 0x03 ? "site" : "DER";
    List<Candidate> candidates = new ArrayList<>();
    List<String> otherRoles = new ArrayList<>();
    for (MirrorSnapshot m : engine.admin.mirrors()) {
      if (!m.lfdi().equalsIgnoreCase(d.lfdi())) {
        continue;
      }
      Map<Mrid, ReadingType> types = new LinkedHashMap<>();
      for (MirrorMeterReading mmr : m.mirror().mirrorMeterReadings()) {
        mmr.readingType().ifPresent(t -> types.put(mmr.mrid(), t));
      }
      for (ReceivedReading r : m.readings()) {
        r.reading().readingType().ifPresent(t -> types.putIfAbsent(r.reading().mrid(), t));
      }
      for (Map.Entry<Mrid, ReadingType> t : types.entrySet()) {
        ReadingType rt = t.getValue();
        if (rt.uom().orElse(-1) != uom
            || rt.kind().orElse(0) != kind
            || rt.dataQualifier().orElse(0) != qualifier) {
          continue;
        }
        if (m.mirror().roleFlags() != role) {
          otherRoles.add(m.href() + " roleFlags " + Integer.toHexString(m.mirror().roleFlags()));
          continue;
        }
        List<Timed> readings = new ArrayList<>();
        for (ReceivedReading r : m.readings()) {
          if (!r.reading().mrid().equals(t.getKey())) {
            continue;
          }
          r.reading().reading().ifPresent(x -> readings.add(new Timed(x, r.time())));
          for (MirrorReadingSet set : r.reading().mirrorReadingSets()) {
            set.readings().forEach(x -> readings.add(new Timed(x, r.time())));
          }
        }
        candidates.add(new Candidate(m, t.getKey(), rt, readings));
      }
    }
    if (candidates.isEmpty()) {
      return Outcome.fail(
              "no "
                  + level
                  + " MirrorUsagePoint (roleFlags "
                  + Integer.toHexString(role)
                  + ") of "
                  + d.href()
                  + " mirrors readings with "
                  + what
                  + (otherRoles.isEmpty() ? "" : "; found only " + otherRoles))
          .with(posts);
    }
    List<String> failures = new ArrayList<>();
    long total = 0;
    Candidate best = candidates.get(0);
    for (Candidate c : candidates) {
      total += c.readings().size();
      if (c.readings().size() > best.readings().size()) {
        best = c;
      }
      for (Timed t : c.readings()) {
        Optional<io.sep2.model.DateTimeInterval> period = t.reading().timePeriod();
        if (period.isEmpty()) {
          failures.add("a reading of " + c.mirror().href() + " has no timePeriod");
          break;
        }
        if (durations && (period.get().duration() <= 0 || period.get().duration() % 60 != 0)) {
          failures.add(
              "a reading of "
                  + c.mirror().href()
                  + " lasts "
                  + period.get().duration()
                  + " s, not a whole number of minutes");
          break;
        }
        if (period.get().start().getEpochSecond() % 60 != 0) {
          failures.add(
              "a reading of "
                  + c.mirror().href()
                  + " starts at "
                  + period.get().start()
                  + ", not on a whole minute");
          break;
        }
      }
      String pen = String.format("%08d", engine.options.pen());
      for (Mrid id : List.of(c.mrid(), c.mirror().mirror().mrid())) {
        if (!id.toString().toUpperCase(Locale.ROOT).endsWith(pen)) {
          failures.add("mRID " + id + " does not end in the PEN " + pen);
        }
      }
    }
    if (p.get("minimum_count") != null) {
      long min = EngineActions.integer(p, "minimum_count");
      if (best.readings().size() < min) {
        failures.add(
            "at most "
                + best.readings().size()
                + " readings in one MirrorMeterReading ("
                + best.mirror().href()
                + "), fewer than "
                + min
                + " ("
                + total
                + " in all)");
      }
    }
    Optional<Double> min = EngineActions.number(p, "minimum_level");
    Optional<Double> max = EngineActions.number(p, "maximum_level");
    if (p.get("window_seconds") != null && (min.isPresent() || max.isPresent())) {
      long window = EngineActions.integer(p, "window_seconds");
      Instant latest =
          candidates.stream()
              .flatMap(c -> c.readings().stream())
              .map(Timed::received)
              .max(Comparator.naturalOrder())
              .orElse(null);
      int judged = 0;
      for (Candidate c : candidates) {
        double scale = Math.pow(10, c.type().powerOfTenMultiplier().orElse(0));
        for (Timed t : c.readings()) {
          if (latest == null || t.reading().timePeriod().isEmpty()) {
            continue;
          }
          Instant start = t.reading().timePeriod().get().start();
          Instant end = start.plusSeconds(t.reading().timePeriod().get().duration());
          if (start.isBefore(latest.minusSeconds(window)) || end.isAfter(latest)) {
            continue;
          }
          judged++;
          double v = t.reading().value().orElse(0) * scale;
          if (min.isPresent() && v < min.get()) {
            failures.add("reading " + v + " at " + start + " is below " + min.get());
          }
          if (max.isPresent() && v > max.get()) {
            failures.add("reading " + v + " at " + start + " is above " + max.get());
          }
        }
      }
      if (judged == 0) {
        failures.add("no reading in the last " + window + " s to compare with the bounds");
      }
    } else if (min.isPresent() || max.isPresent()) {
      for (Candidate c : candidates) {
        Optional<Timed> latest =
            c.readings().stream()
                .filter(t -> t.reading().timePeriod().isPresent())
                .max(
                    Comparator.comparing(
                        t ->
                            t.reading()
                                .timePeriod()
                                .get()
                                .start()
                                .plusSeconds(t.reading().timePeriod().get().duration())));
        if (latest.isEmpty()) {
          failures.add("no reading of " + c.mirror().href() + " to compare with the bounds");
          continue;
        }
        double v =
            latest.get().reading().value().orElse(0)
                * Math.pow(10, c.type().powerOfTenMultiplier().orElse(0));
        if (min.isPresent() && v < min.get()) {
          failures.add(
              "latest reading " + v + " of " + c.mirror().href() + " is below " + min.get());
        }
        if (max.isPresent() && v > max.get()) {
          failures.add(
              "latest reading " + v + " of " + c.mirror().href() + " is above " + max.get());
        }
      }
    }
    return failures.isEmpty()
        ? Outcome.pass(
                total
                    + " "
                    + level
                    + " readings ("
                    + what
                    + "); the most in one MirrorMeterReading: "
                    + best.readings().size())
            .with(posts)
        : Outcome.fail(String.join("; ", failures)).with(posts);
  }

  // ---- subscriptions and notifications ----

  private Outcome subscription(Map<String, Object> p) {
    String resource = engine.admin.basePath() + p.get("subscribed_resource");
    List<Exchange> posts = requests("POST", "/edev/*/sub");
    for (DeviceSnapshot d : engine.admin.devices()) {
      if (d.subscriptions().contains(resource)) {
        return Outcome.pass("EndDevice " + d.href() + " subscribed to " + resource).with(posts);
      }
    }
    return Outcome.fail("no subscription to " + resource + " exists").with(posts);
  }

  private Outcome notifications() {
    List<NotificationDelivery> attempts =
        engine.utility.notifications().stream()
            .filter(n -> !n.time().isBefore(engine.runStart))
            .toList();
    if (attempts.isEmpty()) {
      return Outcome.fail("no notification was sent: are there subscriptions?");
    }
    List<String> failed = new ArrayList<>();
    for (NotificationDelivery n : attempts) {
      if (!n.delivered()) {
        failed.add(n.toString());
      }
    }
    return failed.isEmpty()
        ? Outcome.pass("all " + attempts.size() + " notification attempts were answered 2xx")
        : Outcome.fail(
            failed.size() + " of " + attempts.size() + " notification attempts failed: " + failed);
  }

  // ---- responses ----

  private static String status(long s) {
    return s + " (" + RESPONSE_STATUS.getOrDefault((int) s, "status " + s) + ")";
  }

  private Outcome responses(Map<String, Object> p) {
    List<ReceivedResponse> all = new ArrayList<>();
    engine.admin.devices().forEach(d -> all.addAll(d.responses()));
    all.sort(Comparator.comparing(ReceivedResponse::time));
    List<Exchange> posts = requests("POST", "/edev/*/rsps/*/rsp");
    Long status = p.get("status") == null ? null : EngineActions.integer(p, "status");
    boolean exists = !(p.get("exists") instanceof Boolean b) || b;
    String wanted = status == null ? "a Response" : "a Response with status " + status(status);
    if (Boolean.TRUE.equals(p.get("all"))) {
      List<String> missing = new ArrayList<>();
      int controls = 0;
      for (Program program : engine.utility.programs()) {
        for (Control c : program.controls()) {
          controls++;
          boolean has =
              all.stream()
                  .anyMatch(
                      r ->
                          r.response().subject().equals(c.mrid())
                              && (status == null || r.response().status().orElse(-1) == status));
          if (has != exists) {
            missing.add(name(c));
          }
        }
      }
      if (missing.isEmpty()) {
        return Outcome.pass(
                (exists ? "every one of the " : "none of the ")
                    + controls
                    + " DERControls got "
                    + wanted)
            .with(posts);
      }
      return Outcome.fail(
              missing.size()
                  + " DERControl(s) "
                  + (exists ? "got no " : "got ")
                  + wanted.substring(2)
                  + ": "
                  + String.join(", ", missing))
          .with(posts);
    }
    List<ReceivedResponse> subject = all;
    String about = "any DERControl";
    if (p.get("subject_tag") != null) {
      String tag = String.valueOf(p.get("subject_tag"));
      Control c = engine.controlTags.get(tag);
      if (c == null) {
        return Outcome.fail("no DERControl was created with tag " + tag);
      }
      about = name(c);
      subject = all.stream().filter(r -> r.response().subject().equals(c.mrid())).toList();
    }
    List<String> seen =
        subject.stream().map(r -> status(r.response().status().orElse(-1))).toList();
    if (Boolean.TRUE.equals(p.get("latest"))) {
      if (subject.isEmpty()) {
        return exists
            ? Outcome.fail(about + " got no Response at all").with(posts)
            : Outcome.pass(about + " got no Response").with(posts);
      }
      ReceivedResponse latest = subject.get(subject.size() - 1);
      boolean match = status == null || latest.response().status().orElse(-1) == status;
      if (match == exists) {
        return Outcome.pass(
                "the latest Response to "
                    + about
                    + " has status "
                    + status(latest.response().status().orElse(-1)))
            .with(posts);
      }
      return Outcome.fail(
              "the latest Response to "
                  + about
                  + " has status "
                  + status(latest.response().status().orElse(-1))
                  + (exists ? ", not " + (status == null ? "?" : status(status)) : "")
                  + "; statuses seen: "
                  + seen)
          .with(posts);
    }
    boolean has =
        subject.stream()
            .anyMatch(r -> status == null || r.response().status().orElse(-1) == status);
    if (has == exists) {
      return Outcome.pass(about + (exists ? " got " : " got no ") + wanted.substring(2))
          .with(posts);
    }
    return Outcome.fail(
            about
                + (exists ? " got no " : " got ")
                + wanted.substring(2)
                + "; statuses seen: "
                + (seen.isEmpty() ? "none" : seen))
        .with(posts);
  }

  private String name(Control c) {
    String tag =
        engine.controlTags.entrySet().stream()
            .filter(e -> e.getValue().mrid().equals(c.mrid()))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    return "DERControl "
        + (tag == null ? "" : "'" + tag + "' ")
        + "(program "
        + c.program().id()
        + ", mRID "
        + c.mrid()
        + ")";
  }

  // ---- requests and connections ----

  private Outcome schemaValid() {
    if (!engine.admin.validatesSchema()) {
      return Outcome.pass(
          "not judged: the server was given no schema (ServerOptions schema / -Dsep2.schema)");
    }
    List<Exchange> bad = new ArrayList<>();
    for (Exchange e : engine.history) {
      if (e.findings().stream().anyMatch(f -> f.startsWith("schema:") || f.contains(": schema:"))) {
        bad.add(e);
      }
    }
    return bad.isEmpty()
        ? Outcome.pass("every document the client sent was schema-valid")
        : Outcome.fail(
                bad.size()
                    + " request(s) sent documents that are not schema-valid, first: "
                    + bad.get(0)
                    + " "
                    + bad.get(0).findings())
            .with(bad);
  }

  private Outcome comm003() {
    try {
      Comm003.assertPassed(
          engine.server.connectionsSince(engine.connectionMark),
          engine.server.deviceCapabilityUri().getPath());
      return Outcome.pass(
          "a connection negotiated TLS 1.2 with TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 and GET the"
              + " DeviceCapability with 200");
    } catch (AssertionError e) {
      return Outcome.fail(e.getMessage());
    }
  }

  private Outcome comm004() {
    if (engine.server.options().comm004().isEmpty()) {
      return Outcome.fail(
          "the server presented a compliant chain: start it with ServerOptions.builder()"
              + ".comm004(variant)");
    }
    List<ConnectionRecord> connections = engine.server.connectionsSince(engine.connectionMark);
    if (connections.isEmpty()) {
      return Outcome.fail("the client never connected, so it never saw the defective chain");
    }
    List<String> accepted = new ArrayList<>();
    for (ConnectionRecord r : connections) {
      if (!r.exchanges().isEmpty()) {
        accepted.add(
            "#"
                + r.id()
                + " carried "
                + (r.exchanges().size() + r.exchangesNotKept())
                + " HTTP request(s)");
      }
    }
    String variant = engine.server.options().comm004().get().toString();
    return accepted.isEmpty()
        ? Outcome.pass(
            "the client refused the defective chain ("
                + variant
                + ") on all "
                + connections.size()
                + " connection(s)")
        : Outcome.fail(
            "the client accepted the defective chain ("
                + variant
                + ") and sent requests over it: "
                + accepted);
  }
}
