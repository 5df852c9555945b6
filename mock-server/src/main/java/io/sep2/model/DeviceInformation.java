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
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * What a device reports about itself: manufacturer, model, serial number, versions and power
 * sources.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "DeviceInformation")
@JsonPropertyOrder({
  "href",
  "pollRate",
  "DRLCCapabilities",
  "functionsImplemented",
  "gpsLocation",
  "lFDI",
  "mfDate",
  "mfHwVer",
  "mfID",
  "mfInfo",
  "mfModel",
  "mfSerNum",
  "primaryPower",
  "secondaryPower",
  "SupportedLocaleListLink",
  "swActTime",
  "swVer"
})
@JsonDeserialize(builder = DeviceInformation.Builder.class)
public final class DeviceInformation implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "pollRate", isAttribute = true)
  private final Long pollRate;

  @JacksonXmlProperty(localName = "DRLCCapabilities")
  private final DrlcCapabilities drlcCapabilities;

  @JacksonXmlProperty(localName = "functionsImplemented")
  @JsonSerialize(using = HexBinary.Hex64Serializer.class)
  private final Long functionsImplemented;

  @JacksonXmlProperty(localName = "gpsLocation")
  private final GpsLocation gpsLocation;

  @JacksonXmlProperty(localName = "lFDI")
  private final Lfdi lfdi;

  @JacksonXmlProperty(localName = "mfDate")
  private final Instant mfDate;

  @JacksonXmlProperty(localName = "mfHwVer")
  private final String mfHwVer;

  @JacksonXmlProperty(localName = "mfID")
  private final Long mfId;

  @JacksonXmlProperty(localName = "mfInfo")
  private final String mfInfo;

  @JacksonXmlProperty(localName = "mfModel")
  private final String mfModel;

  @JacksonXmlProperty(localName = "mfSerNum")
  private final String mfSerNum;

  @JacksonXmlProperty(localName = "primaryPower")
  private final Integer primaryPower;

  @JacksonXmlProperty(localName = "secondaryPower")
  private final Integer secondaryPower;

  @JacksonXmlProperty(localName = "SupportedLocaleListLink")
  private final ListLink supportedLocaleListLink;

  @JacksonXmlProperty(localName = "swActTime")
  private final Instant swActTime;

  @JacksonXmlProperty(localName = "swVer")
  private final String swVer;

  private DeviceInformation(Builder b) {
    this.href = b.href;
    this.pollRate = b.pollRate;
    this.drlcCapabilities = b.drlcCapabilities;
    this.functionsImplemented = b.functionsImplemented;
    this.gpsLocation = b.gpsLocation;
    this.lfdi = b.lfdi;
    this.mfDate = b.mfDate;
    this.mfHwVer = b.mfHwVer;
    this.mfId = b.mfId;
    this.mfInfo = b.mfInfo;
    this.mfModel = b.mfModel;
    this.mfSerNum = b.mfSerNum;
    this.primaryPower = b.primaryPower;
    this.secondaryPower = b.secondaryPower;
    this.supportedLocaleListLink = b.supportedLocaleListLink;
    this.swActTime = b.swActTime;
    this.swVer = b.swVer;
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

  /** Returns how often, in seconds, to poll; absent means 900, or empty when absent. */
  public OptionalLong pollRate() {
    return pollRate == null ? OptionalLong.empty() : OptionalLong.of(pollRate);
  }

  /**
   * Returns the {@code DRLCCapabilities} element (a {@link DrlcCapabilities}), or empty when
   * absent.
   */
  public Optional<DrlcCapabilities> drlcCapabilities() {
    return Optional.ofNullable(drlcCapabilities);
  }

  /** Returns bitmap of the function sets implemented (HexBinary64), or empty when absent. */
  public OptionalLong functionsImplemented() {
    return functionsImplemented == null
        ? OptionalLong.empty()
        : OptionalLong.of(functionsImplemented);
  }

  /** Returns the {@code gpsLocation} element (a {@link GpsLocation}), or empty when absent. */
  public Optional<GpsLocation> gpsLocation() {
    return Optional.ofNullable(gpsLocation);
  }

  /** Returns the device's long-form device identifier. */
  public Lfdi lfdi() {
    return lfdi;
  }

  /** Returns date of manufacture. */
  public Instant mfDate() {
    return mfDate;
  }

  /** Returns hardware version. */
  public String mfHwVer() {
    return mfHwVer;
  }

  /** Returns manufacturer's IANA private enterprise number (PENType). */
  public long mfId() {
    return mfId;
  }

  /** Returns manufacturer's free text, or empty when absent. */
  public Optional<String> mfInfo() {
    return Optional.ofNullable(mfInfo);
  }

  /** Returns model name. */
  public String mfModel() {
    return mfModel;
  }

  /** Returns serial number. */
  public String mfSerNum() {
    return mfSerNum;
  }

  /**
   * Returns primary power source: 0 none, 1 mains, 2 battery, 3 local generation, 4 emergency, 5
   * unknown.
   */
  public int primaryPower() {
    return primaryPower;
  }

  /** Returns secondary power source (same codes as primaryPower). */
  public int secondaryPower() {
    return secondaryPower;
  }

  /** Returns link to the {@code SupportedLocaleList} resource, or empty when absent. */
  public Optional<ListLink> supportedLocaleListLink() {
    return Optional.ofNullable(supportedLocaleListLink);
  }

  /** Returns when the current software was activated. */
  public Instant swActTime() {
    return swActTime;
  }

  /** Returns software version. */
  public String swVer() {
    return swVer;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DeviceInformation o
        && Objects.equals(href, o.href)
        && Objects.equals(pollRate, o.pollRate)
        && Objects.equals(drlcCapabilities, o.drlcCapabilities)
        && Objects.equals(functionsImplemented, o.functionsImplemented)
        && Objects.equals(gpsLocation, o.gpsLocation)
        && Objects.equals(lfdi, o.lfdi)
        && Objects.equals(mfDate, o.mfDate)
        && Objects.equals(mfHwVer, o.mfHwVer)
        && Objects.equals(mfId, o.mfId)
        && Objects.equals(mfInfo, o.mfInfo)
        && Objects.equals(mfModel, o.mfModel)
        && Objects.equals(mfSerNum, o.mfSerNum)
        && Objects.equals(primaryPower, o.primaryPower)
        && Objects.equals(secondaryPower, o.secondaryPower)
        && Objects.equals(supportedLocaleListLink, o.supportedLocaleListLink)
        && Objects.equals(swActTime, o.swActTime)
        && Objects.equals(swVer, o.swVer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        pollRate,
        drlcCapabilities,
        functionsImplemented,
        gpsLocation,
        lfdi,
        mfDate,
        mfHwVer,
        mfId,
        mfInfo,
        mfModel,
        mfSerNum,
        primaryPower,
        secondaryPower,
        supportedLocaleListLink,
        swActTime,
        swVer);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "DeviceInformation[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (pollRate != null) {
      s.add("pollRate=" + pollRate);
    }
    if (drlcCapabilities != null) {
      s.add("DRLCCapabilities=" + drlcCapabilities);
    }
    if (functionsImplemented != null) {
      s.add("functionsImplemented=" + functionsImplemented);
    }
    if (gpsLocation != null) {
      s.add("gpsLocation=" + gpsLocation);
    }
    if (lfdi != null) {
      s.add("lFDI=" + lfdi);
    }
    if (mfDate != null) {
      s.add("mfDate=" + mfDate);
    }
    if (mfHwVer != null) {
      s.add("mfHwVer=" + mfHwVer);
    }
    if (mfId != null) {
      s.add("mfID=" + mfId);
    }
    if (mfInfo != null) {
      s.add("mfInfo=" + mfInfo);
    }
    if (mfModel != null) {
      s.add("mfModel=" + mfModel);
    }
    if (mfSerNum != null) {
      s.add("mfSerNum=" + mfSerNum);
    }
    if (primaryPower != null) {
      s.add("primaryPower=" + primaryPower);
    }
    if (secondaryPower != null) {
      s.add("secondaryPower=" + secondaryPower);
    }
    if (supportedLocaleListLink != null) {
      s.add("SupportedLocaleListLink=" + supportedLocaleListLink);
    }
    if (swActTime != null) {
      s.add("swActTime=" + swActTime);
    }
    if (swVer != null) {
      s.add("swVer=" + swVer);
    }
    return s.toString();
  }

  /** Builds a {@link DeviceInformation}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Long pollRate;
    private DrlcCapabilities drlcCapabilities;
    private Long functionsImplemented;
    private GpsLocation gpsLocation;
    private Lfdi lfdi;
    private Instant mfDate;
    private String mfHwVer;
    private Long mfId;
    private String mfInfo;
    private String mfModel;
    private String mfSerNum;
    private Integer primaryPower;
    private Integer secondaryPower;
    private ListLink supportedLocaleListLink;
    private Instant swActTime;
    private String swVer;

    private Builder() {}

    private Builder(DeviceInformation v) {
      this.href = v.href;
      this.pollRate = v.pollRate;
      this.drlcCapabilities = v.drlcCapabilities;
      this.functionsImplemented = v.functionsImplemented;
      this.gpsLocation = v.gpsLocation;
      this.lfdi = v.lfdi;
      this.mfDate = v.mfDate;
      this.mfHwVer = v.mfHwVer;
      this.mfId = v.mfId;
      this.mfInfo = v.mfInfo;
      this.mfModel = v.mfModel;
      this.mfSerNum = v.mfSerNum;
      this.primaryPower = v.primaryPower;
      this.secondaryPower = v.secondaryPower;
      this.supportedLocaleListLink = v.supportedLocaleListLink;
      this.swActTime = v.swActTime;
      this.swVer = v.swVer;
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
     * The {@code DRLCCapabilities} element (a {@link DrlcCapabilities}). Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "DRLCCapabilities")
    public Builder drlcCapabilities(DrlcCapabilities value) {
      this.drlcCapabilities = value;
      return this;
    }

    /**
     * Bitmap of the function sets implemented (HexBinary64). Default: absent; {@code null} removes
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "functionsImplemented")
    @JsonDeserialize(using = HexBinary.Hex64Deserializer.class)
    public Builder functionsImplemented(Long value) {
      this.functionsImplemented =
          value == null ? null : Ranges.hex64("functionsImplemented", value);
      return this;
    }

    /**
     * The {@code gpsLocation} element (a {@link GpsLocation}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "gpsLocation")
    public Builder gpsLocation(GpsLocation value) {
      this.gpsLocation = value;
      return this;
    }

    /**
     * The device's long-form device identifier. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JacksonXmlProperty(localName = "lFDI")
    public Builder lfdi(Lfdi value) {
      Objects.requireNonNull(value, "lFDI");
      this.lfdi = value;
      return this;
    }

    /**
     * Date of manufacture. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "mfDate")
    public Builder mfDate(Instant value) {
      Objects.requireNonNull(value, "mfDate");
      this.mfDate = Ranges.time("mfDate", value);
      return this;
    }

    /**
     * Hardware version. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "mfHwVer")
    public Builder mfHwVer(String value) {
      Objects.requireNonNull(value, "mfHwVer");
      this.mfHwVer = Ranges.string("mfHwVer", value, 32);
      return this;
    }

    /**
     * Manufacturer's IANA private enterprise number (PENType). Required: {@link #build()} fails
     * without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "mfID")
    public Builder mfId(long value) {
      this.mfId = Ranges.uint32("mfID", value);
      return this;
    }

    /**
     * Manufacturer's free text. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "mfInfo")
    public Builder mfInfo(String value) {
      this.mfInfo = value == null ? null : Ranges.string("mfInfo", value, 32);
      return this;
    }

    /**
     * Model name. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "mfModel")
    public Builder mfModel(String value) {
      Objects.requireNonNull(value, "mfModel");
      this.mfModel = Ranges.string("mfModel", value, 32);
      return this;
    }

    /**
     * Serial number. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "mfSerNum")
    public Builder mfSerNum(String value) {
      Objects.requireNonNull(value, "mfSerNum");
      this.mfSerNum = Ranges.string("mfSerNum", value, 32);
      return this;
    }

    /**
     * Primary power source: 0 none, 1 mains, 2 battery, 3 local generation, 4 emergency, 5 unknown.
     * Required: {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "primaryPower")
    public Builder primaryPower(int value) {
      this.primaryPower = Ranges.uint8("primaryPower", value);
      return this;
    }

    /**
     * Secondary power source (same codes as primaryPower). Required: {@link #build()} fails without
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "secondaryPower")
    public Builder secondaryPower(int value) {
      this.secondaryPower = Ranges.uint8("secondaryPower", value);
      return this;
    }

    /**
     * Link to the {@code SupportedLocaleList} resource. Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "SupportedLocaleListLink")
    public Builder supportedLocaleListLink(ListLink value) {
      this.supportedLocaleListLink = value;
      return this;
    }

    /**
     * When the current software was activated. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "swActTime")
    public Builder swActTime(Instant value) {
      Objects.requireNonNull(value, "swActTime");
      this.swActTime = Ranges.time("swActTime", value);
      return this;
    }

    /**
     * Software version. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "swVer")
    public Builder swVer(String value) {
      Objects.requireNonNull(value, "swVer");
      this.swVer = Ranges.string("swVer", value, 32);
      return this;
    }

    /**
     * Returns the DeviceInformation.
     *
     * @throws IllegalStateException if a required element is missing ({@code lFDI}, {@code mfDate},
     *     {@code mfHwVer}, {@code mfID}, {@code mfModel}, {@code mfSerNum}, {@code primaryPower},
     *     {@code secondaryPower}, {@code swActTime}, {@code swVer})
     */
    public DeviceInformation build() {
      Required.present("DeviceInformation", "lFDI", lfdi);
      Required.present("DeviceInformation", "mfDate", mfDate);
      Required.present("DeviceInformation", "mfHwVer", mfHwVer);
      Required.present("DeviceInformation", "mfID", mfId);
      Required.present("DeviceInformation", "mfModel", mfModel);
      Required.present("DeviceInformation", "mfSerNum", mfSerNum);
      Required.present("DeviceInformation", "primaryPower", primaryPower);
      Required.present("DeviceInformation", "secondaryPower", secondaryPower);
      Required.present("DeviceInformation", "swActTime", swActTime);
      Required.present("DeviceInformation", "swVer", swVer);
      return new DeviceInformation(this);
    }
  }
}
