package io.sep2.utility.internal;

import io.sep2.model.LogEvent;
import io.sep2.model.Response;
import io.sep2.model.Sep2Document;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One EndDevice on the utility server: its identity, registration, and what its client stored.
 * Guarded by the {@link UtilityState} lock.
 */
final class DeviceState {

  /** What a client may PUT under its EndDevice, each at its own path. */
  enum Kind {
    DER_CAPABILITY("der/1/dercap", "DERCapability"),
    DER_SETTINGS("der/1/derg", "DERSettings"),
    DER_STATUS("der/1/ders", "DERStatus"),
    DER_AVAILABILITY("der/1/dera", "DERAvailability"),
    DEVICE_INFORMATION("di", "DeviceInformation"),
    DEVICE_STATUS("dstat", "DeviceStatus"),
    POWER_STATUS("ps", "PowerStatus"),
    CONNECTION_POINT("cp", "ConnectionPoint");

    final String subPath;
    final String element;

    Kind(String subPath, String element) {
      this.subPath = subPath;
      this.element = element;
    }
  }

  final long id;
  final String lfdi;
  final long sfdi;
  final Instant registered;
  Instant changed;
  boolean enabled = true;
  int pin;
  boolean registrationLink = true;
  Long postRate;
  Long deviceCategory;
  final Map<Kind, StoredDocument<? extends Sep2Document>> documents = new EnumMap<>(Kind.class);
  final List<StoredDocument<Response>> responses = new ArrayList<>();
  final List<StoredDocument<LogEvent>> logEvents = new ArrayList<>();
  final List<SubscriptionState> subscriptions = new ArrayList<>();

  DeviceState(long id, String lfdi, long sfdi, Instant registered, int pin) {
    this.id = id;
    this.lfdi = lfdi;
    this.sfdi = sfdi;
    this.registered = registered;
    this.changed = registered;
    this.pin = pin;
  }

  String href(UtilityState state) {
    return href(state.base());
  }

  String href(String base) {
    return base + "/edev/" + id;
  }
}
