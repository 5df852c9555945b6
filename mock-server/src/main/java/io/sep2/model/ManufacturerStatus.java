package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * A manufacturer-specific status text of up to 6 characters and when it last changed.
 *
 * @param dateTime when the status last changed
 * @param value manufacturer status text (String6)
 */
@JsonPropertyOrder({"dateTime", "value"})
public record ManufacturerStatus(
    @JacksonXmlProperty(localName = "dateTime") Instant dateTime,
    @JacksonXmlProperty(localName = "value") String value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public ManufacturerStatus {
    Objects.requireNonNull(dateTime, "dateTime");
    dateTime = Ranges.time("dateTime", dateTime);
    Objects.requireNonNull(value, "value");
    Ranges.string("value", value, 6);
  }

  @JsonCreator
  private static ManufacturerStatus fromXml(
      @JacksonXmlProperty(localName = "dateTime") Instant dateTime,
      @JacksonXmlProperty(localName = "value") String value) {
    return new ManufacturerStatus(
        Required.element("ManufacturerStatusType", "dateTime", dateTime),
        Required.element("ManufacturerStatusType", "value", value));
  }
}
