package io.sep2.utility.internal;

import io.sep2.model.MirrorUsagePoint;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.utility.Device;
import io.sep2.utility.Exchange;
import io.sep2.utility.NotificationDelivery;
import io.sep2.utility.Program;
import io.sep2.utility.Utility;
import io.sep2.utility.UtilityClock;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The {@link Utility} of one server, over its {@link UtilityServer}. */
public final class UtilityImpl implements Utility {

  private final UtilityServer server;
  private final UtilityClock clock;

  /** A utility over a new utility server. */
  public UtilityImpl(
      UtilityClock clock,
      UtilitySettings settings,
      int retainedExchanges,
      NotificationSender sender) {
    this.clock = clock;
    this.server = new UtilityServer(clock, settings, retainedExchanges, sender);
  }

  /** Stops the notification thread. */
  public void close() {
    server.close();
  }

  @Override
  public List<NotificationDelivery> notifications() {
    return server.notifications().all();
  }

  @Override
  public NotificationDelivery awaitNotification(String subscribedResource, Duration timeout) {
    Objects.requireNonNull(subscribedResource, "subscribedResource");
    RequestPattern pattern = RequestPattern.of(underBase(subscribedResource));
    try {
      return server
          .notifications()
          .await(d -> d.delivered() && pattern.matches(d.subscribedResource()), timeout)
          .orElseThrow(
              () ->
                  new AssertionError(
                      "no Notification about "
                          + subscribedResource
                          + " was delivered within "
                          + timeout.toMillis()
                          + " ms; attempts: "
                          + server.notifications().all()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a notification", e);
    }
  }

  /** The server that answers requests. */
  public UtilityServer server() {
    return server;
  }

  @Override
  public UtilityClock clock() {
    return clock;
  }

  @Override
  public void reset() {
    server.locked(
        state -> {
          state.reset();
          return null;
        });
  }

  @Override
  public Device registerDevice(X509Certificate certificate) {
    Objects.requireNonNull(certificate, "certificate");
    DeviceIdentity identity = DeviceIdentity.of(certificate);
    return register(identity.lfdi(), identity.sfdi());
  }

  @Override
  public Device registerDevice(String lfdi) {
    Objects.requireNonNull(lfdi, "lfdi");
    if (!lfdi.matches("[0-9A-Fa-f]{40}")) {
      throw new IllegalArgumentException("an LFDI is 40 hex digits, was '" + lfdi + "'");
    }
    String upper = lfdi.toUpperCase(Locale.ROOT);
    return register(upper, DeviceIdentity.sfdiOfLfdi(upper));
  }

  private Device register(String lfdi, long sfdi) {
    Device device =
        server.locked(
            state ->
                new DeviceView(
                    server, state.deviceByLfdi(lfdi).orElseGet(() -> state.addDevice(lfdi, sfdi))));
    server.changed();
    return device;
  }

  @Override
  public Optional<Device> device(String lfdi) {
    return server.locked(state -> state.deviceByLfdi(lfdi).map(d -> new DeviceView(server, d)));
  }

  @Override
  public Optional<Device> device(X509Certificate certificate) {
    return device(DeviceIdentity.of(certificate).lfdi());
  }

  @Override
  public List<Device> devices() {
    return server.locked(
        state -> {
          List<Device> devices = new ArrayList<>();
          state.devices.values().forEach(d -> devices.add(new DeviceView(server, d)));
          return devices;
        });
  }

  @Override
  public void registerAggregator(String lfdi) {
    Objects.requireNonNull(lfdi, "lfdi");
    if (!lfdi.matches("[0-9A-Fa-f]{40}")) {
      throw new IllegalArgumentException("an LFDI is 40 hex digits, was '" + lfdi + "'");
    }
    server.locked(state -> state.aggregators.add(lfdi.toUpperCase(Locale.ROOT)));
  }

  @Override
  public Program createProgram(String description, int primacy, long fsa) {
    Objects.requireNonNull(description, "description");
    if (primacy < 0 || primacy > 255) {
      throw new IllegalArgumentException("primacy must be 0..255, was " + primacy);
    }
    if (fsa < 1) {
      throw new IllegalArgumentException("a function set assignment id is at least 1, was " + fsa);
    }
    Program program =
        server.locked(
            state -> new ProgramView(server, state.addProgram(description, primacy, fsa)));
    server.changed();
    return program;
  }

  @Override
  public Optional<Program> program(long id) {
    return server.locked(state -> state.program(id).map(p -> new ProgramView(server, p)));
  }

  @Override
  public List<Program> programs() {
    return server.locked(
        state -> {
          List<Program> programs = new ArrayList<>();
          state.programs.forEach(p -> programs.add(new ProgramView(server, p)));
          return programs;
        });
  }

  @Override
  public List<MirrorUsagePoint> mirrorUsagePoints() {
    return server.locked(
        state -> {
          List<MirrorUsagePoint> mirrors = new ArrayList<>();
          for (MirrorState mirror : state.mirrors.values()) {
            mirrors.add(
                mirror.latest.toBuilder()
                    .href(state.base() + "/mup/" + mirror.id)
                    .postRate(state.postRate())
                    .build());
          }
          return mirrors;
        });
  }

  @Override
  public Utility onExchange(Consumer<Exchange> listener) {
    server.onExchange(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  @Override
  public Utility removeExchangeListener(Consumer<Exchange> listener) {
    server.removeExchangeListener(listener);
    return this;
  }

  @Override
  public List<Exchange> exchanges() {
    return server.log().all();
  }

  @Override
  public Exchange awaitRequest(String method, String pathPattern, Duration timeout) {
    return await(0, method, pathPattern, timeout, "");
  }

  @Override
  public Exchange awaitNextRequest(String method, String pathPattern, Duration timeout) {
    return await(server.log().mark(), method, pathPattern, timeout, "next ");
  }

  /** {@code path} under the base path, whether or not it already starts with it. */
  private String underBase(String path) {
    String base = server.locked(UtilityState::base);
    boolean withBase = !base.isEmpty() && (path.equals(base) || path.startsWith(base + "/"));
    return withBase ? path : base + path;
  }

  private Exchange await(
      long mark, String method, String pathPattern, Duration timeout, String which) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathPattern, "pathPattern");
    RequestPattern pattern = RequestPattern.of(underBase(pathPattern));
    try {
      return server
          .log()
          .await(
              mark, e -> e.method().equalsIgnoreCase(method) && pattern.matches(e.path()), timeout)
          .orElseThrow(
              () ->
                  new AssertionError(
                      "no "
                          + which
                          + method
                          + " "
                          + pathPattern
                          + " within "
                          + timeout.toMillis()
                          + " ms; the utility server saw: "
                          + recent()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + method + " " + pathPattern, e);
    }
  }

  private String recent() {
    List<Exchange> all = server.log().all();
    if (all.isEmpty()) {
      return "no request at all";
    }
    List<Exchange> last = all.subList(Math.max(0, all.size() - 20), all.size());
    StringBuilder s = new StringBuilder();
    for (Exchange e : last) {
      s.append("\n  ").append(e);
    }
    return s.toString();
  }
}
