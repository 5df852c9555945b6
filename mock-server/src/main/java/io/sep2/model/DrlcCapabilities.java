package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.Objects;

/**
 * The demand response and load control abilities of a device.
 *
 * @param averageEnergy average energy the device uses per hour
 * @param maxDemand highest power the device draws
 * @param optionsImplemented bitmap of the DRLC options the device implements (HexBinary32)
 */
@JsonPropertyOrder({"averageEnergy", "maxDemand", "optionsImplemented"})
public record DrlcCapabilities(
    @JacksonXmlProperty(localName = "averageEnergy") RealEnergy averageEnergy,
    @JacksonXmlProperty(localName = "maxDemand") ActivePower maxDemand,
    @JacksonXmlProperty(localName = "optionsImplemented")
        @JsonSerialize(using = HexBinary.Hex32Serializer.class)
        long optionsImplemented) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public DrlcCapabilities {
    Objects.requireNonNull(averageEnergy, "averageEnergy");
    Objects.requireNonNull(maxDemand, "maxDemand");
    Ranges.hex32("optionsImplemented", optionsImplemented);
  }

  @JsonCreator
  private static DrlcCapabilities fromXml(
      @JacksonXmlProperty(localName = "averageEnergy") RealEnergy averageEnergy,
      @JacksonXmlProperty(localName = "maxDemand") ActivePower maxDemand,
      @JacksonXmlProperty(localName = "optionsImplemented")
          @JsonDeserialize(using = HexBinary.Hex32Deserializer.class)
          Long optionsImplemented) {
    return new DrlcCapabilities(
        Required.element("DRLCCapabilities", "averageEnergy", averageEnergy),
        Required.element("DRLCCapabilities", "maxDemand", maxDemand),
        Required.element("DRLCCapabilities", "optionsImplemented", optionsImplemented));
  }
}
