package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One point of a DER curve: x and y scaled by the curve's {@code xMultiplier} and {@code
 * yMultiplier}.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JsonPropertyOrder({"excitation", "xvalue", "yvalue"})
@JsonDeserialize(builder = CurveData.Builder.class)
public final class CurveData {

  /** Returns the point ({@code xvalue}, {@code yvalue}) without excitation. */
  public static CurveData of(int xvalue, int yvalue) {
    return builder().xvalue(xvalue).yvalue(yvalue).build();
  }

  @JacksonXmlProperty(localName = "excitation")
  private final Boolean excitation;

  @JacksonXmlProperty(localName = "xvalue")
  private final Integer xvalue;

  @JacksonXmlProperty(localName = "yvalue")
  private final Integer yvalue;

  private CurveData(Builder b) {
    this.excitation = b.excitation;
    this.xvalue = b.xvalue;
    this.yvalue = b.yvalue;
  }

  /** Returns a builder with every element absent (lists empty). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding a copy of this value. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns for power-factor curves: true when the point is under-excited (absorbing vars), or
   * empty when absent.
   */
  public Optional<Boolean> excitation() {
    return Optional.ofNullable(excitation);
  }

  /** Returns x of the point, scaled by the curve's xMultiplier. */
  public int xvalue() {
    return xvalue;
  }

  /** Returns y of the point, scaled by the curve's yMultiplier. */
  public int yvalue() {
    return yvalue;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CurveData o
        && Objects.equals(excitation, o.excitation)
        && Objects.equals(xvalue, o.xvalue)
        && Objects.equals(yvalue, o.yvalue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(excitation, xvalue, yvalue);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "CurveData[", "]");
    if (excitation != null) {
      s.add("excitation=" + excitation);
    }
    if (xvalue != null) {
      s.add("xvalue=" + xvalue);
    }
    if (yvalue != null) {
      s.add("yvalue=" + yvalue);
    }
    return s.toString();
  }

  /** Builds a {@link CurveData}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private Boolean excitation;
    private Integer xvalue;
    private Integer yvalue;

    private Builder() {}

    private Builder(CurveData v) {
      this.excitation = v.excitation;
      this.xvalue = v.xvalue;
      this.yvalue = v.yvalue;
    }

    /**
     * For power-factor curves: true when the point is under-excited (absorbing vars). Default:
     * absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "excitation")
    public Builder excitation(Boolean value) {
      this.excitation = value;
      return this;
    }

    /**
     * X of the point, scaled by the curve's xMultiplier. Required: {@link #build()} fails without
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "xvalue")
    public Builder xvalue(int value) {
      this.xvalue = Ranges.int32("xvalue", value);
      return this;
    }

    /**
     * Y of the point, scaled by the curve's yMultiplier. Required: {@link #build()} fails without
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "yvalue")
    public Builder yvalue(int value) {
      this.yvalue = Ranges.int32("yvalue", value);
      return this;
    }

    /**
     * Returns the CurveData.
     *
     * @throws IllegalStateException if a required element is missing ({@code xvalue}, {@code
     *     yvalue})
     */
    public CurveData build() {
      Required.present("CurveData", "xvalue", xvalue);
      Required.present("CurveData", "yvalue", yvalue);
      return new CurveData(this);
    }
  }
}
