package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * A displacement power factor with the direction of reactive power: {@code excitation} true means
 * the DER absorbs reactive power (under-excited), false that it injects it (over-excited).
 *
 * @param displacement significand of cos&theta; (UInt16)
 * @param excitation true: absorbing vars (under-excited); false: injecting vars (over-excited)
 * @param multiplier power of ten applied to the displacement
 */
@JsonPropertyOrder({"displacement", "excitation", "multiplier"})
public record PowerFactorWithExcitation(
    @JacksonXmlProperty(localName = "displacement") int displacement,
    @JacksonXmlProperty(localName = "excitation") boolean excitation,
    @JacksonXmlProperty(localName = "multiplier") int multiplier) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public PowerFactorWithExcitation {
    Ranges.uint16("displacement", displacement);
    Ranges.int8("multiplier", multiplier);
  }

  @JsonCreator
  private static PowerFactorWithExcitation fromXml(
      @JacksonXmlProperty(localName = "displacement") Integer displacement,
      @JacksonXmlProperty(localName = "excitation") Boolean excitation,
      @JacksonXmlProperty(localName = "multiplier") Integer multiplier) {
    return new PowerFactorWithExcitation(
        Required.element("PowerFactorWithExcitation", "displacement", displacement),
        Required.element("PowerFactorWithExcitation", "excitation", excitation),
        Required.element("PowerFactorWithExcitation", "multiplier", multiplier));
  }
}
