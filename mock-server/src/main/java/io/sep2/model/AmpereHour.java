package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * Charge in ampere-hours: {@code value} &times; 10<sup>{@code multiplier}</sup> Ah.
 *
 * @param multiplier power of ten applied to the value
 * @param value unsigned significand (UInt16)
 */
@JsonPropertyOrder({"multiplier", "value"})
public record AmpereHour(
    @JacksonXmlProperty(localName = "multiplier") int multiplier,
    @JacksonXmlProperty(localName = "value") int value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public AmpereHour {
    Ranges.int8("multiplier", multiplier);
    Ranges.uint16("value", value);
  }

  /**
   * Returns the quantity in ampere-hours: {@code value} &times; 10<sup>{@code multiplier}</sup>.
   */
  public double ampereHours() {
    return value * Math.pow(10, multiplier);
  }

  @JsonCreator
  private static AmpereHour fromXml(
      @JacksonXmlProperty(localName = "multiplier") Integer multiplier,
      @JacksonXmlProperty(localName = "value") Integer value) {
    return new AmpereHour(
        Required.element("AmpereHour", "multiplier", multiplier),
        Required.element("AmpereHour", "value", value));
  }
}
