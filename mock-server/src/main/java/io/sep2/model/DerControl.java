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
 * A DER control event: for the {@code interval} it names, the DER applies the modes of its {@link
 * DerControlBase} (limits, connect/disconnect, curves...). Its {@link EventStatus} tells whether it
 * is scheduled, active, cancelled or superseded, and the client reports progress to {@code replyTo}
 * when {@code responseRequired} asks it to. Start and end may be randomized by up to an hour.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "DERControl")
@JsonPropertyOrder({
  "href",
  "replyTo",
  "responseRequired",
  "subscribable",
  "mRID",
  "description",
  "version",
  "creationTime",
  "EventStatus",
  "interval",
  "randomizeDuration",
  "randomizeStart",
  "DERControlBase",
  "deviceCategory"
})
@JsonDeserialize(builder = DerControl.Builder.class)
public final class DerControl implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "replyTo", isAttribute = true)
  private final String replyTo;

  @JacksonXmlProperty(localName = "responseRequired", isAttribute = true)
  @JsonSerialize(using = HexBinary.Hex8Serializer.class)
  private final Integer responseRequired;

  @JacksonXmlProperty(localName = "subscribable", isAttribute = true)
  private final Integer subscribable;

  @JacksonXmlProperty(localName = "mRID")
  private final Mrid mrid;

  @JacksonXmlProperty(localName = "description")
  private final String description;

  @JacksonXmlProperty(localName = "version")
  private final Integer version;

  @JacksonXmlProperty(localName = "creationTime")
  private final Instant creationTime;

  @JacksonXmlProperty(localName = "EventStatus")
  private final EventStatus eventStatus;

  @JacksonXmlProperty(localName = "interval")
  private final DateTimeInterval interval;

  @JacksonXmlProperty(localName = "randomizeDuration")
  private final Integer randomizeDuration;

  @JacksonXmlProperty(localName = "randomizeStart")
  private final Integer randomizeStart;

  @JacksonXmlProperty(localName = "DERControlBase")
  private final DerControlBase derControlBase;

  @JacksonXmlProperty(localName = "deviceCategory")
  @JsonSerialize(using = HexBinary.Hex32Serializer.class)
  private final Long deviceCategory;

  private DerControl(Builder b) {
    this.href = b.href;
    this.replyTo = b.replyTo;
    this.responseRequired = b.responseRequired;
    this.subscribable = b.subscribable;
    this.mrid = b.mrid;
    this.description = b.description;
    this.version = b.version;
    this.creationTime = b.creationTime;
    this.eventStatus = b.eventStatus;
    this.interval = b.interval;
    this.randomizeDuration = b.randomizeDuration;
    this.randomizeStart = b.randomizeStart;
    this.derControlBase = b.derControlBase;
    this.deviceCategory = b.deviceCategory;
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

  /** Returns where the client posts its responses (a ResponseList), or empty when absent. */
  public Optional<String> replyTo() {
    return Optional.ofNullable(replyTo);
  }

  /**
   * Returns bitmap of responses wanted: bit 0 message received, bit 1 specific response, bit 2
   * response required from the user; absent means 00, or empty when absent.
   */
  public OptionalInt responseRequired() {
    return responseRequired == null ? OptionalInt.empty() : OptionalInt.of(responseRequired);
  }

  /**
   * Returns 0 = no subscriptions, 1 = non-conditional, 2 = conditional, 3 = both; absent means 0,
   * or empty when absent.
   */
  public OptionalInt subscribable() {
    return subscribable == null ? OptionalInt.empty() : OptionalInt.of(subscribable);
  }

  /** Returns the globally unique id of this event. */
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

  /** Returns when the event was created. */
  public Instant creationTime() {
    return creationTime;
  }

  /** Returns where the event stands (scheduled, active, cancelled, superseded). */
  public EventStatus eventStatus() {
    return eventStatus;
  }

  /** Returns when the event applies. */
  public DateTimeInterval interval() {
    return interval;
  }

  /**
   * Returns randomize the duration by up to this many seconds (-3600..3600 in practice,
   * OneHourRangeType), or empty when absent.
   */
  public OptionalInt randomizeDuration() {
    return randomizeDuration == null ? OptionalInt.empty() : OptionalInt.of(randomizeDuration);
  }

  /**
   * Returns randomize the start by up to this many seconds (OneHourRangeType), or empty when
   * absent.
   */
  public OptionalInt randomizeStart() {
    return randomizeStart == null ? OptionalInt.empty() : OptionalInt.of(randomizeStart);
  }

  /** Returns the control modes applied during the interval. */
  public DerControlBase derControlBase() {
    return derControlBase;
  }

  /**
   * Returns bitmap of the device categories the event applies to (HexBinary32), or empty when
   * absent.
   */
  public OptionalLong deviceCategory() {
    return deviceCategory == null ? OptionalLong.empty() : OptionalLong.of(deviceCategory);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DerControl o
        && Objects.equals(href, o.href)
        && Objects.equals(replyTo, o.replyTo)
        && Objects.equals(responseRequired, o.responseRequired)
        && Objects.equals(subscribable, o.subscribable)
        && Objects.equals(mrid, o.mrid)
        && Objects.equals(description, o.description)
        && Objects.equals(version, o.version)
        && Objects.equals(creationTime, o.creationTime)
        && Objects.equals(eventStatus, o.eventStatus)
        && Objects.equals(interval, o.interval)
        && Objects.equals(randomizeDuration, o.randomizeDuration)
        && Objects.equals(randomizeStart, o.randomizeStart)
        && Objects.equals(derControlBase, o.derControlBase)
        && Objects.equals(deviceCategory, o.deviceCategory);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        replyTo,
        responseRequired,
        subscribable,
        mrid,
        description,
        version,
        creationTime,
        eventStatus,
        interval,
        randomizeDuration,
        randomizeStart,
        derControlBase,
        deviceCategory);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "DerControl[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (replyTo != null) {
      s.add("replyTo=" + replyTo);
    }
    if (responseRequired != null) {
      s.add("responseRequired=" + responseRequired);
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
    if (creationTime != null) {
      s.add("creationTime=" + creationTime);
    }
    if (eventStatus != null) {
      s.add("EventStatus=" + eventStatus);
    }
    if (interval != null) {
      s.add("interval=" + interval);
    }
    if (randomizeDuration != null) {
      s.add("randomizeDuration=" + randomizeDuration);
    }
    if (randomizeStart != null) {
      s.add("randomizeStart=" + randomizeStart);
    }
    if (derControlBase != null) {
      s.add("DERControlBase=" + derControlBase);
    }
    if (deviceCategory != null) {
      s.add("deviceCategory=" + deviceCategory);
    }
    return s.toString();
  }

  /** Builds a {@link DerControl}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private String replyTo;
    private Integer responseRequired;
    private Integer subscribable;
    private Mrid mrid;
    private String description;
    private Integer version;
    private Instant creationTime;
    private EventStatus eventStatus;
    private DateTimeInterval interval;
    private Integer randomizeDuration;
    private Integer randomizeStart;
    private DerControlBase derControlBase;
    private Long deviceCategory;

    private Builder() {}

    private Builder(DerControl v) {
      this.href = v.href;
      this.replyTo = v.replyTo;
      this.responseRequired = v.responseRequired;
      this.subscribable = v.subscribable;
      this.mrid = v.mrid;
      this.description = v.description;
      this.version = v.version;
      this.creationTime = v.creationTime;
      this.eventStatus = v.eventStatus;
      this.interval = v.interval;
      this.randomizeDuration = v.randomizeDuration;
      this.randomizeStart = v.randomizeStart;
      this.derControlBase = v.derControlBase;
      this.deviceCategory = v.deviceCategory;
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
     * Where the client posts its responses (a ResponseList). Default: absent; {@code null} removes
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "replyTo", isAttribute = true)
    public Builder replyTo(String value) {
      this.replyTo = value == null ? null : Ranges.uri("replyTo", value);
      return this;
    }

    /**
     * Bitmap of responses wanted: bit 0 message received, bit 1 specific response, bit 2 response
     * required from the user; absent means 00. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "responseRequired", isAttribute = true)
    @JsonDeserialize(using = HexBinary.Hex8Deserializer.class)
    public Builder responseRequired(Integer value) {
      this.responseRequired = value == null ? null : Ranges.hex8("responseRequired", value);
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
     * The globally unique id of this event. Required: {@link #build()} fails without it.
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
     * When the event was created. Required: {@link #build()} fails without it.
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
     * Where the event stands (scheduled, active, cancelled, superseded). Required: {@link #build()}
     * fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JacksonXmlProperty(localName = "EventStatus")
    public Builder eventStatus(EventStatus value) {
      Objects.requireNonNull(value, "EventStatus");
      this.eventStatus = value;
      return this;
    }

    /**
     * When the event applies. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JacksonXmlProperty(localName = "interval")
    public Builder interval(DateTimeInterval value) {
      Objects.requireNonNull(value, "interval");
      this.interval = value;
      return this;
    }

    /**
     * Randomize the duration by up to this many seconds (-3600..3600 in practice,
     * OneHourRangeType). Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "randomizeDuration")
    public Builder randomizeDuration(Integer value) {
      this.randomizeDuration = value == null ? null : Ranges.int16("randomizeDuration", value);
      return this;
    }

    /**
     * Randomize the start by up to this many seconds (OneHourRangeType). Default: absent; {@code
     * null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "randomizeStart")
    public Builder randomizeStart(Integer value) {
      this.randomizeStart = value == null ? null : Ranges.int16("randomizeStart", value);
      return this;
    }

    /**
     * The control modes applied during the interval. Required: {@link #build()} fails without it.
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
     * Bitmap of the device categories the event applies to (HexBinary32). Default: absent; {@code
     * null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "deviceCategory")
    @JsonDeserialize(using = HexBinary.Hex32Deserializer.class)
    public Builder deviceCategory(Long value) {
      this.deviceCategory = value == null ? null : Ranges.hex32("deviceCategory", value);
      return this;
    }

    /** The event's interval: from {@code start}, for {@code duration} (whole seconds). */
    public Builder interval(java.time.Instant start, java.time.Duration duration) {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(duration, "duration");
      return interval(new DateTimeInterval(duration.toSeconds(), start));
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
     * Returns the DerControl.
     *
     * @throws IllegalStateException if a required element is missing ({@code mRID}, {@code
     *     creationTime}, {@code EventStatus}, {@code interval}, {@code DERControlBase})
     */
    public DerControl build() {
      Required.present("DERControl", "mRID", mrid);
      Required.present("DERControl", "creationTime", creationTime);
      Required.present("DERControl", "EventStatus", eventStatus);
      Required.present("DERControl", "interval", interval);
      Required.present("DERControl", "DERControlBase", derControlBase);
      return new DerControl(this);
    }
  }
}
