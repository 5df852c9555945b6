package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * Frequency-droop (frequency-watt) parameters: dead bands and slopes for over- and under-frequency,
 * and the open-loop response time.
 *
 * @param dbOf over-frequency dead band, in hundredths of a hertz
 * @param dbUf under-frequency dead band, in hundredths of a hertz
 * @param kOf over-frequency droop, in percent per hertz (hundredths)
 * @param kUf under-frequency droop, in percent per hertz (hundredths)
 * @param openLoopTms open-loop response time, in hundredths of a second
 */
@JsonPropertyOrder({"dBOF", "dBUF", "kOF", "kUF", "openLoopTms"})
public record FreqDroop(
    @JacksonXmlProperty(localName = "dBOF") long dbOf,
    @JacksonXmlProperty(localName = "dBUF") long dbUf,
    @JacksonXmlProperty(localName = "kOF") int kOf,
    @JacksonXmlProperty(localName = "kUF") int kUf,
    @JacksonXmlProperty(localName = "openLoopTms") int openLoopTms) {

  /**
   * Checks every component against its schema type.
   *
   * @throws IllegalArgumentException if a value is outside its schema type's range, with the
   *     element name and the value in the message
   * @throws NullPointerException if a component is null
   */
  public FreqDroop {
    Ranges.uint32("dBOF", dbOf);
    Ranges.uint32("dBUF", dbUf);
    Ranges.uint16("kOF", kOf);
    Ranges.uint16("kUF", kUf);
    Ranges.uint16("openLoopTms", openLoopTms);
  }

  @JsonCreator
  private static FreqDroop fromXml(
      @JacksonXmlProperty(localName = "dBOF") Long dbOf,
      @JacksonXmlProperty(localName = "dBUF") Long dbUf,
      @JacksonXmlProperty(localName = "kOF") Integer kOf,
      @JacksonXmlProperty(localName = "kUF") Integer kUf,
      @JacksonXmlProperty(localName = "openLoopTms") Integer openLoopTms) {
    return new FreqDroop(
        Required.element("FreqDroopType", "dBOF", dbOf),
        Required.element("FreqDroopType", "dBUF", dbUf),
        Required.element("FreqDroopType", "kOF", kOf),
        Required.element("FreqDroopType", "kUF", kUf),
        Required.element("FreqDroopType", "openLoopTms", openLoopTms));
  }
}
