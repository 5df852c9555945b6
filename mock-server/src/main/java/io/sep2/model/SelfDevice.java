package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * The server's description of itself as a device (its LFDI, SFDI and links to its device
 * information).
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "SelfDevice")
@JsonPropertyOrder({
  "href",
  "subscribable",
  "ConfigurationLink",
  "DERListLink",
  "deviceCategory",
  "DeviceInformationLink",
  "DeviceStatusLink",
  "FileStatusLink",
  "IPInterfaceListLink",
  "lFDI",
  "LoadShedAvailabilityListLink",
  "LogEventListLink",
  "PowerStatusLink",
  "sFDI",
  "pollRate"
})
@JsonDeserialize(builder = SelfDevice.Builder.class)
public final class SelfDevice implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "subscribable", isAttribute = true)
  private final Integer subscribable;

  @JacksonXmlProperty(localName = "ConfigurationLink")
  private final Link configurationLink;

  @JacksonXmlProperty(localName = "DERListLink")
  private final ListLink derListLink;

  @JacksonXmlProperty(localName = "deviceCategory")
  @JsonSerialize(using = HexBinary.Hex32Serializer.class)
  private final Long deviceCategory;

  @JacksonXmlProperty(localName = "DeviceInformationLink")
  private final Link deviceInformationLink;

  @JacksonXmlProperty(localName = "DeviceStatusLink")
  private final Link deviceStatusLink;

  @JacksonXmlProperty(localName = "FileStatusLink")
  private final Link fileStatusLink;

  @JacksonXmlProperty(localName = "IPInterfaceListLink")
  private final ListLink ipInterfaceListLink;

  @JacksonXmlProperty(localName = "lFDI")
  private final Lfdi lfdi;

  @JacksonXmlProperty(localName = "LoadShedAvailabilityListLink")
  private final ListLink loadShedAvailabilityListLink;

  @JacksonXmlProperty(localName = "LogEventListLink")
  private final ListLink logEventListLink;

  @JacksonXmlProperty(localName = "PowerStatusLink")
  private final Link powerStatusLink;

  @JacksonXmlProperty(localName = "sFDI")
  private final Long sfdi;

  @JacksonXmlProperty(localName = "pollRate", isAttribute = true)
  private final Long pollRate;

  private SelfDevice(Builder b) {
    this.href = b.href;
    this.subscribable = b.subscribable;
    this.configurationLink = b.configurationLink;
    this.derListLink = b.derListLink;
    this.deviceCategory = b.deviceCategory;
    this.deviceInformationLink = b.deviceInformationLink;
    this.deviceStatusLink = b.deviceStatusLink;
    this.fileStatusLink = b.fileStatusLink;
    this.ipInterfaceListLink = b.ipInterfaceListLink;
    this.lfdi = b.lfdi;
    this.loadShedAvailabilityListLink = b.loadShedAvailabilityListLink;
    this.logEventListLink = b.logEventListLink;
    this.powerStatusLink = b.powerStatusLink;
    this.sfdi = b.sfdi;
    this.pollRate = b.pollRate;
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

  /** Returns link to the {@code Configuration} resource, or empty when absent. */
  public Optional<Link> configurationLink() {
    return Optional.ofNullable(configurationLink);
  }

  /** Returns link to the {@code DERList} resource, or empty when absent. */
  public Optional<ListLink> derListLink() {
    return Optional.ofNullable(derListLink);
  }

  /**
   * Returns bitmap of the device categories (DeviceCategoryType, HexBinary32), or empty when
   * absent.
   */
  public OptionalLong deviceCategory() {
    return deviceCategory == null ? OptionalLong.empty() : OptionalLong.of(deviceCategory);
  }

  /** Returns link to the {@code DeviceInformation} resource, or empty when absent. */
  public Optional<Link> deviceInformationLink() {
    return Optional.ofNullable(deviceInformationLink);
  }

  /** Returns link to the {@code DeviceStatus} resource, or empty when absent. */
  public Optional<Link> deviceStatusLink() {
    return Optional.ofNullable(deviceStatusLink);
  }

  /** Returns link to the {@code FileStatus} resource, or empty when absent. */
  public Optional<Link> fileStatusLink() {
    return Optional.ofNullable(fileStatusLink);
  }

  /** Returns link to the {@code IPInterfaceList} resource, or empty when absent. */
  public Optional<ListLink> ipInterfaceListLink() {
    return Optional.ofNullable(ipInterfaceListLink);
  }

  /**
   * Returns long-form device identifier: the first 160 bits of the SHA-256 of the device
   * certificate, or empty when absent.
   */
  public Optional<Lfdi> lfdi() {
    return Optional.ofNullable(lfdi);
  }

  /** Returns link to the {@code LoadShedAvailabilityList} resource, or empty when absent. */
  public Optional<ListLink> loadShedAvailabilityListLink() {
    return Optional.ofNullable(loadShedAvailabilityListLink);
  }

  /** Returns link to the {@code LogEventList} resource, or empty when absent. */
  public Optional<ListLink> logEventListLink() {
    return Optional.ofNullable(logEventListLink);
  }

  /** Returns link to the {@code PowerStatus} resource, or empty when absent. */
  public Optional<Link> powerStatusLink() {
    return Optional.ofNullable(powerStatusLink);
  }

  /** Returns short-form device identifier: 36 bits of the LFDI plus a check digit (SFDIType). */
  public long sfdi() {
    return sfdi;
  }

  /** Returns how often, in seconds, to poll; absent means 900, or empty when absent. */
  public OptionalLong pollRate() {
    return pollRate == null ? OptionalLong.empty() : OptionalLong.of(pollRate);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SelfDevice o
        && Objects.equals(href, o.href)
        && Objects.equals(subscribable, o.subscribable)
        && Objects.equals(configurationLink, o.configurationLink)
        && Objects.equals(derListLink, o.derListLink)
        && Objects.equals(deviceCategory, o.deviceCategory)
        && Objects.equals(deviceInformationLink, o.deviceInformationLink)
        && Objects.equals(deviceStatusLink, o.deviceStatusLink)
        && Objects.equals(fileStatusLink, o.fileStatusLink)
        && Objects.equals(ipInterfaceListLink, o.ipInterfaceListLink)
        && Objects.equals(lfdi, o.lfdi)
        && Objects.equals(loadShedAvailabilityListLink, o.loadShedAvailabilityListLink)
        && Objects.equals(logEventListLink, o.logEventListLink)
        && Objects.equals(powerStatusLink, o.powerStatusLink)
        && Objects.equals(sfdi, o.sfdi)
        && Objects.equals(pollRate, o.pollRate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        subscribable,
        configurationLink,
        derListLink,
        deviceCategory,
        deviceInformationLink,
        deviceStatusLink,
        fileStatusLink,
        ipInterfaceListLink,
        lfdi,
        loadShedAvailabilityListLink,
        logEventListLink,
        powerStatusLink,
        sfdi,
        pollRate);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "SelfDevice[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (subscribable != null) {
      s.add("subscribable=" + subscribable);
    }
    if (configurationLink != null) {
      s.add("ConfigurationLink=" + configurationLink);
    }
    if (derListLink != null) {
      s.add("DERListLink=" + derListLink);
    }
    if (deviceCategory != null) {
      s.add("deviceCategory=" + deviceCategory);
    }
    if (deviceInformationLink != null) {
      s.add("DeviceInformationLink=" + deviceInformationLink);
    }
    if (deviceStatusLink != null) {
      s.add("DeviceStatusLink=" + deviceStatusLink);
    }
    if (fileStatusLink != null) {
      s.add("FileStatusLink=" + fileStatusLink);
    }
    if (ipInterfaceListLink != null) {
      s.add("IPInterfaceListLink=" + ipInterfaceListLink);
    }
    if (lfdi != null) {
      s.add("lFDI=" + lfdi);
    }
    if (loadShedAvailabilityListLink != null) {
      s.add("LoadShedAvailabilityListLink=" + loadShedAvailabilityListLink);
    }
    if (logEventListLink != null) {
      s.add("LogEventListLink=" + logEventListLink);
    }
    if (powerStatusLink != null) {
      s.add("PowerStatusLink=" + powerStatusLink);
    }
    if (sfdi != null) {
      s.add("sFDI=" + sfdi);
    }
    if (pollRate != null) {
      s.add("pollRate=" + pollRate);
    }
    return s.toString();
  }

  /** Builds a {@link SelfDevice}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Integer subscribable;
    private Link configurationLink;
    private ListLink derListLink;
    private Long deviceCategory;
    private Link deviceInformationLink;
    private Link deviceStatusLink;
    private Link fileStatusLink;
    private ListLink ipInterfaceListLink;
    private Lfdi lfdi;
    private ListLink loadShedAvailabilityListLink;
    private ListLink logEventListLink;
    private Link powerStatusLink;
    private Long sfdi;
    private Long pollRate;

    private Builder() {}

    private Builder(SelfDevice v) {
      this.href = v.href;
      this.subscribable = v.subscribable;
      this.configurationLink = v.configurationLink;
      this.derListLink = v.derListLink;
      this.deviceCategory = v.deviceCategory;
      this.deviceInformationLink = v.deviceInformationLink;
      this.deviceStatusLink = v.deviceStatusLink;
      this.fileStatusLink = v.fileStatusLink;
      this.ipInterfaceListLink = v.ipInterfaceListLink;
      this.lfdi = v.lfdi;
      this.loadShedAvailabilityListLink = v.loadShedAvailabilityListLink;
      this.logEventListLink = v.logEventListLink;
      this.powerStatusLink = v.powerStatusLink;
      this.sfdi = v.sfdi;
      this.pollRate = v.pollRate;
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

    /** Link to the {@code Configuration} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "ConfigurationLink")
    public Builder configurationLink(Link value) {
      this.configurationLink = value;
      return this;
    }

    /** Link to the {@code DERList} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "DERListLink")
    public Builder derListLink(ListLink value) {
      this.derListLink = value;
      return this;
    }

    /**
     * Bitmap of the device categories (DeviceCategoryType, HexBinary32). Default: absent; {@code
     * null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "deviceCategory")
    @JsonDeserialize(using = HexBinary.Hex32Deserializer.class)
    public Builder deviceCategory(Long value) {
      this.deviceCategory = value == null ? null : Ranges.hex32("deviceCategory", value);
      return this;
    }

    /** Link to the {@code DeviceInformation} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "DeviceInformationLink")
    public Builder deviceInformationLink(Link value) {
      this.deviceInformationLink = value;
      return this;
    }

    /** Link to the {@code DeviceStatus} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "DeviceStatusLink")
    public Builder deviceStatusLink(Link value) {
      this.deviceStatusLink = value;
      return this;
    }

    /** Link to the {@code FileStatus} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "FileStatusLink")
    public Builder fileStatusLink(Link value) {
      this.fileStatusLink = value;
      return this;
    }

    /** Link to the {@code IPInterfaceList} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "IPInterfaceListLink")
    public Builder ipInterfaceListLink(ListLink value) {
      this.ipInterfaceListLink = value;
      return this;
    }

    /**
     * Long-form device identifier: the first 160 bits of the SHA-256 of the device certificate.
     * Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "lFDI")
    public Builder lfdi(Lfdi value) {
      this.lfdi = value;
      return this;
    }

    /**
     * Link to the {@code LoadShedAvailabilityList} resource. Default: absent; {@code null} removes
     * it.
     */
    @JacksonXmlProperty(localName = "LoadShedAvailabilityListLink")
    public Builder loadShedAvailabilityListLink(ListLink value) {
      this.loadShedAvailabilityListLink = value;
      return this;
    }

    /** Link to the {@code LogEventList} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "LogEventListLink")
    public Builder logEventListLink(ListLink value) {
      this.logEventListLink = value;
      return this;
    }

    /** Link to the {@code PowerStatus} resource. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "PowerStatusLink")
    public Builder powerStatusLink(Link value) {
      this.powerStatusLink = value;
      return this;
    }

    /**
     * Short-form device identifier: 36 bits of the LFDI plus a check digit (SFDIType). Required:
     * {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "sFDI")
    public Builder sfdi(long value) {
      this.sfdi = Ranges.uint40("sFDI", value);
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
     * Returns the SelfDevice.
     *
     * @throws IllegalStateException if a required element is missing ({@code sFDI})
     */
    public SelfDevice build() {
      Required.present("SelfDevice", "sFDI", sfdi);
      return new SelfDevice(this);
    }
  }
}
