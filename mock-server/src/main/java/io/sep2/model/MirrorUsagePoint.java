package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * A usage point that a client creates on the server to publish (mirror) its meter readings, e.g.
 * site import/export and DER output for CSIP-AUS.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "MirrorUsagePoint")
@JsonPropertyOrder({
  "href",
  "mRID",
  "description",
  "version",
  "roleFlags",
  "serviceCategoryKind",
  "status",
  "deviceLFDI",
  "MirrorMeterReading",
  "postRate"
})
@JsonDeserialize(builder = MirrorUsagePoint.Builder.class)
public final class MirrorUsagePoint implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "mRID")
  private final Mrid mrid;

  @JacksonXmlProperty(localName = "description")
  private final String description;

  @JacksonXmlProperty(localName = "version")
  private final Integer version;

  @JacksonXmlProperty(localName = "roleFlags")
  @JsonSerialize(using = HexBinary.Hex16Serializer.class)
  private final Integer roleFlags;

  @JacksonXmlProperty(localName = "serviceCategoryKind")
  private final Integer serviceCategoryKind;

  @JacksonXmlProperty(localName = "status")
  private final Integer status;

  @JacksonXmlProperty(localName = "deviceLFDI")
  private final Lfdi deviceLfdi;

  @JacksonXmlProperty(localName = "MirrorMeterReading")
  private final List<MirrorMeterReading> mirrorMeterReadings;

  @JacksonXmlProperty(localName = "postRate")
  private final Long postRate;

  private MirrorUsagePoint(Builder b) {
    this.href = b.href;
    this.mrid = b.mrid;
    this.description = b.description;
    this.version = b.version;
    this.roleFlags = b.roleFlags;
    this.serviceCategoryKind = b.serviceCategoryKind;
    this.status = b.status;
    this.deviceLfdi = b.deviceLfdi;
    this.mirrorMeterReadings = List.copyOf(b.mirrorMeterReadings);
    this.postRate = b.postRate;
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

  /**
   * Returns bitmap of the usage point's roles: bit 0 mirror, 1 premises aggregation point, 2 PEV, 3
   * DER, 4 revenue quality, 5 DC, 6 submeter (RoleFlagsType).
   */
  public int roleFlags() {
    return roleFlags;
  }

  /** Returns 0 electricity, 1 gas, 2 water, 3 time, 4 pressure, 5 heat, 6 cooling. */
  public int serviceCategoryKind() {
    return serviceCategoryKind;
  }

  /** Returns 0 off, 1 on. */
  public int status() {
    return status;
  }

  /** Returns the LFDI of the device the readings come from. */
  public Lfdi deviceLfdi() {
    return deviceLfdi;
  }

  /**
   * Returns the {@code MirrorMeterReading} element (a {@link MirrorMeterReading}); never null,
   * unmodifiable, empty when there are none.
   */
  public List<MirrorMeterReading> mirrorMeterReadings() {
    return mirrorMeterReadings;
  }

  /** Returns how often, in seconds, the client posts readings, or empty when absent. */
  public OptionalLong postRate() {
    return postRate == null ? OptionalLong.empty() : OptionalLong.of(postRate);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MirrorUsagePoint o
        && Objects.equals(href, o.href)
        && Objects.equals(mrid, o.mrid)
        && Objects.equals(description, o.description)
        && Objects.equals(version, o.version)
        && Objects.equals(roleFlags, o.roleFlags)
        && Objects.equals(serviceCategoryKind, o.serviceCategoryKind)
        && Objects.equals(status, o.status)
        && Objects.equals(deviceLfdi, o.deviceLfdi)
        && Objects.equals(mirrorMeterReadings, o.mirrorMeterReadings)
        && Objects.equals(postRate, o.postRate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        mrid,
        description,
        version,
        roleFlags,
        serviceCategoryKind,
        status,
        deviceLfdi,
        mirrorMeterReadings,
        postRate);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "MirrorUsagePoint[", "]");
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
    if (roleFlags != null) {
      s.add("roleFlags=" + roleFlags);
    }
    if (serviceCategoryKind != null) {
      s.add("serviceCategoryKind=" + serviceCategoryKind);
    }
    if (status != null) {
      s.add("status=" + status);
    }
    if (deviceLfdi != null) {
      s.add("deviceLFDI=" + deviceLfdi);
    }
    if (!mirrorMeterReadings.isEmpty()) {
      s.add("MirrorMeterReading=" + mirrorMeterReadings);
    }
    if (postRate != null) {
      s.add("postRate=" + postRate);
    }
    return s.toString();
  }

  /** Builds a {@link MirrorUsagePoint}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Mrid mrid;
    private String description;
    private Integer version;
    private Integer roleFlags;
    private Integer serviceCategoryKind;
    private Integer status;
    private Lfdi deviceLfdi;
    private final List<MirrorMeterReading> mirrorMeterReadings = new ArrayList<>();
    private Long postRate;

    private Builder() {}

    private Builder(MirrorUsagePoint v) {
      this.href = v.href;
      this.mrid = v.mrid;
      this.description = v.description;
      this.version = v.version;
      this.roleFlags = v.roleFlags;
      this.serviceCategoryKind = v.serviceCategoryKind;
      this.status = v.status;
      this.deviceLfdi = v.deviceLfdi;
      this.mirrorMeterReadings.addAll(v.mirrorMeterReadings);
      this.postRate = v.postRate;
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

    /**
     * Bitmap of the usage point's roles: bit 0 mirror, 1 premises aggregation point, 2 PEV, 3 DER,
     * 4 revenue quality, 5 DC, 6 submeter (RoleFlagsType). Required: {@link #build()} fails without
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "roleFlags")
    @JsonDeserialize(using = HexBinary.Hex16Deserializer.class)
    public Builder roleFlags(int value) {
      this.roleFlags = Ranges.hex16("roleFlags", value);
      return this;
    }

    /**
     * 0 electricity, 1 gas, 2 water, 3 time, 4 pressure, 5 heat, 6 cooling. Required: {@link
     * #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "serviceCategoryKind")
    public Builder serviceCategoryKind(int value) {
      this.serviceCategoryKind = Ranges.uint8("serviceCategoryKind", value);
      return this;
    }

    /**
     * 0 off, 1 on. Required: {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "status")
    public Builder status(int value) {
      this.status = Ranges.uint8("status", value);
      return this;
    }

    /**
     * The LFDI of the device the readings come from. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JacksonXmlProperty(localName = "deviceLFDI")
    public Builder deviceLfdi(Lfdi value) {
      Objects.requireNonNull(value, "deviceLFDI");
      this.deviceLfdi = value;
      return this;
    }

    /**
     * Replaces the entries of mirrorMeterReadings (element {@code MirrorMeterReading}, in the order
     * given). Default: empty.
     *
     * @throws NullPointerException if {@code items} or one of its entries is null
     */
    public Builder mirrorMeterReadings(List<MirrorMeterReading> items) {
      Objects.requireNonNull(items, "items");
      items.forEach(item -> Objects.requireNonNull(item, "MirrorMeterReading entry"));
      this.mirrorMeterReadings.clear();
      this.mirrorMeterReadings.addAll(items);
      return this;
    }

    /** Appends one entry to mirrorMeterReadings. */
    public Builder addMirrorMeterReading(MirrorMeterReading item) {
      this.mirrorMeterReadings.add(Objects.requireNonNull(item, "MirrorMeterReading"));
      return this;
    }

    /** Jackson hands over each run of repeated elements; runs that are split up are all kept. */
    @JacksonXmlProperty(localName = "MirrorMeterReading")
    private Builder jacksonAddMirrorMeterReadings(List<MirrorMeterReading> items) {
      items.forEach(this::addMirrorMeterReading);
      return this;
    }

    /**
     * How often, in seconds, the client posts readings. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "postRate")
    public Builder postRate(Long value) {
      this.postRate = value == null ? null : Ranges.uint32("postRate", value);
      return this;
    }

    /**
     * Returns the MirrorUsagePoint.
     *
     * @throws IllegalStateException if a required element is missing ({@code mRID}, {@code
     *     roleFlags}, {@code serviceCategoryKind}, {@code status}, {@code deviceLFDI})
     */
    public MirrorUsagePoint build() {
      Required.present("MirrorUsagePoint", "mRID", mrid);
      Required.present("MirrorUsagePoint", "roleFlags", roleFlags);
      Required.present("MirrorUsagePoint", "serviceCategoryKind", serviceCategoryKind);
      Required.present("MirrorUsagePoint", "status", status);
      Required.present("MirrorUsagePoint", "deviceLFDI", deviceLfdi);
      return new MirrorUsagePoint(this);
    }
  }
}
