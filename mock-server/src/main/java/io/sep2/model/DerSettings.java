package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * How a DER is set up, posted by the client: the limits in force (possibly below its ratings) and
 * the modes enabled. CSIP-AUS adds {@code doeModesEnabled}.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "DERSettings")
@JsonPropertyOrder({
  "href",
  "subscribable",
  "modesEnabled",
  "setESDelay",
  "setESHighFreq",
  "setESHighVolt",
  "setESLowFreq",
  "setESLowVolt",
  "setESRampTms",
  "setESRandomDelay",
  "setGradW",
  "setMaxA",
  "setMaxAh",
  "setMaxChargeRateVA",
  "setMaxChargeRateW",
  "setMaxDischargeRateVA",
  "setMaxDischargeRateW",
  "setMaxV",
  "setMaxVA",
  "setMaxVar",
  "setMaxVarNeg",
  "setMaxW",
  "setMaxWh",
  "setMinPFOverExcited",
  "setMinPFUnderExcited",
  "setMinV",
  "setSoftGradW",
  "setVNom",
  "setVRef",
  "setVRefOfs",
  "updatedTime",
  "doeModesEnabled"
})
@JsonDeserialize(builder = DerSettings.Builder.class)
public final class DerSettings implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "subscribable", isAttribute = true)
  private final Integer subscribable;

  @JacksonXmlProperty(localName = "modesEnabled")
  @JsonSerialize(using = HexBinary.Hex32Serializer.class)
  private final Long modesEnabled;

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

  @JacksonXmlProperty(localName = "setMaxA")
  private final CurrentRms setMaxA;

  @JacksonXmlProperty(localName = "setMaxAh")
  private final AmpereHour setMaxAh;

  @JacksonXmlProperty(localName = "setMaxChargeRateVA")
  private final ApparentPower setMaxChargeRateVA;

  @JacksonXmlProperty(localName = "setMaxChargeRateW")
  private final ActivePower setMaxChargeRateW;

  @JacksonXmlProperty(localName = "setMaxDischargeRateVA")
  private final ApparentPower setMaxDischargeRateVA;

  @JacksonXmlProperty(localName = "setMaxDischargeRateW")
  private final ActivePower setMaxDischargeRateW;

  @JacksonXmlProperty(localName = "setMaxV")
  private final VoltageRms setMaxV;

  @JacksonXmlProperty(localName = "setMaxVA")
  private final ApparentPower setMaxVA;

  @JacksonXmlProperty(localName = "setMaxVar")
  private final ReactivePower setMaxVar;

  @JacksonXmlProperty(localName = "setMaxVarNeg")
  private final ReactivePower setMaxVarNeg;

  @JacksonXmlProperty(localName = "setMaxW")
  private final ActivePower setMaxW;

  @JacksonXmlProperty(localName = "setMaxWh")
  private final WattHour setMaxWh;

  @JacksonXmlProperty(localName = "setMinPFOverExcited")
  private final PowerFactor setMinPFOverExcited;

  @JacksonXmlProperty(localName = "setMinPFUnderExcited")
  private final PowerFactor setMinPFUnderExcited;

  @JacksonXmlProperty(localName = "setMinV")
  private final VoltageRms setMinV;

  @JacksonXmlProperty(localName = "setSoftGradW")
  private final Integer setSoftGradW;

  @JacksonXmlProperty(localName = "setVNom")
  private final VoltageRms setVNom;

  @JacksonXmlProperty(localName = "setVRef")
  private final VoltageRms setVRef;

  @JacksonXmlProperty(localName = "setVRefOfs")
  private final VoltageRms setVRefOfs;

  @JacksonXmlProperty(localName = "updatedTime")
  private final Instant updatedTime;

  @JacksonXmlProperty(localName = "doeModesEnabled", namespace = Namespaces.CSIPAUS)
  @JsonSerialize(using = HexBinary.Hex8Serializer.class)
  private final Integer doeModesEnabled;

  private DerSettings(Builder b) {
    this.href = b.href;
    this.subscribable = b.subscribable;
    this.modesEnabled = b.modesEnabled;
    this.setESDelay = b.setESDelay;
    this.setESHighFreq = b.setESHighFreq;
    this.setESHighVolt = b.setESHighVolt;
    this.setESLowFreq = b.setESLowFreq;
    this.setESLowVolt = b.setESLowVolt;
    this.setESRampTms = b.setESRampTms;
    this.setESRandomDelay = b.setESRandomDelay;
    this.setGradW = b.setGradW;
    this.setMaxA = b.setMaxA;
    this.setMaxAh = b.setMaxAh;
    this.setMaxChargeRateVA = b.setMaxChargeRateVA;
    this.setMaxChargeRateW = b.setMaxChargeRateW;
    this.setMaxDischargeRateVA = b.setMaxDischargeRateVA;
    this.setMaxDischargeRateW = b.setMaxDischargeRateW;
    this.setMaxV = b.setMaxV;
    this.setMaxVA = b.setMaxVA;
    this.setMaxVar = b.setMaxVar;
    this.setMaxVarNeg = b.setMaxVarNeg;
    this.setMaxW = b.setMaxW;
    this.setMaxWh = b.setMaxWh;
    this.setMinPFOverExcited = b.setMinPFOverExcited;
    this.setMinPFUnderExcited = b.setMinPFUnderExcited;
    this.setMinV = b.setMinV;
    this.setSoftGradW = b.setSoftGradW;
    this.setVNom = b.setVNom;
    this.setVRef = b.setVRef;
    this.setVRefOfs = b.setVRefOfs;
    this.updatedTime = b.updatedTime;
    this.doeModesEnabled = b.doeModesEnabled;
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

  /**
   * Returns bitmap of the DER control modes enabled (DERControlType, HexBinary32), or empty when
   * absent.
   */
  public OptionalLong modesEnabled() {
    return modesEnabled == null ? OptionalLong.empty() : OptionalLong.of(modesEnabled);
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

  /** Returns default ramp rate of active power, hundredths of a percent of setMaxW per second. */
  public int setGradW() {
    return setGradW;
  }

  /** Returns the {@code setMaxA} element (a {@link CurrentRms}), or empty when absent. */
  public Optional<CurrentRms> setMaxA() {
    return Optional.ofNullable(setMaxA);
  }

  /** Returns the {@code setMaxAh} element (a {@link AmpereHour}), or empty when absent. */
  public Optional<AmpereHour> setMaxAh() {
    return Optional.ofNullable(setMaxAh);
  }

  /**
   * Returns the {@code setMaxChargeRateVA} element (a {@link ApparentPower}), or empty when absent.
   */
  public Optional<ApparentPower> setMaxChargeRateVA() {
    return Optional.ofNullable(setMaxChargeRateVA);
  }

  /**
   * Returns the {@code setMaxChargeRateW} element (a {@link ActivePower}), or empty when absent.
   */
  public Optional<ActivePower> setMaxChargeRateW() {
    return Optional.ofNullable(setMaxChargeRateW);
  }

  /**
   * Returns the {@code setMaxDischargeRateVA} element (a {@link ApparentPower}), or empty when
   * absent.
   */
  public Optional<ApparentPower> setMaxDischargeRateVA() {
    return Optional.ofNullable(setMaxDischargeRateVA);
  }

  /**
   * Returns the {@code setMaxDischargeRateW} element (a {@link ActivePower}), or empty when absent.
   */
  public Optional<ActivePower> setMaxDischargeRateW() {
    return Optional.ofNullable(setMaxDischargeRateW);
  }

  /** Returns the {@code setMaxV} element (a {@link VoltageRms}), or empty when absent. */
  public Optional<VoltageRms> setMaxV() {
    return Optional.ofNullable(setMaxV);
  }

  /** Returns the {@code setMaxVA} element (a {@link ApparentPower}), or empty when absent. */
  public Optional<ApparentPower> setMaxVA() {
    return Optional.ofNullable(setMaxVA);
  }

  /** Returns the {@code setMaxVar} element (a {@link ReactivePower}), or empty when absent. */
  public Optional<ReactivePower> setMaxVar() {
    return Optional.ofNullable(setMaxVar);
  }

  /** Returns the {@code setMaxVarNeg} element (a {@link ReactivePower}), or empty when absent. */
  public Optional<ReactivePower> setMaxVarNeg() {
    return Optional.ofNullable(setMaxVarNeg);
  }

  /** Returns maximum active power the DER is set to. */
  public ActivePower setMaxW() {
    return setMaxW;
  }

  /** Returns the {@code setMaxWh} element (a {@link WattHour}), or empty when absent. */
  public Optional<WattHour> setMaxWh() {
    return Optional.ofNullable(setMaxWh);
  }

  /**
   * Returns the {@code setMinPFOverExcited} element (a {@link PowerFactor}), or empty when absent.
   */
  public Optional<PowerFactor> setMinPFOverExcited() {
    return Optional.ofNullable(setMinPFOverExcited);
  }

  /**
   * Returns the {@code setMinPFUnderExcited} element (a {@link PowerFactor}), or empty when absent.
   */
  public Optional<PowerFactor> setMinPFUnderExcited() {
    return Optional.ofNullable(setMinPFUnderExcited);
  }

  /** Returns the {@code setMinV} element (a {@link VoltageRms}), or empty when absent. */
  public Optional<VoltageRms> setMinV() {
    return Optional.ofNullable(setMinV);
  }

  /**
   * Returns soft-start ramp rate, hundredths of a percent of setMaxW per second, or empty when
   * absent.
   */
  public OptionalInt setSoftGradW() {
    return setSoftGradW == null ? OptionalInt.empty() : OptionalInt.of(setSoftGradW);
  }

  /** Returns the {@code setVNom} element (a {@link VoltageRms}), or empty when absent. */
  public Optional<VoltageRms> setVNom() {
    return Optional.ofNullable(setVNom);
  }

  /** Returns the {@code setVRef} element (a {@link VoltageRms}), or empty when absent. */
  public Optional<VoltageRms> setVRef() {
    return Optional.ofNullable(setVRef);
  }

  /** Returns the {@code setVRefOfs} element (a {@link VoltageRms}), or empty when absent. */
  public Optional<VoltageRms> setVRefOfs() {
    return Optional.ofNullable(setVRefOfs);
  }

  /** Returns when the settings last changed. */
  public Instant updatedTime() {
    return updatedTime;
  }

  /**
   * Returns CSIP-AUS: bitmap of the dynamic operating envelope controls enabled, see {@link
   * DoeModes}, or empty when absent.
   */
  public OptionalInt doeModesEnabled() {
    return doeModesEnabled == null ? OptionalInt.empty() : OptionalInt.of(doeModesEnabled);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DerSettings o
        && Objects.equals(href, o.href)
        && Objects.equals(subscribable, o.subscribable)
        && Objects.equals(modesEnabled, o.modesEnabled)
        && Objects.equals(setESDelay, o.setESDelay)
        && Objects.equals(setESHighFreq, o.setESHighFreq)
        && Objects.equals(setESHighVolt, o.setESHighVolt)
        && Objects.equals(setESLowFreq, o.setESLowFreq)
        && Objects.equals(setESLowVolt, o.setESLowVolt)
        && Objects.equals(setESRampTms, o.setESRampTms)
        && Objects.equals(setESRandomDelay, o.setESRandomDelay)
        && Objects.equals(setGradW, o.setGradW)
        && Objects.equals(setMaxA, o.setMaxA)
        && Objects.equals(setMaxAh, o.setMaxAh)
        && Objects.equals(setMaxChargeRateVA, o.setMaxChargeRateVA)
        && Objects.equals(setMaxChargeRateW, o.setMaxChargeRateW)
        && Objects.equals(setMaxDischargeRateVA, o.setMaxDischargeRateVA)
        && Objects.equals(setMaxDischargeRateW, o.setMaxDischargeRateW)
        && Objects.equals(setMaxV, o.setMaxV)
        && Objects.equals(setMaxVA, o.setMaxVA)
        && Objects.equals(setMaxVar, o.setMaxVar)
        && Objects.equals(setMaxVarNeg, o.setMaxVarNeg)
        && Objects.equals(setMaxW, o.setMaxW)
        && Objects.equals(setMaxWh, o.setMaxWh)
        && Objects.equals(setMinPFOverExcited, o.setMinPFOverExcited)
        && Objects.equals(setMinPFUnderExcited, o.setMinPFUnderExcited)
        && Objects.equals(setMinV, o.setMinV)
        && Objects.equals(setSoftGradW, o.setSoftGradW)
        && Objects.equals(setVNom, o.setVNom)
        && Objects.equals(setVRef, o.setVRef)
        && Objects.equals(setVRefOfs, o.setVRefOfs)
        && Objects.equals(updatedTime, o.updatedTime)
        && Objects.equals(doeModesEnabled, o.doeModesEnabled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        subscribable,
        modesEnabled,
        setESDelay,
        setESHighFreq,
        setESHighVolt,
        setESLowFreq,
        setESLowVolt,
        setESRampTms,
        setESRandomDelay,
        setGradW,
        setMaxA,
        setMaxAh,
        setMaxChargeRateVA,
        setMaxChargeRateW,
        setMaxDischargeRateVA,
        setMaxDischargeRateW,
        setMaxV,
        setMaxVA,
        setMaxVar,
        setMaxVarNeg,
        setMaxW,
        setMaxWh,
        setMinPFOverExcited,
        setMinPFUnderExcited,
        setMinV,
        setSoftGradW,
        setVNom,
        setVRef,
        setVRefOfs,
        updatedTime,
        doeModesEnabled);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "DerSettings[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (subscribable != null) {
      s.add("subscribable=" + subscribable);
    }
    if (modesEnabled != null) {
      s.add("modesEnabled=" + modesEnabled);
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
    if (setMaxA != null) {
      s.add("setMaxA=" + setMaxA);
    }
    if (setMaxAh != null) {
      s.add("setMaxAh=" + setMaxAh);
    }
    if (setMaxChargeRateVA != null) {
      s.add("setMaxChargeRateVA=" + setMaxChargeRateVA);
    }
    if (setMaxChargeRateW != null) {
      s.add("setMaxChargeRateW=" + setMaxChargeRateW);
    }
    if (setMaxDischargeRateVA != null) {
      s.add("setMaxDischargeRateVA=" + setMaxDischargeRateVA);
    }
    if (setMaxDischargeRateW != null) {
      s.add("setMaxDischargeRateW=" + setMaxDischargeRateW);
    }
    if (setMaxV != null) {
      s.add("setMaxV=" + setMaxV);
    }
    if (setMaxVA != null) {
      s.add("setMaxVA=" + setMaxVA);
    }
    if (setMaxVar != null) {
      s.add("setMaxVar=" + setMaxVar);
    }
    if (setMaxVarNeg != null) {
      s.add("setMaxVarNeg=" + setMaxVarNeg);
    }
    if (setMaxW != null) {
      s.add("setMaxW=" + setMaxW);
    }
    if (setMaxWh != null) {
      s.add("setMaxWh=" + setMaxWh);
    }
    if (setMinPFOverExcited != null) {
      s.add("setMinPFOverExcited=" + setMinPFOverExcited);
    }
    if (setMinPFUnderExcited != null) {
      s.add("setMinPFUnderExcited=" + setMinPFUnderExcited);
    }
    if (setMinV != null) {
      s.add("setMinV=" + setMinV);
    }
    if (setSoftGradW != null) {
      s.add("setSoftGradW=" + setSoftGradW);
    }
    if (setVNom != null) {
      s.add("setVNom=" + setVNom);
    }
    if (setVRef != null) {
      s.add("setVRef=" + setVRef);
    }
    if (setVRefOfs != null) {
      s.add("setVRefOfs=" + setVRefOfs);
    }
    if (updatedTime != null) {
      s.add("updatedTime=" + updatedTime);
    }
    if (doeModesEnabled != null) {
      s.add("doeModesEnabled=" + doeModesEnabled);
    }
    return s.toString();
  }

  /** Builds a {@link DerSettings}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Integer subscribable;
    private Long modesEnabled;
    private Long setESDelay;
    private Integer setESHighFreq;
    private Integer setESHighVolt;
    private Integer setESLowFreq;
    private Integer setESLowVolt;
    private Long setESRampTms;
    private Long setESRandomDelay;
    private Integer setGradW;
    private CurrentRms setMaxA;
    private AmpereHour setMaxAh;
    private ApparentPower setMaxChargeRateVA;
    private ActivePower setMaxChargeRateW;
    private ApparentPower setMaxDischargeRateVA;
    private ActivePower setMaxDischargeRateW;
    private VoltageRms setMaxV;
    private ApparentPower setMaxVA;
    private ReactivePower setMaxVar;
    private ReactivePower setMaxVarNeg;
    private ActivePower setMaxW;
    private WattHour setMaxWh;
    private PowerFactor setMinPFOverExcited;
    private PowerFactor setMinPFUnderExcited;
    private VoltageRms setMinV;
    private Integer setSoftGradW;
    private VoltageRms setVNom;
    private VoltageRms setVRef;
    private VoltageRms setVRefOfs;
    private Instant updatedTime;
    private Integer doeModesEnabled;

    private Builder() {}

    private Builder(DerSettings v) {
      this.href = v.href;
      this.subscribable = v.subscribable;
      this.modesEnabled = v.modesEnabled;
      this.setESDelay = v.setESDelay;
      this.setESHighFreq = v.setESHighFreq;
      this.setESHighVolt = v.setESHighVolt;
      this.setESLowFreq = v.setESLowFreq;
      this.setESLowVolt = v.setESLowVolt;
      this.setESRampTms = v.setESRampTms;
      this.setESRandomDelay = v.setESRandomDelay;
      this.setGradW = v.setGradW;
      this.setMaxA = v.setMaxA;
      this.setMaxAh = v.setMaxAh;
      this.setMaxChargeRateVA = v.setMaxChargeRateVA;
      this.setMaxChargeRateW = v.setMaxChargeRateW;
      this.setMaxDischargeRateVA = v.setMaxDischargeRateVA;
      this.setMaxDischargeRateW = v.setMaxDischargeRateW;
      this.setMaxV = v.setMaxV;
      this.setMaxVA = v.setMaxVA;
      this.setMaxVar = v.setMaxVar;
      this.setMaxVarNeg = v.setMaxVarNeg;
      this.setMaxW = v.setMaxW;
      this.setMaxWh = v.setMaxWh;
      this.setMinPFOverExcited = v.setMinPFOverExcited;
      this.setMinPFUnderExcited = v.setMinPFUnderExcited;
      this.setMinV = v.setMinV;
      this.setSoftGradW = v.setSoftGradW;
      this.setVNom = v.setVNom;
      this.setVRef = v.setVRef;
      this.setVRefOfs = v.setVRefOfs;
      this.updatedTime = v.updatedTime;
      this.doeModesEnabled = v.doeModesEnabled;
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
     * Bitmap of the DER control modes enabled (DERControlType, HexBinary32). Default: absent;
     * {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "modesEnabled")
    @JsonDeserialize(using = HexBinary.Hex32Deserializer.class)
    public Builder modesEnabled(Long value) {
      this.modesEnabled = value == null ? null : Ranges.hex32("modesEnabled", value);
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
     * Default ramp rate of active power, hundredths of a percent of setMaxW per second. Required:
     * {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "setGradW")
    public Builder setGradW(int value) {
      this.setGradW = Ranges.uint16("setGradW", value);
      return this;
    }

    /**
     * The {@code setMaxA} element (a {@link CurrentRms}). Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "setMaxA")
    public Builder setMaxA(CurrentRms value) {
      this.setMaxA = value;
      return this;
    }

    /**
     * The {@code setMaxAh} element (a {@link AmpereHour}). Default: absent; {@code null} removes
     * it.
     */
    @JacksonXmlProperty(localName = "setMaxAh")
    public Builder setMaxAh(AmpereHour value) {
      this.setMaxAh = value;
      return this;
    }

    /**
     * The {@code setMaxChargeRateVA} element (a {@link ApparentPower}). Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "setMaxChargeRateVA")
    public Builder setMaxChargeRateVA(ApparentPower value) {
      this.setMaxChargeRateVA = value;
      return this;
    }

    /**
     * The {@code setMaxChargeRateW} element (a {@link ActivePower}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "setMaxChargeRateW")
    public Builder setMaxChargeRateW(ActivePower value) {
      this.setMaxChargeRateW = value;
      return this;
    }

    /**
     * The {@code setMaxDischargeRateVA} element (a {@link ApparentPower}). Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "setMaxDischargeRateVA")
    public Builder setMaxDischargeRateVA(ApparentPower value) {
      this.setMaxDischargeRateVA = value;
      return this;
    }

    /**
     * The {@code setMaxDischargeRateW} element (a {@link ActivePower}). Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "setMaxDischargeRateW")
    public Builder setMaxDischargeRateW(ActivePower value) {
      this.setMaxDischargeRateW = value;
      return this;
    }

    /**
     * The {@code setMaxV} element (a {@link VoltageRms}). Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "setMaxV")
    public Builder setMaxV(VoltageRms value) {
      this.setMaxV = value;
      return this;
    }

    /**
     * The {@code setMaxVA} element (a {@link ApparentPower}). Default: absent; {@code null} removes
     * it.
     */
    @JacksonXmlProperty(localName = "setMaxVA")
    public Builder setMaxVA(ApparentPower value) {
      this.setMaxVA = value;
      return this;
    }

    /**
     * The {@code setMaxVar} element (a {@link ReactivePower}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "setMaxVar")
    public Builder setMaxVar(ReactivePower value) {
      this.setMaxVar = value;
      return this;
    }

    /**
     * The {@code setMaxVarNeg} element (a {@link ReactivePower}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "setMaxVarNeg")
    public Builder setMaxVarNeg(ReactivePower value) {
      this.setMaxVarNeg = value;
      return this;
    }

    /**
     * Maximum active power the DER is set to. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JacksonXmlProperty(localName = "setMaxW")
    public Builder setMaxW(ActivePower value) {
      Objects.requireNonNull(value, "setMaxW");
      this.setMaxW = value;
      return this;
    }

    /**
     * The {@code setMaxWh} element (a {@link WattHour}). Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "setMaxWh")
    public Builder setMaxWh(WattHour value) {
      this.setMaxWh = value;
      return this;
    }

    /**
     * The {@code setMinPFOverExcited} element (a {@link PowerFactor}). Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "setMinPFOverExcited")
    public Builder setMinPFOverExcited(PowerFactor value) {
      this.setMinPFOverExcited = value;
      return this;
    }

    /**
     * The {@code setMinPFUnderExcited} element (a {@link PowerFactor}). Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "setMinPFUnderExcited")
    public Builder setMinPFUnderExcited(PowerFactor value) {
      this.setMinPFUnderExcited = value;
      return this;
    }

    /**
     * The {@code setMinV} element (a {@link VoltageRms}). Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "setMinV")
    public Builder setMinV(VoltageRms value) {
      this.setMinV = value;
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

    /**
     * The {@code setVNom} element (a {@link VoltageRms}). Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "setVNom")
    public Builder setVNom(VoltageRms value) {
      this.setVNom = value;
      return this;
    }

    /**
     * The {@code setVRef} element (a {@link VoltageRms}). Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "setVRef")
    public Builder setVRef(VoltageRms value) {
      this.setVRef = value;
      return this;
    }

    /**
     * The {@code setVRefOfs} element (a {@link VoltageRms}). Default: absent; {@code null} removes
     * it.
     */
    @JacksonXmlProperty(localName = "setVRefOfs")
    public Builder setVRefOfs(VoltageRms value) {
      this.setVRefOfs = value;
      return this;
    }

    /**
     * When the settings last changed. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "updatedTime")
    public Builder updatedTime(Instant value) {
      Objects.requireNonNull(value, "updatedTime");
      this.updatedTime = Ranges.time("updatedTime", value);
      return this;
    }

    /**
     * CSIP-AUS: bitmap of the dynamic operating envelope controls enabled, see {@link DoeModes}.
     * Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "doeModesEnabled")
    @JsonDeserialize(using = HexBinary.Hex8Deserializer.class)
    public Builder doeModesEnabled(Integer value) {
      this.doeModesEnabled = value == null ? null : Ranges.hex8("doeModesEnabled", value);
      return this;
    }

    /**
     * Returns the DerSettings.
     *
     * @throws IllegalStateException if a required element is missing ({@code setGradW}, {@code
     *     setMaxW}, {@code updatedTime})
     */
    public DerSettings build() {
      Required.present("DERSettings", "setGradW", setGradW);
      Required.present("DERSettings", "setMaxW", setMaxW);
      Required.present("DERSettings", "updatedTime", updatedTime);
      return new DerSettings(this);
    }
  }
}
