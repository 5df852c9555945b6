package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * What a reading measures: unit (uom), power of ten, kind, flow direction, phase, accumulation and
 * interval.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "ReadingType")
@JsonPropertyOrder({
  "href",
  "accumulationBehaviour",
  "calorificValue",
  "commodity",
  "conversionFactor",
  "dataQualifier",
  "flowDirection",
  "intervalLength",
  "kind",
  "maxNumberOfIntervals",
  "numberOfConsumptionBlocks",
  "numberOfTouTiers",
  "phase",
  "powerOfTenMultiplier",
  "subIntervalLength",
  "supplyLimit",
  "tieredConsumptionBlocks",
  "uom"
})
@JsonDeserialize(builder = ReadingType.Builder.class)
public final class ReadingType implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "accumulationBehaviour")
  private final Integer accumulationBehaviour;

  @JacksonXmlProperty(localName = "calorificValue")
  private final UnitValue calorificValue;

  @JacksonXmlProperty(localName = "commodity")
  private final Integer commodity;

  @JacksonXmlProperty(localName = "conversionFactor")
  private final UnitValue conversionFactor;

  @JacksonXmlProperty(localName = "dataQualifier")
  private final Integer dataQualifier;

  @JacksonXmlProperty(localName = "flowDirection")
  private final Integer flowDirection;

  @JacksonXmlProperty(localName = "intervalLength")
  private final Long intervalLength;

  @JacksonXmlProperty(localName = "kind")
  private final Integer kind;

  @JacksonXmlProperty(localName = "maxNumberOfIntervals")
  private final Integer maxNumberOfIntervals;

  @JacksonXmlProperty(localName = "numberOfConsumptionBlocks")
  private final Integer numberOfConsumptionBlocks;

  @JacksonXmlProperty(localName = "numberOfTouTiers")
  private final Integer numberOfTouTiers;

  @JacksonXmlProperty(localName = "phase")
  private final Integer phase;

  @JacksonXmlProperty(localName = "powerOfTenMultiplier")
  private final Integer powerOfTenMultiplier;

  @JacksonXmlProperty(localName = "subIntervalLength")
  private final Long subIntervalLength;

  @JacksonXmlProperty(localName = "supplyLimit")
  private final Long supplyLimit;

  @JacksonXmlProperty(localName = "tieredConsumptionBlocks")
  private final Boolean tieredConsumptionBlocks;

  @JacksonXmlProperty(localName = "uom")
  private final Integer uom;

  private ReadingType(Builder b) {
    this.href = b.href;
    this.accumulationBehaviour = b.accumulationBehaviour;
    this.calorificValue = b.calorificValue;
    this.commodity = b.commodity;
    this.conversionFactor = b.conversionFactor;
    this.dataQualifier = b.dataQualifier;
    this.flowDirection = b.flowDirection;
    this.intervalLength = b.intervalLength;
    this.kind = b.kind;
    this.maxNumberOfIntervals = b.maxNumberOfIntervals;
    this.numberOfConsumptionBlocks = b.numberOfConsumptionBlocks;
    this.numberOfTouTiers = b.numberOfTouTiers;
    this.phase = b.phase;
    this.powerOfTenMultiplier = b.powerOfTenMultiplier;
    this.subIntervalLength = b.subIntervalLength;
    this.supplyLimit = b.supplyLimit;
    this.tieredConsumptionBlocks = b.tieredConsumptionBlocks;
    this.uom = b.uom;
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

  /**
   * Returns 3 cumulative, 4 delta data, 6 indicating, 9 summation, 12 instantaneous, , or empty
   * when absent.
   */
  public OptionalInt accumulationBehaviour() {
    return accumulationBehaviour == null
        ? OptionalInt.empty()
        : OptionalInt.of(accumulationBehaviour);
  }

  /** Returns the {@code calorificValue} element (a {@link UnitValue}), or empty when absent. */
  public Optional<UnitValue> calorificValue() {
    return Optional.ofNullable(calorificValue);
  }

  /**
   * Returns 0 N/A, 1 electricity secondary metered, 2 electricity primary metered, , or empty when
   * absent.
   */
  public OptionalInt commodity() {
    return commodity == null ? OptionalInt.empty() : OptionalInt.of(commodity);
  }

  /** Returns the {@code conversionFactor} element (a {@link UnitValue}), or empty when absent. */
  public Optional<UnitValue> conversionFactor() {
    return Optional.ofNullable(conversionFactor);
  }

  /** Returns 0 N/A, 2 average, 8 maximum, 9 minimum, 12 normal, , or empty when absent. */
  public OptionalInt dataQualifier() {
    return dataQualifier == null ? OptionalInt.empty() : OptionalInt.of(dataQualifier);
  }

  /**
   * Returns 0 N/A, 1 forward (delivered to customer), 19 reverse (received from customer), or empty
   * when absent.
   */
  public OptionalInt flowDirection() {
    return flowDirection == null ? OptionalInt.empty() : OptionalInt.of(flowDirection);
  }

  /** Returns length of each interval, in seconds, or empty when absent. */
  public OptionalLong intervalLength() {
    return intervalLength == null ? OptionalLong.empty() : OptionalLong.of(intervalLength);
  }

  /** Returns 0 N/A, 3 currency, 8 demand, 12 energy, 37 power, or empty when absent. */
  public OptionalInt kind() {
    return kind == null ? OptionalInt.empty() : OptionalInt.of(kind);
  }

  /** Returns the {@code maxNumberOfIntervals} element (UInt8), or empty when absent. */
  public OptionalInt maxNumberOfIntervals() {
    return maxNumberOfIntervals == null
        ? OptionalInt.empty()
        : OptionalInt.of(maxNumberOfIntervals);
  }

  /** Returns the {@code numberOfConsumptionBlocks} element (UInt8), or empty when absent. */
  public OptionalInt numberOfConsumptionBlocks() {
    return numberOfConsumptionBlocks == null
        ? OptionalInt.empty()
        : OptionalInt.of(numberOfConsumptionBlocks);
  }

  /** Returns the {@code numberOfTouTiers} element (UInt8), or empty when absent. */
  public OptionalInt numberOfTouTiers() {
    return numberOfTouTiers == null ? OptionalInt.empty() : OptionalInt.of(numberOfTouTiers);
  }

  /** Returns phase code: 0 N/A, 129 A-N, 65 B-N, 33 C-N, , or empty when absent. */
  public OptionalInt phase() {
    return phase == null ? OptionalInt.empty() : OptionalInt.of(phase);
  }

  /** Returns power of ten applied to the values of the readings, or empty when absent. */
  public OptionalInt powerOfTenMultiplier() {
    return powerOfTenMultiplier == null
        ? OptionalInt.empty()
        : OptionalInt.of(powerOfTenMultiplier);
  }

  /** Returns the {@code subIntervalLength} element (UInt32), or empty when absent. */
  public OptionalLong subIntervalLength() {
    return subIntervalLength == null ? OptionalLong.empty() : OptionalLong.of(subIntervalLength);
  }

  /** Returns the {@code supplyLimit} element (UInt48), or empty when absent. */
  public OptionalLong supplyLimit() {
    return supplyLimit == null ? OptionalLong.empty() : OptionalLong.of(supplyLimit);
  }

  /** Returns the {@code tieredConsumptionBlocks} element (boolean), or empty when absent. */
  public Optional<Boolean> tieredConsumptionBlocks() {
    return Optional.ofNullable(tieredConsumptionBlocks);
  }

  /**
   * Returns unit of measure: 29 V, 5 A, 38 W, 63 var, 61 VA, 72 Wh, 33 Hz, 65 PF, or empty when
   * absent.
   */
  public OptionalInt uom() {
    return uom == null ? OptionalInt.empty() : OptionalInt.of(uom);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadingType o
        && Objects.equals(href, o.href)
        && Objects.equals(accumulationBehaviour, o.accumulationBehaviour)
        && Objects.equals(calorificValue, o.calorificValue)
        && Objects.equals(commodity, o.commodity)
        && Objects.equals(conversionFactor, o.conversionFactor)
        && Objects.equals(dataQualifier, o.dataQualifier)
        && Objects.equals(flowDirection, o.flowDirection)
        && Objects.equals(intervalLength, o.intervalLength)
        && Objects.equals(kind, o.kind)
        && Objects.equals(maxNumberOfIntervals, o.maxNumberOfIntervals)
        && Objects.equals(numberOfConsumptionBlocks, o.numberOfConsumptionBlocks)
        && Objects.equals(numberOfTouTiers, o.numberOfTouTiers)
        && Objects.equals(phase, o.phase)
        && Objects.equals(powerOfTenMultiplier, o.powerOfTenMultiplier)
        && Objects.equals(subIntervalLength, o.subIntervalLength)
        && Objects.equals(supplyLimit, o.supplyLimit)
        && Objects.equals(tieredConsumptionBlocks, o.tieredConsumptionBlocks)
        && Objects.equals(uom, o.uom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        accumulationBehaviour,
        calorificValue,
        commodity,
        conversionFactor,
        dataQualifier,
        flowDirection,
        intervalLength,
        kind,
        maxNumberOfIntervals,
        numberOfConsumptionBlocks,
        numberOfTouTiers,
        phase,
        powerOfTenMultiplier,
        subIntervalLength,
        supplyLimit,
        tieredConsumptionBlocks,
        uom);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "ReadingType[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (accumulationBehaviour != null) {
      s.add("accumulationBehaviour=" + accumulationBehaviour);
    }
    if (calorificValue != null) {
      s.add("calorificValue=" + calorificValue);
    }
    if (commodity != null) {
      s.add("commodity=" + commodity);
    }
    if (conversionFactor != null) {
      s.add("conversionFactor=" + conversionFactor);
    }
    if (dataQualifier != null) {
      s.add("dataQualifier=" + dataQualifier);
    }
    if (flowDirection != null) {
      s.add("flowDirection=" + flowDirection);
    }
    if (intervalLength != null) {
      s.add("intervalLength=" + intervalLength);
    }
    if (kind != null) {
      s.add("kind=" + kind);
    }
    if (maxNumberOfIntervals != null) {
      s.add("maxNumberOfIntervals=" + maxNumberOfIntervals);
    }
    if (numberOfConsumptionBlocks != null) {
      s.add("numberOfConsumptionBlocks=" + numberOfConsumptionBlocks);
    }
    if (numberOfTouTiers != null) {
      s.add("numberOfTouTiers=" + numberOfTouTiers);
    }
    if (phase != null) {
      s.add("phase=" + phase);
    }
    if (powerOfTenMultiplier != null) {
      s.add("powerOfTenMultiplier=" + powerOfTenMultiplier);
    }
    if (subIntervalLength != null) {
      s.add("subIntervalLength=" + subIntervalLength);
    }
    if (supplyLimit != null) {
      s.add("supplyLimit=" + supplyLimit);
    }
    if (tieredConsumptionBlocks != null) {
      s.add("tieredConsumptionBlocks=" + tieredConsumptionBlocks);
    }
    if (uom != null) {
      s.add("uom=" + uom);
    }
    return s.toString();
  }

  /** Builds a {@link ReadingType}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Integer accumulationBehaviour;
    private UnitValue calorificValue;
    private Integer commodity;
    private UnitValue conversionFactor;
    private Integer dataQualifier;
    private Integer flowDirection;
    private Long intervalLength;
    private Integer kind;
    private Integer maxNumberOfIntervals;
    private Integer numberOfConsumptionBlocks;
    private Integer numberOfTouTiers;
    private Integer phase;
    private Integer powerOfTenMultiplier;
    private Long subIntervalLength;
    private Long supplyLimit;
    private Boolean tieredConsumptionBlocks;
    private Integer uom;

    private Builder() {}

    private Builder(ReadingType v) {
      this.href = v.href;
      this.accumulationBehaviour = v.accumulationBehaviour;
      this.calorificValue = v.calorificValue;
      this.commodity = v.commodity;
      this.conversionFactor = v.conversionFactor;
      this.dataQualifier = v.dataQualifier;
      this.flowDirection = v.flowDirection;
      this.intervalLength = v.intervalLength;
      this.kind = v.kind;
      this.maxNumberOfIntervals = v.maxNumberOfIntervals;
      this.numberOfConsumptionBlocks = v.numberOfConsumptionBlocks;
      this.numberOfTouTiers = v.numberOfTouTiers;
      this.phase = v.phase;
      this.powerOfTenMultiplier = v.powerOfTenMultiplier;
      this.subIntervalLength = v.subIntervalLength;
      this.supplyLimit = v.supplyLimit;
      this.tieredConsumptionBlocks = v.tieredConsumptionBlocks;
      this.uom = v.uom;
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
     * 3 cumulative, 4 delta data, 6 indicating, 9 summation, 12 instantaneous,. Default: absent;
     * {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "accumulationBehaviour")
    public Builder accumulationBehaviour(Integer value) {
      this.accumulationBehaviour =
          value == null ? null : Ranges.uint8("accumulationBehaviour", value);
      return this;
    }

    /**
     * The {@code calorificValue} element (a {@link UnitValue}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "calorificValue")
    public Builder calorificValue(UnitValue value) {
      this.calorificValue = value;
      return this;
    }

    /**
     * 0 N/A, 1 electricity secondary metered, 2 electricity primary metered,. Default: absent;
     * {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "commodity")
    public Builder commodity(Integer value) {
      this.commodity = value == null ? null : Ranges.uint8("commodity", value);
      return this;
    }

    /**
     * The {@code conversionFactor} element (a {@link UnitValue}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "conversionFactor")
    public Builder conversionFactor(UnitValue value) {
      this.conversionFactor = value;
      return this;
    }

    /**
     * 0 N/A, 2 average, 8 maximum, 9 minimum, 12 normal,. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "dataQualifier")
    public Builder dataQualifier(Integer value) {
      this.dataQualifier = value == null ? null : Ranges.uint8("dataQualifier", value);
      return this;
    }

    /**
     * 0 N/A, 1 forward (delivered to customer), 19 reverse (received from customer). Default:
     * absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "flowDirection")
    public Builder flowDirection(Integer value) {
      this.flowDirection = value == null ? null : Ranges.uint8("flowDirection", value);
      return this;
    }

    /**
     * Length of each interval, in seconds. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "intervalLength")
    public Builder intervalLength(Long value) {
      this.intervalLength = value == null ? null : Ranges.uint32("intervalLength", value);
      return this;
    }

    /**
     * 0 N/A, 3 currency, 8 demand, 12 energy, 37 power. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "kind")
    public Builder kind(Integer value) {
      this.kind = value == null ? null : Ranges.uint8("kind", value);
      return this;
    }

    /**
     * The {@code maxNumberOfIntervals} element (UInt8). Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "maxNumberOfIntervals")
    public Builder maxNumberOfIntervals(Integer value) {
      this.maxNumberOfIntervals =
          value == null ? null : Ranges.uint8("maxNumberOfIntervals", value);
      return this;
    }

    /**
     * The {@code numberOfConsumptionBlocks} element (UInt8). Default: absent; {@code null} removes
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "numberOfConsumptionBlocks")
    public Builder numberOfConsumptionBlocks(Integer value) {
      this.numberOfConsumptionBlocks =
          value == null ? null : Ranges.uint8("numberOfConsumptionBlocks", value);
      return this;
    }

    /**
     * The {@code numberOfTouTiers} element (UInt8). Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "numberOfTouTiers")
    public Builder numberOfTouTiers(Integer value) {
      this.numberOfTouTiers = value == null ? null : Ranges.uint8("numberOfTouTiers", value);
      return this;
    }

    /**
     * Phase code: 0 N/A, 129 A-N, 65 B-N, 33 C-N,. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "phase")
    public Builder phase(Integer value) {
      this.phase = value == null ? null : Ranges.uint8("phase", value);
      return this;
    }

    /**
     * Power of ten applied to the values of the readings. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "powerOfTenMultiplier")
    public Builder powerOfTenMultiplier(Integer value) {
      this.powerOfTenMultiplier = value == null ? null : Ranges.int8("powerOfTenMultiplier", value);
      return this;
    }

    /**
     * The {@code subIntervalLength} element (UInt32). Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "subIntervalLength")
    public Builder subIntervalLength(Long value) {
      this.subIntervalLength = value == null ? null : Ranges.uint32("subIntervalLength", value);
      return this;
    }

    /**
     * The {@code supplyLimit} element (UInt48). Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "supplyLimit")
    public Builder supplyLimit(Long value) {
      this.supplyLimit = value == null ? null : Ranges.uint48("supplyLimit", value);
      return this;
    }

    /**
     * The {@code tieredConsumptionBlocks} element (boolean). Default: absent; {@code null} removes
     * it.
     */
    @JacksonXmlProperty(localName = "tieredConsumptionBlocks")
    public Builder tieredConsumptionBlocks(Boolean value) {
      this.tieredConsumptionBlocks = value;
      return this;
    }

    /**
     * Unit of measure: 29 V, 5 A, 38 W, 63 var, 61 VA, 72 Wh, 33 Hz, 65 PF. Default: absent; {@code
     * null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "uom")
    public Builder uom(Integer value) {
      this.uom = value == null ? null : Ranges.uint8("uom", value);
      return this;
    }

    /** Returns the ReadingType. */
    public ReadingType build() {
      return new ReadingType(this);
    }
  }
}
