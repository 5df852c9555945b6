package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * A fixed reactive power setpoint as a signed percentage (hundredths of a percent) of the reference
 * named by {@code refType}.
 *
 * @param refType what the percentage refers to (DERUnitRefType: 1 = % setMaxW, 2 = % setMaxVar, 3 =
 *     % statVarAvail, 4 = % setEffectiveV, 5 = % setMaxChargeRateW, 6 = % setMaxDischargeRateW, 7 =
 *     % statWAvail)
 * @param value signed hundredths of a percent, -10000..10000 in practice (SignedPerCent)
 */
@JsonPropertyOrder({"refType", "value"})
public record FixedVar(
    @JacksonXmlProperty(localName = "refType") int refType,
    @JacksonXmlProperty(localName = "value") int value) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public FixedVar {
    Ranges.uint8("refType", refType);
    Ranges.int16("value", value);
  }

  @JsonCreator
  private static FixedVar fromXml(
      @JacksonXmlProperty(localName = "refType") Integer refType,
      @JacksonXmlProperty(localName = "value") Integer value) {
    return new FixedVar(
        Required.element("FixedVar", "refType", refType),
        Required.element("FixedVar", "value", value));
  }
}
