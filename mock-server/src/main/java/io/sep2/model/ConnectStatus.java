package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * A DER connect status bitmap and when it last changed: bit 0 connected, 1 available, 2 operating,
 * 3 test, 4 fault/error.
 *
 * @param dateTime when the status last changed
 * @param value bitmap: bit 0 connected, 1 available, 2 operating, 3 test, 4 fault/error
 *     (HexBinary8)
 */
@JsonPropertyOrder({"dateTime", "value"})
public record ConnectStatus(
    @JacksonXmlProperty(localName = "dateTime") Instant dateTime,
    @JacksonXmlProperty(localName = "value") @JsonSerialize(using = HexBinary.Hex8Serializer.class)
        int value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public ConnectStatus {
    Objects.requireNonNull(dateTime, "dateTime");
    dateTime = Ranges.time("dateTime", dateTime);
    Ranges.hex8("value", value);
  }

  @JsonCreator
  private static ConnectStatus fromXml(
      @JacksonXmlProperty(localName = "dateTime") Instant dateTime,
      @JacksonXmlProperty(localName = "value")
          @JsonDeserialize(using = HexBinary.Hex8Deserializer.class)
          Integer value) {
    return new ConnectStatus(
        Required.element("ConnectStatusType", "dateTime", dateTime),
        Required.element("ConnectStatusType", "value", value));
  }
}
