package io.sep2.utility.internal;

import io.sep2.model.ConnectionPoint;
import io.sep2.model.DerAvailability;
import io.sep2.model.DerCapability;
import io.sep2.model.DerSettings;
import io.sep2.model.DerStatus;
import io.sep2.model.MirrorMeterReading;
import io.sep2.model.MirrorUsagePoint;
import io.sep2.model.Response;
import io.sep2.model.Sep2Document;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a test procedure does to the utility server besides answering requests: start from a fresh
 * state, change the rates it serves, hide Registration links, register an EndDevice out of band,
 * remove a function set assignment; and snapshots of what clients stored, with when it arrived.
 * Every method takes the server's lock, which is re-entrant, so the procedure engine may call them
 * from its {@link Interceptor} hooks.
 */
public final class UtilityAdmin {

  /** A document a client stored, and when. */
  public record Stored<T>(T value, Instant time) {}

  /** A Response a client POSTed, from which EndDevice and when. */
  public record ReceivedResponse(String deviceHref, Response response, Instant time) {}

  /** A MirrorMeterReading as a client posted it, and when it arrived. */
  public record ReceivedReading(MirrorMeterReading reading, Instant time) {}

  /**
   * One EndDevice and what its client stored, as of the snapshot.
   *
   * @param id its number ({@code 1} for {@code /edev/1})
   * @param href e.g. {@code /edev/1}
   * @param lfdi its LFDI (as registered)
   * @param sfdi its SFDI
   * @param changed when it was registered or last changed
   * @param deviceCategory its deviceCategory bitmap, or {@code null}
   * @param capability the DERCapability stored, or {@code null}
   * @param settings the DERSettings stored, or {@code null}
   * @param status the DERStatus stored, or {@code null}
   * @param availability the DERAvailability stored, or {@code null}
   * @param connectionPoint the CSIP-AUS ConnectionPoint stored, or {@code null}
   * @param responses the Responses it POSTed, oldest first
   * @param subscriptions the subscribedResource of each of its subscriptions
   */
  public record DeviceSnapshot(
      long id,
      String href,
      String lfdi,
      long sfdi,
      Instant changed,
      Long deviceCategory,
      Stored<DerCapability> capability,
      Stored<DerSettings> settings,
      Stored<DerStatus> status,
      Stored<DerAvailability> availability,
      Stored<ConnectionPoint> connectionPoint,
      List<ReceivedResponse> responses,
      List<String> subscriptions) {}

  /**
   * One MirrorUsagePoint with every reading posted to it.
   *
   * @param href e.g. {@code /mup/2}
   * @param lfdi its deviceLFDI
   * @param mirror the MirrorUsagePoint as last POSTed (its MirrorMeterReadings carry the
   *     ReadingTypes)
   * @param readings every MirrorMeterReading posted for it, oldest first
   */
  public record MirrorSnapshot(
      String href, String lfdi, MirrorUsagePoint mirror, List<ReceivedReading> readings) {}

  private final UtilityServer server;

  /** Operations on {@code utility}'s server. */
  public UtilityAdmin(UtilityImpl utility) {
    this.server = utility.server();
  }

  /** Runs {@code action} under the server's lock. */
  public <T> T locked(Supplier<T> action) {
    return server.locked(state -> action.get());
  }

  /**
   * What a server whose communications are cut answers: HTTP 500 with a 2030.5 Error document,
   * without the request reaching any resource.
   */
  public UtilityResponse communicationsDown() {
    return new UtilityResponse(
            500,
            server.xml().write(io.sep2.model.Sep2Error.builder().reasonCode(0).build()),
            null,
            List.of())
        .finding("communications are cut by the test procedure: answered 500");
  }

  /** The exchange the utility server logs for {@code request} answered with {@code response}. */
  public static io.sep2.utility.Exchange exchange(
      UtilityRequest request, UtilityResponse response) {
    return new io.sep2.utility.Exchange(
        request.time(),
        request.method(),
        request.path(),
        request.query(),
        request.lfdi(),
        new String(request.body(), java.nio.charset.StandardCharsets.UTF_8),
        response.status(),
        response.location(),
        response.body() == null
            ? ""
            : new String(response.body(), java.nio.charset.StandardCharsets.UTF_8),
        response.findings(),
        response.change());
  }

  /** Whether the server validates what clients send against a schema. */
  public boolean validatesSchema() {
    return server.locked(state -> state.settings.schema() != null);
  }

  /** Adds an interceptor. */
  public void intercept(Interceptor interceptor) {
    server.intercept(interceptor);
  }

  /** Removes an interceptor. */
  public void stopIntercepting(Interceptor interceptor) {
    server.stopIntercepting(interceptor);
  }

  /** Calls {@code listener} when an operator says "proceed". */
  public void onProceed(Runnable listener) {
    server.onProceed(listener);
  }

  /** Stops calling a proceed listener. */
  public void stopOnProceed(Runnable listener) {
    server.stopOnProceed(listener);
  }

  /** Sends the notifications of what changed (call after changing state). */
  public void changed() {
    server.changed();
  }

  /** The base path of every href ({@code ""} for none). */
  public String basePath() {
    return server.locked(UtilityState::base);
  }

  /**
   * The pollRate of {@code list}: {@code dcap}, {@code edev}, {@code fsa}, {@code derp}, {@code
   * der} or {@code mup}.
   */
  public void pollRate(String list, long seconds) {
    server.locked(state -> state.pollRates.put(list, seconds));
  }

