package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * A storage DER's state of charge in hundredths of a percent and when it was measured.
 *
 * @param dateTime when the status last changed
 * @param value state of charge, hundredths of a percent (PerCent)
 */
@JsonPropertyOrder({"dateTime", "value"})
public record StateOfChargeStatus(
    @JacksonXmlProperty(localName = "dateTime") Instant dateTime,
    @JacksonXmlProperty(localName = "value") int value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public StateOfChargeStatus {
    Objects.requireNonNull(dateTime, "dateTime");
    dateTime = Ranges.time("dateTime", dateTime);
    Ranges.uint16("value", value);
  }

  @JsonCreator
  private static StateOfChargeStatus fromXml(
      @JacksonXmlProperty(localName = "dateTime") Instant dateTime,
      @JacksonXmlProperty(localName = "value") Integer value) {
    return new StateOfChargeStatus(
        Required.element("StateOfChargeStatusType", "dateTime", dateTime),
        Required.element("StateOfChargeStatusType", "value", value));
  }
}
