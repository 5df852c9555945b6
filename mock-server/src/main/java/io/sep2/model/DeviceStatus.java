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
 * A device's operational state and counters.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "DeviceStatus")
@JsonPropertyOrder({
  "href",
  "pollRate",
  "changedTime",
  "onCount",
  "opState",
  "opTime",
  "Temperature",
  "TimeLink"
})
@JsonDeserialize(builder = DeviceStatus.Builder.class)
public final class DeviceStatus implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "pollRate", isAttribute = true)
  private final Long pollRate;

  @JacksonXmlProperty(localName = "changedTime")
  private final Instant changedTime;

  @JacksonXmlProperty(localName = "onCount")
  private final Integer onCount;

  @JacksonXmlProperty(localName = "opState")
  private final Integer opState;

  @JacksonXmlProperty(localName = "opTime")
  private final Long opTime;

  @JacksonXmlProperty(localName = "Temperature")
  private final List<Temperature> temperatures;

  @JacksonXmlProperty(localName = "TimeLink")
  private final Link timeLink;

  private DeviceStatus(Builder b) {
    this.href = b.href;
    this.pollRate = b.pollRate;
    this.changedTime = b.changedTime;
    this.onCount = b.onCount;
    this.opState = b.opState;
    this.opTime = b.opTime;
    this.temperatures = List.copyOf(b.temperatures);
    this.timeLink = b.timeLink;
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

  /** Returns when this resource last changed. */
  public Instant changedTime() {
    return changedTime;
  }

  /** Returns how many times the device was switched on, or empty when absent. */
  public OptionalInt onCount() {
    return onCount == null ? OptionalInt.empty() : OptionalInt.of(onCount);
  }

  /** Returns operational state: 0 N/A, 1 in use, 2 not in use, , or empty when absent. */
  public OptionalInt opState() {
    return opState == null ? OptionalInt.empty() : OptionalInt.of(opState);
  }

  /** Returns operating time since the last on-count increment, in seconds, or empty when absent. */
  public OptionalLong opTime() {
    return opTime == null ? OptionalLong.empty() : OptionalLong.of(opTime);
  }

  /**
   * Returns temperatures the device measures; never null, unmodifiable, empty when there are none.
   */
  public List<Temperature> temperatures() {
    return temperatures;
  }

  /** Returns link to the {@code Time} resource, or empty when absent. */
  public Optional<Link> timeLink() {
    return Optional.ofNullable(timeLink);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DeviceStatus o
        && Objects.equals(href, o.href)
        && Objects.equals(pollRate, o.pollRate)
        && Objects.equals(changedTime, o.changedTime)
        && Objects.equals(onCount, o.onCount)
        && Objects.equals(opState, o.opState)
        && Objects.equals(opTime, o.opTime)
        && Objects.equals(temperatures, o.temperatures)
        && Objects.equals(timeLink, o.timeLink);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href, pollRate, changedTime, onCount, opState, opTime, temperatures, timeLink);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "DeviceStatus[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (pollRate != null) {
      s.add("pollRate=" + pollRate);
    }
    if (changedTime != null) {
      s.add("changedTime=" + changedTime);
    }
    if (onCount != null) {
      s.add("onCount=" + onCount);
    }
    if (opState != null) {
      s.add("opState=" + opState);
    }
    if (opTime != null) {
      s.add("opTime=" + opTime);
    }
    if (!temperatures.isEmpty()) {
      s.add("Temperature=" + temperatures);
    }
    if (timeLink != null) {
      s.add("TimeLink=" + timeLink);
    }
    return s.toString();
  }

  /** Builds a {@link DeviceStatus}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Long pollRate;
    private Instant changedTime;
    private Integer onCount;
    private Integer opState;
    private Long opTime;
    private final List<Temperature> temperatures = new ArrayList<>();
    private Link timeLink;

    private Builder() {}

    private Builder(DeviceStatus v) {
      this.href = v.href;
      this.pollRate = v.pollRate;
      this.changedTime = v.changedTime;
      this.onCount = v.onCount;
      this.opState = v.opState;
      this.opTime = v.opTime;
      this.temperatures.addAll(v.temperatures);
      this.timeLink = v.timeLink;
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
     * How many times the device was switched on. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "onCount")
    public Builder onCount(Integer value) {
      this.onCount = value == null ? null : Ranges.uint16("onCount", value);
      return this;
    }

    /**
     * Operational state: 0 N/A, 1 in use, 2 not in use,. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "opState")
    public Builder opState(Integer value) {
      this.opState = value == null ? null : Ranges.uint8("opState", value);
      return this;
    }

    /**
     * Operating time since the last on-count increment, in seconds. Default: absent; {@code null}
     * removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "opTime")
    public Builder opTime(Long value) {
      this.opTime = value == null ? null : Ranges.uint32("opTime", value);
      return this;
    }

    /**
     * Replaces the entries of temperatures (element {@code Temperature}, in the order given).
     * Default: empty.
     *
     * @throws NullPointerException if {@code items} or one of its entries is null
     */
    public Builder temperatures(List<Temperature> items) {
      Objects.requireNonNull(items, "items");
      items.forEach(item -> Objects.requireNonNull(item, "Temperature entry"));
      this.temperatures.clear();
      this.temperatures.addAll(items);
      return this;
    }

    /** Appends one entry to temperatures. */
    public Builder addTemperature(Temperature item) {
      this.temperatures.add(Objects.requireNonNull(item, "Temperature"));
      return this;
    }

    /** Jackson hands over each run of repeated elements; runs that are split up are all kept. */
    @JacksonXmlProperty(localName = "Temperature")
    private Builder jacksonAddTemperatures(List<Temperature> items) {
      items.forEach(this::addTemperature);
      return this;
    }

    /** Link to the {@code Time} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "TimeLink")
    public Builder timeLink(Link value) {
      this.timeLink = value;
      return this;
    }

    /**
     * Returns the DeviceStatus.
     *
     * @throws IllegalStateException if a required element is missing ({@code changedTime})
     */
    public DeviceStatus build() {
      Required.present("DeviceStatus", "changedTime", changedTime);
      return new DeviceStatus(this);
    }
  }
}
