package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;

/**
 * A place to post responses to events, linking to its ResponseList.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "ResponseSet")
@JsonPropertyOrder({"href", "mRID", "description", "version", "ResponseListLink"})
@JsonDeserialize(builder = ResponseSet.Builder.class)
public final class ResponseSet implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "mRID")
  private final Mrid mrid;

  @JacksonXmlProperty(localName = "description")
  private final String description;

  @JacksonXmlProperty(localName = "version")
  private final Integer version;

  @JacksonXmlProperty(localName = "ResponseListLink")
  private final ListLink responseListLink;

  private ResponseSet(Builder b) {
    this.href = b.href;
    this.mrid = b.mrid;
    this.description = b.description;
    this.version = b.version;
    this.responseListLink = b.responseListLink;
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

  /** Returns the globally unique id of this resource. */
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

  /** Returns link to the {@code ResponseList} resource, or empty when absent. */
  public Optional<ListLink> responseListLink() {
    return Optional.ofNullable(responseListLink);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResponseSet o
        && Objects.equals(href, o.href)
        && Objects.equals(mrid, o.mrid)
        && Objects.equals(description, o.description)
        && Objects.equals(version, o.version)
        && Objects.equals(responseListLink, o.responseListLink);
  }

  @Override
  public int hashCode() {
    return Objects.hash(href, mrid, description, version, responseListLink);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "ResponseSet[", "]");
    if (href != null) {
      s.add("href=" + href);
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
    if (responseListLink != null) {
      s.add("ResponseListLink=" + responseListLink);
    }
    return s.toString();
  }

  /** Builds a {@link ResponseSet}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Mrid mrid;
    private String description;
    private Integer version;
    private ListLink responseListLink;

    private Builder() {}

    private Builder(ResponseSet v) {
      this.href = v.href;
      this.mrid = v.mrid;
      this.description = v.description;
      this.version = v.version;
      this.responseListLink = v.responseListLink;
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
     * The globally unique id of this resource. Required: {@link #build()} fails without it.
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

    /** Link to the {@code ResponseList} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "ResponseListLink")
    public Builder responseListLink(ListLink value) {
      this.responseListLink = value;
      return this;
    }

    /**
     * Returns the ResponseSet.
     *
     * @throws IllegalStateException if a required element is missing ({@code mRID})
     */
    public ResponseSet build() {
      Required.present("ResponseSet", "mRID", mrid);
      return new ResponseSet(this);
    }
  }
}
