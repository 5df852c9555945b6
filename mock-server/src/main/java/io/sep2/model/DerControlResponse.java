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
 * A client's response to a DERControl event; the same content as {@link Response}, under its own
 * element name.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "DERControlResponse")
@JsonPropertyOrder({"href", "createdDateTime", "endDeviceLFDI", "status", "subject"})
@JsonDeserialize(builder = DerControlResponse.Builder.class)
public final class DerControlResponse implements Resource {

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

  private DerControlResponse(Builder b) {
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

  /** Returns what happened: see the constants of {@link Response}, or empty when absent. */
  public OptionalInt status() {
    return status == null ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /** Returns the mRID of the DERControl responded to. */
  public Mrid subject() {
    return subject;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DerControlResponse o
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
    StringJoiner s = new StringJoiner(", ", "DerControlResponse[", "]");
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

  /** Builds a {@link DerControlResponse}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Instant createdDateTime;
    private Lfdi endDeviceLfdi;
    private Integer status;
    private Mrid subject;

    private Builder() {}

    private Builder(DerControlResponse v) {
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
     * What happened: see the constants of {@link Response}. Default: absent; {@code null} removes
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "status")
    public Builder status(Integer value) {
      this.status = value == null ? null : Ranges.uint8("status", value);
      return this;
    }

    /**
     * The mRID of the DERControl responded to. Required: {@link #build()} fails without it.
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
     * Returns the DerControlResponse.
     *
     * @throws IllegalStateException if a required element is missing ({@code endDeviceLFDI}, {@code
     *     subject})
     */
    public DerControlResponse build() {
      Required.present("DERControlResponse", "endDeviceLFDI", endDeviceLfdi);
      Required.present("DERControlResponse", "subject", subject);
      return new DerControlResponse(this);
    }
  }
}
