package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether the DER is under local control (0 local, 1 remote) and since when.
 *
 * @param dateTime when the status last changed
 * @param value 0 = local control, 1 = remote control
 */
@JsonPropertyOrder({"dateTime", "value"})
public record LocalControlModeStatus(
    @JacksonXmlProperty(localName = "dateTime") Instant dateTime,
    @JacksonXmlProperty(localName = "value") int value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public LocalControlModeStatus {
    Objects.requireNonNull(dateTime, "dateTime");
    dateTime = Ranges.time("dateTime", dateTime);
    Ranges.uint8("value", value);
  }

  @JsonCreator
  private static LocalControlModeStatus fromXml(
      @JacksonXmlProperty(localName = "dateTime") Instant dateTime,
      @JacksonXmlProperty(localName = "value") Integer value) {
    return new LocalControlModeStatus(
        Required.element("LocalControlModeStatusType", "dateTime", dateTime),
        Required.element("LocalControlModeStatusType", "value", value));
  }
}
