package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * The DER's operational mode (0 N/A, 1 off, 2 operational, 3 test) and when it last changed.
 *
 * @param dateTime when the status last changed
 * @param value 0 = not applicable, 1 = off, 2 = operational, 3 = test mode
 */
@JsonPropertyOrder({"dateTime", "value"})
public record OperationalModeStatus(
    @JacksonXmlProperty(localName = "dateTime") Instant dateTime,
    @JacksonXmlProperty(localName = "value") int value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public OperationalModeStatus {
    Objects.requireNonNull(dateTime, "dateTime");
    dateTime = Ranges.time("dateTime", dateTime);
    Ranges.uint8("value", value);
  }

  @JsonCreator
  private static OperationalModeStatus fromXml(
      @JacksonXmlProperty(localName = "dateTime") Instant dateTime,
      @JacksonXmlProperty(localName = "value") Integer value) {
    return new OperationalModeStatus(
        Required.element("OperationalModeStatusType", "dateTime", dateTime),
        Required.element("OperationalModeStatusType", "value", value));
  }
}
