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
 * Where a device's power comes from and, on battery, how long it can last.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "PowerStatus")
@JsonPropertyOrder({
  "href",
  "pollRate",
  "batteryStatus",
  "changedTime",
  "currentPowerSource",
  "estimatedChargeRemaining",
  "estimatedTimeRemaining",
  "PEVInfo",
  "sessionTimeOnBattery",
  "totalTimeOnBattery"
})
@JsonDeserialize(builder = PowerStatus.Builder.class)
public final class PowerStatus implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "pollRate", isAttribute = true)
  private final Long pollRate;

  @JacksonXmlProperty(localName = "batteryStatus")
  private final Integer batteryStatus;

  @JacksonXmlProperty(localName = "changedTime")
  private final Instant changedTime;

  @JacksonXmlProperty(localName = "currentPowerSource")
  private final Integer currentPowerSource;

  @JacksonXmlProperty(localName = "estimatedChargeRemaining")
  private final Integer estimatedChargeRemaining;

  @JacksonXmlProperty(localName = "estimatedTimeRemaining")
  private final Long estimatedTimeRemaining;

  @JacksonXmlProperty(localName = "PEVInfo")
  private final PevInfo pevInfo;

  @JacksonXmlProperty(localName = "sessionTimeOnBattery")
  private final Long sessionTimeOnBattery;

  @JacksonXmlProperty(localName = "totalTimeOnBattery")
  private final Long totalTimeOnBattery;

  private PowerStatus(Builder b) {
    this.href = b.href;
    this.pollRate = b.pollRate;
    this.batteryStatus = b.batteryStatus;
    this.changedTime = b.changedTime;
    this.currentPowerSource = b.currentPowerSource;
    this.estimatedChargeRemaining = b.estimatedChargeRemaining;
    this.estimatedTimeRemaining = b.estimatedTimeRemaining;
    this.pevInfo = b.pevInfo;
    this.sessionTimeOnBattery = b.sessionTimeOnBattery;
    this.totalTimeOnBattery = b.totalTimeOnBattery;
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

  /** Returns 0 unknown, 1 normal, 2 low, 3 depleted, 4 not applicable. */
  public int batteryStatus() {
    return batteryStatus;
  }

  /** Returns when this resource last changed. */
  public Instant changedTime() {
    return changedTime;
  }

  /** Returns current power source (PowerSourceType: 0 none, 1 mains, 2 battery, ...). */
  public int currentPowerSource() {
    return currentPowerSource;
  }

  /** Returns battery charge left, hundredths of a percent, or empty when absent. */
  public OptionalInt estimatedChargeRemaining() {
    return estimatedChargeRemaining == null
        ? OptionalInt.empty()
        : OptionalInt.of(estimatedChargeRemaining);
  }

  /** Returns time left on battery, in seconds, or empty when absent. */
  public OptionalLong estimatedTimeRemaining() {
    return estimatedTimeRemaining == null
        ? OptionalLong.empty()
        : OptionalLong.of(estimatedTimeRemaining);
  }

  /** Returns the {@code PEVInfo} element (a {@link PevInfo}), or empty when absent. */
  public Optional<PevInfo> pevInfo() {
    return Optional.ofNullable(pevInfo);
  }

  /** Returns seconds on battery in this session, or empty when absent. */
  public OptionalLong sessionTimeOnBattery() {
    return sessionTimeOnBattery == null
        ? OptionalLong.empty()
        : OptionalLong.of(sessionTimeOnBattery);
  }

  /** Returns seconds on battery in total, or empty when absent. */
  public OptionalLong totalTimeOnBattery() {
    return totalTimeOnBattery == null ? OptionalLong.empty() : OptionalLong.of(totalTimeOnBattery);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PowerStatus o
        && Objects.equals(href, o.href)
        && Objects.equals(pollRate, o.pollRate)
        && Objects.equals(batteryStatus, o.batteryStatus)
        && Objects.equals(changedTime, o.changedTime)
        && Objects.equals(currentPowerSource, o.currentPowerSource)
        && Objects.equals(estimatedChargeRemaining, o.estimatedChargeRemaining)
        && Objects.equals(estimatedTimeRemaining, o.estimatedTimeRemaining)
        && Objects.equals(pevInfo, o.pevInfo)
        && Objects.equals(sessionTimeOnBattery, o.sessionTimeOnBattery)
        && Objects.equals(totalTimeOnBattery, o.totalTimeOnBattery);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        pollRate,
        batteryStatus,
        changedTime,
        currentPowerSource,
        estimatedChargeRemaining,
        estimatedTimeRemaining,
        pevInfo,
        sessionTimeOnBattery,
        totalTimeOnBattery);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "PowerStatus[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (pollRate != null) {
      s.add("pollRate=" + pollRate);
    }
    if (batteryStatus != null) {
      s.add("batteryStatus=" + batteryStatus);
    }
    if (changedTime != null) {
      s.add("changedTime=" + changedTime);
    }
    if (currentPowerSource != null) {
      s.add("currentPowerSource=" + currentPowerSource);
    }
    if (estimatedChargeRemaining != null) {
      s.add("estimatedChargeRemaining=" + estimatedChargeRemaining);
    }
    if (estimatedTimeRemaining != null) {
      s.add("estimatedTimeRemaining=" + estimatedTimeRemaining);
    }
    if (pevInfo != null) {
      s.add("PEVInfo=" + pevInfo);
    }
    if (sessionTimeOnBattery != null) {
      s.add("sessionTimeOnBattery=" + sessionTimeOnBattery);
    }
    if (totalTimeOnBattery != null) {
      s.add("totalTimeOnBattery=" + totalTimeOnBattery);
    }
    return s.toString();
  }

  /** Builds a {@link PowerStatus}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Long pollRate;
    private Integer batteryStatus;
    private Instant changedTime;
    private Integer currentPowerSource;
    private Integer estimatedChargeRemaining;
    private Long estimatedTimeRemaining;
    private PevInfo pevInfo;
    private Long sessionTimeOnBattery;
    private Long totalTimeOnBattery;

    private Builder() {}

    private Builder(PowerStatus v) {
      this.href = v.href;
      this.pollRate = v.pollRate;
      this.batteryStatus = v.batteryStatus;
      this.changedTime = v.changedTime;
      this.currentPowerSource = v.currentPowerSource;
      this.estimatedChargeRemaining = v.estimatedChargeRemaining;
      this.estimatedTimeRemaining = v.estimatedTimeRemaining;
      this.pevInfo = v.pevInfo;
      this.sessionTimeOnBattery = v.sessionTimeOnBattery;
      this.totalTimeOnBattery = v.totalTimeOnBattery;
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
     * 0 unknown, 1 normal, 2 low, 3 depleted, 4 not applicable. Required: {@link #build()} fails
     * without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "batteryStatus")
    public Builder batteryStatus(int value) {
      this.batteryStatus = Ranges.uint8("batteryStatus", value);
      return this;
    }

    /**
     * When this resource last changed. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "changedTime")
    public Builder changedTime(Instant value) {
      Objects.requireNonNull(value, "changedTime");
      this.changedTime = Ranges.time("changedTime", value);
      return this;
    }

    /**
     * Current power source (PowerSourceType: 0 none, 1 mains, 2 battery, ...). Required: {@link
     * #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "currentPowerSource")
    public Builder currentPowerSource(int value) {
      this.currentPowerSource = Ranges.uint8("currentPowerSource", value);
      return this;
    }

    /**
     * Battery charge left, hundredths of a percent. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "estimatedChargeRemaining")
    public Builder estimatedChargeRemaining(Integer value) {
      this.estimatedChargeRemaining =
          value == null ? null : Ranges.uint16("estimatedChargeRemaining", value);
      return this;
    }

    /**
     * Time left on battery, in seconds. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "estimatedTimeRemaining")
    public Builder estimatedTimeRemaining(Long value) {
      this.estimatedTimeRemaining =
          value == null ? null : Ranges.uint32("estimatedTimeRemaining", value);
      return this;
    }

    /**
     * The {@code PEVInfo} element (a {@link PevInfo}). Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "PEVInfo")
    public Builder pevInfo(PevInfo value) {
      this.pevInfo = value;
      return this;
    }

    /**
     * Seconds on battery in this session. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "sessionTimeOnBattery")
    public Builder sessionTimeOnBattery(Long value) {
      this.sessionTimeOnBattery =
          value == null ? null : Ranges.uint32("sessionTimeOnBattery", value);
      return this;
    }

    /**
     * Seconds on battery in total. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "totalTimeOnBattery")
    public Builder totalTimeOnBattery(Long value) {
      this.totalTimeOnBattery = value == null ? null : Ranges.uint32("totalTimeOnBattery", value);
      return this;
    }

    /**
     * Returns the PowerStatus.
     *
     * @throws IllegalStateException if a required element is missing ({@code batteryStatus}, {@code
     *     changedTime}, {@code currentPowerSource})
     */
    public PowerStatus build() {
      Required.present("PowerStatus", "batteryStatus", batteryStatus);
      Required.present("PowerStatus", "changedTime", changedTime);
      Required.present("PowerStatus", "currentPowerSource", currentPowerSource);
      return new PowerStatus(this);
    }
  }
}
