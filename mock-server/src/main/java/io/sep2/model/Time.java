package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * The server's clock. Clients align their own clocks to {@code currentTime}, which the server fills
 * in when it answers; all 2030.5 times are whole seconds since 1970-01-01T00:00Z (UTC).
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "Time")
@JsonPropertyOrder({
  "href",
  "pollRate",
  "currentTime",
  "dstEndTime",
  "dstOffset",
  "dstStartTime",
  "localTime",
  "quality",
  "tzOffset"
})
@JsonDeserialize(builder = Time.Builder.class)
public final class Time implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "pollRate", isAttribute = true)
  private final Long pollRate;

  @JacksonXmlProperty(localName = "currentTime")
  private final Instant currentTime;

  @JacksonXmlProperty(localName = "dstEndTime")
  private final Instant dstEndTime;

  @JacksonXmlProperty(localName = "dstOffset")
  private final Integer dstOffset;

  @JacksonXmlProperty(localName = "dstStartTime")
  private final Instant dstStartTime;

  @JacksonXmlProperty(localName = "localTime")
  private final Instant localTime;

  @JacksonXmlProperty(localName = "quality")
  private final Integer quality;

  @JacksonXmlProperty(localName = "tzOffset")
  private final Integer tzOffset;

  private Time(Builder b) {
    this.href = b.href;
    this.pollRate = b.pollRate;
    this.currentTime = b.currentTime;
    this.dstEndTime = b.dstEndTime;
    this.dstOffset = b.dstOffset;
    this.dstStartTime = b.dstStartTime;
    this.localTime = b.localTime;
    this.quality = b.quality;
    this.tzOffset = b.tzOffset;
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

  /** Returns how often, in seconds, to poll; absent means 900, or empty when absent. */
  public OptionalLong pollRate() {
    return pollRate == null ? OptionalLong.empty() : OptionalLong.of(pollRate);
  }

  /** Returns the server's time when it answered. */
  public Instant currentTime() {
    return currentTime;
  }

  /** Returns when daylight saving time ends this year. */
  public Instant dstEndTime() {
    return dstEndTime;
  }

  /** Returns daylight saving offset, in seconds (TimeOffsetType). */
  public int dstOffset() {
    return dstOffset;
  }

  /** Returns when daylight saving time starts this year. */
  public Instant dstStartTime() {
    return dstStartTime;
  }

  /** Returns currentTime shifted by tzOffset and, during DST, dstOffset, or empty when absent. */
  public Optional<Instant> localTime() {
    return Optional.ofNullable(localTime);
  }

  /** Returns the clock's quality: 3 = time server, 4 = synchronised to one, 7 = uncertain. */
  public int quality() {
    return quality;
  }

  /** Returns offset of local standard time from UTC, in seconds (TimeOffsetType). */
  public int tzOffset() {
    return tzOffset;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Time o
        && Objects.equals(href, o.href)
        && Objects.equals(pollRate, o.pollRate)
        && Objects.equals(currentTime, o.currentTime)
        && Objects.equals(dstEndTime, o.dstEndTime)
        && Objects.equals(dstOffset, o.dstOffset)
        && Objects.equals(dstStartTime, o.dstStartTime)
        && Objects.equals(localTime, o.localTime)
        && Objects.equals(quality, o.quality)
        && Objects.equals(tzOffset, o.tzOffset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        pollRate,
        currentTime,
        dstEndTime,
        dstOffset,
        dstStartTime,
        localTime,
        quality,
        tzOffset);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "Time[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (pollRate != null) {
      s.add("pollRate=" + pollRate);
    }
    if (currentTime != null) {
      s.add("currentTime=" + currentTime);
    }
    if (dstEndTime != null) {
      s.add("dstEndTime=" + dstEndTime);
    }
    if (dstOffset != null) {
      s.add("dstOffset=" + dstOffset);
    }
    if (dstStartTime != null) {
      s.add("dstStartTime=" + dstStartTime);
    }
    if (localTime != null) {
      s.add("localTime=" + localTime);
    }
    if (quality != null) {
      s.add("quality=" + quality);
    }
    if (tzOffset != null) {
      s.add("tzOffset=" + tzOffset);
    }
    return s.toString();
  }

  /** Builds a {@link Time}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Long pollRate;
    private Instant currentTime;
    private Instant dstEndTime;
    private Integer dstOffset;
    private Instant dstStartTime;
    private Instant localTime;
    private Integer quality;
    private Integer tzOffset;

    private Builder() {}

    private Builder(Time v) {
      this.href = v.href;
      this.pollRate = v.pollRate;
      this.currentTime = v.currentTime;
      this.dstEndTime = v.dstEndTime;
      this.dstOffset = v.dstOffset;
      this.dstStartTime = v.dstStartTime;
      this.localTime = v.localTime;
      this.quality = v.quality;
      this.tzOffset = v.tzOffset;
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
     * How often, in seconds, to poll; absent means 900. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "pollRate", isAttribute = true)
    public Builder pollRate(Long value) {
      this.pollRate = value == null ? null : Ranges.uint32("pollRate", value);
      return this;
    }

    /**
     * The server's time when it answered. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "currentTime")
    public Builder currentTime(Instant value) {
      Objects.requireNonNull(value, "currentTime");
      this.currentTime = Ranges.time("currentTime", value);
      return this;
    }

    /**
     * When daylight saving time ends this year. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "dstEndTime")
    public Builder dstEndTime(Instant value) {
      Objects.requireNonNull(value, "dstEndTime");
      this.dstEndTime = Ranges.time("dstEndTime", value);
      return this;
    }

    /**
     * Daylight saving offset, in seconds (TimeOffsetType). Required: {@link #build()} fails without
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "dstOffset")
    public Builder dstOffset(int value) {
      this.dstOffset = Ranges.int32("dstOffset", value);
      return this;
    }

    /**
     * When daylight saving time starts this year. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "dstStartTime")
    public Builder dstStartTime(Instant value) {
      Objects.requireNonNull(value, "dstStartTime");
      this.dstStartTime = Ranges.time("dstStartTime", value);
      return this;
    }

    /**
     * CurrentTime shifted by tzOffset and, during DST, dstOffset. Default: absent; {@code null}
     * removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "localTime")
    public Builder localTime(Instant value) {
      this.localTime = value == null ? null : Ranges.time("localTime", value);
      return this;
    }

    /**
     * The clock's quality: 3 = time server, 4 = synchronised to one, 7 = uncertain. Required:
     * {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "quality")
    public Builder quality(int value) {
      this.quality = Ranges.uint8("quality", value);
      return this;
    }

    /**
     * Offset of local standard time from UTC, in seconds (TimeOffsetType). Required: {@link
     * #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "tzOffset")
    public Builder tzOffset(int value) {
      this.tzOffset = Ranges.int32("tzOffset", value);
      return this;
    }

    /**
     * Returns the Time.
     *
     * @throws IllegalStateException if a required element is missing ({@code currentTime}, {@code
     *     dstEndTime}, {@code dstOffset}, {@code dstStartTime}, {@code quality}, {@code tzOffset})
     */
    public Time build() {
      Required.present("Time", "currentTime", currentTime);
      Required.present("Time", "dstEndTime", dstEndTime);
      Required.present("Time", "dstOffset", dstOffset);
      Required.present("Time", "dstStartTime", dstStartTime);
      Required.present("Time", "quality", quality);
      Required.present("Time", "tzOffset", tzOffset);
      return new Time(this);
    }
  }
}
