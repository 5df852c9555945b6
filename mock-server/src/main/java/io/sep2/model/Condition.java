package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * A condition on a subscription: notify only when the attribute leaves the band between the two
 * thresholds.
 *
 * @param attributeIdentifier the attribute the condition watches (0 = Reading value)
 * @param lowerThreshold notify when the value falls below this (Int48)
 * @param upperThreshold notify when the value rises above this (Int48)
 */
@JsonPropertyOrder({"attributeIdentifier", "lowerThreshold", "upperThreshold"})
public record Condition(
    @JacksonXmlProperty(localName = "attributeIdentifier") int attributeIdentifier,
    @JacksonXmlProperty(localName = "lowerThreshold") long lowerThreshold,
    @JacksonXmlProperty(localName = "upperThreshold") long upperThreshold) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public Condition {
    Ranges.uint8("attributeIdentifier", attributeIdentifier);
    Ranges.int48("lowerThreshold", lowerThreshold);
    Ranges.int48("upperThreshold", upperThreshold);
  }

  @JsonCreator
  private static Condition fromXml(
      @JacksonXmlProperty(localName = "attributeIdentifier") Integer attributeIdentifier,
      @JacksonXmlProperty(localName = "lowerThreshold") Long lowerThreshold,
      @JacksonXmlProperty(localName = "upperThreshold") Long upperThreshold) {
    return new Condition(
        Required.element("Condition", "attributeIdentifier", attributeIdentifier),
        Required.element("Condition", "lowerThreshold", lowerThreshold),
        Required.element("Condition", "upperThreshold", upperThreshold));
  }
}
