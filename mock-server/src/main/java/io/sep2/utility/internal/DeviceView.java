package io.sep2.utility.internal;

import io.sep2.model.ConnectionPoint;
import io.sep2.model.DerAvailability;
import io.sep2.model.DerCapability;
import io.sep2.model.DerSettings;
import io.sep2.model.DerStatus;
import io.sep2.model.DeviceInformation;
import io.sep2.model.DeviceStatus;
import io.sep2.model.LogEvent;
import io.sep2.model.MirrorMeterReading;
import io.sep2.model.PowerStatus;
import io.sep2.model.Response;
import io.sep2.model.Sep2Document;
import io.sep2.utility.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A live {@link Device} over one {@link DeviceState}. */
final class DeviceView implements Device {

  private final UtilityServer server;
  private final DeviceState device;

  DeviceView(UtilityServer server, DeviceState device) {
    this.server = server;
    this.device = device;
  }

  @Override
  public long id() {
    return device.id;
  }

  @Override
  public String href() {
    return server.locked(device::href);
  }

  @Override
  public String lfdi() {
    return device.lfdi;
  }

  @Override
  public long sfdi() {
    return device.sfdi;
  }

  @Override
  public int registrationPin() {
    return server.locked(state -> device.pin);
  }

  @Override
  public Device registrationPin(int pin) {
    RegistrationPin.withCheckDigit(pin);
    server.locked(
        state -> {
          device.pin = pin;
          device.changed = state.clock.instant();
          return null;
        });
    server.changed();
    return this;
  }

  @Override
  public Device registrationLink(boolean linked) {
    server.locked(
        state -> {
          device.registrationLink = linked;
          device.changed = state.clock.instant();
          return null;
        });
    server.changed();
    return this;
  }

  private <T extends Sep2Document> Optional<T> document(DeviceState.Kind kind, Class<T> type) {
    return server.locked(
        state ->
            Optional.ofNullable(device.documents.get(kind))
                .map(StoredDocument::value)
                .map(type::cast));
  }

  @Override
  public Optional<DerCapability> derCapability() {
    return document(DeviceState.Kind.DER_CAPABILITY, DerCapability.class);
  }

  @Override
  public Optional<DerSettings> derSettings() {
    return document(DeviceState.Kind.DER_SETTINGS, DerSettings.class);
  }

  @Override
  public Optional<DerStatus> derStatus() {
    return document(DeviceState.Kind.DER_STATUS, DerStatus.class);
  }

  @Override
  public Optional<DerAvailability> derAvailability() {
    return document(DeviceState.Kind.DER_AVAILABILITY, DerAvailability.class);
  }

  @Override
  public Optional<DeviceInformation> deviceInformation() {
    return document(DeviceState.Kind.DEVICE_INFORMATION, DeviceInformation.class);
  }

  @Override
  public Optional<DeviceStatus> deviceStatus() {
    return document(DeviceState.Kind.DEVICE_STATUS, DeviceStatus.class);
  }

  @Override
  public Optional<PowerStatus> powerStatus() {
    return document(DeviceState.Kind.POWER_STATUS, PowerStatus.class);
  }

  @Override
  public Optional<ConnectionPoint> connectionPoint() {
    return document(DeviceState.Kind.CONNECTION_POINT, ConnectionPoint.class);
  }

  @Override
  public List<Response> responses() {
    return server.locked(state -> device.responses.stream().map(StoredDocument::value).toList());
  }

  @Override
  public List<LogEvent> logEvents() {
    return server.locked(state -> device.logEvents.stream().map(StoredDocument::value).toList());
  }

  @Override
  public List<MirrorMeterReading> readings() {
    return server.locked(
        state -> {
          List<MirrorMeterReading> readings = new ArrayList<>();
          for (MirrorState mirror : state.mirrors.values()) {
            if (mirror.lfdi.equalsIgnoreCase(device.lfdi)) {
              mirror.readings.forEach(r -> readings.add(r.value()));
            }
          }
          return readings;
        });
  }

  @Override
  public String toString() {
    return "Device[" + href() + ", lfdi=" + device.lfdi + ", sfdi=" + device.sfdi + "]";
  }
}
