package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * Reactive susceptance: {@code value} &times; 10<sup>{@code multiplier}</sup> siemens, the reactive
 * power a DER can absorb per volt squared.
 *
 * @param multiplier power of ten applied to the value
 * @param value unsigned significand (UInt16)
 */
@JsonPropertyOrder({"multiplier", "value"})
public record ReactiveSusceptance(
    @JacksonXmlProperty(localName = "multiplier") int multiplier,
    @JacksonXmlProperty(localName = "value") int value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public ReactiveSusceptance {
    Ranges.int8("multiplier", multiplier);
    Ranges.uint16("value", value);
  }

  /** Returns the quantity in siemens: {@code value} &times; 10<sup>{@code multiplier}</sup>. */
  public double siemens() {
    return value * Math.pow(10, multiplier);
  }

  @JsonCreator
  private static ReactiveSusceptance fromXml(
      @JacksonXmlProperty(localName = "multiplier") Integer multiplier,
      @JacksonXmlProperty(localName = "value") Integer value) {
    return new ReactiveSusceptance(
        Required.element("ReactiveSusceptance", "multiplier", multiplier),
        Required.element("ReactiveSusceptance", "value", value));
  }
}
