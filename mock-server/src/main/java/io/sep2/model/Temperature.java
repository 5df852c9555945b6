package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * A temperature reading of a device: {@code value} &times; 10<sup>{@code multiplier}</sup> &deg;C
 * of the part named by {@code subject}.
 *
 * @param multiplier power of ten applied to the value
 * @param subject what was measured: 0 = enclosure, 1 = transformer, 2 = heat sink
 * @param value signed significand in degrees Celsius
 */
@JsonPropertyOrder({"multiplier", "subject", "value"})
public record Temperature(
    @JacksonXmlProperty(localName = "multiplier") int multiplier,
    @JacksonXmlProperty(localName = "subject") int subject,
    @JacksonXmlProperty(localName = "value") int value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public Temperature {
    Ranges.int8("multiplier", multiplier);
    Ranges.uint8("subject", subject);
    Ranges.int16("value", value);
  }

  @JsonCreator
  private static Temperature fromXml(
      @JacksonXmlProperty(localName = "multiplier") Integer multiplier,
      @JacksonXmlProperty(localName = "subject") Integer subject,
      @JacksonXmlProperty(localName = "value") Integer value) {
    return new Temperature(
        Required.element("Temperature", "multiplier", multiplier),
        Required.element("Temperature", "subject", subject),
        Required.element("Temperature", "value", value));
  }
}
