package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * What a plug-in electric vehicle reports about its charging session.
 *
 * @param chargingPowerNow power the vehicle is charging at now
 * @param energyRequestNow energy the vehicle still requests
 * @param maxForwardPower highest charging power the vehicle accepts
 * @param minimumChargingDuration shortest time needed to reach the target, in seconds
 * @param targetStateOfCharge target state of charge, hundredths of a percent
 * @param timeChargeIsNeeded when the vehicle needs the charge
 * @param timeChargingStatusPev when this information was last updated
 */
@JsonPropertyOrder({
  "chargingPowerNow",
  "energyRequestNow",
  "maxForwardPower",
  "minimumChargingDuration",
  "targetStateOfCharge",
  "timeChargeIsNeeded",
  "timeChargingStatusPEV"
})
public record PevInfo(
    @JacksonXmlProperty(localName = "chargingPowerNow") ActivePower chargingPowerNow,
    @JacksonXmlProperty(localName = "energyRequestNow") RealEnergy energyRequestNow,
    @JacksonXmlProperty(localName = "maxForwardPower") ActivePower maxForwardPower,
    @JacksonXmlProperty(localName = "minimumChargingDuration") long minimumChargingDuration,
    @JacksonXmlProperty(localName = "targetStateOfCharge") int targetStateOfCharge,
    @JacksonXmlProperty(localName = "timeChargeIsNeeded") Instant timeChargeIsNeeded,
    @JacksonXmlProperty(localName = "timeChargingStatusPEV") Instant timeChargingStatusPev) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public PevInfo {
    Objects.requireNonNull(chargingPowerNow, "chargingPowerNow");
    Objects.requireNonNull(energyRequestNow, "energyRequestNow");
    Objects.requireNonNull(maxForwardPower, "maxForwardPower");
    Ranges.uint32("minimumChargingDuration", minimumChargingDuration);
    Ranges.uint16("targetStateOfCharge", targetStateOfCharge);
    Objects.requireNonNull(timeChargeIsNeeded, "timeChargeIsNeeded");
    timeChargeIsNeeded = Ranges.time("timeChargeIsNeeded", timeChargeIsNeeded);
    Objects.requireNonNull(timeChargingStatusPev, "timeChargingStatusPEV");
    timeChargingStatusPev = Ranges.time("timeChargingStatusPEV", timeChargingStatusPev);
  }

  @JsonCreator
  private static PevInfo fromXml(
      @JacksonXmlProperty(localName = "chargingPowerNow") ActivePower chargingPowerNow,
      @JacksonXmlProperty(localName = "energyRequestNow") RealEnergy energyRequestNow,
      @JacksonXmlProperty(localName = "maxForwardPower") ActivePower maxForwardPower,
      @JacksonXmlProperty(localName = "minimumChargingDuration") Long minimumChargingDuration,
      @JacksonXmlProperty(localName = "targetStateOfCharge") Integer targetStateOfCharge,
      @JacksonXmlProperty(localName = "timeChargeIsNeeded") Instant timeChargeIsNeeded,
      @JacksonXmlProperty(localName = "timeChargingStatusPEV") Instant timeChargingStatusPev) {
    return new PevInfo(
        Required.element("PEVInfo", "chargingPowerNow", chargingPowerNow),
        Required.element("PEVInfo", "energyRequestNow", energyRequestNow),
        Required.element("PEVInfo", "maxForwardPower", maxForwardPower),
        Required.element("PEVInfo", "minimumChargingDuration", minimumChargingDuration),
        Required.element("PEVInfo", "targetStateOfCharge", targetStateOfCharge),
        Required.element("PEVInfo", "timeChargeIsNeeded", timeChargeIsNeeded),
        Required.element("PEVInfo", "timeChargingStatusPEV", timeChargingStatusPev));
  }
}
