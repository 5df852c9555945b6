package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * A client device as the server knows it, identified by its LFDI and SFDI: the hub from which it
 * reaches its registration, its function set assignments, its DERs and subscriptions. CSIP-AUS adds
 * a link to the device's connection point (NMI).
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "EndDevice")
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
  "changedTime",
  "enabled",
  "FlowReservationRequestListLink",
  "FlowReservationResponseListLink",
  "FunctionSetAssignmentsListLink",
  "postRate",
  "RegistrationLink",
  "SubscriptionListLink",
  "ConnectionPointLink"
})
@JsonDeserialize(builder = EndDevice.Builder.class)
public final class EndDevice implements Resource {

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

  @JacksonXmlProperty(localName = "changedTime")
  private final Instant changedTime;

  @JacksonXmlProperty(localName = "enabled")
  private final Boolean enabled;

  @JacksonXmlProperty(localName = "FlowReservationRequestListLink")
  private final ListLink flowReservationRequestListLink;

  @JacksonXmlProperty(localName = "FlowReservationResponseListLink")
  private final ListLink flowReservationResponseListLink;

  @JacksonXmlProperty(localName = "FunctionSetAssignmentsListLink")
  private final ListLink functionSetAssignmentsListLink;

  @JacksonXmlProperty(localName = "postRate")
  private final Long postRate;

  @JacksonXmlProperty(localName = "RegistrationLink")
  private final Link registrationLink;

  @JacksonXmlProperty(localName = "SubscriptionListLink")
  private final ListLink subscriptionListLink;

  @JacksonXmlProperty(localName = "ConnectionPointLink", namespace = Namespaces.CSIPAUS)
  private final Link connectionPointLink;

