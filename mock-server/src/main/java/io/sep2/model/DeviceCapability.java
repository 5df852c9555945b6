package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * The entry point of a 2030.5 server: the one resource a client finds by configuration or DNS-SD
 * ({@code /dcap}), holding links to everything else it may use (time, its EndDevice, DER programs,
 * mirror usage points...).
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "DeviceCapability")
@JsonPropertyOrder({
  "href",
  "pollRate",
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
  "EndDeviceListLink",
  "MirrorUsagePointListLink",
  "SelfDeviceLink"
})
@JsonDeserialize(builder = DeviceCapability.Builder.class)
public final class DeviceCapability implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "pollRate", isAttribute = true)
  private final Long pollRate;

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

  @JacksonXmlProperty(localName = "EndDeviceListLink")
  private final ListLink endDeviceListLink;

  @JacksonXmlProperty(localName = "MirrorUsagePointListLink")
  private final ListLink mirrorUsagePointListLink;

  @JacksonXmlProperty(localName = "SelfDeviceLink")
  private final Link selfDeviceLink;

  private DeviceCapability(Builder b) {
    this.href = b.href;
    this.pollRate = b.pollRate;
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
    this.endDeviceListLink = b.endDeviceListLink;
    this.mirrorUsagePointListLink = b.mirrorUsagePointListLink;
    this.selfDeviceLink = b.selfDeviceLink;
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
   * Returns how often, in seconds, a client should poll this resource; absent means the schema
   * default of 900, or empty when absent.
   */
  public OptionalLong pollRate() {
    return pollRate == null ? OptionalLong.empty() : OptionalLong.of(pollRate);
  }

  /** Returns link to the {@code CustomerAccountList} resource, or empty when absent. */
  public Optional<ListLink> customerAccountListLink() {
    return Optional.ofNullable(customerAccountListLink);
  }

  /** Returns link to the {@code DemandResponseProgramList} resource, or empty when absent. */
  public Optional<ListLink> demandResponseProgramListLink() {
    return Optional.ofNullable(demandResponseProgramListLink);
  }

  /** Returns the DER programs that apply to every device, or empty when absent. */
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

  /** Returns where clients post responses to events, or empty when absent. */
  public Optional<ListLink> responseSetListLink() {
    return Optional.ofNullable(responseSetListLink);
  }

  /** Returns link to the {@code TariffProfileList} resource, or empty when absent. */
  public Optional<ListLink> tariffProfileListLink() {
    return Optional.ofNullable(tariffProfileListLink);
  }

  /** Returns the server's clock, or empty when absent. */
  public Optional<Link> timeLink() {
    return Optional.ofNullable(timeLink);
  }

  /** Returns link to the {@code UsagePointList} resource, or empty when absent. */
  public Optional<ListLink> usagePointListLink() {
    return Optional.ofNullable(usagePointListLink);
  }

  /** Returns the EndDevices (clients) registered with the server, or empty when absent. */
  public Optional<ListLink> endDeviceListLink() {
    return Optional.ofNullable(endDeviceListLink);
  }

  /** Returns where clients post their meter readings, or empty when absent. */
  public Optional<ListLink> mirrorUsagePointListLink() {
    return Optional.ofNullable(mirrorUsagePointListLink);
  }

  /** Returns the server's own device description, or empty when absent. */
  public Optional<Link> selfDeviceLink() {
    return Optional.ofNullable(selfDeviceLink);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DeviceCapability o
        && Objects.equals(href, o.href)
        && Objects.equals(pollRate, o.pollRate)
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
        && Objects.equals(endDeviceListLink, o.endDeviceListLink)
        && Objects.equals(mirrorUsagePointListLink, o.mirrorUsagePointListLink)
        && Objects.equals(selfDeviceLink, o.selfDeviceLink);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        pollRate,
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
        endDeviceListLink,
        mirrorUsagePointListLink,
        selfDeviceLink);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "DeviceCapability[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (pollRate != null) {
      s.add("pollRate=" + pollRate);
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
    if (endDeviceListLink != null) {
      s.add("EndDeviceListLink=" + endDeviceListLink);
    }
    if (mirrorUsagePointListLink != null) {
      s.add("MirrorUsagePointListLink=" + mirrorUsagePointListLink);
    }
    if (selfDeviceLink != null) {
      s.add("SelfDeviceLink=" + selfDeviceLink);
    }
    return s.toString();
  }

  /** Builds a {@link DeviceCapability}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Long pollRate;
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
    private ListLink endDeviceListLink;
    private ListLink mirrorUsagePointListLink;
    private Link selfDeviceLink;

    private Builder() {}

    private Builder(DeviceCapability v) {
      this.href = v.href;
      this.pollRate = v.pollRate;
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
      this.endDeviceListLink = v.endDeviceListLink;
      this.mirrorUsagePointListLink = v.mirrorUsagePointListLink;
      this.selfDeviceLink = v.selfDeviceLink;
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
     * How often, in seconds, a client should poll this resource; absent means the schema default of
     * 900. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "pollRate", isAttribute = true)
    public Builder pollRate(Long value) {
      this.pollRate = value == null ? null : Ranges.uint32("pollRate", value);
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

    /** The DER programs that apply to every device. Default: absent; {@code null} removes it. */
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

    /** Where clients post responses to events. Default: absent; {@code null} removes it. */
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

    /** The server's clock. Default: absent; {@code null} removes it. */
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
     * The EndDevices (clients) registered with the server. Default: absent; {@code null} removes
     * it.
     */
    @JacksonXmlProperty(localName = "EndDeviceListLink")
    public Builder endDeviceListLink(ListLink value) {
      this.endDeviceListLink = value;
      return this;
    }

    /** Where clients post their meter readings. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "MirrorUsagePointListLink")
    public Builder mirrorUsagePointListLink(ListLink value) {
      this.mirrorUsagePointListLink = value;
      return this;
    }

    /** The server's own device description. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "SelfDeviceLink")
    public Builder selfDeviceLink(Link value) {
      this.selfDeviceLink = value;
      return this;
    }

    /** Returns the DeviceCapability. */
    public DeviceCapability build() {
      return new DeviceCapability(this);
    }
  }
}
