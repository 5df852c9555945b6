package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * Reactive power in volt-amperes reactive: {@code value} &times; 10<sup>{@code multiplier}</sup>
 * var.
 *
 * @param multiplier power of ten applied to the value
 * @param value signed significand (Int16)
 */
@JsonPropertyOrder({"multiplier", "value"})
public record ReactivePower(
    @JacksonXmlProperty(localName = "multiplier") int multiplier,
    @JacksonXmlProperty(localName = "value") int value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public ReactivePower {
    Ranges.int8("multiplier", multiplier);
    Ranges.int16("value", value);
  }

  /** Returns the quantity in vars: {@code value} &times; 10<sup>{@code multiplier}</sup>. */
  public double vars() {
    return value * Math.pow(10, multiplier);
  }

  @JsonCreator
  private static ReactivePower fromXml(
      @JacksonXmlProperty(localName = "multiplier") Integer multiplier,
      @JacksonXmlProperty(localName = "value") Integer value) {
    return new ReactivePower(
        Required.element("ReactivePower", "multiplier", multiplier),
        Required.element("ReactivePower", "value", value));
  }
}
