package io.sep2.utility;

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
import java.util.List;
import java.util.Optional;

/**
 * One EndDevice on the utility server: its identity and registration, and what its client stored. A
 * live view: every call reads the current state.
 */
public interface Device {

  /** The EndDevice's number, {@code 1} for {@code /edev/1}. */
  long id();

  /** Its href, e.g. {@code /edev/1}. */
  String href();

  /** The LFDI (40 upper-case hex digits) of the device's certificate. */
  String lfdi();

  /** The SFDI of the device's certificate. */
  long sfdi();

  /** The five-digit registration PIN (served with its check digit). */
  int registrationPin();

  /**
   * Sets the five-digit registration PIN this device's Registration serves (with its check digit),
   * e.g. to test that a device refuses to go on with a PIN it was not given.
   *
   * @throws IllegalArgumentException unless 0..99999
   */
  Device registrationPin(int pin);

  /**
   * Whether the EndDevice links its Registration. Default {@code true}; a procedure switches it off
   * to test a client that must cope without one.
   */
  Device registrationLink(boolean linked);

  /** The DERCapability the device PUT last, if any. */
  Optional<DerCapability> derCapability();

  /** The DERSettings the device PUT last, if any. */
  Optional<DerSettings> derSettings();

  /** The DERStatus the device PUT last, if any. */
  Optional<DerStatus> derStatus();

  /** The DERAvailability the device PUT last, if any. */
  Optional<DerAvailability> derAvailability();

  /** The DeviceInformation the device PUT last, if any. */
  Optional<DeviceInformation> deviceInformation();

  /** The DeviceStatus the device PUT last, if any. */
  Optional<DeviceStatus> deviceStatus();

  /** The PowerStatus the device PUT last, if any. */
  Optional<PowerStatus> powerStatus();

  /** The CSIP-AUS ConnectionPoint the device PUT last, if any. */
  Optional<ConnectionPoint> connectionPoint();

  /** The Responses the device POSTed, oldest first. */
  List<Response> responses();

  /** The LogEvents the device POSTed, oldest first. */
  List<LogEvent> logEvents();

  /** Every MirrorMeterReading posted for this device's MirrorUsagePoints, oldest first. */
  List<MirrorMeterReading> readings();
}
