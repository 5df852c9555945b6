package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;

/**
 * The control modes of a DER control: what a DER is told to do while the control is active
 * (connect, limit power, hold a power factor, follow a curve, and for CSIP-AUS the dynamic
 * operating envelope limits). Every element is optional; a control sets only the modes it changes.
 * The four {@code opMod*LimW} elements are CSIP-AUS extensions in the {@code
 * https://csipaus.org/ns} namespace.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JsonPropertyOrder({
  "opModConnect",
  "opModEnergize",
  "opModFixedPFAbsorbW",
  "opModFixedPFInjectW",
  "opModFixedVar",
  "opModFixedW",
  "opModFreqDroop",
  "opModFreqWatt",
  "opModHFRTMayTrip",
  "opModHFRTMustTrip",
  "opModHVRTMayTrip",
  "opModHVRTMomentaryCessation",
  "opModHVRTMustTrip",
  "opModLFRTMayTrip",
  "opModLFRTMustTrip",
  "opModLVRTMayTrip",
  "opModLVRTMomentaryCessation",
  "opModLVRTMustTrip",
  "opModMaxLimW",
  "opModTargetVar",
  "opModTargetW",
  "opModVoltVar",
  "opModVoltWatt",
  "opModWattPF",
  "opModWattVar",
  "rampTms",
  "opModImpLimW",
  "opModExpLimW",
  "opModGenLimW",
  "opModLoadLimW"
})
@JsonDeserialize(builder = DerControlBase.Builder.class)
public final class DerControlBase {

  @JacksonXmlProperty(localName = "opModConnect")
  private final Boolean opModConnect;

  @JacksonXmlProperty(localName = "opModEnergize")
  private final Boolean opModEnergize;

  @JacksonXmlProperty(localName = "opModFixedPFAbsorbW")
  private final PowerFactorWithExcitation opModFixedPFAbsorbW;

  @JacksonXmlProperty(localName = "opModFixedPFInjectW")
  private final PowerFactorWithExcitation opModFixedPFInjectW;

  @JacksonXmlProperty(localName = "opModFixedVar")
  private final FixedVar opModFixedVar;

  @JacksonXmlProperty(localName = "opModFixedW")
  private final Integer opModFixedW;

  @JacksonXmlProperty(localName = "opModFreqDroop")
  private final FreqDroop opModFreqDroop;

  @JacksonXmlProperty(localName = "opModFreqWatt")
  private final Link opModFreqWatt;

  @JacksonXmlProperty(localName = "opModHFRTMayTrip")
  private final Link opModHFRTMayTrip;

  @JacksonXmlProperty(localName = "opModHFRTMustTrip")
  private final Link opModHFRTMustTrip;

  @JacksonXmlProperty(localName = "opModHVRTMayTrip")
  private final Link opModHVRTMayTrip;

  @JacksonXmlProperty(localName = "opModHVRTMomentaryCessation")
  private final Link opModHVRTMomentaryCessation;

  @JacksonXmlProperty(localName = "opModHVRTMustTrip")
  private final Link opModHVRTMustTrip;

  @JacksonXmlProperty(localName = "opModLFRTMayTrip")
  private final Link opModLFRTMayTrip;

  @JacksonXmlProperty(localName = "opModLFRTMustTrip")
  private final Link opModLFRTMustTrip;

  @JacksonXmlProperty(localName = "opModLVRTMayTrip")
  private final Link opModLVRTMayTrip;

  @JacksonXmlProperty(localName = "opModLVRTMomentaryCessation")
  private final Link opModLVRTMomentaryCessation;

  @JacksonXmlProperty(localName = "opModLVRTMustTrip")
  private final Link opModLVRTMustTrip;

  @JacksonXmlProperty(localName = "opModMaxLimW")
  private final Integer opModMaxLimW;

  @JacksonXmlProperty(localName = "opModTargetVar")
  private final ReactivePower opModTargetVar;

  @JacksonXmlProperty(localName = "opModTargetW")
  private final ActivePower opModTargetW;

  @JacksonXmlProperty(localName = "opModVoltVar")
  private final Link opModVoltVar;

  @JacksonXmlProperty(localName = "opModVoltWatt")
  private final Link opModVoltWatt;

  @JacksonXmlProperty(localName = "opModWattPF")
  private final Link opModWattPF;

  @JacksonXmlProperty(localName = "opModWattVar")
  private final Link opModWattVar;

  @JacksonXmlProperty(localName = "rampTms")
  private final Integer rampTms;

  @JacksonXmlProperty(localName = "opModImpLimW", namespace = Namespaces.CSIPAUS)
  private final ActivePower opModImpLimW;

  @JacksonXmlProperty(localName = "opModExpLimW", namespace = Namespaces.CSIPAUS)
  private final ActivePower opModExpLimW;

  @JacksonXmlProperty(localName = "opModGenLimW", namespace = Namespaces.CSIPAUS)
  private final ActivePower opModGenLimW;

  @JacksonXmlProperty(localName = "opModLoadLimW", namespace = Namespaces.CSIPAUS)
  private final ActivePower opModLoadLimW;

  private DerControlBase(Builder b) {
    this.opModConnect = b.opModConnect;
    this.opModEnergize = b.opModEnergize;
    this.opModFixedPFAbsorbW = b.opModFixedPFAbsorbW;
    this.opModFixedPFInjectW = b.opModFixedPFInjectW;
    this.opModFixedVar = b.opModFixedVar;
    this.opModFixedW = b.opModFixedW;
    this.opModFreqDroop = b.opModFreqDroop;
    this.opModFreqWatt = b.opModFreqWatt;
    this.opModHFRTMayTrip = b.opModHFRTMayTrip;
    this.opModHFRTMustTrip = b.opModHFRTMustTrip;
    this.opModHVRTMayTrip = b.opModHVRTMayTrip;
    this.opModHVRTMomentaryCessation = b.opModHVRTMomentaryCessation;
    this.opModHVRTMustTrip = b.opModHVRTMustTrip;
    this.opModLFRTMayTrip = b.opModLFRTMayTrip;
    this.opModLFRTMustTrip = b.opModLFRTMustTrip;
    this.opModLVRTMayTrip = b.opModLVRTMayTrip;
    this.opModLVRTMomentaryCessation = b.opModLVRTMomentaryCessation;
    this.opModLVRTMustTrip = b.opModLVRTMustTrip;
    this.opModMaxLimW = b.opModMaxLimW;
    this.opModTargetVar = b.opModTargetVar;
    this.opModTargetW = b.opModTargetW;
    this.opModVoltVar = b.opModVoltVar;
    this.opModVoltWatt = b.opModVoltWatt;
    this.opModWattPF = b.opModWattPF;
    this.opModWattVar = b.opModWattVar;
    this.rampTms = b.rampTms;
    this.opModImpLimW = b.opModImpLimW;
    this.opModExpLimW = b.opModExpLimW;
    this.opModGenLimW = b.opModGenLimW;
    this.opModLoadLimW = b.opModLoadLimW;
  }

  /** Returns a builder with every element absent (lists empty). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding a copy of this value. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns connect (true) or disconnect (false) the DER from the grid, or empty when absent. */
  public Optional<Boolean> opModConnect() {
    return Optional.ofNullable(opModConnect);
  }

  /** Returns energize (true) or de-energize (false) the DER, or empty when absent. */
  public Optional<Boolean> opModEnergize() {
    return Optional.ofNullable(opModEnergize);
  }

  /** Returns fixed power factor while absorbing active power, or empty when absent. */
  public Optional<PowerFactorWithExcitation> opModFixedPFAbsorbW() {
    return Optional.ofNullable(opModFixedPFAbsorbW);
  }

  /** Returns fixed power factor while injecting active power, or empty when absent. */
  public Optional<PowerFactorWithExcitation> opModFixedPFInjectW() {
    return Optional.ofNullable(opModFixedPFInjectW);
  }

  /** Returns fixed reactive power setpoint, or empty when absent. */
  public Optional<FixedVar> opModFixedVar() {
    return Optional.ofNullable(opModFixedVar);
  }

  /**
   * Returns fixed active power setpoint, signed hundredths of a percent of setMaxW (SignedPerCent),
   * or empty when absent.
   */
  public OptionalInt opModFixedW() {
    return opModFixedW == null ? OptionalInt.empty() : OptionalInt.of(opModFixedW);
  }

  /** Returns frequency-droop parameters, or empty when absent. */
  public Optional<FreqDroop> opModFreqDroop() {
    return Optional.ofNullable(opModFreqDroop);
  }

  /** Returns the DERCurve of the frequency-watt mode, or empty when absent. */
  public Optional<Link> opModFreqWatt() {
    return Optional.ofNullable(opModFreqWatt);
  }

  /** Returns the DERCurve of high-frequency ride-through, may-trip region, or empty when absent. */
  public Optional<Link> opModHFRTMayTrip() {
    return Optional.ofNullable(opModHFRTMayTrip);
  }

  /**
   * Returns the DERCurve of high-frequency ride-through, must-trip region, or empty when absent.
   */
  public Optional<Link> opModHFRTMustTrip() {
    return Optional.ofNullable(opModHFRTMustTrip);
  }

  /** Returns the DERCurve of high-voltage ride-through, may-trip region, or empty when absent. */
  public Optional<Link> opModHVRTMayTrip() {
    return Optional.ofNullable(opModHVRTMayTrip);
  }

  /** Returns the DERCurve of high-voltage momentary cessation, or empty when absent. */
  public Optional<Link> opModHVRTMomentaryCessation() {
    return Optional.ofNullable(opModHVRTMomentaryCessation);
  }

  /** Returns the DERCurve of high-voltage ride-through, must-trip region, or empty when absent. */
  public Optional<Link> opModHVRTMustTrip() {
    return Optional.ofNullable(opModHVRTMustTrip);
  }

  /** Returns the DERCurve of low-frequency ride-through, may-trip region, or empty when absent. */
  public Optional<Link> opModLFRTMayTrip() {
    return Optional.ofNullable(opModLFRTMayTrip);
  }

  /** Returns the DERCurve of low-frequency ride-through, must-trip region, or empty when absent. */
  public Optional<Link> opModLFRTMustTrip() {
    return Optional.ofNullable(opModLFRTMustTrip);
  }

  /** Returns the DERCurve of low-voltage ride-through, may-trip region, or empty when absent. */
  public Optional<Link> opModLVRTMayTrip() {
    return Optional.ofNullable(opModLVRTMayTrip);
  }

  /** Returns the DERCurve of low-voltage momentary cessation, or empty when absent. */
  public Optional<Link> opModLVRTMomentaryCessation() {
    return Optional.ofNullable(opModLVRTMomentaryCessation);
  }

  /** Returns the DERCurve of low-voltage ride-through, must-trip region, or empty when absent. */
  public Optional<Link> opModLVRTMustTrip() {
    return Optional.ofNullable(opModLVRTMustTrip);
  }

  /**
   * Returns maximum active power, hundredths of a percent of setMaxW (PerCent), or empty when
   * absent.
   */
  public OptionalInt opModMaxLimW() {
    return opModMaxLimW == null ? OptionalInt.empty() : OptionalInt.of(opModMaxLimW);
  }

  /** Returns target reactive power, or empty when absent. */
  public Optional<ReactivePower> opModTargetVar() {
    return Optional.ofNullable(opModTargetVar);
  }

  /** Returns target active power, or empty when absent. */
  public Optional<ActivePower> opModTargetW() {
    return Optional.ofNullable(opModTargetW);
  }

  /** Returns the DERCurve of the volt-var mode, or empty when absent. */
  public Optional<Link> opModVoltVar() {
    return Optional.ofNullable(opModVoltVar);
  }

  /** Returns the DERCurve of the volt-watt mode, or empty when absent. */
  public Optional<Link> opModVoltWatt() {
    return Optional.ofNullable(opModVoltWatt);
  }

  /** Returns the DERCurve of the watt-power factor mode, or empty when absent. */
  public Optional<Link> opModWattPF() {
    return Optional.ofNullable(opModWattPF);
  }

  /** Returns the DERCurve of the watt-var mode, or empty when absent. */
  public Optional<Link> opModWattVar() {
    return Optional.ofNullable(opModWattVar);
  }

  /** Returns time to ramp to the new setting, in hundredths of a second, or empty when absent. */
  public OptionalInt rampTms() {
    return rampTms == null ? OptionalInt.empty() : OptionalInt.of(rampTms);
  }

  /**
   * Returns CSIP-AUS: limit on active power imported at the connection point, or empty when absent.
   */
  public Optional<ActivePower> opModImpLimW() {
    return Optional.ofNullable(opModImpLimW);
  }

  /**
   * Returns CSIP-AUS: limit on active power exported at the connection point, or empty when absent.
   */
  public Optional<ActivePower> opModExpLimW() {
    return Optional.ofNullable(opModExpLimW);
  }

  /** Returns CSIP-AUS: limit on the generation (discharge) of the device, or empty when absent. */
  public Optional<ActivePower> opModGenLimW() {
    return Optional.ofNullable(opModGenLimW);
  }

  /** Returns CSIP-AUS: limit on the load (charge) of the device, or empty when absent. */
  public Optional<ActivePower> opModLoadLimW() {
    return Optional.ofNullable(opModLoadLimW);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DerControlBase o
        && Objects.equals(opModConnect, o.opModConnect)
        && Objects.equals(opModEnergize, o.opModEnergize)
        && Objects.equals(opModFixedPFAbsorbW, o.opModFixedPFAbsorbW)
        && Objects.equals(opModFixedPFInjectW, o.opModFixedPFInjectW)
        && Objects.equals(opModFixedVar, o.opModFixedVar)
        && Objects.equals(opModFixedW, o.opModFixedW)
        && Objects.equals(opModFreqDroop, o.opModFreqDroop)
        && Objects.equals(opModFreqWatt, o.opModFreqWatt)
        && Objects.equals(opModHFRTMayTrip, o.opModHFRTMayTrip)
        && Objects.equals(opModHFRTMustTrip, o.opModHFRTMustTrip)
        && Objects.equals(opModHVRTMayTrip, o.opModHVRTMayTrip)
        && Objects.equals(opModHVRTMomentaryCessation, o.opModHVRTMomentaryCessation)
        && Objects.equals(opModHVRTMustTrip, o.opModHVRTMustTrip)
        && Objects.equals(opModLFRTMayTrip, o.opModLFRTMayTrip)
        && Objects.equals(opModLFRTMustTrip, o.opModLFRTMustTrip)
        && Objects.equals(opModLVRTMayTrip, o.opModLVRTMayTrip)
        && Objects.equals(opModLVRTMomentaryCessation, o.opModLVRTMomentaryCessation)
        && Objects.equals(opModLVRTMustTrip, o.opModLVRTMustTrip)
        && Objects.equals(opModMaxLimW, o.opModMaxLimW)
        && Objects.equals(opModTargetVar, o.opModTargetVar)
        && Objects.equals(opModTargetW, o.opModTargetW)
        && Objects.equals(opModVoltVar, o.opModVoltVar)
        && Objects.equals(opModVoltWatt, o.opModVoltWatt)
        && Objects.equals(opModWattPF, o.opModWattPF)
        && Objects.equals(opModWattVar, o.opModWattVar)
        && Objects.equals(rampTms, o.rampTms)
        && Objects.equals(opModImpLimW, o.opModImpLimW)
        && Objects.equals(opModExpLimW, o.opModExpLimW)
        && Objects.equals(opModGenLimW, o.opModGenLimW)
        && Objects.equals(opModLoadLimW, o.opModLoadLimW);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        opModConnect,
        opModEnergize,
        opModFixedPFAbsorbW,
        opModFixedPFInjectW,
        opModFixedVar,
        opModFixedW,
        opModFreqDroop,
        opModFreqWatt,
        opModHFRTMayTrip,
        opModHFRTMustTrip,
        opModHVRTMayTrip,
        opModHVRTMomentaryCessation,
        opModHVRTMustTrip,
        opModLFRTMayTrip,
        opModLFRTMustTrip,
        opModLVRTMayTrip,
        opModLVRTMomentaryCessation,
        opModLVRTMustTrip,
        opModMaxLimW,
        opModTargetVar,
        opModTargetW,
        opModVoltVar,
        opModVoltWatt,
        opModWattPF,
        opModWattVar,
        rampTms,
        opModImpLimW,
        opModExpLimW,
        opModGenLimW,
        opModLoadLimW);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "DerControlBase[", "]");
    if (opModConnect != null) {
      s.add("opModConnect=" + opModConnect);
    }
    if (opModEnergize != null) {
      s.add("opModEnergize=" + opModEnergize);
    }
    if (opModFixedPFAbsorbW != null) {
      s.add("opModFixedPFAbsorbW=" + opModFixedPFAbsorbW);
    }
    if (opModFixedPFInjectW != null) {
      s.add("opModFixedPFInjectW=" + opModFixedPFInjectW);
    }
    if (opModFixedVar != null) {
      s.add("opModFixedVar=" + opModFixedVar);
    }
    if (opModFixedW != null) {
      s.add("opModFixedW=" + opModFixedW);
    }
    if (opModFreqDroop != null) {
      s.add("opModFreqDroop=" + opModFreqDroop);
    }
    if (opModFreqWatt != null) {
      s.add("opModFreqWatt=" + opModFreqWatt);
    }
    if (opModHFRTMayTrip != null) {
      s.add("opModHFRTMayTrip=" + opModHFRTMayTrip);
    }
    if (opModHFRTMustTrip != null) {
      s.add("opModHFRTMustTrip=" + opModHFRTMustTrip);
    }
    if (opModHVRTMayTrip != null) {
      s.add("opModHVRTMayTrip=" + opModHVRTMayTrip);
    }
    if (opModHVRTMomentaryCessation != null) {
      s.add("opModHVRTMomentaryCessation=" + opModHVRTMomentaryCessation);
    }
    if (opModHVRTMustTrip != null) {
      s.add("opModHVRTMustTrip=" + opModHVRTMustTrip);
    }
    if (opModLFRTMayTrip != null) {
      s.add("opModLFRTMayTrip=" + opModLFRTMayTrip);
    }
    if (opModLFRTMustTrip != null) {
      s.add("opModLFRTMustTrip=" + opModLFRTMustTrip);
    }
    if (opModLVRTMayTrip != null) {
      s.add("opModLVRTMayTrip=" + opModLVRTMayTrip);
    }
    if (opModLVRTMomentaryCessation != null) {
      s.add("opModLVRTMomentaryCessation=" + opModLVRTMomentaryCessation);
    }
    if (opModLVRTMustTrip != null) {
      s.add("opModLVRTMustTrip=" + opModLVRTMustTrip);
    }
    if (opModMaxLimW != null) {
      s.add("opModMaxLimW=" + opModMaxLimW);
    }
    if (opModTargetVar != null) {
      s.add("opModTargetVar=" + opModTargetVar);
    }
    if (opModTargetW != null) {
      s.add("opModTargetW=" + opModTargetW);
    }
    if (opModVoltVar != null) {
      s.add("opModVoltVar=" + opModVoltVar);
    }
    if (opModVoltWatt != null) {
      s.add("opModVoltWatt=" + opModVoltWatt);
    }
    if (opModWattPF != null) {
      s.add("opModWattPF=" + opModWattPF);
    }
    if (opModWattVar != null) {
      s.add("opModWattVar=" + opModWattVar);
    }
    if (rampTms != null) {
      s.add("rampTms=" + rampTms);
    }
    if (opModImpLimW != null) {
      s.add("opModImpLimW=" + opModImpLimW);
    }
    if (opModExpLimW != null) {
      s.add("opModExpLimW=" + opModExpLimW);
    }
    if (opModGenLimW != null) {
      s.add("opModGenLimW=" + opModGenLimW);
    }
    if (opModLoadLimW != null) {
      s.add("opModLoadLimW=" + opModLoadLimW);
    }
    return s.toString();
  }

  /** Builds a {@link DerControlBase}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private Boolean opModConnect;
    private Boolean opModEnergize;
    private PowerFactorWithExcitation opModFixedPFAbsorbW;
    private PowerFactorWithExcitation opModFixedPFInjectW;
    private FixedVar opModFixedVar;
    private Integer opModFixedW;
    private FreqDroop opModFreqDroop;
    private Link opModFreqWatt;
    private Link opModHFRTMayTrip;
    private Link opModHFRTMustTrip;
    private Link opModHVRTMayTrip;
    private Link opModHVRTMomentaryCessation;
    private Link opModHVRTMustTrip;
    private Link opModLFRTMayTrip;
    private Link opModLFRTMustTrip;
    private Link opModLVRTMayTrip;
    private Link opModLVRTMomentaryCessation;
    private Link opModLVRTMustTrip;
    private Integer opModMaxLimW;
    private ReactivePower opModTargetVar;
    private ActivePower opModTargetW;
    private Link opModVoltVar;
    private Link opModVoltWatt;
    private Link opModWattPF;
    private Link opModWattVar;
    private Integer rampTms;
    private ActivePower opModImpLimW;
    private ActivePower opModExpLimW;
    private ActivePower opModGenLimW;
    private ActivePower opModLoadLimW;

    private Builder() {}

    private Builder(DerControlBase v) {
      this.opModConnect = v.opModConnect;
      this.opModEnergize = v.opModEnergize;
      this.opModFixedPFAbsorbW = v.opModFixedPFAbsorbW;
      this.opModFixedPFInjectW = v.opModFixedPFInjectW;
      this.opModFixedVar = v.opModFixedVar;
      this.opModFixedW = v.opModFixedW;
      this.opModFreqDroop = v.opModFreqDroop;
      this.opModFreqWatt = v.opModFreqWatt;
      this.opModHFRTMayTrip = v.opModHFRTMayTrip;
      this.opModHFRTMustTrip = v.opModHFRTMustTrip;
      this.opModHVRTMayTrip = v.opModHVRTMayTrip;
      this.opModHVRTMomentaryCessation = v.opModHVRTMomentaryCessation;
      this.opModHVRTMustTrip = v.opModHVRTMustTrip;
      this.opModLFRTMayTrip = v.opModLFRTMayTrip;
      this.opModLFRTMustTrip = v.opModLFRTMustTrip;
      this.opModLVRTMayTrip = v.opModLVRTMayTrip;
      this.opModLVRTMomentaryCessation = v.opModLVRTMomentaryCessation;
      this.opModLVRTMustTrip = v.opModLVRTMustTrip;
      this.opModMaxLimW = v.opModMaxLimW;
      this.opModTargetVar = v.opModTargetVar;
      this.opModTargetW = v.opModTargetW;
      this.opModVoltVar = v.opModVoltVar;
      this.opModVoltWatt = v.opModVoltWatt;
      this.opModWattPF = v.opModWattPF;
      this.opModWattVar = v.opModWattVar;
      this.rampTms = v.rampTms;
      this.opModImpLimW = v.opModImpLimW;
      this.opModExpLimW = v.opModExpLimW;
      this.opModGenLimW = v.opModGenLimW;
      this.opModLoadLimW = v.opModLoadLimW;
    }

    /**
     * Connect (true) or disconnect (false) the DER from the grid. Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "opModConnect")
    public Builder opModConnect(Boolean value) {
      this.opModConnect = value;
      return this;
    }

    /** Energize (true) or de-energize (false) the DER. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "opModEnergize")
    public Builder opModEnergize(Boolean value) {
      this.opModEnergize = value;
      return this;
    }

    /**
     * Fixed power factor while absorbing active power. Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "opModFixedPFAbsorbW")
    public Builder opModFixedPFAbsorbW(PowerFactorWithExcitation value) {
      this.opModFixedPFAbsorbW = value;
      return this;
    }

    /**
     * Fixed power factor while injecting active power. Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "opModFixedPFInjectW")
    public Builder opModFixedPFInjectW(PowerFactorWithExcitation value) {
      this.opModFixedPFInjectW = value;
      return this;
    }

    /** Fixed reactive power setpoint. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "opModFixedVar")
    public Builder opModFixedVar(FixedVar value) {
      this.opModFixedVar = value;
      return this;
    }

    /**
     * Fixed active power setpoint, signed hundredths of a percent of setMaxW (SignedPerCent).
     * Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "opModFixedW")
    public Builder opModFixedW(Integer value) {
      this.opModFixedW = value == null ? null : Ranges.int16("opModFixedW", value);
      return this;
    }

    /** Frequency-droop parameters. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "opModFreqDroop")
    public Builder opModFreqDroop(FreqDroop value) {
      this.opModFreqDroop = value;
      return this;
    }

    /** The DERCurve of the frequency-watt mode. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "opModFreqWatt")
    public Builder opModFreqWatt(Link value) {
      this.opModFreqWatt = value;
      return this;
    }

    /**
     * The DERCurve of high-frequency ride-through, may-trip region. Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "opModHFRTMayTrip")
    public Builder opModHFRTMayTrip(Link value) {
      this.opModHFRTMayTrip = value;
      return this;
    }

    /**
     * The DERCurve of high-frequency ride-through, must-trip region. Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "opModHFRTMustTrip")
    public Builder opModHFRTMustTrip(Link value) {
      this.opModHFRTMustTrip = value;
      return this;
    }

    /**
     * The DERCurve of high-voltage ride-through, may-trip region. Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "opModHVRTMayTrip")
    public Builder opModHVRTMayTrip(Link value) {
      this.opModHVRTMayTrip = value;
      return this;
    }

    /**
     * The DERCurve of high-voltage momentary cessation. Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "opModHVRTMomentaryCessation")
    public Builder opModHVRTMomentaryCessation(Link value) {
      this.opModHVRTMomentaryCessation = value;
      return this;
    }

    /**
     * The DERCurve of high-voltage ride-through, must-trip region. Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "opModHVRTMustTrip")
    public Builder opModHVRTMustTrip(Link value) {
      this.opModHVRTMustTrip = value;
      return this;
    }

    /**
     * The DERCurve of low-frequency ride-through, may-trip region. Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "opModLFRTMayTrip")
    public Builder opModLFRTMayTrip(Link value) {
      this.opModLFRTMayTrip = value;
      return this;
    }

    /**
     * The DERCurve of low-frequency ride-through, must-trip region. Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "opModLFRTMustTrip")
    public Builder opModLFRTMustTrip(Link value) {
      this.opModLFRTMustTrip = value;
      return this;
    }

    /**
     * The DERCurve of low-voltage ride-through, may-trip region. Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "opModLVRTMayTrip")
    public Builder opModLVRTMayTrip(Link value) {
      this.opModLVRTMayTrip = value;
      return this;
    }

    /**
     * The DERCurve of low-voltage momentary cessation. Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "opModLVRTMomentaryCessation")
    public Builder opModLVRTMomentaryCessation(Link value) {
      this.opModLVRTMomentaryCessation = value;
      return this;
    }

    /**
     * The DERCurve of low-voltage ride-through, must-trip region. Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "opModLVRTMustTrip")
    public Builder opModLVRTMustTrip(Link value) {
      this.opModLVRTMustTrip = value;
      return this;
    }

    /**
     * Maximum active power, hundredths of a percent of setMaxW (PerCent). Default: absent; {@code
     * null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "opModMaxLimW")
    public Builder opModMaxLimW(Integer value) {
      this.opModMaxLimW = value == null ? null : Ranges.uint16("opModMaxLimW", value);
      return this;
    }

    /** Target reactive power. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "opModTargetVar")
    public Builder opModTargetVar(ReactivePower value) {
      this.opModTargetVar = value;
      return this;
    }

    /** Target active power. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "opModTargetW")
    public Builder opModTargetW(ActivePower value) {
      this.opModTargetW = value;
      return this;
    }

    /** The DERCurve of the volt-var mode. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "opModVoltVar")
    public Builder opModVoltVar(Link value) {
      this.opModVoltVar = value;
      return this;
    }

    /** The DERCurve of the volt-watt mode. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "opModVoltWatt")
    public Builder opModVoltWatt(Link value) {
      this.opModVoltWatt = value;
      return this;
    }

    /** The DERCurve of the watt-power factor mode. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "opModWattPF")
    public Builder opModWattPF(Link value) {
      this.opModWattPF = value;
      return this;
    }

    /** The DERCurve of the watt-var mode. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "opModWattVar")
    public Builder opModWattVar(Link value) {
      this.opModWattVar = value;
      return this;
    }

    /**
     * Time to ramp to the new setting, in hundredths of a second. Default: absent; {@code null}
     * removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "rampTms")
    public Builder rampTms(Integer value) {
      this.rampTms = value == null ? null : Ranges.uint16("rampTms", value);
      return this;
    }

    /**
     * CSIP-AUS: limit on active power imported at the connection point. Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "opModImpLimW")
    public Builder opModImpLimW(ActivePower value) {
      this.opModImpLimW = value;
      return this;
    }

    /**
     * CSIP-AUS: limit on active power exported at the connection point. Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "opModExpLimW")
    public Builder opModExpLimW(ActivePower value) {
      this.opModExpLimW = value;
      return this;
    }

    /**
     * CSIP-AUS: limit on the generation (discharge) of the device. Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "opModGenLimW")
    public Builder opModGenLimW(ActivePower value) {
      this.opModGenLimW = value;
      return this;
    }

    /**
     * CSIP-AUS: limit on the load (charge) of the device. Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "opModLoadLimW")
    public Builder opModLoadLimW(ActivePower value) {
      this.opModLoadLimW = value;
      return this;
    }

    /** Returns the DerControlBase. */
    public DerControlBase build() {
      return new DerControlBase(this);
    }
  }
}
