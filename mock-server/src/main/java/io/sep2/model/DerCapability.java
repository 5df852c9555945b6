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
import java.util.StringJoiner;

/**
 * The nameplate ratings of a DER, posted by the client: what the DER can do at most ({@code
 * rtgMaxW} is required) and which control modes it supports. CSIP-AUS adds {@code
 * doeModesSupported}, which its schema makes required.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "DERCapability")
@JsonPropertyOrder({
  "href",
  "modesSupported",
  "rtgAbnormalCategory",
  "rtgMaxA",
  "rtgMaxAh",
  "rtgMaxChargeRateVA",
  "rtgMaxChargeRateW",
  "rtgMaxDischargeRateVA",
  "rtgMaxDischargeRateW",
  "rtgMaxV",
  "rtgMaxVA",
  "rtgMaxVar",
  "rtgMaxVarNeg",
  "rtgMaxW",
  "rtgMaxWh",
  "rtgMinPFOverExcited",
  "rtgMinPFUnderExcited",
  "rtgMinV",
  "rtgNormalCategory",
  "rtgOverExcitedPF",
  "rtgOverExcitedW",
  "rtgReactiveSusceptance",
  "rtgUnderExcitedPF",
  "rtgUnderExcitedW",
  "rtgVNom",
  "type",
  "doeModesSupported"
})
@JsonDeserialize(builder = DerCapability.Builder.class)
public final class DerCapability implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "modesSupported")
  @JsonSerialize(using = HexBinary.Hex32Serializer.class)
  private final Long modesSupported;

  @JacksonXmlProperty(localName = "rtgAbnormalCategory")
  private final Integer rtgAbnormalCategory;

  @JacksonXmlProperty(localName = "rtgMaxA")
  private final CurrentRms rtgMaxA;

  @JacksonXmlProperty(localName = "rtgMaxAh")
  private final AmpereHour rtgMaxAh;

  @JacksonXmlProperty(localName = "rtgMaxChargeRateVA")
  private final ApparentPower rtgMaxChargeRateVA;

  @JacksonXmlProperty(localName = "rtgMaxChargeRateW")
  private final ActivePower rtgMaxChargeRateW;

  @JacksonXmlProperty(localName = "rtgMaxDischargeRateVA")
  private final ApparentPower rtgMaxDischargeRateVA;

  @JacksonXmlProperty(localName = "rtgMaxDischargeRateW")
  private final ActivePower rtgMaxDischargeRateW;

  @JacksonXmlProperty(localName = "rtgMaxV")
  private final VoltageRms rtgMaxV;

  @JacksonXmlProperty(localName = "rtgMaxVA")
  private final ApparentPower rtgMaxVA;

  @JacksonXmlProperty(localName = "rtgMaxVar")
  private final ReactivePower rtgMaxVar;

  @JacksonXmlProperty(localName = "rtgMaxVarNeg")
  private final ReactivePower rtgMaxVarNeg;

  @JacksonXmlProperty(localName = "rtgMaxW")
  private final ActivePower rtgMaxW;

  @JacksonXmlProperty(localName = "rtgMaxWh")
  private final WattHour rtgMaxWh;

  @JacksonXmlProperty(localName = "rtgMinPFOverExcited")
  private final PowerFactor rtgMinPFOverExcited;

  @JacksonXmlProperty(localName = "rtgMinPFUnderExcited")
  private final PowerFactor rtgMinPFUnderExcited;

  @JacksonXmlProperty(localName = "rtgMinV")
  private final VoltageRms rtgMinV;

  @JacksonXmlProperty(localName = "rtgNormalCategory")
  private final Integer rtgNormalCategory;

  @JacksonXmlProperty(localName = "rtgOverExcitedPF")
  private final PowerFactor rtgOverExcitedPF;

  @JacksonXmlProperty(localName = "rtgOverExcitedW")
  private final ActivePower rtgOverExcitedW;

  @JacksonXmlProperty(localName = "rtgReactiveSusceptance")
  private final ReactiveSusceptance rtgReactiveSusceptance;

  @JacksonXmlProperty(localName = "rtgUnderExcitedPF")
  private final PowerFactor rtgUnderExcitedPF;

  @JacksonXmlProperty(localName = "rtgUnderExcitedW")
  private final ActivePower rtgUnderExcitedW;

  @JacksonXmlProperty(localName = "rtgVNom")
  private final VoltageRms rtgVNom;

  @JacksonXmlProperty(localName = "type")
  private final Integer type;

  @JacksonXmlProperty(localName = "doeModesSupported", namespace = Namespaces.CSIPAUS)
  @JsonSerialize(using = HexBinary.Hex8Serializer.class)
  private final Integer doeModesSupported;

  private DerCapability(Builder b) {
    this.href = b.href;
    this.modesSupported = b.modesSupported;
    this.rtgAbnormalCategory = b.rtgAbnormalCategory;
    this.rtgMaxA = b.rtgMaxA;
    this.rtgMaxAh = b.rtgMaxAh;
    this.rtgMaxChargeRateVA = b.rtgMaxChargeRateVA;
    this.rtgMaxChargeRateW = b.rtgMaxChargeRateW;
    this.rtgMaxDischargeRateVA = b.rtgMaxDischargeRateVA;
    this.rtgMaxDischargeRateW = b.rtgMaxDischargeRateW;
    this.rtgMaxV = b.rtgMaxV;
    this.rtgMaxVA = b.rtgMaxVA;
    this.rtgMaxVar = b.rtgMaxVar;
    this.rtgMaxVarNeg = b.rtgMaxVarNeg;
    this.rtgMaxW = b.rtgMaxW;
    this.rtgMaxWh = b.rtgMaxWh;
    this.rtgMinPFOverExcited = b.rtgMinPFOverExcited;
    this.rtgMinPFUnderExcited = b.rtgMinPFUnderExcited;
    this.rtgMinV = b.rtgMinV;
    this.rtgNormalCategory = b.rtgNormalCategory;
    this.rtgOverExcitedPF = b.rtgOverExcitedPF;
    this.rtgOverExcitedW = b.rtgOverExcitedW;
    this.rtgReactiveSusceptance = b.rtgReactiveSusceptance;
    this.rtgUnderExcitedPF = b.rtgUnderExcitedPF;
    this.rtgUnderExcitedW = b.rtgUnderExcitedW;
    this.rtgVNom = b.rtgVNom;
    this.type = b.type;
    this.doeModesSupported = b.doeModesSupported;
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

  /** Returns bitmap of the DER control modes supported (DERControlType, HexBinary32). */
  public long modesSupported() {
    return modesSupported;
  }

  /** Returns the {@code rtgAbnormalCategory} element (UInt8), or empty when absent. */
  public OptionalInt rtgAbnormalCategory() {
    return rtgAbnormalCategory == null ? OptionalInt.empty() : OptionalInt.of(rtgAbnormalCategory);
  }

  /** Returns the {@code rtgMaxA} element (a {@link CurrentRms}), or empty when absent. */
  public Optional<CurrentRms> rtgMaxA() {
    return Optional.ofNullable(rtgMaxA);
  }

  /** Returns the {@code rtgMaxAh} element (a {@link AmpereHour}), or empty when absent. */
  public Optional<AmpereHour> rtgMaxAh() {
    return Optional.ofNullable(rtgMaxAh);
  }

  /**
   * Returns the {@code rtgMaxChargeRateVA} element (a {@link ApparentPower}), or empty when absent.
   */
  public Optional<ApparentPower> rtgMaxChargeRateVA() {
    return Optional.ofNullable(rtgMaxChargeRateVA);
  }

  /**
   * Returns the {@code rtgMaxChargeRateW} element (a {@link ActivePower}), or empty when absent.
   */
  public Optional<ActivePower> rtgMaxChargeRateW() {
    return Optional.ofNullable(rtgMaxChargeRateW);
  }

  /**
   * Returns the {@code rtgMaxDischargeRateVA} element (a {@link ApparentPower}), or empty when
   * absent.
   */
  public Optional<ApparentPower> rtgMaxDischargeRateVA() {
    return Optional.ofNullable(rtgMaxDischargeRateVA);
  }

  /**
   * Returns the {@code rtgMaxDischargeRateW} element (a {@link ActivePower}), or empty when absent.
   */
  public Optional<ActivePower> rtgMaxDischargeRateW() {
    return Optional.ofNullable(rtgMaxDischargeRateW);
  }

  /** Returns the {@code rtgMaxV} element (a {@link VoltageRms}), or empty when absent. */
  public Optional<VoltageRms> rtgMaxV() {
    return Optional.ofNullable(rtgMaxV);
  }

  /** Returns the {@code rtgMaxVA} element (a {@link ApparentPower}), or empty when absent. */
  public Optional<ApparentPower> rtgMaxVA() {
    return Optional.ofNullable(rtgMaxVA);
  }

  /** Returns the {@code rtgMaxVar} element (a {@link ReactivePower}), or empty when absent. */
  public Optional<ReactivePower> rtgMaxVar() {
    return Optional.ofNullable(rtgMaxVar);
  }

  /** Returns the {@code rtgMaxVarNeg} element (a {@link ReactivePower}), or empty when absent. */
  public Optional<ReactivePower> rtgMaxVarNeg() {
    return Optional.ofNullable(rtgMaxVarNeg);
  }

  /** Returns maximum continuous active power. */
  public ActivePower rtgMaxW() {
    return rtgMaxW;
  }

  /** Returns the {@code rtgMaxWh} element (a {@link WattHour}), or empty when absent. */
  public Optional<WattHour> rtgMaxWh() {
    return Optional.ofNullable(rtgMaxWh);
  }

  /**
   * Returns the {@code rtgMinPFOverExcited} element (a {@link PowerFactor}), or empty when absent.
   */
  public Optional<PowerFactor> rtgMinPFOverExcited() {
    return Optional.ofNullable(rtgMinPFOverExcited);
  }

  /**
   * Returns the {@code rtgMinPFUnderExcited} element (a {@link PowerFactor}), or empty when absent.
   */
  public Optional<PowerFactor> rtgMinPFUnderExcited() {
    return Optional.ofNullable(rtgMinPFUnderExcited);
  }

  /** Returns the {@code rtgMinV} element (a {@link VoltageRms}), or empty when absent. */
  public Optional<VoltageRms> rtgMinV() {
    return Optional.ofNullable(rtgMinV);
  }

  /** Returns the {@code rtgNormalCategory} element (UInt8), or empty when absent. */
  public OptionalInt rtgNormalCategory() {
    return rtgNormalCategory == null ? OptionalInt.empty() : OptionalInt.of(rtgNormalCategory);
  }

  /** Returns the {@code rtgOverExcitedPF} element (a {@link PowerFactor}), or empty when absent. */
  public Optional<PowerFactor> rtgOverExcitedPF() {
    return Optional.ofNullable(rtgOverExcitedPF);
  }

  /** Returns the {@code rtgOverExcitedW} element (a {@link ActivePower}), or empty when absent. */
  public Optional<ActivePower> rtgOverExcitedW() {
    return Optional.ofNullable(rtgOverExcitedW);
  }

  /**
   * Returns the {@code rtgReactiveSusceptance} element (a {@link ReactiveSusceptance}), or empty
   * when absent.
   */
  public Optional<ReactiveSusceptance> rtgReactiveSusceptance() {
    return Optional.ofNullable(rtgReactiveSusceptance);
  }

  /**
   * Returns the {@code rtgUnderExcitedPF} element (a {@link PowerFactor}), or empty when absent.
   */
  public Optional<PowerFactor> rtgUnderExcitedPF() {
    return Optional.ofNullable(rtgUnderExcitedPF);
  }

  /** Returns the {@code rtgUnderExcitedW} element (a {@link ActivePower}), or empty when absent. */
  public Optional<ActivePower> rtgUnderExcitedW() {
    return Optional.ofNullable(rtgUnderExcitedW);
  }

  /** Returns the {@code rtgVNom} element (a {@link VoltageRms}), or empty when absent. */
  public Optional<VoltageRms> rtgVNom() {
    return Optional.ofNullable(rtgVNom);
  }

  /**
   * Returns kind of DER: 0 N/A, 1 virtual/mixed, 2 reciprocating engine, 3 fuel cell, 4 PV, 5 CHP,
   * 80 storage, 81 EV, 82 EVSE, 83 PV+storage.
   */
  public int type() {
    return type;
  }

  /**
   * Returns CSIP-AUS (required there): bitmap of the dynamic operating envelope controls supported,
   * see {@link DoeModes}, or empty when absent.
   */
  public OptionalInt doeModesSupported() {
    return doeModesSupported == null ? OptionalInt.empty() : OptionalInt.of(doeModesSupported);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DerCapability o
        && Objects.equals(href, o.href)
        && Objects.equals(modesSupported, o.modesSupported)
        && Objects.equals(rtgAbnormalCategory, o.rtgAbnormalCategory)
        && Objects.equals(rtgMaxA, o.rtgMaxA)
        && Objects.equals(rtgMaxAh, o.rtgMaxAh)
        && Objects.equals(rtgMaxChargeRateVA, o.rtgMaxChargeRateVA)
        && Objects.equals(rtgMaxChargeRateW, o.rtgMaxChargeRateW)
        && Objects.equals(rtgMaxDischargeRateVA, o.rtgMaxDischargeRateVA)
        && Objects.equals(rtgMaxDischargeRateW, o.rtgMaxDischargeRateW)
        && Objects.equals(rtgMaxV, o.rtgMaxV)
        && Objects.equals(rtgMaxVA, o.rtgMaxVA)
        && Objects.equals(rtgMaxVar, o.rtgMaxVar)
        && Objects.equals(rtgMaxVarNeg, o.rtgMaxVarNeg)
        && Objects.equals(rtgMaxW, o.rtgMaxW)
        && Objects.equals(rtgMaxWh, o.rtgMaxWh)
        && Objects.equals(rtgMinPFOverExcited, o.rtgMinPFOverExcited)
        && Objects.equals(rtgMinPFUnderExcited, o.rtgMinPFUnderExcited)
        && Objects.equals(rtgMinV, o.rtgMinV)
        && Objects.equals(rtgNormalCategory, o.rtgNormalCategory)
        && Objects.equals(rtgOverExcitedPF, o.rtgOverExcitedPF)
        && Objects.equals(rtgOverExcitedW, o.rtgOverExcitedW)
        && Objects.equals(rtgReactiveSusceptance, o.rtgReactiveSusceptance)
        && Objects.equals(rtgUnderExcitedPF, o.rtgUnderExcitedPF)
        && Objects.equals(rtgUnderExcitedW, o.rtgUnderExcitedW)
        && Objects.equals(rtgVNom, o.rtgVNom)
        && Objects.equals(type, o.type)
        && Objects.equals(doeModesSupported, o.doeModesSupported);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        modesSupported,
        rtgAbnormalCategory,
        rtgMaxA,
        rtgMaxAh,
        rtgMaxChargeRateVA,
        rtgMaxChargeRateW,
        rtgMaxDischargeRateVA,
        rtgMaxDischargeRateW,
        rtgMaxV,
        rtgMaxVA,
        rtgMaxVar,
        rtgMaxVarNeg,
        rtgMaxW,
        rtgMaxWh,
        rtgMinPFOverExcited,
        rtgMinPFUnderExcited,
        rtgMinV,
        rtgNormalCategory,
        rtgOverExcitedPF,
        rtgOverExcitedW,
        rtgReactiveSusceptance,
        rtgUnderExcitedPF,
        rtgUnderExcitedW,
        rtgVNom,
        type,
        doeModesSupported);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "DerCapability[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (modesSupported != null) {
      s.add("modesSupported=" + modesSupported);
    }
    if (rtgAbnormalCategory != null) {
      s.add("rtgAbnormalCategory=" + rtgAbnormalCategory);
    }
    if (rtgMaxA != null) {
      s.add("rtgMaxA=" + rtgMaxA);
    }
    if (rtgMaxAh != null) {
      s.add("rtgMaxAh=" + rtgMaxAh);
    }
    if (rtgMaxChargeRateVA != null) {
      s.add("rtgMaxChargeRateVA=" + rtgMaxChargeRateVA);
    }
    if (rtgMaxChargeRateW != null) {
      s.add("rtgMaxChargeRateW=" + rtgMaxChargeRateW);
    }
    if (rtgMaxDischargeRateVA != null) {
      s.add("rtgMaxDischargeRateVA=" + rtgMaxDischargeRateVA);
    }
    if (rtgMaxDischargeRateW != null) {
      s.add("rtgMaxDischargeRateW=" + rtgMaxDischargeRateW);
    }
    if (rtgMaxV != null) {
      s.add("rtgMaxV=" + rtgMaxV);
    }
    if (rtgMaxVA != null) {
      s.add("rtgMaxVA=" + rtgMaxVA);
    }
    if (rtgMaxVar != null) {
      s.add("rtgMaxVar=" + rtgMaxVar);
    }
    if (rtgMaxVarNeg != null) {
      s.add("rtgMaxVarNeg=" + rtgMaxVarNeg);
    }
    if (rtgMaxW != null) {
      s.add("rtgMaxW=" + rtgMaxW);
    }
    if (rtgMaxWh != null) {
      s.add("rtgMaxWh=" + rtgMaxWh);
    }
    if (rtgMinPFOverExcited != null) {
      s.add("rtgMinPFOverExcited=" + rtgMinPFOverExcited);
    }
    if (rtgMinPFUnderExcited != null) {
      s.add("rtgMinPFUnderExcited=" + rtgMinPFUnderExcited);
    }
    if (rtgMinV != null) {
      s.add("rtgMinV=" + rtgMinV);
    }
    if (rtgNormalCategory != null) {
      s.add("rtgNormalCategory=" + rtgNormalCategory);
    }
    if (rtgOverExcitedPF != null) {
      s.add("rtgOverExcitedPF=" + rtgOverExcitedPF);
    }
    if (rtgOverExcitedW != null) {
      s.add("rtgOverExcitedW=" + rtgOverExcitedW);
    }
    if (rtgReactiveSusceptance != null) {
      s.add("rtgReactiveSusceptance=" + rtgReactiveSusceptance);
    }
    if (rtgUnderExcitedPF != null) {
      s.add("rtgUnderExcitedPF=" + rtgUnderExcitedPF);
    }
    if (rtgUnderExcitedW != null) {
      s.add("rtgUnderExcitedW=" + rtgUnderExcitedW);
    }
    if (rtgVNom != null) {
      s.add("rtgVNom=" + rtgVNom);
    }
    if (type != null) {
      s.add("type=" + type);
    }
    if (doeModesSupported != null) {
      s.add("doeModesSupported=" + doeModesSupported);
    }
    return s.toString();
  }

  /** Builds a {@link DerCapability}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Long modesSupported;
    private Integer rtgAbnormalCategory;
    private CurrentRms rtgMaxA;
    private AmpereHour rtgMaxAh;
    private ApparentPower rtgMaxChargeRateVA;
    private ActivePower rtgMaxChargeRateW;
    private ApparentPower rtgMaxDischargeRateVA;
    private ActivePower rtgMaxDischargeRateW;
    private VoltageRms rtgMaxV;
    private ApparentPower rtgMaxVA;
    private ReactivePower rtgMaxVar;
    private ReactivePower rtgMaxVarNeg;
    private ActivePower rtgMaxW;
    private WattHour rtgMaxWh;
    private PowerFactor rtgMinPFOverExcited;
    private PowerFactor rtgMinPFUnderExcited;
    private VoltageRms rtgMinV;
    private Integer rtgNormalCategory;
    private PowerFactor rtgOverExcitedPF;
    private ActivePower rtgOverExcitedW;
    private ReactiveSusceptance rtgReactiveSusceptance;
    private PowerFactor rtgUnderExcitedPF;
    private ActivePower rtgUnderExcitedW;
    private VoltageRms rtgVNom;
    private Integer type;
    private Integer doeModesSupported;

    private Builder() {}

    private Builder(DerCapability v) {
      this.href = v.href;
      this.modesSupported = v.modesSupported;
      this.rtgAbnormalCategory = v.rtgAbnormalCategory;
      this.rtgMaxA = v.rtgMaxA;
      this.rtgMaxAh = v.rtgMaxAh;
      this.rtgMaxChargeRateVA = v.rtgMaxChargeRateVA;
      this.rtgMaxChargeRateW = v.rtgMaxChargeRateW;
      this.rtgMaxDischargeRateVA = v.rtgMaxDischargeRateVA;
      this.rtgMaxDischargeRateW = v.rtgMaxDischargeRateW;
      this.rtgMaxV = v.rtgMaxV;
      this.rtgMaxVA = v.rtgMaxVA;
      this.rtgMaxVar = v.rtgMaxVar;
      this.rtgMaxVarNeg = v.rtgMaxVarNeg;
      this.rtgMaxW = v.rtgMaxW;
      this.rtgMaxWh = v.rtgMaxWh;
      this.rtgMinPFOverExcited = v.rtgMinPFOverExcited;
      this.rtgMinPFUnderExcited = v.rtgMinPFUnderExcited;
      this.rtgMinV = v.rtgMinV;
      this.rtgNormalCategory = v.rtgNormalCategory;
      this.rtgOverExcitedPF = v.rtgOverExcitedPF;
      this.rtgOverExcitedW = v.rtgOverExcitedW;
      this.rtgReactiveSusceptance = v.rtgReactiveSusceptance;
      this.rtgUnderExcitedPF = v.rtgUnderExcitedPF;
      this.rtgUnderExcitedW = v.rtgUnderExcitedW;
      this.rtgVNom = v.rtgVNom;
      this.type = v.type;
      this.doeModesSupported = v.doeModesSupported;
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
     * Bitmap of the DER control modes supported (DERControlType, HexBinary32). Required: {@link
     * #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "modesSupported")
    @JsonDeserialize(using = HexBinary.Hex32Deserializer.class)
    public Builder modesSupported(long value) {
      this.modesSupported = Ranges.hex32("modesSupported", value);
      return this;
    }

    /**
     * The {@code rtgAbnormalCategory} element (UInt8). Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "rtgAbnormalCategory")
    public Builder rtgAbnormalCategory(Integer value) {
      this.rtgAbnormalCategory = value == null ? null : Ranges.uint8("rtgAbnormalCategory", value);
      return this;
    }

    /**
     * The {@code rtgMaxA} element (a {@link CurrentRms}). Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "rtgMaxA")
    public Builder rtgMaxA(CurrentRms value) {
      this.rtgMaxA = value;
      return this;
    }

    /**
     * The {@code rtgMaxAh} element (a {@link AmpereHour}). Default: absent; {@code null} removes
     * it.
     */
    @JacksonXmlProperty(localName = "rtgMaxAh")
    public Builder rtgMaxAh(AmpereHour value) {
      this.rtgMaxAh = value;
      return this;
    }

    /**
     * The {@code rtgMaxChargeRateVA} element (a {@link ApparentPower}). Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "rtgMaxChargeRateVA")
    public Builder rtgMaxChargeRateVA(ApparentPower value) {
      this.rtgMaxChargeRateVA = value;
      return this;
    }

    /**
     * The {@code rtgMaxChargeRateW} element (a {@link ActivePower}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "rtgMaxChargeRateW")
    public Builder rtgMaxChargeRateW(ActivePower value) {
      this.rtgMaxChargeRateW = value;
      return this;
    }

    /**
     * The {@code rtgMaxDischargeRateVA} element (a {@link ApparentPower}). Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "rtgMaxDischargeRateVA")
    public Builder rtgMaxDischargeRateVA(ApparentPower value) {
      this.rtgMaxDischargeRateVA = value;
      return this;
    }

    /**
     * The {@code rtgMaxDischargeRateW} element (a {@link ActivePower}). Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "rtgMaxDischargeRateW")
    public Builder rtgMaxDischargeRateW(ActivePower value) {
      this.rtgMaxDischargeRateW = value;
      return this;
    }

    /**
     * The {@code rtgMaxV} element (a {@link VoltageRms}). Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "rtgMaxV")
    public Builder rtgMaxV(VoltageRms value) {
      this.rtgMaxV = value;
      return this;
    }

    /**
     * The {@code rtgMaxVA} element (a {@link ApparentPower}). Default: absent; {@code null} removes
     * it.
     */
    @JacksonXmlProperty(localName = "rtgMaxVA")
    public Builder rtgMaxVA(ApparentPower value) {
      this.rtgMaxVA = value;
      return this;
    }

    /**
     * The {@code rtgMaxVar} element (a {@link ReactivePower}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "rtgMaxVar")
    public Builder rtgMaxVar(ReactivePower value) {
      this.rtgMaxVar = value;
      return this;
    }

    /**
     * The {@code rtgMaxVarNeg} element (a {@link ReactivePower}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "rtgMaxVarNeg")
    public Builder rtgMaxVarNeg(ReactivePower value) {
      this.rtgMaxVarNeg = value;
      return this;
    }

    /**
     * Maximum continuous active power. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JacksonXmlProperty(localName = "rtgMaxW")
    public Builder rtgMaxW(ActivePower value) {
      Objects.requireNonNull(value, "rtgMaxW");
      this.rtgMaxW = value;
      return this;
    }

    /**
     * The {@code rtgMaxWh} element (a {@link WattHour}). Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "rtgMaxWh")
    public Builder rtgMaxWh(WattHour value) {
      this.rtgMaxWh = value;
      return this;
    }

    /**
     * The {@code rtgMinPFOverExcited} element (a {@link PowerFactor}). Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "rtgMinPFOverExcited")
    public Builder rtgMinPFOverExcited(PowerFactor value) {
      this.rtgMinPFOverExcited = value;
      return this;
    }

    /**
     * The {@code rtgMinPFUnderExcited} element (a {@link PowerFactor}). Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "rtgMinPFUnderExcited")
    public Builder rtgMinPFUnderExcited(PowerFactor value) {
      this.rtgMinPFUnderExcited = value;
      return this;
    }

    /**
     * The {@code rtgMinV} element (a {@link VoltageRms}). Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "rtgMinV")
    public Builder rtgMinV(VoltageRms value) {
      this.rtgMinV = value;
      return this;
    }

    /**
     * The {@code rtgNormalCategory} element (UInt8). Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "rtgNormalCategory")
    public Builder rtgNormalCategory(Integer value) {
      this.rtgNormalCategory = value == null ? null : Ranges.uint8("rtgNormalCategory", value);
      return this;
    }

    /**
     * The {@code rtgOverExcitedPF} element (a {@link PowerFactor}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "rtgOverExcitedPF")
    public Builder rtgOverExcitedPF(PowerFactor value) {
      this.rtgOverExcitedPF = value;
      return this;
    }

    /**
     * The {@code rtgOverExcitedW} element (a {@link ActivePower}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "rtgOverExcitedW")
    public Builder rtgOverExcitedW(ActivePower value) {
      this.rtgOverExcitedW = value;
      return this;
    }

    /**
     * The {@code rtgReactiveSusceptance} element (a {@link ReactiveSusceptance}). Default: absent;
     * {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "rtgReactiveSusceptance")
    public Builder rtgReactiveSusceptance(ReactiveSusceptance value) {
      this.rtgReactiveSusceptance = value;
      return this;
    }

    /**
     * The {@code rtgUnderExcitedPF} element (a {@link PowerFactor}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "rtgUnderExcitedPF")
    public Builder rtgUnderExcitedPF(PowerFactor value) {
      this.rtgUnderExcitedPF = value;
      return this;
    }

    /**
     * The {@code rtgUnderExcitedW} element (a {@link ActivePower}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "rtgUnderExcitedW")
    public Builder rtgUnderExcitedW(ActivePower value) {
      this.rtgUnderExcitedW = value;
      return this;
    }

    /**
     * The {@code rtgVNom} element (a {@link VoltageRms}). Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "rtgVNom")
    public Builder rtgVNom(VoltageRms value) {
      this.rtgVNom = value;
      return this;
    }

    /**
     * Kind of DER: 0 N/A, 1 virtual/mixed, 2 reciprocating engine, 3 fuel cell, 4 PV, 5 CHP, 80
     * storage, 81 EV, 82 EVSE, 83 PV+storage. Required: {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "type")
    public Builder type(int value) {
      this.type = Ranges.uint8("type", value);
      return this;
    }

    /**
     * CSIP-AUS (required there): bitmap of the dynamic operating envelope controls supported, see
     * {@link DoeModes}. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "doeModesSupported")
    @JsonDeserialize(using = HexBinary.Hex8Deserializer.class)
    public Builder doeModesSupported(Integer value) {
      this.doeModesSupported = value == null ? null : Ranges.hex8("doeModesSupported", value);
      return this;
    }

    /**
     * Returns the DerCapability.
     *
     * @throws IllegalStateException if a required element is missing ({@code modesSupported},
     *     {@code rtgMaxW}, {@code type})
     */
    public DerCapability build() {
      Required.present("DERCapability", "modesSupported", modesSupported);
      Required.present("DERCapability", "rtgMaxW", rtgMaxW);
      Required.present("DERCapability", "type", type);
      return new DerCapability(this);
    }
  }
}
