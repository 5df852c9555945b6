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
 * A distributed energy resource (inverter, battery, EV charger) of an EndDevice, with links to what
 * it can do (DERCapability), how it is set up (DERSettings), how it is (DERStatus) and what it can
 * offer (DERAvailability).
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "DER")
@JsonPropertyOrder({
  "href",
  "subscribable",
  "AssociatedDERProgramListLink",
  "AssociatedUsagePointLink",
  "CurrentDERProgramLink",
  "DERAvailabilityLink",
  "DERCapabilityLink",
  "DERSettingsLink",
  "DERStatusLink"
})
@JsonDeserialize(builder = Der.Builder.class)
public final class Der implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "subscribable", isAttribute = true)
  private final Integer subscribable;

  @JacksonXmlProperty(localName = "AssociatedDERProgramListLink")
  private final ListLink associatedDerProgramListLink;

  @JacksonXmlProperty(localName = "AssociatedUsagePointLink")
  private final Link associatedUsagePointLink;

  @JacksonXmlProperty(localName = "CurrentDERProgramLink")
  private final Link currentDerProgramLink;

  @JacksonXmlProperty(localName = "DERAvailabilityLink")
  private final Link derAvailabilityLink;

  @JacksonXmlProperty(localName = "DERCapabilityLink")
  private final Link derCapabilityLink;

  @JacksonXmlProperty(localName = "DERSettingsLink")
  private final Link derSettingsLink;

  @JacksonXmlProperty(localName = "DERStatusLink")
  private final Link derStatusLink;

  private Der(Builder b) {
    this.href = b.href;
    this.subscribable = b.subscribable;
    this.associatedDerProgramListLink = b.associatedDerProgramListLink;
    this.associatedUsagePointLink = b.associatedUsagePointLink;
    this.currentDerProgramLink = b.currentDerProgramLink;
    this.derAvailabilityLink = b.derAvailabilityLink;
    this.derCapabilityLink = b.derCapabilityLink;
    this.derSettingsLink = b.derSettingsLink;
    this.derStatusLink = b.derStatusLink;
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

  /** Returns link to the {@code AssociatedDERProgramList} resource, or empty when absent. */
  public Optional<ListLink> associatedDerProgramListLink() {
    return Optional.ofNullable(associatedDerProgramListLink);
  }

  /** Returns link to the {@code AssociatedUsagePoint} resource, or empty when absent. */
  public Optional<Link> associatedUsagePointLink() {
    return Optional.ofNullable(associatedUsagePointLink);
  }

  /** Returns link to the {@code CurrentDERProgram} resource, or empty when absent. */
  public Optional<Link> currentDerProgramLink() {
    return Optional.ofNullable(currentDerProgramLink);
  }

  /** Returns link to the {@code DERAvailability} resource, or empty when absent. */
  public Optional<Link> derAvailabilityLink() {
    return Optional.ofNullable(derAvailabilityLink);
  }

  /** Returns link to the {@code DERCapability} resource, or empty when absent. */
  public Optional<Link> derCapabilityLink() {
    return Optional.ofNullable(derCapabilityLink);
  }

  /** Returns link to the {@code DERSettings} resource, or empty when absent. */
  public Optional<Link> derSettingsLink() {
    return Optional.ofNullable(derSettingsLink);
  }

  /** Returns link to the {@code DERStatus} resource, or empty when absent. */
  public Optional<Link> derStatusLink() {
    return Optional.ofNullable(derStatusLink);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Der o
        && Objects.equals(href, o.href)
        && Objects.equals(subscribable, o.subscribable)
        && Objects.equals(associatedDerProgramListLink, o.associatedDerProgramListLink)
        && Objects.equals(associatedUsagePointLink, o.associatedUsagePointLink)
        && Objects.equals(currentDerProgramLink, o.currentDerProgramLink)
        && Objects.equals(derAvailabilityLink, o.derAvailabilityLink)
        && Objects.equals(derCapabilityLink, o.derCapabilityLink)
        && Objects.equals(derSettingsLink, o.derSettingsLink)
        && Objects.equals(derStatusLink, o.derStatusLink);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        subscribable,
        associatedDerProgramListLink,
        associatedUsagePointLink,
        currentDerProgramLink,
        derAvailabilityLink,
        derCapabilityLink,
        derSettingsLink,
        derStatusLink);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "Der[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (subscribable != null) {
      s.add("subscribable=" + subscribable);
    }
    if (associatedDerProgramListLink != null) {
      s.add("AssociatedDERProgramListLink=" + associatedDerProgramListLink);
    }
    if (associatedUsagePointLink != null) {
      s.add("AssociatedUsagePointLink=" + associatedUsagePointLink);
    }
    if (currentDerProgramLink != null) {
      s.add("CurrentDERProgramLink=" + currentDerProgramLink);
    }
    if (derAvailabilityLink != null) {
      s.add("DERAvailabilityLink=" + derAvailabilityLink);
    }
    if (derCapabilityLink != null) {
      s.add("DERCapabilityLink=" + derCapabilityLink);
    }
    if (derSettingsLink != null) {
      s.add("DERSettingsLink=" + derSettingsLink);
    }
    if (derStatusLink != null) {
      s.add("DERStatusLink=" + derStatusLink);
    }
    return s.toString();
  }

  /** Builds a {@link Der}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Integer subscribable;
    private ListLink associatedDerProgramListLink;
    private Link associatedUsagePointLink;
    private Link currentDerProgramLink;
    private Link derAvailabilityLink;
    private Link derCapabilityLink;
    private Link derSettingsLink;
    private Link derStatusLink;

    private Builder() {}

    private Builder(Der v) {
      this.href = v.href;
      this.subscribable = v.subscribable;
      this.associatedDerProgramListLink = v.associatedDerProgramListLink;
      this.associatedUsagePointLink = v.associatedUsagePointLink;
      this.currentDerProgramLink = v.currentDerProgramLink;
      this.derAvailabilityLink = v.derAvailabilityLink;
      this.derCapabilityLink = v.derCapabilityLink;
      this.derSettingsLink = v.derSettingsLink;
      this.derStatusLink = v.derStatusLink;
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
     * Link to the {@code AssociatedDERProgramList} resource. Default: absent; {@code null} removes
     * it.
     */
    @JacksonXmlProperty(localName = "AssociatedDERProgramListLink")
    public Builder associatedDerProgramListLink(ListLink value) {
      this.associatedDerProgramListLink = value;
      return this;
    }

    /**
     * Link to the {@code AssociatedUsagePoint} resource. Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "AssociatedUsagePointLink")
    public Builder associatedUsagePointLink(Link value) {
      this.associatedUsagePointLink = value;
      return this;
    }

    /** Link to the {@code CurrentDERProgram} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "CurrentDERProgramLink")
    public Builder currentDerProgramLink(Link value) {
      this.currentDerProgramLink = value;
      return this;
    }

    /** Link to the {@code DERAvailability} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "DERAvailabilityLink")
    public Builder derAvailabilityLink(Link value) {
      this.derAvailabilityLink = value;
      return this;
    }

    /** Link to the {@code DERCapability} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "DERCapabilityLink")
    public Builder derCapabilityLink(Link value) {
      this.derCapabilityLink = value;
      return this;
    }

    /** Link to the {@code DERSettings} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "DERSettingsLink")
    public Builder derSettingsLink(Link value) {
      this.derSettingsLink = value;
      return this;
    }

    /** Link to the {@code DERStatus} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "DERStatusLink")
    public Builder derStatusLink(Link value) {
      this.derStatusLink = value;
      return this;
    }

    /** Returns the Der. */
    public Der build() {
      return new Der(this);
    }
  }
}
