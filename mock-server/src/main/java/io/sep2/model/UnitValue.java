package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * A scaled value with its unit of measure (UomType): {@code value} &times; 10<sup>{@code
 * multiplier}</sup> {@code unit}.
 *
 * @param multiplier power of ten applied to the value
 * @param unit unit of measure code (UomType, e.g. 38 = W, 72 = Wh)
 * @param value signed significand (Int32)
 */
@JsonPropertyOrder({"multiplier", "unit", "value"})
public record UnitValue(
    @JacksonXmlProperty(localName = "multiplier") int multiplier,
    @JacksonXmlProperty(localName = "unit") int unit,
    @JacksonXmlProperty(localName = "value") int value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public UnitValue {
    Ranges.int8("multiplier", multiplier);
    Ranges.uint8("unit", unit);
    Ranges.int32("value", value);
  }

  @JsonCreator
  private static UnitValue fromXml(
      @JacksonXmlProperty(localName = "multiplier") Integer multiplier,
      @JacksonXmlProperty(localName = "unit") Integer unit,
      @JacksonXmlProperty(localName = "value") Integer value) {
    return new UnitValue(
        Required.element("UnitValueType", "multiplier", multiplier),
        Required.element("UnitValueType", "unit", unit),
        Required.element("UnitValueType", "value", value));
  }
}
