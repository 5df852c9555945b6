package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.Objects;

/**
 * Where a device is, as decimal degrees in text (e.g. {@code "-35.2809"}).
 *
 * @param lat latitude in decimal degrees
 * @param lon longitude in decimal degrees
 */
@JsonPropertyOrder({"lat", "lon"})
public record GpsLocation(
    @JacksonXmlProperty(localName = "lat") String lat,
    @JacksonXmlProperty(localName = "lon") String lon) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public GpsLocation {
    Objects.requireNonNull(lat, "lat");
    Ranges.string("lat", lat, 32);
    Objects.requireNonNull(lon, "lon");
    Ranges.string("lon", lon, 32);
  }

  @JsonCreator
  private static GpsLocation fromXml(
      @JacksonXmlProperty(localName = "lat") String lat,
      @JacksonXmlProperty(localName = "lon") String lon) {
    return new GpsLocation(
        Required.element("GPSLocationType", "lat", lat),
        Required.element("GPSLocationType", "lon", lon));
  }
}
