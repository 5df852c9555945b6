package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * A curve for a curve-based DER mode (volt-var, volt-watt, ride-through...): up to ten points
 * ({@link CurveData}) scaled by {@code xMultiplier} and {@code yMultiplier}, of the kind named by
 * {@code curveType}.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "DERCurve")
@JsonPropertyOrder({
  "href",
  "mRID",
  "description",
  "version",
  "autonomousVRefEnable",
  "autonomousVRefTimeConstant",
  "creationTime",
  "CurveData",
  "curveType",
  "openLoopTms",
  "rampDecTms",
  "rampIncTms",
  "rampPT1Tms",
  "vRef",
  "xMultiplier",
  "yMultiplier",
  "yRefType"
})
@JsonDeserialize(builder = DerCurve.Builder.class)
public final class DerCurve implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "mRID")
  private final Mrid mrid;

  @JacksonXmlProperty(localName = "description")
  private final String description;

  @JacksonXmlProperty(localName = "version")
  private final Integer version;

  @JacksonXmlProperty(localName = "autonomousVRefEnable")
  private final Boolean autonomousVRefEnable;

  @JacksonXmlProperty(localName = "autonomousVRefTimeConstant")
  private final Long autonomousVRefTimeConstant;

  @JacksonXmlProperty(localName = "creationTime")
  private final Instant creationTime;

  @JacksonXmlProperty(localName = "CurveData")
  private final List<CurveData> curveData;

  @JacksonXmlProperty(localName = "curveType")
  private final Integer curveType;

  @JacksonXmlProperty(localName = "openLoopTms")
  private final Integer openLoopTms;

  @JacksonXmlProperty(localName = "rampDecTms")
  private final Integer rampDecTms;

  @JacksonXmlProperty(localName = "rampIncTms")
  private final Integer rampIncTms;

  @JacksonXmlProperty(localName = "rampPT1Tms")
  private final Integer rampPT1Tms;

  @JacksonXmlProperty(localName = "vRef")
  private final Integer vRef;

  @JacksonXmlProperty(localName = "xMultiplier")
  private final Integer xMultiplier;

  @JacksonXmlProperty(localName = "yMultiplier")
  private final Integer yMultiplier;

  @JacksonXmlProperty(localName = "yRefType")
  private final Integer yRefType;

  private DerCurve(Builder b) {
    this.href = b.href;
    this.mrid = b.mrid;
    this.description = b.description;
    this.version = b.version;
    this.autonomousVRefEnable = b.autonomousVRefEnable;
    this.autonomousVRefTimeConstant = b.autonomousVRefTimeConstant;
    this.creationTime = b.creationTime;
    this.curveData = List.copyOf(b.curveData);
    this.curveType = b.curveType;
    this.openLoopTms = b.openLoopTms;
    this.rampDecTms = b.rampDecTms;
    this.rampIncTms = b.rampIncTms;
    this.rampPT1Tms = b.rampPT1Tms;
    this.vRef = b.vRef;
    this.xMultiplier = b.xMultiplier;
    this.yMultiplier = b.yMultiplier;
    this.yRefType = b.yRefType;
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

  /** Returns the globally unique id of this resource. */
  public Mrid mrid() {
    return mrid;
  }

  /** Returns a human-readable description (String32), or empty when absent. */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** Returns revision number of this resource, or empty when absent. */
  public OptionalInt version() {
    return version == null ? OptionalInt.empty() : OptionalInt.of(version);
  }

  /** Returns whether the reference voltage adjusts autonomously, or empty when absent. */
  public Optional<Boolean> autonomousVRefEnable() {
    return Optional.ofNullable(autonomousVRefEnable);
  }

  /** Returns time constant of that adjustment, in seconds, or empty when absent. */
  public OptionalLong autonomousVRefTimeConstant() {
    return autonomousVRefTimeConstant == null
        ? OptionalLong.empty()
        : OptionalLong.of(autonomousVRefTimeConstant);
  }

  /** Returns when the curve was created. */
  public Instant creationTime() {
    return creationTime;
  }

  /**
   * Returns the points of the curve, 1 to 10; never null, unmodifiable, empty when there are none.
   */
  public List<CurveData> curveData() {
    return curveData;
  }

  /**
   * Returns the mode the curve is for: 0 volt-var, 1 frequency-watt, 2 watt-PF, 3 volt-watt, 4 LVRT
   * momentary cessation, ..., 11 watt-var.
   */
  public int curveType() {
    return curveType;
  }

  /** Returns open-loop response time, hundredths of a second, or empty when absent. */
  public OptionalInt openLoopTms() {
    return openLoopTms == null ? OptionalInt.empty() : OptionalInt.of(openLoopTms);
  }

  /** Returns decreasing ramp time, hundredths of a second, or empty when absent. */
  public OptionalInt rampDecTms() {
    return rampDecTms == null ? OptionalInt.empty() : OptionalInt.of(rampDecTms);
  }

  /** Returns increasing ramp time, hundredths of a second, or empty when absent. */
  public OptionalInt rampIncTms() {
    return rampIncTms == null ? OptionalInt.empty() : OptionalInt.of(rampIncTms);
  }

  /** Returns first-order time constant, hundredths of a second, or empty when absent. */
  public OptionalInt rampPT1Tms() {
    return rampPT1Tms == null ? OptionalInt.empty() : OptionalInt.of(rampPT1Tms);
  }

  /** Returns reference voltage, hundredths of a percent of nominal, or empty when absent. */
  public OptionalInt vRef() {
    return vRef == null ? OptionalInt.empty() : OptionalInt.of(vRef);
  }

  /** Returns power of ten for the x values. */
  public int xMultiplier() {
    return xMultiplier;
  }

  /** Returns power of ten for the y values. */
  public int yMultiplier() {
    return yMultiplier;
  }

  /** Returns what the y values refer to (DERUnitRefType). */
  public int yRefType() {
    return yRefType;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DerCurve o
        && Objects.equals(href, o.href)
        && Objects.equals(mrid, o.mrid)
        && Objects.equals(description, o.description)
        && Objects.equals(version, o.version)
        && Objects.equals(autonomousVRefEnable, o.autonomousVRefEnable)
        && Objects.equals(autonomousVRefTimeConstant, o.autonomousVRefTimeConstant)
        && Objects.equals(creationTime, o.creationTime)
        && Objects.equals(curveData, o.curveData)
        && Objects.equals(curveType, o.curveType)
        && Objects.equals(openLoopTms, o.openLoopTms)
        && Objects.equals(rampDecTms, o.rampDecTms)
        && Objects.equals(rampIncTms, o.rampIncTms)
        && Objects.equals(rampPT1Tms, o.rampPT1Tms)
        && Objects.equals(vRef, o.vRef)
        && Objects.equals(xMultiplier, o.xMultiplier)
        && Objects.equals(yMultiplier, o.yMultiplier)
        && Objects.equals(yRefType, o.yRefType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        mrid,
        description,
        version,
        autonomousVRefEnable,
        autonomousVRefTimeConstant,
        creationTime,
        curveData,
        curveType,
        openLoopTms,
        rampDecTms,
        rampIncTms,
        rampPT1Tms,
        vRef,
        xMultiplier,
        yMultiplier,
        yRefType);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "DerCurve[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (mrid != null) {
      s.add("mRID=" + mrid);
    }
    if (description != null) {
      s.add("description=" + description);
    }
    if (version != null) {
      s.add("version=" + version);
    }
    if (autonomousVRefEnable != null) {
      s.add("autonomousVRefEnable=" + autonomousVRefEnable);
    }
    if (autonomousVRefTimeConstant != null) {
      s.add("autonomousVRefTimeConstant=" + autonomousVRefTimeConstant);
    }
    if (creationTime != null) {
      s.add("creationTime=" + creationTime);
    }
    if (!curveData.isEmpty()) {
      s.add("CurveData=" + curveData);
    }
    if (curveType != null) {
      s.add("curveType=" + curveType);
    }
    if (openLoopTms != null) {
      s.add("openLoopTms=" + openLoopTms);
    }
    if (rampDecTms != null) {
      s.add("rampDecTms=" + rampDecTms);
    }
    if (rampIncTms != null) {
      s.add("rampIncTms=" + rampIncTms);
    }
    if (rampPT1Tms != null) {
      s.add("rampPT1Tms=" + rampPT1Tms);
    }
    if (vRef != null) {
      s.add("vRef=" + vRef);
    }
    if (xMultiplier != null) {
      s.add("xMultiplier=" + xMultiplier);
    }
    if (yMultiplier != null) {
      s.add("yMultiplier=" + yMultiplier);
    }
    if (yRefType != null) {
      s.add("yRefType=" + yRefType);
    }
    return s.toString();
  }

  /** Builds a {@link DerCurve}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Mrid mrid;
    private String description;
    private Integer version;
    private Boolean autonomousVRefEnable;
    private Long autonomousVRefTimeConstant;
    private Instant creationTime;
    private final List<CurveData> curveData = new ArrayList<>();
    private Integer curveType;
    private Integer openLoopTms;
    private Integer rampDecTms;
    private Integer rampIncTms;
    private Integer rampPT1Tms;
    private Integer vRef;
    private Integer xMultiplier;
    private Integer yMultiplier;
    private Integer yRefType;

    private Builder() {}

    private Builder(DerCurve v) {
      this.href = v.href;
      this.mrid = v.mrid;
      this.description = v.description;
      this.version = v.version;
      this.autonomousVRefEnable = v.autonomousVRefEnable;
      this.autonomousVRefTimeConstant = v.autonomousVRefTimeConstant;
      this.creationTime = v.creationTime;
      this.curveData.addAll(v.curveData);
      this.curveType = v.curveType;
      this.openLoopTms = v.openLoopTms;
      this.rampDecTms = v.rampDecTms;
      this.rampIncTms = v.rampIncTms;
      this.rampPT1Tms = v.rampPT1Tms;
      this.vRef = v.vRef;
      this.xMultiplier = v.xMultiplier;
      this.yMultiplier = v.yMultiplier;
      this.yRefType = v.yRefType;
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
     * The globally unique id of this resource. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JacksonXmlProperty(localName = "mRID")
    public Builder mrid(Mrid value) {
      Objects.requireNonNull(value, "mRID");
      this.mrid = value;
      return this;
    }

    /**
     * A human-readable description (String32). Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "description")
    public Builder description(String value) {
      this.description = value == null ? null : Ranges.string("description", value, 32);
      return this;
    }

    /**
     * Revision number of this resource. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "version")
    public Builder version(Integer value) {
      this.version = value == null ? null : Ranges.uint16("version", value);
      return this;
    }

    /**
     * Whether the reference voltage adjusts autonomously. Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "autonomousVRefEnable")
    public Builder autonomousVRefEnable(Boolean value) {
      this.autonomousVRefEnable = value;
      return this;
    }

    /**
     * Time constant of that adjustment, in seconds. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "autonomousVRefTimeConstant")
    public Builder autonomousVRefTimeConstant(Long value) {
      this.autonomousVRefTimeConstant =
          value == null ? null : Ranges.uint32("autonomousVRefTimeConstant", value);
      return this;
    }

    /**
     * When the curve was created. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "creationTime")
    public Builder creationTime(Instant value) {
      Objects.requireNonNull(value, "creationTime");
      this.creationTime = Ranges.time("creationTime", value);
      return this;
    }

    /**
     * Replaces the entries of curveData (element {@code CurveData}, in the order given). Default:
     * empty.
     *
     * @throws NullPointerException if {@code items} or one of its entries is null
     */
    public Builder curveData(List<CurveData> items) {
      Objects.requireNonNull(items, "items");
      items.forEach(item -> Objects.requireNonNull(item, "CurveData entry"));
      this.curveData.clear();
      this.curveData.addAll(items);
      return this;
    }

    /** Appends one entry to curveData. */
    public Builder addCurveData(CurveData item) {
      this.curveData.add(Objects.requireNonNull(item, "CurveData"));
      return this;
    }

    /** Jackson hands over each run of repeated elements; runs that are split up are all kept. */
    @JacksonXmlProperty(localName = "CurveData")
    private Builder jacksonAddCurveData(List<CurveData> items) {
      items.forEach(this::addCurveData);
      return this;
    }

    /**
     * The mode the curve is for: 0 volt-var, 1 frequency-watt, 2 watt-PF, 3 volt-watt, 4 LVRT
     * momentary cessation, ..., 11 watt-var. Required: {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "curveType")
    public Builder curveType(int value) {
      this.curveType = Ranges.uint8("curveType", value);
      return this;
    }

    /**
     * Open-loop response time, hundredths of a second. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "openLoopTms")
    public Builder openLoopTms(Integer value) {
      this.openLoopTms = value == null ? null : Ranges.uint16("openLoopTms", value);
      return this;
    }

    /**
     * Decreasing ramp time, hundredths of a second. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "rampDecTms")
    public Builder rampDecTms(Integer value) {
      this.rampDecTms = value == null ? null : Ranges.uint16("rampDecTms", value);
      return this;
    }

    /**
     * Increasing ramp time, hundredths of a second. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "rampIncTms")
    public Builder rampIncTms(Integer value) {
      this.rampIncTms = value == null ? null : Ranges.uint16("rampIncTms", value);
      return this;
    }

    /**
     * First-order time constant, hundredths of a second. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "rampPT1Tms")
    public Builder rampPT1Tms(Integer value) {
      this.rampPT1Tms = value == null ? null : Ranges.uint16("rampPT1Tms", value);
      return this;
    }

    /**
     * Reference voltage, hundredths of a percent of nominal. Default: absent; {@code null} removes
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "vRef")
    public Builder vRef(Integer value) {
      this.vRef = value == null ? null : Ranges.uint16("vRef", value);
      return this;
    }

    /**
     * Power of ten for the x values. Required: {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "xMultiplier")
    public Builder xMultiplier(int value) {
      this.xMultiplier = Ranges.int8("xMultiplier", value);
      return this;
    }

    /**
     * Power of ten for the y values. Required: {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "yMultiplier")
    public Builder yMultiplier(int value) {
      this.yMultiplier = Ranges.int8("yMultiplier", value);
      return this;
    }

    /**
     * What the y values refer to (DERUnitRefType). Required: {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "yRefType")
    public Builder yRefType(int value) {
      this.yRefType = Ranges.uint8("yRefType", value);
      return this;
    }

    /**
     * Returns the DerCurve.
     *
     * @throws IllegalStateException if a required element is missing ({@code mRID}, {@code
     *     creationTime}, {@code curveType}, {@code xMultiplier}, {@code yMultiplier}, {@code
     *     yRefType})
     * @throws IllegalStateException if {@code CurveData} has fewer than 1 or more than 10 entries
     */
    public DerCurve build() {
      Required.present("DERCurve", "mRID", mrid);
      Required.present("DERCurve", "creationTime", creationTime);
      Required.count("DERCurve", "CurveData", curveData.size(), 1, 10);
      Required.present("DERCurve", "curveType", curveType);
      Required.present("DERCurve", "xMultiplier", xMultiplier);
      Required.present("DERCurve", "yMultiplier", yMultiplier);
      Required.present("DERCurve", "yRefType", yRefType);
      return new DerCurve(this);
    }
  }
}
