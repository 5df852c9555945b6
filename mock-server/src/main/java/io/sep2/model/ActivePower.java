package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * Real power in watts: {@code value} &times; 10<sup>{@code multiplier}</sup> W. {@link
 * #watts(long)} picks a multiplier so that the value fits the schema's Int16.
 *
 * @param multiplier power of ten applied to the value (-9..9 in practice, Int8 in the schema)
 * @param value signed significand (Int16)
 */
@JsonPropertyOrder({"multiplier", "value"})
public record ActivePower(
    @JacksonXmlProperty(localName = "multiplier") int multiplier,
    @JacksonXmlProperty(localName = "value") int value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public ActivePower {
    Ranges.int8("multiplier", multiplier);
    Ranges.int16("value", value);
  }

  /**
   * Returns the active power closest to {@code watts} whose value fits Int16: the multiplier is the
   * smallest power of ten (from 0 up) that brings the value into -32768..32767, and the value is
   * rounded half up when precision is lost (e.g. 5000 W is 5000 &times; 10<sup>0</sup>, 50000 W is
   * 5000 &times; 10<sup>1</sup>).
   *
   * @throws IllegalArgumentException if no multiplier up to 9 makes the value fit
   */
  public static ActivePower watts(long watts) {
    int[] scaled = Scaling.toSignificand(watts, Short.MIN_VALUE, Short.MAX_VALUE, "watts");
    return new ActivePower(scaled[0], scaled[1]);
  }

  /** Returns this power in watts: {@code value} &times; 10<sup>{@code multiplier}</sup>. */
  public double watts() {
    return value * Math.pow(10, multiplier);
  }

  @JsonCreator
  private static ActivePower fromXml(
      @JacksonXmlProperty(localName = "multiplier") Integer multiplier,
      @JacksonXmlProperty(localName = "value") Integer value) {
    return new ActivePower(
        Required.element("ActivePower", "multiplier", multiplier),
        Required.element("ActivePower", "value", value));
  }
}
