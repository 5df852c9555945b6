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
 * A DER program: a series of DER controls from one source (e.g. the network operator) with a
 * primacy; when programs conflict, the lower primacy value wins. It links to its controls, its
 * default control and its curves.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "DERProgram")
@JsonPropertyOrder({
  "href",
  "subscribable",
  "mRID",
  "description",
  "version",
  "ActiveDERControlListLink",
  "DefaultDERControlLink",
  "DERControlListLink",
  "DERCurveListLink",
  "primacy"
})
@JsonDeserialize(builder = DerProgram.Builder.class)
public final class DerProgram implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "subscribable", isAttribute = true)
  private final Integer subscribable;

  @JacksonXmlProperty(localName = "mRID")
  private final Mrid mrid;

  @JacksonXmlProperty(localName = "description")
  private final String description;

  @JacksonXmlProperty(localName = "version")
  private final Integer version;

  @JacksonXmlProperty(localName = "ActiveDERControlListLink")
  private final ListLink activeDerControlListLink;

  @JacksonXmlProperty(localName = "DefaultDERControlLink")
  private final Link defaultDerControlLink;

  @JacksonXmlProperty(localName = "DERControlListLink")
  private final ListLink derControlListLink;

  @JacksonXmlProperty(localName = "DERCurveListLink")
  private final ListLink derCurveListLink;

  @JacksonXmlProperty(localName = "primacy")
  private final Integer primacy;

  private DerProgram(Builder b) {
    this.href = b.href;
    this.subscribable = b.subscribable;
    this.mrid = b.mrid;
    this.description = b.description;
    this.version = b.version;
    this.activeDerControlListLink = b.activeDerControlListLink;
    this.defaultDerControlLink = b.defaultDerControlLink;
    this.derControlListLink = b.derControlListLink;
    this.derCurveListLink = b.derCurveListLink;
    this.primacy = b.primacy;
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

  /** Returns the controls active now, or empty when absent. */
  public Optional<ListLink> activeDerControlListLink() {
    return Optional.ofNullable(activeDerControlListLink);
  }

  /** Returns the control that applies when no event is active, or empty when absent. */
  public Optional<Link> defaultDerControlLink() {
    return Optional.ofNullable(defaultDerControlLink);
  }

  /** Returns all controls of the program, or empty when absent. */
  public Optional<ListLink> derControlListLink() {
    return Optional.ofNullable(derControlListLink);
  }

  /** Returns the curves the controls refer to, or empty when absent. */
  public Optional<ListLink> derCurveListLink() {
    return Optional.ofNullable(derCurveListLink);
  }

  /** Returns the program's priority: lower values take precedence (PrimacyType). */
  public int primacy() {
    return primacy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DerProgram o
        && Objects.equals(href, o.href)
        && Objects.equals(subscribable, o.subscribable)
        && Objects.equals(mrid, o.mrid)
        && Objects.equals(description, o.description)
        && Objects.equals(version, o.version)
        && Objects.equals(activeDerControlListLink, o.activeDerControlListLink)
        && Objects.equals(defaultDerControlLink, o.defaultDerControlLink)
        && Objects.equals(derControlListLink, o.derControlListLink)
        && Objects.equals(derCurveListLink, o.derCurveListLink)
        && Objects.equals(primacy, o.primacy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        subscribable,
        mrid,
        description,
        version,
        activeDerControlListLink,
        defaultDerControlLink,
        derControlListLink,
        derCurveListLink,
        primacy);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "DerProgram[", "]");
    if (href != null) {
      s.add("href=" + href);
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
    if (activeDerControlListLink != null) {
      s.add("ActiveDERControlListLink=" + activeDerControlListLink);
    }
    if (defaultDerControlLink != null) {
      s.add("DefaultDERControlLink=" + defaultDerControlLink);
    }
    if (derControlListLink != null) {
      s.add("DERControlListLink=" + derControlListLink);
    }
    if (derCurveListLink != null) {
      s.add("DERCurveListLink=" + derCurveListLink);
    }
    if (primacy != null) {
      s.add("primacy=" + primacy);
    }
    return s.toString();
  }

  /** Builds a {@link DerProgram}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Integer subscribable;
    private Mrid mrid;
    private String description;
    private Integer version;
    private ListLink activeDerControlListLink;
    private Link defaultDerControlLink;
    private ListLink derControlListLink;
    private ListLink derCurveListLink;
    private Integer primacy;

    private Builder() {}

    private Builder(DerProgram v) {
      this.href = v.href;
      this.subscribable = v.subscribable;
      this.mrid = v.mrid;
      this.description = v.description;
      this.version = v.version;
      this.activeDerControlListLink = v.activeDerControlListLink;
      this.defaultDerControlLink = v.defaultDerControlLink;
      this.derControlListLink = v.derControlListLink;
      this.derCurveListLink = v.derCurveListLink;
      this.primacy = v.primacy;
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

    /** The controls active now. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "ActiveDERControlListLink")
    public Builder activeDerControlListLink(ListLink value) {
      this.activeDerControlListLink = value;
      return this;
    }

    /**
     * The control that applies when no event is active. Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "DefaultDERControlLink")
    public Builder defaultDerControlLink(Link value) {
      this.defaultDerControlLink = value;
      return this;
    }

    /** All controls of the program. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "DERControlListLink")
    public Builder derControlListLink(ListLink value) {
      this.derControlListLink = value;
      return this;
    }

    /** The curves the controls refer to. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "DERCurveListLink")
    public Builder derCurveListLink(ListLink value) {
      this.derCurveListLink = value;
      return this;
    }

    /**
     * The program's priority: lower values take precedence (PrimacyType). Required: {@link
     * #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "primacy")
    public Builder primacy(int value) {
      this.primacy = Ranges.uint8("primacy", value);
      return this;
    }

    /**
     * Returns the DerProgram.
     *
     * @throws IllegalStateException if a required element is missing ({@code mRID}, {@code
     *     primacy})
     */
    public DerProgram build() {
      Required.present("DERProgram", "mRID", mrid);
      Required.present("DERProgram", "primacy", primacy);
      return new DerProgram(this);
    }
  }
}
