package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether storage is charging (0), discharging (1) or holding (2), and since when.
 *
 * @param dateTime when the status last changed
 * @param value 0 = charging, 1 = discharging, 2 = holding
 */
@JsonPropertyOrder({"dateTime", "value"})
public record StorageModeStatus(
    @JacksonXmlProperty(localName = "dateTime") Instant dateTime,
    @JacksonXmlProperty(localName = "value") int value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public StorageModeStatus {
    Objects.requireNonNull(dateTime, "dateTime");
    dateTime = Ranges.time("dateTime", dateTime);
    Ranges.uint8("value", value);
  }

  @JsonCreator
  private static StorageModeStatus fromXml(
      @JacksonXmlProperty(localName = "dateTime") Instant dateTime,
      @JacksonXmlProperty(localName = "value") Integer value) {
    return new StorageModeStatus(
        Required.element("StorageModeStatusType", "dateTime", dateTime),
        Required.element("StorageModeStatusType", "value", value));
  }
}
