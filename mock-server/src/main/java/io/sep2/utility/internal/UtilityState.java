package io.sep2.utility.internal;

import io.sep2.utility.UtilityClock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the utility server knows: EndDevices, programs with their controls, mirror usage
 * points. Not thread-safe by itself: every reader and writer holds this object's monitor ({@code
 * synchronized (state)}), so a request sees and leaves a consistent state and nothing is stored
 * partly.
 */
final class UtilityState {

  final UtilityClock clock;
  final UtilitySettings settings;
  final Map<Long, DeviceState> devices = new LinkedHashMap<>();
  final Set<String> aggregators = new HashSet<>();
  final List<ProgramState> programs = new ArrayList<>();
  final Map<Long, MirrorState> mirrors = new LinkedHashMap<>();

  /**
   * The aggregators' own EndDevices ({@code /edev/0}), by LFDI (upper case): made when an
   * aggregator first uses one; they hold its subscriptions and nothing else.
   */
  final Map<String, DeviceState> aggregatorDevices = new LinkedHashMap<>();

  private long nextDevice = 1;
  private long nextProgram = 1;
  private long nextControl = 1;
  private long nextMirror = 1;
  long nextResponse = 1;
  long nextLogEvent = 1;
  long nextSubscription = 1;

  /**
   * pollRates set per list ({@code dcap}, {@code edev}, {@code fsa}, {@code derp}, {@code der},
   * {@code mup}); the settings' pollRate for the others.
   */
  final Map<String, Long> pollRates = new java.util.HashMap<>();

  /** The MirrorUsagePoint postRate when set, else {@code null} for the settings' postRate. */
  Long postRate;

  /** Whether EndDevices link their Registration (each device can also switch its own off). */
  boolean registrationLinks = true;

  UtilityState(UtilityClock clock, UtilitySettings settings) {
    this.clock = clock;
    this.settings = settings;
    this.aggregators.addAll(settings.aggregators());
  }

  String base() {
    return settings.basePath();
  }

  Optional<DeviceState> deviceByLfdi(String lfdi) {
    if (lfdi == null) {
      return Optional.empty();
    }
    return devices.values().stream().filter(d -> d.lfdi.equalsIgnoreCase(lfdi)).findFirst();
  }

  Optional<DeviceState> deviceBySfdi(long sfdi) {
    return devices.values().stream().filter(d -> d.sfdi == sfdi).findFirst();
  }

  DeviceState addDevice(String lfdi, long sfdi) {
    DeviceState device =
        new DeviceState(nextDevice++, lfdi, sfdi, clock.instant(), settings.registrationPin());
    devices.put(device.id, device);
    return device;
  }

  ProgramState addProgram(String description, int primacy, long fsa) {
    ProgramState program = new ProgramState(nextProgram++, description, primacy, fsa);
    programs.add(program);
    return program;
  }

  long nextControlId() {
    return nextControl++;
  }

  Optional<ProgramState> program(long id) {
    return programs.stream().filter(p -> p.id == id).findFirst();
  }

  /** Programs by primacy (lowest number, highest priority, first), then by id. */
  List<ProgramState> programsByPrimacy() {
    List<ProgramState> sorted = new ArrayList<>(programs);
    sorted.sort(
        (a, b) ->
            a.primacy != b.primacy
                ? Integer.compare(a.primacy, b.primacy)
                : Long.compare(a.id, b.id));
    return sorted;
  }

  MirrorState addMirror(MirrorState.Factory factory) {
    MirrorState mirror = factory.make(nextMirror++);
    mirrors.put(mirror.id, mirror);
    return mirror;
  }

  /**
   * The pollRate served for {@code list} ({@code dcap}, {@code edev}, {@code fsa}, {@code derp},
   * {@code der}, {@code mup}).
   */
  long pollRate(String list) {
    Long rate = pollRates.get(list);
    return rate != null ? rate : settings.pollRate();
  }

  /** The postRate served on MirrorUsagePoints. */
  long postRate() {
    return postRate != null ? postRate : settings.postRate();
  }

  /**
   * Forgets every EndDevice (with what their clients stored and subscribed to), program, control
   * and mirror, restarts every numbering at 1 and drops rate and link changes: the state of a fresh
   * server. Aggregator certificates stay registered.
   */
  void reset() {
    devices.clear();
    programs.clear();
    mirrors.clear();
    nextDevice = 1;
    nextProgram = 1;
    nextControl = 1;
    nextMirror = 1;
    nextResponse = 1;
    nextLogEvent = 1;
    nextSubscription = 1;
    pollRates.clear();
    postRate = null;
    registrationLinks = true;
    aggregatorDevices.clear();
  }

  /** The aggregator's own EndDevice {@code /edev/0}, made on first use. */
  DeviceState aggregatorDevice(String lfdi, long sfdi) {
    return aggregatorDevices.computeIfAbsent(
        lfdi.toUpperCase(java.util.Locale.ROOT),
        key -> new DeviceState(0, key, sfdi, clock.instant(), settings.registrationPin()));
  }

  boolean isAggregator(String lfdi) {
    return lfdi != null && aggregators.contains(lfdi.toUpperCase(java.util.Locale.ROOT));
  }
}
