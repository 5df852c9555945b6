package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * Real energy in watt-hours: {@code value} &times; 10<sup>{@code multiplier}</sup> Wh (UInt48
 * significand).
 *
 * @param multiplier power of ten applied to the value
 * @param value unsigned significand (UInt48)
 */
@JsonPropertyOrder({"multiplier", "value"})
public record RealEnergy(
    @JacksonXmlProperty(localName = "multiplier") int multiplier,
    @JacksonXmlProperty(localName = "value") long value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public RealEnergy {
    Ranges.int8("multiplier", multiplier);
    Ranges.uint48("value", value);
  }

  /** Returns the quantity in watt-hours: {@code value} &times; 10<sup>{@code multiplier}</sup>. */
  public double wattHours() {
    return value * Math.pow(10, multiplier);
  }

  @JsonCreator
  private static RealEnergy fromXml(
      @JacksonXmlProperty(localName = "multiplier") Integer multiplier,
      @JacksonXmlProperty(localName = "value") Long value) {
    return new RealEnergy(
        Required.element("RealEnergy", "multiplier", multiplier),
        Required.element("RealEnergy", "value", value));
  }
}
