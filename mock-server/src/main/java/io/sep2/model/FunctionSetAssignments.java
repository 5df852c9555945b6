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
 * A group of function set instances (DER programs, response sets, time...) that the server assigns
 * to an EndDevice. Note the schema order: the links come before mRID.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "FunctionSetAssignments")
@JsonPropertyOrder({
  "href",
  "CustomerAccountListLink",
  "DemandResponseProgramListLink",
  "DERProgramListLink",
  "FileListLink",
  "MessagingProgramListLink",
  "PrepaymentListLink",
  "ResponseSetListLink",
  "TariffProfileListLink",
  "TimeLink",
  "UsagePointListLink",
  "subscribable",
  "mRID",
  "description",
  "version"
})
@JsonDeserialize(builder = FunctionSetAssignments.Builder.class)
public final class FunctionSetAssignments implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "CustomerAccountListLink")
  private final ListLink customerAccountListLink;

  @JacksonXmlProperty(localName = "DemandResponseProgramListLink")
  private final ListLink demandResponseProgramListLink;

  @JacksonXmlProperty(localName = "DERProgramListLink")
  private final ListLink derProgramListLink;

  @JacksonXmlProperty(localName = "FileListLink")
  private final ListLink fileListLink;

  @JacksonXmlProperty(localName = "MessagingProgramListLink")
  private final ListLink messagingProgramListLink;

  @JacksonXmlProperty(localName = "PrepaymentListLink")
  private final ListLink prepaymentListLink;

  @JacksonXmlProperty(localName = "ResponseSetListLink")
  private final ListLink responseSetListLink;

  @JacksonXmlProperty(localName = "TariffProfileListLink")
  private final ListLink tariffProfileListLink;

  @JacksonXmlProperty(localName = "TimeLink")
  private final Link timeLink;

  @JacksonXmlProperty(localName = "UsagePointListLink")
  private final ListLink usagePointListLink;

  @JacksonXmlProperty(localName = "subscribable", isAttribute = true)
  private final Integer subscribable;

  @JacksonXmlProperty(localName = "mRID")
  private final Mrid mrid;

  @JacksonXmlProperty(localName = "description")
  private final String description;

  @JacksonXmlProperty(localName = "version")
  private final Integer version;

  private FunctionSetAssignments(Builder b) {
    this.href = b.href;
    this.customerAccountListLink = b.customerAccountListLink;
    this.demandResponseProgramListLink = b.demandResponseProgramListLink;
    this.derProgramListLink = b.derProgramListLink;
    this.fileListLink = b.fileListLink;
    this.messagingProgramListLink = b.messagingProgramListLink;
    this.prepaymentListLink = b.prepaymentListLink;
    this.responseSetListLink = b.responseSetListLink;
    this.tariffProfileListLink = b.tariffProfileListLink;
    this.timeLink = b.timeLink;
    this.usagePointListLink = b.usagePointListLink;
    this.subscribable = b.subscribable;
    this.mrid = b.mrid;
    this.description = b.description;
    this.version = b.version;
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

  /** Returns link to the {@code CustomerAccountList} resource, or empty when absent. */
  public Optional<ListLink> customerAccountListLink() {
    return Optional.ofNullable(customerAccountListLink);
  }

  /** Returns link to the {@code DemandResponseProgramList} resource, or empty when absent. */
  public Optional<ListLink> demandResponseProgramListLink() {
    return Optional.ofNullable(demandResponseProgramListLink);
  }

  /** Returns the DER programs of this assignment, or empty when absent. */
  public Optional<ListLink> derProgramListLink() {
    return Optional.ofNullable(derProgramListLink);
  }

  /** Returns link to the {@code FileList} resource, or empty when absent. */
  public Optional<ListLink> fileListLink() {
    return Optional.ofNullable(fileListLink);
  }

  /** Returns link to the {@code MessagingProgramList} resource, or empty when absent. */
  public Optional<ListLink> messagingProgramListLink() {
    return Optional.ofNullable(messagingProgramListLink);
  }

  /** Returns link to the {@code PrepaymentList} resource, or empty when absent. */
  public Optional<ListLink> prepaymentListLink() {
    return Optional.ofNullable(prepaymentListLink);
  }

  /** Returns link to the {@code ResponseSetList} resource, or empty when absent. */
  public Optional<ListLink> responseSetListLink() {
    return Optional.ofNullable(responseSetListLink);
  }

  /** Returns link to the {@code TariffProfileList} resource, or empty when absent. */
  public Optional<ListLink> tariffProfileListLink() {
    return Optional.ofNullable(tariffProfileListLink);
  }

  /** Returns link to the {@code Time} resource, or empty when absent. */
  public Optional<Link> timeLink() {
    return Optional.ofNullable(timeLink);
  }

  /** Returns link to the {@code UsagePointList} resource, or empty when absent. */
  public Optional<ListLink> usagePointListLink() {
    return Optional.ofNullable(usagePointListLink);
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

  /** Returns revision number of this resource, increased on each change, or empty when absent. */
  public OptionalInt version() {
    return version == null ? OptionalInt.empty() : OptionalInt.of(version);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FunctionSetAssignments o
        && Objects.equals(href, o.href)
        && Objects.equals(customerAccountListLink, o.customerAccountListLink)
        && Objects.equals(demandResponseProgramListLink, o.demandResponseProgramListLink)
        && Objects.equals(derProgramListLink, o.derProgramListLink)
        && Objects.equals(fileListLink, o.fileListLink)
        && Objects.equals(messagingProgramListLink, o.messagingProgramListLink)
        && Objects.equals(prepaymentListLink, o.prepaymentListLink)
        && Objects.equals(responseSetListLink, o.responseSetListLink)
        && Objects.equals(tariffProfileListLink, o.tariffProfileListLink)
        && Objects.equals(timeLink, o.timeLink)
        && Objects.equals(usagePointListLink, o.usagePointListLink)
        && Objects.equals(subscribable, o.subscribable)
        && Objects.equals(mrid, o.mrid)
        && Objects.equals(description, o.description)
        && Objects.equals(version, o.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        customerAccountListLink,
        demandResponseProgramListLink,
        derProgramListLink,
        fileListLink,
        messagingProgramListLink,
        prepaymentListLink,
        responseSetListLink,
        tariffProfileListLink,
        timeLink,
        usagePointListLink,
        subscribable,
        mrid,
        description,
        version);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "FunctionSetAssignments[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (customerAccountListLink != null) {
      s.add("CustomerAccountListLink=" + customerAccountListLink);
    }
    if (demandResponseProgramListLink != null) {
      s.add("DemandResponseProgramListLink=" + demandResponseProgramListLink);
    }
    if (derProgramListLink != null) {
      s.add("DERProgramListLink=" + derProgramListLink);
    }
    if (fileListLink != null) {
      s.add("FileListLink=" + fileListLink);
    }
    if (messagingProgramListLink != null) {
      s.add("MessagingProgramListLink=" + messagingProgramListLink);
    }
    if (prepaymentListLink != null) {
      s.add("PrepaymentListLink=" + prepaymentListLink);
    }
    if (responseSetListLink != null) {
      s.add("ResponseSetListLink=" + responseSetListLink);
    }
    if (tariffProfileListLink != null) {
      s.add("TariffProfileListLink=" + tariffProfileListLink);
    }
    if (timeLink != null) {
      s.add("TimeLink=" + timeLink);
    }
    if (usagePointListLink != null) {
      s.add("UsagePointListLink=" + usagePointListLink);
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
    return s.toString();
  }

  /** Builds a {@link FunctionSetAssignments}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private ListLink customerAccountListLink;
    private ListLink demandResponseProgramListLink;
    private ListLink derProgramListLink;
    private ListLink fileListLink;
    private ListLink messagingProgramListLink;
    private ListLink prepaymentListLink;
    private ListLink responseSetListLink;
    private ListLink tariffProfileListLink;
    private Link timeLink;
    private ListLink usagePointListLink;
    private Integer subscribable;
    private Mrid mrid;
    private String description;
    private Integer version;

    private Builder() {}

    private Builder(FunctionSetAssignments v) {
      this.href = v.href;
      this.customerAccountListLink = v.customerAccountListLink;
      this.demandResponseProgramListLink = v.demandResponseProgramListLink;
      this.derProgramListLink = v.derProgramListLink;
      this.fileListLink = v.fileListLink;
      this.messagingProgramListLink = v.messagingProgramListLink;
      this.prepaymentListLink = v.prepaymentListLink;
      this.responseSetListLink = v.responseSetListLink;
      this.tariffProfileListLink = v.tariffProfileListLink;
      this.timeLink = v.timeLink;
      this.usagePointListLink = v.usagePointListLink;
      this.subscribable = v.subscribable;
      this.mrid = v.mrid;
      this.description = v.description;
      this.version = v.version;
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
     * Link to the {@code CustomerAccountList} resource. Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "CustomerAccountListLink")
    public Builder customerAccountListLink(ListLink value) {
      this.customerAccountListLink = value;
      return this;
    }

    /**
     * Link to the {@code DemandResponseProgramList} resource. Default: absent; {@code null} removes
     * it.
     */
    @JacksonXmlProperty(localName = "DemandResponseProgramListLink")
    public Builder demandResponseProgramListLink(ListLink value) {
      this.demandResponseProgramListLink = value;
      return this;
    }

    /** The DER programs of this assignment. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "DERProgramListLink")
    public Builder derProgramListLink(ListLink value) {
      this.derProgramListLink = value;
      return this;
    }

    /** Link to the {@code FileList} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "FileListLink")
    public Builder fileListLink(ListLink value) {
      this.fileListLink = value;
      return this;
    }

    /**
     * Link to the {@code MessagingProgramList} resource. Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "MessagingProgramListLink")
    public Builder messagingProgramListLink(ListLink value) {
      this.messagingProgramListLink = value;
      return this;
    }

    /** Link to the {@code PrepaymentList} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "PrepaymentListLink")
    public Builder prepaymentListLink(ListLink value) {
      this.prepaymentListLink = value;
      return this;
    }

    /** Link to the {@code ResponseSetList} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "ResponseSetListLink")
    public Builder responseSetListLink(ListLink value) {
      this.responseSetListLink = value;
      return this;
    }

    /** Link to the {@code TariffProfileList} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "TariffProfileListLink")
    public Builder tariffProfileListLink(ListLink value) {
      this.tariffProfileListLink = value;
      return this;
    }

    /** Link to the {@code Time} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "TimeLink")
    public Builder timeLink(Link value) {
      this.timeLink = value;
      return this;
    }

    /** Link to the {@code UsagePointList} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "UsagePointListLink")
    public Builder usagePointListLink(ListLink value) {
      this.usagePointListLink = value;
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
     * Revision number of this resource, increased on each change. Default: absent; {@code null}
     * removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "version")
    public Builder version(Integer value) {
      this.version = value == null ? null : Ranges.uint16("version", value);
      return this;
    }

    /**
     * Returns the FunctionSetAssignments.
     *
     * @throws IllegalStateException if a required element is missing ({@code mRID})
     */
    public FunctionSetAssignments build() {
      Required.present("FunctionSetAssignments", "mRID", mrid);
      return new FunctionSetAssignments(this);
    }
  }
}
