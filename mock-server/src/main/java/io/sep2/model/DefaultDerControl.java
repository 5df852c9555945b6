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
 * The control a DER follows when no DERControl event of its program is active: the same control
 * modes (including the CSIP-AUS limits) plus the default enter-service and ramp settings.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "DefaultDERControl")
@JsonPropertyOrder({
  "href",
  "subscribable",
  "mRID",
  "description",
  "version",
  "DERControlBase",
  "setESDelay",
  "setESHighFreq",
  "setESHighVolt",
  "setESLowFreq",
  "setESLowVolt",
  "setESRampTms",
  "setESRandomDelay",
  "setGradW",
  "setSoftGradW"
})
@JsonDeserialize(builder = DefaultDerControl.Builder.class)
public final class DefaultDerControl implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "subscribable", isAttribute = true)
  private final Integer subscribable;

  @JacksonXmlProperty(localName = "mRID")
  private final Mrid mrid;

  @JacksonXmlProperty(localName = "description")
  private final String description;

  @JacksonXmlProperty(localName = "version")
  private final Integer version;

  @JacksonXmlProperty(localName = "DERControlBase")
  private final DerControlBase derControlBase;

  @JacksonXmlProperty(localName = "setESDelay")
  private final Long setESDelay;

  @JacksonXmlProperty(localName = "setESHighFreq")
  private final Integer setESHighFreq;

  @JacksonXmlProperty(localName = "setESHighVolt")
  private final Integer setESHighVolt;

  @JacksonXmlProperty(localName = "setESLowFreq")
  private final Integer setESLowFreq;

  @JacksonXmlProperty(localName = "setESLowVolt")
  private final Integer setESLowVolt;

  @JacksonXmlProperty(localName = "setESRampTms")
  private final Long setESRampTms;

  @JacksonXmlProperty(localName = "setESRandomDelay")
  private final Long setESRandomDelay;

  @JacksonXmlProperty(localName = "setGradW")
  private final Integer setGradW;

  @JacksonXmlProperty(localName = "setSoftGradW")
  private final Integer setSoftGradW;

  private DefaultDerControl(Builder b) {
    this.href = b.href;
    this.subscribable = b.subscribable;
    this.mrid = b.mrid;
    this.description = b.description;
    this.version = b.version;
    this.derControlBase = b.derControlBase;
    this.setESDelay = b.setESDelay;
    this.setESHighFreq = b.setESHighFreq;
    this.setESHighVolt = b.setESHighVolt;
    this.setESLowFreq = b.setESLowFreq;
    this.setESLowVolt = b.setESLowVolt;
    this.setESRampTms = b.setESRampTms;
    this.setESRandomDelay = b.setESRandomDelay;
    this.setGradW = b.setGradW;
    this.setSoftGradW = b.setSoftGradW;
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
   * Returns 0 = no subscriptions, 1 = non-conditional, 2 = conditional, 3 = both; absent means 0,
   * or empty when absent.
   */
  public OptionalInt subscribable() {
    return subscribable == null ? OptionalInt.empty() : OptionalInt.of(subscribable);
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

  /** Returns the control modes in force by default. */
  public DerControlBase derControlBase() {
    return derControlBase;
  }

  /** Returns enter-service delay, hundredths of a second, or empty when absent. */
  public OptionalLong setESDelay() {
    return setESDelay == null ? OptionalLong.empty() : OptionalLong.of(setESDelay);
  }

  /** Returns enter-service high frequency, hundredths of a hertz, or empty when absent. */
  public OptionalInt setESHighFreq() {
    return setESHighFreq == null ? OptionalInt.empty() : OptionalInt.of(setESHighFreq);
  }

  /**
   * Returns enter-service high voltage, hundredths of a percent of nominal, or empty when absent.
   */
  public OptionalInt setESHighVolt() {
    return setESHighVolt == null ? OptionalInt.empty() : OptionalInt.of(setESHighVolt);
  }

  /** Returns enter-service low frequency, hundredths of a hertz, or empty when absent. */
  public OptionalInt setESLowFreq() {
    return setESLowFreq == null ? OptionalInt.empty() : OptionalInt.of(setESLowFreq);
  }

  /**
   * Returns enter-service low voltage, hundredths of a percent of nominal, or empty when absent.
   */
  public OptionalInt setESLowVolt() {
    return setESLowVolt == null ? OptionalInt.empty() : OptionalInt.of(setESLowVolt);
  }

  /** Returns enter-service ramp time, hundredths of a second, or empty when absent. */
  public OptionalLong setESRampTms() {
    return setESRampTms == null ? OptionalLong.empty() : OptionalLong.of(setESRampTms);
  }

  /** Returns enter-service randomized delay, hundredths of a second, or empty when absent. */
  public OptionalLong setESRandomDelay() {
    return setESRandomDelay == null ? OptionalLong.empty() : OptionalLong.of(setESRandomDelay);
  }

  /**
   * Returns default ramp rate, hundredths of a percent of setMaxW per second, or empty when absent.
   */
  public OptionalInt setGradW() {
    return setGradW == null ? OptionalInt.empty() : OptionalInt.of(setGradW);
  }

  /**
   * Returns soft-start ramp rate, hundredths of a percent of setMaxW per second, or empty when
   * absent.
   */
  public OptionalInt setSoftGradW() {
    return setSoftGradW == null ? OptionalInt.empty() : OptionalInt.of(setSoftGradW);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DefaultDerControl o
        && Objects.equals(href, o.href)
        && Objects.equals(subscribable, o.subscribable)
        && Objects.equals(mrid, o.mrid)
        && Objects.equals(description, o.description)
        && Objects.equals(version, o.version)
        && Objects.equals(derControlBase, o.derControlBase)
        && Objects.equals(setESDelay, o.setESDelay)
        && Objects.equals(setESHighFreq, o.setESHighFreq)
        && Objects.equals(setESHighVolt, o.setESHighVolt)
        && Objects.equals(setESLowFreq, o.setESLowFreq)
        && Objects.equals(setESLowVolt, o.setESLowVolt)
        && Objects.equals(setESRampTms, o.setESRampTms)
        && Objects.equals(setESRandomDelay, o.setESRandomDelay)
        && Objects.equals(setGradW, o.setGradW)
        && Objects.equals(setSoftGradW, o.setSoftGradW);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        subscribable,
        mrid,
        description,
        version,
        derControlBase,
        setESDelay,
        setESHighFreq,
        setESHighVolt,
        setESLowFreq,
        setESLowVolt,
        setESRampTms,
        setESRandomDelay,
        setGradW,
        setSoftGradW);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "DefaultDerControl[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (subscribable != null) {
      s.add("subscribable=" + subscribable);
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
    if (derControlBase != null) {
      s.add("DERControlBase=" + derControlBase);
    }
    if (setESDelay != null) {
      s.add("setESDelay=" + setESDelay);
    }
    if (setESHighFreq != null) {
      s.add("setESHighFreq=" + setESHighFreq);
    }
    if (setESHighVolt != null) {
      s.add("setESHighVolt=" + setESHighVolt);
    }
    if (setESLowFreq != null) {
      s.add("setESLowFreq=" + setESLowFreq);
    }
    if (setESLowVolt != null) {
      s.add("setESLowVolt=" + setESLowVolt);
    }
    if (setESRampTms != null) {
      s.add("setESRampTms=" + setESRampTms);
    }
    if (setESRandomDelay != null) {
      s.add("setESRandomDelay=" + setESRandomDelay);
    }
    if (setGradW != null) {
      s.add("setGradW=" + setGradW);
    }
    if (setSoftGradW != null) {
      s.add("setSoftGradW=" + setSoftGradW);
    }
    return s.toString();
  }

  /** Builds a {@link DefaultDerControl}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Integer subscribable;
    private Mrid mrid;
    private String description;
    private Integer version;
    private DerControlBase derControlBase;
    private Long setESDelay;
    private Integer setESHighFreq;
    private Integer setESHighVolt;
    private Integer setESLowFreq;
    private Integer setESLowVolt;
    private Long setESRampTms;
    private Long setESRandomDelay;
    private Integer setGradW;
    private Integer setSoftGradW;

    private Builder() {}

    private Builder(DefaultDerControl v) {
      this.href = v.href;
      this.subscribable = v.subscribable;
      this.mrid = v.mrid;
      this.description = v.description;
      this.version = v.version;
      this.derControlBase = v.derControlBase;
      this.setESDelay = v.setESDelay;
      this.setESHighFreq = v.setESHighFreq;
      this.setESHighVolt = v.setESHighVolt;
      this.setESLowFreq = v.setESLowFreq;
      this.setESLowVolt = v.setESLowVolt;
      this.setESRampTms = v.setESRampTms;
      this.setESRandomDelay = v.setESRandomDelay;
      this.setGradW = v.setGradW;
      this.setSoftGradW = v.setSoftGradW;
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
     * The control modes in force by default. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JacksonXmlProperty(localName = "DERControlBase")
    public Builder derControlBase(DerControlBase value) {
      Objects.requireNonNull(value, "DERControlBase");
      this.derControlBase = value;
      return this;
    }

    /**
     * Enter-service delay, hundredths of a second. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "setESDelay")
    public Builder setESDelay(Long value) {
      this.setESDelay = value == null ? null : Ranges.uint32("setESDelay", value);
      return this;
    }

    /**
     * Enter-service high frequency, hundredths of a hertz. Default: absent; {@code null} removes
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "setESHighFreq")
    public Builder setESHighFreq(Integer value) {
      this.setESHighFreq = value == null ? null : Ranges.uint16("setESHighFreq", value);
      return this;
    }

    /**
     * Enter-service high voltage, hundredths of a percent of nominal. Default: absent; {@code null}
     * removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "setESHighVolt")
    public Builder setESHighVolt(Integer value) {
      this.setESHighVolt = value == null ? null : Ranges.int16("setESHighVolt", value);
      return this;
    }

    /**
     * Enter-service low frequency, hundredths of a hertz. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "setESLowFreq")
    public Builder setESLowFreq(Integer value) {
      this.setESLowFreq = value == null ? null : Ranges.uint16("setESLowFreq", value);
      return this;
    }

    /**
     * Enter-service low voltage, hundredths of a percent of nominal. Default: absent; {@code null}
     * removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "setESLowVolt")
    public Builder setESLowVolt(Integer value) {
      this.setESLowVolt = value == null ? null : Ranges.int16("setESLowVolt", value);
      return this;
    }

    /**
     * Enter-service ramp time, hundredths of a second. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "setESRampTms")
    public Builder setESRampTms(Long value) {
      this.setESRampTms = value == null ? null : Ranges.uint32("setESRampTms", value);
      return this;
    }

    /**
     * Enter-service randomized delay, hundredths of a second. Default: absent; {@code null} removes
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "setESRandomDelay")
    public Builder setESRandomDelay(Long value) {
      this.setESRandomDelay = value == null ? null : Ranges.uint32("setESRandomDelay", value);
      return this;
    }

    /**
     * Default ramp rate, hundredths of a percent of setMaxW per second. Default: absent; {@code
     * null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "setGradW")
    public Builder setGradW(Integer value) {
      this.setGradW = value == null ? null : Ranges.uint16("setGradW", value);
      return this;
    }

    /**
     * Soft-start ramp rate, hundredths of a percent of setMaxW per second. Default: absent; {@code
     * null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "setSoftGradW")
    public Builder setSoftGradW(Integer value) {
      this.setSoftGradW = value == null ? null : Ranges.uint16("setSoftGradW", value);
      return this;
    }

    // ---- shortcuts for the DERControlBase modes used most (they edit this control's base) ----

    /**
     * CSIP-AUS export limit: at most {@code watts} W may flow from the site to the grid ({@code
     * csipaus:opModExpLimW}, multiplier chosen so the value fits). Sets it in this {@code
     * DERControlBase}, creating an empty one if needed.
     */
    public Builder opModExpLimW(long watts) {
      return editBase(b -> b.opModExpLimW(ActivePower.watts(watts)));
    }

    /** CSIP-AUS import limit in W ({@code csipaus:opModImpLimW}). */
    public Builder opModImpLimW(long watts) {
      return editBase(b -> b.opModImpLimW(ActivePower.watts(watts)));
    }

    /** CSIP-AUS generation limit in W ({@code csipaus:opModGenLimW}). */
    public Builder opModGenLimW(long watts) {
      return editBase(b -> b.opModGenLimW(ActivePower.watts(watts)));
    }

    /** CSIP-AUS load limit in W ({@code csipaus:opModLoadLimW}). */
    public Builder opModLoadLimW(long watts) {
      return editBase(b -> b.opModLoadLimW(ActivePower.watts(watts)));
    }

    /** Connect ({@code true}) or disconnect ({@code false}) the DER from the grid. */
    public Builder opModConnect(boolean connect) {
      return editBase(b -> b.opModConnect(connect));
    }

    /** Energize ({@code true}) or de-energize the DER. */
    public Builder opModEnergize(boolean energize) {
      return editBase(b -> b.opModEnergize(energize));
    }

    /** Maximum active power in hundredths of a percent of setMaxW (5000 = 50 %). */
    public Builder opModMaxLimW(int hundredthsOfAPercent) {
      return editBase(b -> b.opModMaxLimW(hundredthsOfAPercent));
    }

    /** Fixed active power setpoint, signed hundredths of a percent of setMaxW. */
    public Builder opModFixedW(int hundredthsOfAPercent) {
      return editBase(b -> b.opModFixedW(hundredthsOfAPercent));
    }

    /** Active power target in W. */
    public Builder opModTargetW(long watts) {
      return editBase(b -> b.opModTargetW(ActivePower.watts(watts)));
    }

    /** Time to ramp to the new setting, in hundredths of a second. */
    public Builder rampTms(int hundredthsOfASecond) {
      return editBase(b -> b.rampTms(hundredthsOfASecond));
    }

    private Builder editBase(java.util.function.UnaryOperator<DerControlBase.Builder> edit) {
      DerControlBase.Builder base =
          derControlBase == null ? DerControlBase.builder() : derControlBase.toBuilder();
      this.derControlBase = edit.apply(base).build();
      return this;
    }

    /**
     * Returns the DefaultDerControl.
     *
     * @throws IllegalStateException if a required element is missing ({@code mRID}, {@code
     *     DERControlBase})
     */
    public DefaultDerControl build() {
      Required.present("DefaultDERControl", "mRID", mrid);
      Required.present("DefaultDERControl", "DERControlBase", derControlBase);
      return new DefaultDerControl(this);
    }
  }
}
