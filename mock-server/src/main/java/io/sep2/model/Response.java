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
import java.util.StringJoiner;

/**
 * A client's response to an event or message: which event ({@code subject}, its mRID), which
 * device, and what happened ({@code status}: 1 received, 2 started, 3 completed, 4 opted out, 5
 * opted in, 6 cancelled, 7 superseded, ...).
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "Response")
@JsonPropertyOrder({"href", "createdDateTime", "endDeviceLFDI", "status", "subject"})
@JsonDeserialize(builder = Response.Builder.class)
public final class Response implements Resource {

  /** The client received the event. Value {@value}. */
  public static final int EVENT_RECEIVED = 1;

  /** The event started at the client. Value {@value}. */
  public static final int EVENT_STARTED = 2;

  /** The event completed. Value {@value}. */
  public static final int EVENT_COMPLETED = 3;

  /** The user opted out of the event. Value {@value}. */
  public static final int EVENT_OPTED_OUT = 4;

  /** The user opted back in. Value {@value}. */
  public static final int EVENT_OPTED_IN = 5;

  /** The event was cancelled. Value {@value}. */
  public static final int EVENT_CANCELLED = 6;

  /** The event was superseded. Value {@value}. */
  public static final int EVENT_SUPERSEDED = 7;

  /** The user opted out of part of the event. Value {@value}. */
  public static final int EVENT_PARTIALLY_OPTED_OUT = 8;

  /** The user opted back in to part of the event. Value {@value}. */
  public static final int EVENT_PARTIALLY_OPTED_IN = 9;

  /** The event completed without the user taking part. Value {@value}. */
  public static final int EVENT_COMPLETED_NO_USER_PARTICIPATION = 10;

  /** The user acknowledged the event. Value {@value}. */
  public static final int EVENT_ACKNOWLEDGED = 11;

  /** The event was aborted because the server sent an unsupported event. Value {@value}. */
  public static final int EVENT_ABORTED_SERVER = 12;

  /** The event was aborted because a program of higher primacy started. Value {@value}. */
  public static final int EVENT_ABORTED_PROGRAM = 13;

  /** The event does not apply to this device. Value {@value}. */
  public static final int EVENT_NOT_APPLICABLE = 252;

  /** The event was rejected as invalid. Value {@value}. */
  public static final int EVENT_INVALID = 253;

  /** The event had already expired when received. Value {@value}. */
  public static final int EVENT_EXPIRED = 254;

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "createdDateTime")
  private final Instant createdDateTime;

  @JacksonXmlProperty(localName = "endDeviceLFDI")
  private final Lfdi endDeviceLfdi;

  @JacksonXmlProperty(localName = "status")
  private final Integer status;

  @JacksonXmlProperty(localName = "subject")
  private final Mrid subject;

  private Response(Builder b) {
    this.href = b.href;
    this.createdDateTime = b.createdDateTime;
    this.endDeviceLfdi = b.endDeviceLfdi;
    this.status = b.status;
    this.subject = b.subject;
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

  /** Returns when the response was created, or empty when absent. */
  public Optional<Instant> createdDateTime() {
    return Optional.ofNullable(createdDateTime);
  }

  /** Returns the LFDI of the responding device. */
  public Lfdi endDeviceLfdi() {
    return endDeviceLfdi;
  }

  /** Returns what happened: see the constants of this class, or empty when absent. */
  public OptionalInt status() {
    return status == null ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /** Returns the mRID of the event responded to. */
  public Mrid subject() {
    return subject;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Response o
        && Objects.equals(href, o.href)
        && Objects.equals(createdDateTime, o.createdDateTime)
        && Objects.equals(endDeviceLfdi, o.endDeviceLfdi)
        && Objects.equals(status, o.status)
        && Objects.equals(subject, o.subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(href, createdDateTime, endDeviceLfdi, status, subject);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "Response[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (createdDateTime != null) {
      s.add("createdDateTime=" + createdDateTime);
    }
    if (endDeviceLfdi != null) {
      s.add("endDeviceLFDI=" + endDeviceLfdi);
    }
    if (status != null) {
      s.add("status=" + status);
    }
    if (subject != null) {
      s.add("subject=" + subject);
    }
    return s.toString();
  }

  /** Builds a {@link Response}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Instant createdDateTime;
    private Lfdi endDeviceLfdi;
    private Integer status;
    private Mrid subject;

    private Builder() {}

    private Builder(Response v) {
      this.href = v.href;
      this.createdDateTime = v.createdDateTime;
      this.endDeviceLfdi = v.endDeviceLfdi;
      this.status = v.status;
      this.subject = v.subject;
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
     * When the response was created. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "createdDateTime")
    public Builder createdDateTime(Instant value) {
      this.createdDateTime = value == null ? null : Ranges.time("createdDateTime", value);
      return this;
    }

    /**
     * The LFDI of the responding device. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JacksonXmlProperty(localName = "endDeviceLFDI")
    public Builder endDeviceLfdi(Lfdi value) {
      Objects.requireNonNull(value, "endDeviceLFDI");
      this.endDeviceLfdi = value;
      return this;
    }

    /**
     * What happened: see the constants of this class. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "status")
    public Builder status(Integer value) {
      this.status = value == null ? null : Ranges.uint8("status", value);
      return this;
    }

    /**
     * The mRID of the event responded to. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JacksonXmlProperty(localName = "subject")
    public Builder subject(Mrid value) {
      Objects.requireNonNull(value, "subject");
      this.subject = value;
      return this;
    }

    /**
     * Returns the Response.
     *
     * @throws IllegalStateException if a required element is missing ({@code endDeviceLFDI}, {@code
     *     subject})
     */
    public Response build() {
      Required.present("Response", "endDeviceLFDI", endDeviceLfdi);
      Required.present("Response", "subject", subject);
      return new Response(this);
    }
  }
}
