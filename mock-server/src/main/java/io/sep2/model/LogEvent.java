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
 * An entry in a device's log: what happened, in which function set, when.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "LogEvent")
@JsonPropertyOrder({
  "href",
  "createdDateTime",
  "details",
  "extendedData",
  "functionSet",
  "logEventCode",
  "logEventID",
  "logEventPEN",
  "profileID"
})
@JsonDeserialize(builder = LogEvent.Builder.class)
public final class LogEvent implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "createdDateTime")
  private final Instant createdDateTime;

  @JacksonXmlProperty(localName = "details")
  private final String details;

  @JacksonXmlProperty(localName = "extendedData")
  private final Long extendedData;

  @JacksonXmlProperty(localName = "functionSet")
  private final Integer functionSet;

  @JacksonXmlProperty(localName = "logEventCode")
  private final Integer logEventCode;

  @JacksonXmlProperty(localName = "logEventID")
  private final Integer logEventID;

  @JacksonXmlProperty(localName = "logEventPEN")
  private final Long logEventPEN;

  @JacksonXmlProperty(localName = "profileID")
  private final Integer profileID;

  private LogEvent(Builder b) {
    this.href = b.href;
    this.createdDateTime = b.createdDateTime;
    this.details = b.details;
    this.extendedData = b.extendedData;
    this.functionSet = b.functionSet;
    this.logEventCode = b.logEventCode;
    this.logEventID = b.logEventID;
    this.logEventPEN = b.logEventPEN;
    this.profileID = b.profileID;
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

  /** Returns when the event was logged. */
  public Instant createdDateTime() {
    return createdDateTime;
  }

  /** Returns free text (String32), or empty when absent. */
  public Optional<String> details() {
    return Optional.ofNullable(details);
  }

  /** Returns event-specific data, or empty when absent. */
  public OptionalLong extendedData() {
    return extendedData == null ? OptionalLong.empty() : OptionalLong.of(extendedData);
  }

  /** Returns the function set that logged it. */
  public int functionSet() {
    return functionSet;
  }

  /** Returns event code within the function set. */
  public int logEventCode() {
    return logEventCode;
  }

  /** Returns id of this log entry. */
  public int logEventID() {
    return logEventID;
  }

  /** Returns private enterprise number of the organisation that defined the code (PENType). */
  public long logEventPEN() {
    return logEventPEN;
  }

  /**
   * Returns 0 not profile specific, 1 vendor defined, 2 IEEE 2030.5, 3 home automation, 4 smart
   * energy.
   */
  public int profileID() {
    return profileID;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LogEvent o
        && Objects.equals(href, o.href)
        && Objects.equals(createdDateTime, o.createdDateTime)
        && Objects.equals(details, o.details)
        && Objects.equals(extendedData, o.extendedData)
        && Objects.equals(functionSet, o.functionSet)
        && Objects.equals(logEventCode, o.logEventCode)
        && Objects.equals(logEventID, o.logEventID)
        && Objects.equals(logEventPEN, o.logEventPEN)
        && Objects.equals(profileID, o.profileID);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        createdDateTime,
        details,
        extendedData,
        functionSet,
        logEventCode,
        logEventID,
        logEventPEN,
        profileID);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "LogEvent[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (createdDateTime != null) {
      s.add("createdDateTime=" + createdDateTime);
    }
    if (details != null) {
      s.add("details=" + details);
    }
    if (extendedData != null) {
      s.add("extendedData=" + extendedData);
    }
    if (functionSet != null) {
      s.add("functionSet=" + functionSet);
    }
    if (logEventCode != null) {
      s.add("logEventCode=" + logEventCode);
    }
    if (logEventID != null) {
      s.add("logEventID=" + logEventID);
    }
    if (logEventPEN != null) {
      s.add("logEventPEN=" + logEventPEN);
    }
    if (profileID != null) {
      s.add("profileID=" + profileID);
    }
    return s.toString();
  }

  /** Builds a {@link LogEvent}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Instant createdDateTime;
    private String details;
    private Long extendedData;
    private Integer functionSet;
    private Integer logEventCode;
    private Integer logEventID;
    private Long logEventPEN;
    private Integer profileID;

    private Builder() {}

    private Builder(LogEvent v) {
      this.href = v.href;
      this.createdDateTime = v.createdDateTime;
      this.details = v.details;
      this.extendedData = v.extendedData;
      this.functionSet = v.functionSet;
      this.logEventCode = v.logEventCode;
      this.logEventID = v.logEventID;
      this.logEventPEN = v.logEventPEN;
      this.profileID = v.profileID;
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
     * When the event was logged. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "createdDateTime")
    public Builder createdDateTime(Instant value) {
      Objects.requireNonNull(value, "createdDateTime");
      this.createdDateTime = Ranges.time("createdDateTime", value);
      return this;
    }

    /**
     * Free text (String32). Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "details")
    public Builder details(String value) {
      this.details = value == null ? null : Ranges.string("details", value, 32);
      return this;
    }

    /**
     * Event-specific data. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "extendedData")
    public Builder extendedData(Long value) {
      this.extendedData = value == null ? null : Ranges.uint32("extendedData", value);
      return this;
    }

    /**
     * The function set that logged it. Required: {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "functionSet")
    public Builder functionSet(int value) {
      this.functionSet = Ranges.uint8("functionSet", value);
      return this;
    }

    /**
     * Event code within the function set. Required: {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "logEventCode")
    public Builder logEventCode(int value) {
      this.logEventCode = Ranges.uint8("logEventCode", value);
      return this;
    }

    /**
     * Id of this log entry. Required: {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "logEventID")
    public Builder logEventID(int value) {
      this.logEventID = Ranges.uint16("logEventID", value);
      return this;
    }

    /**
     * Private enterprise number of the organisation that defined the code (PENType). Required:
     * {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "logEventPEN")
    public Builder logEventPEN(long value) {
      this.logEventPEN = Ranges.uint32("logEventPEN", value);
      return this;
    }

    /**
     * 0 not profile specific, 1 vendor defined, 2 IEEE 2030.5, 3 home automation, 4 smart energy.
     * Required: {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "profileID")
    public Builder profileID(int value) {
      this.profileID = Ranges.uint8("profileID", value);
      return this;
    }

    /**
     * Returns the LogEvent.
     *
     * @throws IllegalStateException if a required element is missing ({@code createdDateTime},
     *     {@code functionSet}, {@code logEventCode}, {@code logEventID}, {@code logEventPEN},
     *     {@code profileID})
     */
    public LogEvent build() {
      Required.present("LogEvent", "createdDateTime", createdDateTime);
      Required.present("LogEvent", "functionSet", functionSet);
      Required.present("LogEvent", "logEventCode", logEventCode);
      Required.present("LogEvent", "logEventID", logEventID);
      Required.present("LogEvent", "logEventPEN", logEventPEN);
      Required.present("LogEvent", "profileID", profileID);
      return new LogEvent(this);
    }
  }
}
