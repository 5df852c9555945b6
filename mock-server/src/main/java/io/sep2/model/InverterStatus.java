package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * The inverter state and when it last changed (0 N/A, 1 off, 2 sleeping, 3 starting, 4 tracking
 * MPPT, 5 forced power reduction, 6 shutting down, 7 fault, 8 standby, 9 test mode, 10 manufacturer
 * status).
 *
 * @param dateTime when the status last changed
 * @param value inverter state code
 */
@JsonPropertyOrder({"dateTime", "value"})
public record InverterStatus(
    @JacksonXmlProperty(localName = "dateTime") Instant dateTime,
    @JacksonXmlProperty(localName = "value") int value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public InverterStatus {
    Objects.requireNonNull(dateTime, "dateTime");
    dateTime = Ranges.time("dateTime", dateTime);
    Ranges.uint8("value", value);
  }

  @JsonCreator
  private static InverterStatus fromXml(
      @JacksonXmlProperty(localName = "dateTime") Instant dateTime,
      @JacksonXmlProperty(localName = "value") Integer value) {
    return new InverterStatus(
        Required.element("InverterStatusType", "dateTime", dateTime),
        Required.element("InverterStatusType", "value", value));
  }
}