  /** The postRate of every MirrorUsagePoint (and the pollRate of their list). */
  public void postRate(long seconds) {
    server.locked(
        state -> {
          state.postRate = seconds;
          return null;
        });
  }

  /**
   * The postRate of one EndDevice ({@code null} or below 1 clears it); counts as a change of the
   * EndDevice.
   */
  public void devicePostRate(long deviceId, Long seconds) {
    server.locked(
        state -> {
          DeviceState device = state.devices.get(deviceId);
          if (device != null) {
            device.postRate = seconds == null || seconds < 1 ? null : seconds;
            device.changed = state.clock.instant();
          }
          return null;
        });
  }

  /** Whether the certificate with this LFDI is registered as an aggregator. */
  public boolean isAggregator(String lfdi) {
    return server.locked(state -> state.isAggregator(lfdi));
  }

  /** Whether EndDevices link their Registration. */
  public void registrationLinks(boolean linked) {
    server.locked(
        state -> {
          state.registrationLinks = linked;
          return null;
        });
  }

  /**
   * Registers an EndDevice out of band (as a utility's installer would), with this five-digit
   * registration PIN and CSIP-AUS NMI ({@code null} for none); an EndDevice with that LFDI already
   * there is kept as it is. Returns its id.
   */
  public long registerDevice(String lfdi, long sfdi, int pin, String nmi) {
    RegistrationPin.withCheckDigit(pin);
    return server.locked(
        state -> {
          Optional<DeviceState> known = state.deviceByLfdi(lfdi);
          if (known.isPresent()) {
            return known.get().id;
          }
          DeviceState device = state.addDevice(lfdi.toUpperCase(Locale.ROOT), sfdi);
          device.pin = pin;
          if (nmi != null) {
            device.documents.put(
                DeviceState.Kind.CONNECTION_POINT,
                new StoredDocument<>(
                    ConnectionPoint.builder().connectionPointId(nmi).build(),
                    state.clock.instant(),
                    ""));
          }
          return device.id;
        });
  }

  /**
   * Takes every program of function set assignment {@code fsa} out of it: they leave {@code
   * /edev/{e}/fsa/{fsa}/derp} (and the assignment leaves the list when no program is left in it)
   * but stay at {@code /edev/{e}/derp/{p}}. Returns how many programs moved.
   */
  public int removeFunctionSetAssignment(long fsa) {
    return server.locked(
        state -> {
          int moved = 0;
          for (ProgramState program : state.programs) {
            if (program.fsa == fsa) {
              program.fsa = 0;
              moved++;
            }
          }
          return moved;
        });
  }

  /** The function set assignment a program is in, {@code 0} when removed from it. */
  public long functionSetAssignment(long programId) {
    return server.locked(state -> state.program(programId).map(p -> p.fsa).orElse(0L));
  }

  /** Every EndDevice, in registration order. */
  public List<DeviceSnapshot> devices() {
    return server.locked(
        state -> {
          List<DeviceSnapshot> devices = new ArrayList<>();
          for (DeviceState device : state.devices.values()) {
            devices.add(snapshot(state, device));
          }
          return devices;
        });
  }

  /**
   * The "active" EndDevice: the one registered or changed last (the one the CSIP-AUS procedures
   * mean when they say "the EndDevice").
   */
  public Optional<DeviceSnapshot> activeDevice() {
    return devices().stream().max(Comparator.comparing(DeviceSnapshot::changed));
  }

  /** Every MirrorUsagePoint with its readings, in creation order. */
  public List<MirrorSnapshot> mirrors() {
    return server.locked(
        state -> {
          List<MirrorSnapshot> mirrors = new ArrayList<>();
          for (MirrorState mirror : state.mirrors.values()) {
            List<ReceivedReading> readings = new ArrayList<>();
            for (StoredDocument<MirrorMeterReading> r : mirror.readings) {
              readings.add(new ReceivedReading(r.value(), r.time()));
            }
            mirrors.add(
                new MirrorSnapshot(
                    state.base() + "/mup/" + mirror.id,
                    mirror.lfdi,
                    mirror.latest,
                    List.copyOf(readings)));
          }
          return mirrors;
        });
  }

  private static DeviceSnapshot snapshot(UtilityState state, DeviceState device) {
    List<ReceivedResponse> responses = new ArrayList<>();
    for (StoredDocument<Response> r : device.responses) {
      responses.add(new ReceivedResponse(device.href(state), r.value(), r.time()));
    }
    List<String> subscriptions = new ArrayList<>();
    for (SubscriptionState s : device.subscriptions) {
      subscriptions.add(s.subscription.subscribedResource());
    }
    return new DeviceSnapshot(
        device.id,
        device.href(state),
        device.lfdi,
        device.sfdi,
        device.changed,
        device.deviceCategory,
        stored(device, DeviceState.Kind.DER_CAPABILITY, DerCapability.class),
        stored(device, DeviceState.Kind.DER_SETTINGS, DerSettings.class),
        stored(device, DeviceState.Kind.DER_STATUS, DerStatus.class),
        stored(device, DeviceState.Kind.DER_AVAILABILITY, DerAvailability.class),
        stored(device, DeviceState.Kind.CONNECTION_POINT, ConnectionPoint.class),
        List.copyOf(responses),
        List.copyOf(subscriptions));
  }

  private static <T extends Sep2Document> Stored<T> stored(
      DeviceState device, DeviceState.Kind kind, Class<T> type) {
    StoredDocument<? extends Sep2Document> d = device.documents.get(kind);
    return d == null ? null : new Stored<>(type.cast(d.value()), d.time());
  }
}
