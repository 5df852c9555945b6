package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * What a DER can offer now: how long it can sustain its output, reserves, and available active and
 * reactive power.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "DERAvailability")
@JsonPropertyOrder({
  "href",
  "subscribable",
  "availabilityDuration",
  "maxChargeDuration",
  "readingTime",
  "reserveChargePercent",
  "reservePercent",
  "statVarAvail",
  "statWAvail"
})
@JsonDeserialize(builder = DerAvailability.Builder.class)
public final class DerAvailability implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "subscribable", isAttribute = true)
  private final Integer subscribable;

  @JacksonXmlProperty(localName = "availabilityDuration")
  private final Long availabilityDuration;

  @JacksonXmlProperty(localName = "maxChargeDuration")
  private final Long maxChargeDuration;

  @JacksonXmlProperty(localName = "readingTime")
  private final Instant readingTime;

  @JacksonXmlProperty(localName = "reserveChargePercent")
  private final Integer reserveChargePercent;

  @JacksonXmlProperty(localName = "reservePercent")
  private final Integer reservePercent;

  @JacksonXmlProperty(localName = "statVarAvail")
  private final ReactivePower statVarAvail;

  @JacksonXmlProperty(localName = "statWAvail")
  private final ActivePower statWAvail;

  private DerAvailability(Builder b) {
    this.href = b.href;
    this.subscribable = b.subscribable;
    this.availabilityDuration = b.availabilityDuration;
    this.maxChargeDuration = b.maxChargeDuration;
    this.readingTime = b.readingTime;
    this.reserveChargePercent = b.reserveChargePercent;
    this.reservePercent = b.reservePercent;
    this.statVarAvail = b.statVarAvail;
    this.statWAvail = b.statWAvail;
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

  /** Returns how long the DER can deliver statWAvail, in seconds, or empty when absent. */
  public OptionalLong availabilityDuration() {
    return availabilityDuration == null
        ? OptionalLong.empty()
        : OptionalLong.of(availabilityDuration);
  }

  /** Returns how long the DER can charge at its maximum rate, in seconds, or empty when absent. */
  public OptionalLong maxChargeDuration() {
    return maxChargeDuration == null ? OptionalLong.empty() : OptionalLong.of(maxChargeDuration);
  }

  /** Returns when the availability was computed. */
  public Instant readingTime() {
    return readingTime;
  }

  /** Returns reserved charge capacity, hundredths of a percent, or empty when absent. */
  public OptionalInt reserveChargePercent() {
    return reserveChargePercent == null
        ? OptionalInt.empty()
        : OptionalInt.of(reserveChargePercent);
  }

  /** Returns reserved energy, hundredths of a percent, or empty when absent. */
  public OptionalInt reservePercent() {
    return reservePercent == null ? OptionalInt.empty() : OptionalInt.of(reservePercent);
  }

  /** Returns the {@code statVarAvail} element (a {@link ReactivePower}), or empty when absent. */
  public Optional<ReactivePower> statVarAvail() {
    return Optional.ofNullable(statVarAvail);
  }

  /** Returns the {@code statWAvail} element (a {@link ActivePower}), or empty when absent. */
  public Optional<ActivePower> statWAvail() {
    return Optional.ofNullable(statWAvail);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DerAvailability o
        && Objects.equals(href, o.href)
        && Objects.equals(subscribable, o.subscribable)
        && Objects.equals(availabilityDuration, o.availabilityDuration)
        && Objects.equals(maxChargeDuration, o.maxChargeDuration)
        && Objects.equals(readingTime, o.readingTime)
        && Objects.equals(reserveChargePercent, o.reserveChargePercent)
        && Objects.equals(reservePercent, o.reservePercent)
        && Objects.equals(statVarAvail, o.statVarAvail)
        && Objects.equals(statWAvail, o.statWAvail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        subscribable,
        availabilityDuration,
        maxChargeDuration,
        readingTime,
        reserveChargePercent,
        reservePercent,
        statVarAvail,
        statWAvail);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "DerAvailability[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (subscribable != null) {
      s.add("subscribable=" + subscribable);
    }
    if (availabilityDuration != null) {
      s.add("availabilityDuration=" + availabilityDuration);
    }
    if (maxChargeDuration != null) {
      s.add("maxChargeDuration=" + maxChargeDuration);
    }
    if (readingTime != null) {
      s.add("readingTime=" + readingTime);
    }
    if (reserveChargePercent != null) {
      s.add("reserveChargePercent=" + reserveChargePercent);
    }
    if (reservePercent != null) {
      s.add("reservePercent=" + reservePercent);
    }
    if (statVarAvail != null) {
      s.add("statVarAvail=" + statVarAvail);
    }
    if (statWAvail != null) {
      s.add("statWAvail=" + statWAvail);
    }
    return s.toString();
  }

  /** Builds a {@link DerAvailability}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Integer subscribable;
    private Long availabilityDuration;
    private Long maxChargeDuration;
    private Instant readingTime;
    private Integer reserveChargePercent;
    private Integer reservePercent;
    private ReactivePower statVarAvail;
    private ActivePower statWAvail;

    private Builder() {}

    private Builder(DerAvailability v) {
      this.href = v.href;
      this.subscribable = v.subscribable;
      this.availabilityDuration = v.availabilityDuration;
      this.maxChargeDuration = v.maxChargeDuration;
      this.readingTime = v.readingTime;
      this.reserveChargePercent = v.reserveChargePercent;
      this.reservePercent = v.reservePercent;
      this.statVarAvail = v.statVarAvail;
      this.statWAvail = v.statWAvail;
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
     * How long the DER can deliver statWAvail, in seconds. Default: absent; {@code null} removes
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "availabilityDuration")
    public Builder availabilityDuration(Long value) {
      this.availabilityDuration =
          value == null ? null : Ranges.uint32("availabilityDuration", value);
      return this;
    }

    /**
     * How long the DER can charge at its maximum rate, in seconds. Default: absent; {@code null}
     * removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "maxChargeDuration")
    public Builder maxChargeDuration(Long value) {
      this.maxChargeDuration = value == null ? null : Ranges.uint32("maxChargeDuration", value);
      return this;
    }

    /**
     * When the availability was computed. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "readingTime")
    public Builder readingTime(Instant value) {
      Objects.requireNonNull(value, "readingTime");
      this.readingTime = Ranges.time("readingTime", value);
      return this;
    }

    /**
     * Reserved charge capacity, hundredths of a percent. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "reserveChargePercent")
    public Builder reserveChargePercent(Integer value) {
      this.reserveChargePercent =
          value == null ? null : Ranges.uint16("reserveChargePercent", value);
      return this;
    }

    /**
     * Reserved energy, hundredths of a percent. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "reservePercent")
    public Builder reservePercent(Integer value) {
      this.reservePercent = value == null ? null : Ranges.uint16("reservePercent", value);
      return this;
    }

    /**
     * The {@code statVarAvail} element (a {@link ReactivePower}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "statVarAvail")
    public Builder statVarAvail(ReactivePower value) {
      this.statVarAvail = value;
      return this;
    }

    /**
     * The {@code statWAvail} element (a {@link ActivePower}). Default: absent; {@code null} removes
     * it.
     */
    @JacksonXmlProperty(localName = "statWAvail")
    public Builder statWAvail(ActivePower value) {
      this.statWAvail = value;
      return this;
    }

    /**
     * Returns the DerAvailability.
     *
     * @throws IllegalStateException if a required element is missing ({@code readingTime})
     */
    public DerAvailability build() {
      Required.present("DERAvailability", "readingTime", readingTime);
      return new DerAvailability(this);
    }
  }
}
