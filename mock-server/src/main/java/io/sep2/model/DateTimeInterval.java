package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * A time interval: it starts at {@code start} and lasts {@code duration} seconds. Events (controls)
 * and reading sets use it.
 *
 * @param duration length of the interval, in seconds (UInt32)
 * @param start start of the interval (TimeType, whole seconds since the epoch)
 */
@JsonPropertyOrder({"duration", "start"})
public record DateTimeInterval(
    @JacksonXmlProperty(localName = "duration") long duration,
    @JacksonXmlProperty(localName = "start") Instant start) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public DateTimeInterval {
    Ranges.uint32("duration", duration);
    Objects.requireNonNull(start, "start");
    start = Ranges.time("start", start);
  }

  @JsonCreator
  private static DateTimeInterval fromXml(
      @JacksonXmlProperty(localName = "duration") Long duration,
      @JacksonXmlProperty(localName = "start") Instant start) {
    return new DateTimeInterval(
        Required.element("DateTimeInterval", "duration", duration),
        Required.element("DateTimeInterval", "start", start));
  }
}
