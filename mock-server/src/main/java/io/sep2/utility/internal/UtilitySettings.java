package io.sep2.utility.internal;

import io.sep2.model.SchemaValidator;
import java.time.ZoneId;
import java.util.Set;

/**
 * The utility server's settings, taken from the server options.
 *
 * @param basePath a prefix of every href ({@code ""} for none, else e.g. {@code /sep2})
 * @param registrationPin the five-digit PIN of a new EndDevice (served with its check digit)
 * @param pollRate the pollRate of DeviceCapability and of the lists, in seconds
 * @param postRate the postRate of MirrorUsagePoints, in seconds
 * @param timeZone the zone of the Time resource
 * @param aggregators LFDIs (upper case) of certificates that may act for several EndDevices
 * @param schema validates what clients send, or {@code null}
 * @param serverLfdi the LFDI of the server certificate (SelfDevice)
 * @param serverSfdi the SFDI of the server certificate (SelfDevice)
 * @param csipAus whether EndDevices link their CSIP-AUS ConnectionPoint
 */
public record UtilitySettings(
    String basePath,
    int registrationPin,
    long pollRate,
    long postRate,
    ZoneId timeZone,
    Set<String> aggregators,
    SchemaValidator schema,
    String serverLfdi,
    long serverSfdi,
    boolean csipAus) {

  /** Copies the set. */
  public UtilitySettings {
    aggregators = Set.copyOf(aggregators);
  }
}
