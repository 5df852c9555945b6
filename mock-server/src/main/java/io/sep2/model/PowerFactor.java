package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * A displacement power factor, cos&theta; = {@code displacement} &times; 10<sup>{@code
 * multiplier}</sup> (e.g. 0.95 as 950 and -3).
 *
 * @param displacement significand of cos&theta; (UInt16)
 * @param multiplier power of ten applied to the displacement
 */
@JsonPropertyOrder({"displacement", "multiplier"})
public record PowerFactor(
    @JacksonXmlProperty(localName = "displacement") int displacement,
    @JacksonXmlProperty(localName = "multiplier") int multiplier) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public PowerFactor {
    Ranges.uint16("displacement", displacement);
    Ranges.int8("multiplier", multiplier);
  }

  @JsonCreator
  private static PowerFactor fromXml(
      @JacksonXmlProperty(localName = "displacement") Integer displacement,
      @JacksonXmlProperty(localName = "multiplier") Integer multiplier) {
    return new PowerFactor(
        Required.element("PowerFactor", "displacement", displacement),
        Required.element("PowerFactor", "multiplier", multiplier));
  }
}