  private EndDevice(Builder b) {
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
    this.changedTime = b.changedTime;
    this.enabled = b.enabled;
    this.flowReservationRequestListLink = b.flowReservationRequestListLink;
    this.flowReservationResponseListLink = b.flowReservationResponseListLink;
    this.functionSetAssignmentsListLink = b.functionSetAssignmentsListLink;
    this.postRate = b.postRate;
    this.registrationLink = b.registrationLink;
    this.subscriptionListLink = b.subscriptionListLink;
    this.connectionPointLink = b.connectionPointLink;
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

  /** Returns the device's DERs, or empty when absent. */
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

  /** Returns long-form device identifier, or empty when absent. */
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

  /** Returns short-form device identifier (SFDIType). */
  public long sfdi() {
    return sfdi;
  }

  /** Returns when this resource last changed. */
  public Instant changedTime() {
    return changedTime;
  }

  /** Returns false when the server has disabled the device, or empty when absent. */
  public Optional<Boolean> enabled() {
    return Optional.ofNullable(enabled);
  }

  /** Returns link to the {@code FlowReservationRequestList} resource, or empty when absent. */
  public Optional<ListLink> flowReservationRequestListLink() {
    return Optional.ofNullable(flowReservationRequestListLink);
  }

  /** Returns link to the {@code FlowReservationResponseList} resource, or empty when absent. */
  public Optional<ListLink> flowReservationResponseListLink() {
    return Optional.ofNullable(flowReservationResponseListLink);
  }

  /** Returns the function set assignments that apply to this device, or empty when absent. */
  public Optional<ListLink> functionSetAssignmentsListLink() {
    return Optional.ofNullable(functionSetAssignmentsListLink);
  }

  /** Returns how often, in seconds, the device should post readings, or empty when absent. */
  public OptionalLong postRate() {
    return postRate == null ? OptionalLong.empty() : OptionalLong.of(postRate);
  }

  /** Returns the device's registration (PIN), or empty when absent. */
  public Optional<Link> registrationLink() {
    return Optional.ofNullable(registrationLink);
  }

  /** Returns the device's subscriptions, or empty when absent. */
  public Optional<ListLink> subscriptionListLink() {
    return Optional.ofNullable(subscriptionListLink);
  }

  /** Returns CSIP-AUS: the connection point (NMI) of the device, or empty when absent. */
  public Optional<Link> connectionPointLink() {
    return Optional.ofNullable(connectionPointLink);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EndDevice o
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
        && Objects.equals(changedTime, o.changedTime)
        && Objects.equals(enabled, o.enabled)
        && Objects.equals(flowReservationRequestListLink, o.flowReservationRequestListLink)
        && Objects.equals(flowReservationResponseListLink, o.flowReservationResponseListLink)
        && Objects.equals(functionSetAssignmentsListLink, o.functionSetAssignmentsListLink)
        && Objects.equals(postRate, o.postRate)
        && Objects.equals(registrationLink, o.registrationLink)
        && Objects.equals(subscriptionListLink, o.subscriptionListLink)
        && Objects.equals(connectionPointLink, o.connectionPointLink);
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
        changedTime,
        enabled,
        flowReservationRequestListLink,
        flowReservationResponseListLink,
        functionSetAssignmentsListLink,
        postRate,
        registrationLink,
        subscriptionListLink,
        connectionPointLink);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "EndDevice[", "]");
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
    if (changedTime != null) {
      s.add("changedTime=" + changedTime);
    }
    if (enabled != null) {
      s.add("enabled=" + enabled);
    }
    if (flowReservationRequestListLink != null) {
      s.add("FlowReservationRequestListLink=" + flowReservationRequestListLink);
    }
    if (flowReservationResponseListLink != null) {
      s.add("FlowReservationResponseListLink=" + flowReservationResponseListLink);
    }
    if (functionSetAssignmentsListLink != null) {
      s.add("FunctionSetAssignmentsListLink=" + functionSetAssignmentsListLink);
    }
    if (postRate != null) {
      s.add("postRate=" + postRate);
    }
    if (registrationLink != null) {
      s.add("RegistrationLink=" + registrationLink);
    }
    if (subscriptionListLink != null) {
      s.add("SubscriptionListLink=" + subscriptionListLink);
    }
    if (connectionPointLink != null) {
      s.add("ConnectionPointLink=" + connectionPointLink);
    }
    return s.toString();
  }

  /** Builds a {@link EndDevice}; not thread-safe. */
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
    private Instant changedTime;
    private Boolean enabled;
    private ListLink flowReservationRequestListLink;
    private ListLink flowReservationResponseListLink;
    private ListLink functionSetAssignmentsListLink;
    private Long postRate;
    private Link registrationLink;
    private ListLink subscriptionListLink;
    private Link connectionPointLink;

    private Builder() {}

    private Builder(EndDevice v) {
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
      this.changedTime = v.changedTime;
      this.enabled = v.enabled;
      this.flowReservationRequestListLink = v.flowReservationRequestListLink;
      this.flowReservationResponseListLink = v.flowReservationResponseListLink;
      this.functionSetAssignmentsListLink = v.functionSetAssignmentsListLink;
      this.postRate = v.postRate;
      this.registrationLink = v.registrationLink;
      this.subscriptionListLink = v.subscriptionListLink;
      this.connectionPointLink = v.connectionPointLink;
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

    /** The device's DERs. Default: absent; {@code null} removes it. */
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

    /** Long-form device identifier. Default: absent; {@code null} removes it. */
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
     * Short-form device identifier (SFDIType). Required: {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "sFDI")
    public Builder sfdi(long value) {
      this.sfdi = Ranges.uint40("sFDI", value);
      return this;
    }

    /**
     * When this resource last changed. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "changedTime")
    public Builder changedTime(Instant value) {
      Objects.requireNonNull(value, "changedTime");
      this.changedTime = Ranges.time("changedTime", value);
      return this;
    }

    /** False when the server has disabled the device. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "enabled")
    public Builder enabled(Boolean value) {
      this.enabled = value;
      return this;
    }

    /**
     * Link to the {@code FlowReservationRequestList} resource. Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "FlowReservationRequestListLink")
    public Builder flowReservationRequestListLink(ListLink value) {
      this.flowReservationRequestListLink = value;
      return this;
    }

    /**
     * Link to the {@code FlowReservationResponseList} resource. Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "FlowReservationResponseListLink")
    public Builder flowReservationResponseListLink(ListLink value) {
      this.flowReservationResponseListLink = value;
      return this;
    }

    /**
     * The function set assignments that apply to this device. Default: absent; {@code null} removes
     * it.
     */
    @JacksonXmlProperty(localName = "FunctionSetAssignmentsListLink")
    public Builder functionSetAssignmentsListLink(ListLink value) {
      this.functionSetAssignmentsListLink = value;
      return this;
    }

    /**
     * How often, in seconds, the device should post readings. Default: absent; {@code null} removes
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "postRate")
    public Builder postRate(Long value) {
      this.postRate = value == null ? null : Ranges.uint32("postRate", value);
      return this;
    }

    /** The device's registration (PIN). Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "RegistrationLink")
    public Builder registrationLink(Link value) {
      this.registrationLink = value;
      return this;
    }

    /** The device's subscriptions. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "SubscriptionListLink")
    public Builder subscriptionListLink(ListLink value) {
      this.subscriptionListLink = value;
      return this;
    }

    /**
     * CSIP-AUS: the connection point (NMI) of the device. Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "ConnectionPointLink")
    public Builder connectionPointLink(Link value) {
      this.connectionPointLink = value;
      return this;
    }

    /**
     * Returns the EndDevice.
     *
     * @throws IllegalStateException if a required element is missing ({@code sFDI}, {@code
     *     changedTime})
     */
    public EndDevice build() {
      Required.present("EndDevice", "sFDI", sfdi);
      Required.present("EndDevice", "changedTime", changedTime);
      return new EndDevice(this);
    }
  }
}
