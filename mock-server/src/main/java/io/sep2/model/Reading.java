package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * One measured value, scaled by its ReadingType's power of ten multiplier, with quality flags and
 * the time period it covers.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "Reading")
@JsonPropertyOrder({
  "href",
  "consumptionBlock",
  "qualityFlags",
  "timePeriod",
  "touTier",
  "value",
  "subscribable",
  "localID"
})
@JsonDeserialize(builder = Reading.Builder.class)
public final class Reading implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "consumptionBlock")
  private final Integer consumptionBlock;

  @JacksonXmlProperty(localName = "qualityFlags")
  @JsonSerialize(using = HexBinary.Hex16Serializer.class)
  private final Integer qualityFlags;

  @JacksonXmlProperty(localName = "timePeriod")
  private final DateTimeInterval timePeriod;

  @JacksonXmlProperty(localName = "touTier")
  private final Integer touTier;

  @JacksonXmlProperty(localName = "value")
  private final Long value;

  @JacksonXmlProperty(localName = "subscribable", isAttribute = true)
  private final Integer subscribable;

  @JacksonXmlProperty(localName = "localID")
  @JsonSerialize(using = HexBinary.Hex16Serializer.class)
  private final Integer localID;

  private Reading(Builder b) {
    this.href = b.href;
    this.consumptionBlock = b.consumptionBlock;
    this.qualityFlags = b.qualityFlags;
    this.timePeriod = b.timePeriod;
    this.touTier = b.touTier;
    this.value = b.value;
    this.subscribable = b.subscribable;
    this.localID = b.localID;
  }

  /** Returns a builder with every element absent (lists empty). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding a copy of this value. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the URI of this resource, or empty when absent. */
  public Optional<String> href() {
    return Optional.ofNullable(href);
  }

  /** Returns consumption block of tiered pricing, or empty when absent. */
  public OptionalInt consumptionBlock() {
    return consumptionBlock == null ? OptionalInt.empty() : OptionalInt.of(consumptionBlock);
  }

  /**
   * Returns bitmap: bit 0 valid, 1 manually edited, 2 estimated using reference day, ...
   * (HexBinary16), or empty when absent.
   */
  public OptionalInt qualityFlags() {
    return qualityFlags == null ? OptionalInt.empty() : OptionalInt.of(qualityFlags);
  }

  /** Returns the period the value covers, or empty when absent. */
  public Optional<DateTimeInterval> timePeriod() {
    return Optional.ofNullable(timePeriod);
  }

  /** Returns time-of-use tier, or empty when absent. */
  public OptionalInt touTier() {
    return touTier == null ? OptionalInt.empty() : OptionalInt.of(touTier);
  }

  /**
   * Returns the value, scaled by the ReadingType's powerOfTenMultiplier (Int48), or empty when
   * absent.
   */
  public OptionalLong value() {
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /**
   * Returns 0 = no subscriptions, 1 = non-conditional, 2 = conditional, 3 = both; absent means 0,
   * or empty when absent.
   */
  public OptionalInt subscribable() {
    return subscribable == null ? OptionalInt.empty() : OptionalInt.of(subscribable);
  }

  /** Returns an id unique within the reading set (HexBinary16), or empty when absent. */
  public OptionalInt localID() {
    return localID == null ? OptionalInt.empty() : OptionalInt.of(localID);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Reading o
        && Objects.equals(href, o.href)
        && Objects.equals(consumptionBlock, o.consumptionBlock)
        && Objects.equals(qualityFlags, o.qualityFlags)
        && Objects.equals(timePeriod, o.timePeriod)
        && Objects.equals(touTier, o.touTier)
        && Objects.equals(value, o.value)
        && Objects.equals(subscribable, o.subscribable)
        && Objects.equals(localID, o.localID);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href, consumptionBlock, qualityFlags, timePeriod, touTier, value, subscribable, localID);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "Reading[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (consumptionBlock != null) {
      s.add("consumptionBlock=" + consumptionBlock);
    }
    if (qualityFlags != null) {
      s.add("qualityFlags=" + qualityFlags);
    }
    if (timePeriod != null) {
      s.add("timePeriod=" + timePeriod);
    }
    if (touTier != null) {
      s.add("touTier=" + touTier);
    }
    if (value != null) {
      s.add("value=" + value);
    }
    if (subscribable != null) {
      s.add("subscribable=" + subscribable);
    }
    if (localID != null) {
      s.add("localID=" + localID);
    }
    return s.toString();
  }

  /** Builds a {@link Reading}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Integer consumptionBlock;
    private Integer qualityFlags;
    private DateTimeInterval timePeriod;
    private Integer touTier;
    private Long value;
    private Integer subscribable;
    private Integer localID;

    private Builder() {}

    private Builder(Reading v) {
      this.href = v.href;
      this.consumptionBlock = v.consumptionBlock;
      this.qualityFlags = v.qualityFlags;
      this.timePeriod = v.timePeriod;
      this.touTier = v.touTier;
      this.value = v.value;
      this.subscribable = v.subscribable;
      this.localID = v.localID;
    }

    /**
     * The URI of this resource. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "href", isAttribute = true)
    public Builder href(String value) {
      this.href = value == null ? null : Ranges.uri("href", value);
      return this;
    }

    /**
     * Consumption block of tiered pricing. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "consumptionBlock")
    public Builder consumptionBlock(Integer value) {
      this.consumptionBlock = value == null ? null : Ranges.uint8("consumptionBlock", value);
      return this;
    }

    /**
     * Bitmap: bit 0 valid, 1 manually edited, 2 estimated using reference day, ... (HexBinary16).
     * Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "qualityFlags")
    @JsonDeserialize(using = HexBinary.Hex16Deserializer.class)
    public Builder qualityFlags(Integer value) {
      this.qualityFlags = value == null ? null : Ranges.hex16("qualityFlags", value);
      return this;
    }

    /** The period the value covers. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "timePeriod")
    public Builder timePeriod(DateTimeInterval value) {
      this.timePeriod = value;
      return this;
    }

    /**
     * Time-of-use tier. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "touTier")
    public Builder touTier(Integer value) {
      this.touTier = value == null ? null : Ranges.uint8("touTier", value);
      return this;
    }

    /**
     * The value, scaled by the ReadingType's powerOfTenMultiplier (Int48). Default: absent; {@code
     * null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "value")
    public Builder value(Long value) {
      this.value = value == null ? null : Ranges.int48("value", value);
      return this;
    }

    /**
     * 0 = no subscriptions, 1 = non-conditional, 2 = conditional, 3 = both; absent means 0.
     * Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "subscribable", isAttribute = true)
    public Builder subscribable(Integer value) {
      this.subscribable = value == null ? null : Ranges.uint8("subscribable", value);
      return this;
    }

    /**
     * An id unique within the reading set (HexBinary16). Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "localID")
    @JsonDeserialize(using = HexBinary.Hex16Deserializer.class)
    public Builder localID(Integer value) {
      this.localID = value == null ? null : Ranges.hex16("localID", value);
      return this;
    }

    /** Returns the Reading. */
    public Reading build() {
      return new Reading(this);
    }
  }
}
