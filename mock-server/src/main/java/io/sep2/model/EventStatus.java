package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Where an event (such as a DERControl) stands in its life: {@code currentStatus} 0 = scheduled, 1
 * = active, 2 = cancelled, 3 = cancelled with randomization, 4 = superseded; with the time of the
 * last change. A client must act on a change of status, not only on the event's interval.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JsonPropertyOrder({
  "currentStatus",
  "dateTime",
  "potentiallySuperseded",
  "potentiallySupersededTime",
  "reason"
})
@JsonDeserialize(builder = EventStatus.Builder.class)
public final class EventStatus {

  /** The event is scheduled: its start time has not come yet. Value {@value}. */
  public static final int SCHEDULED = 0;

  /** The event is active: its interval has started and it is in force. Value {@value}. */
  public static final int ACTIVE = 1;

  /** The event was cancelled; a client that had started it reverts at once. Value {@value}. */
  public static final int CANCELLED = 2;

  /**
   * The event was cancelled; a client that had started it reverts after its randomization delay.
   * Value {@value}.
   */
  public static final int CANCELLED_WITH_RANDOMIZATION = 3;

  /** The event was superseded by another event of the same program. Value {@value}. */
  public static final int SUPERSEDED = 4;

  @JacksonXmlProperty(localName = "currentStatus")
  private final Integer currentStatus;

  @JacksonXmlProperty(localName = "dateTime")
  private final Instant dateTime;

  @JacksonXmlProperty(localName = "potentiallySuperseded")
  private final Boolean potentiallySuperseded;

  @JacksonXmlProperty(localName = "potentiallySupersededTime")
  private final Instant potentiallySupersededTime;

  @JacksonXmlProperty(localName = "reason")
  private final String reason;

  private EventStatus(Builder b) {
    this.currentStatus = b.currentStatus;
    this.dateTime = b.dateTime;
    this.potentiallySuperseded = b.potentiallySuperseded;
    this.potentiallySupersededTime = b.potentiallySupersededTime;
    this.reason = b.reason;
  }

  /** Returns a builder with every element absent (lists empty). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding a copy of this value. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns 0 = scheduled, 1 = active, 2 = cancelled, 3 = cancelled with randomization, 4 =
   * superseded; see the constants of this class.
   */
  public int currentStatus() {
    return currentStatus;
  }

  /** Returns when currentStatus last changed. */
  public Instant dateTime() {
    return dateTime;
  }

  /** Returns true when a newer event of higher primacy overlaps this one. */
  public boolean potentiallySuperseded() {
    return potentiallySuperseded;
  }

  /** Returns when potentiallySuperseded was last set, or empty when absent. */
  public Optional<Instant> potentiallySupersededTime() {
    return Optional.ofNullable(potentiallySupersededTime);
  }

  /** Returns a human-readable reason for the status (String192), or empty when absent. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EventStatus o
        && Objects.equals(currentStatus, o.currentStatus)
        && Objects.equals(dateTime, o.dateTime)
        && Objects.equals(potentiallySuperseded, o.potentiallySuperseded)
        && Objects.equals(potentiallySupersededTime, o.potentiallySupersededTime)
        && Objects.equals(reason, o.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        currentStatus, dateTime, potentiallySuperseded, potentiallySupersededTime, reason);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "EventStatus[", "]");
    if (currentStatus != null) {
      s.add("currentStatus=" + currentStatus);
    }
    if (dateTime != null) {
      s.add("dateTime=" + dateTime);
    }
    if (potentiallySuperseded != null) {
      s.add("potentiallySuperseded=" + potentiallySuperseded);
    }
    if (potentiallySupersededTime != null) {
      s.add("potentiallySupersededTime=" + potentiallySupersededTime);
    }
    if (reason != null) {
      s.add("reason=" + reason);
    }
    return s.toString();
  }

  /** Builds a {@link EventStatus}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private Integer currentStatus;
    private Instant dateTime;
    private Boolean potentiallySuperseded;
    private Instant potentiallySupersededTime;
    private String reason;

    private Builder() {}

    private Builder(EventStatus v) {
      this.currentStatus = v.currentStatus;
      this.dateTime = v.dateTime;
      this.potentiallySuperseded = v.potentiallySuperseded;
      this.potentiallySupersededTime = v.potentiallySupersededTime;
      this.reason = v.reason;
    }

    /**
     * 0 = scheduled, 1 = active, 2 = cancelled, 3 = cancelled with randomization, 4 = superseded;
     * see the constants of this class. Required: {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "currentStatus")
    public Builder currentStatus(int value) {
      this.currentStatus = Ranges.uint8("currentStatus", value);
      return this;
    }

    /**
     * When currentStatus last changed. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "dateTime")
    public Builder dateTime(Instant value) {
      Objects.requireNonNull(value, "dateTime");
      this.dateTime = Ranges.time("dateTime", value);
      return this;
    }

    /**
     * True when a newer event of higher primacy overlaps this one. Required: {@link #build()} fails
     * without it.
     */
    @JacksonXmlProperty(localName = "potentiallySuperseded")
    public Builder potentiallySuperseded(boolean value) {
      this.potentiallySuperseded = value;
      return this;
    }

    /**
     * When potentiallySuperseded was last set. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "potentiallySupersededTime")
    public Builder potentiallySupersededTime(Instant value) {
      this.potentiallySupersededTime =
          value == null ? null : Ranges.time("potentiallySupersededTime", value);
      return this;
    }

    /**
     * A human-readable reason for the status (String192). Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "reason")
    public Builder reason(String value) {
      this.reason = value == null ? null : Ranges.string("reason", value, 192);
      return this;
    }

    /**
     * Returns the EventStatus.
     *
     * @throws IllegalStateException if a required element is missing ({@code currentStatus}, {@code
     *     dateTime}, {@code potentiallySuperseded})
     */
    public EventStatus build() {
      Required.present("EventStatus", "currentStatus", currentStatus);
      Required.present("EventStatus", "dateTime", dateTime);
      Required.present("EventStatus", "potentiallySuperseded", potentiallySuperseded);
      return new EventStatus(this);
    }
  }
}
