package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;

/**
 * One quantity a client mirrors (e.g. site active power): its ReadingType, and either a single
 * Reading or MirrorReadingSets of readings.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "MirrorMeterReading")
@JsonPropertyOrder({
  "href",
  "mRID",
  "description",
  "version",
  "lastUpdateTime",
  "MirrorReadingSet",
  "nextUpdateTime",
  "Reading",
  "ReadingType"
})
@JsonDeserialize(builder = MirrorMeterReading.Builder.class)
public final class MirrorMeterReading implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "mRID")
  private final Mrid mrid;

  @JacksonXmlProperty(localName = "description")
  private final String description;

  @JacksonXmlProperty(localName = "version")
  private final Integer version;

  @JacksonXmlProperty(localName = "lastUpdateTime")
  private final Instant lastUpdateTime;

  @JacksonXmlProperty(localName = "MirrorReadingSet")
  private final List<MirrorReadingSet> mirrorReadingSets;

  @JacksonXmlProperty(localName = "nextUpdateTime")
  private final Instant nextUpdateTime;

  @JacksonXmlProperty(localName = "Reading")
  private final Reading reading;

  @JacksonXmlProperty(localName = "ReadingType")
  private final ReadingType readingType;

  private MirrorMeterReading(Builder b) {
    this.href = b.href;
    this.mrid = b.mrid;
    this.description = b.description;
    this.version = b.version;
    this.lastUpdateTime = b.lastUpdateTime;
    this.mirrorReadingSets = List.copyOf(b.mirrorReadingSets);
    this.nextUpdateTime = b.nextUpdateTime;
    this.reading = b.reading;
    this.readingType = b.readingType;
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

  /** Returns when the readings were last updated, or empty when absent. */
  public Optional<Instant> lastUpdateTime() {
    return Optional.ofNullable(lastUpdateTime);
  }

  /**
   * Returns the {@code MirrorReadingSet} element (a {@link MirrorReadingSet}); never null,
   * unmodifiable, empty when there are none.
   */
  public List<MirrorReadingSet> mirrorReadingSets() {
    return mirrorReadingSets;
  }

  /** Returns when the next update is expected, or empty when absent. */
  public Optional<Instant> nextUpdateTime() {
    return Optional.ofNullable(nextUpdateTime);
  }

  /** Returns the {@code Reading} element (a {@link Reading}), or empty when absent. */
  public Optional<Reading> reading() {
    return Optional.ofNullable(reading);
  }

  /** Returns the {@code ReadingType} element (a {@link ReadingType}), or empty when absent. */
  public Optional<ReadingType> readingType() {
    return Optional.ofNullable(readingType);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MirrorMeterReading o
        && Objects.equals(href, o.href)
        && Objects.equals(mrid, o.mrid)
        && Objects.equals(description, o.description)
        && Objects.equals(version, o.version)
        && Objects.equals(lastUpdateTime, o.lastUpdateTime)
        && Objects.equals(mirrorReadingSets, o.mirrorReadingSets)
        && Objects.equals(nextUpdateTime, o.nextUpdateTime)
        && Objects.equals(reading, o.reading)
        && Objects.equals(readingType, o.readingType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        mrid,
        description,
        version,
        lastUpdateTime,
        mirrorReadingSets,
        nextUpdateTime,
        reading,
        readingType);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "MirrorMeterReading[", "]");
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
    if (lastUpdateTime != null) {
      s.add("lastUpdateTime=" + lastUpdateTime);
    }
    if (!mirrorReadingSets.isEmpty()) {
      s.add("MirrorReadingSet=" + mirrorReadingSets);
    }
    if (nextUpdateTime != null) {
      s.add("nextUpdateTime=" + nextUpdateTime);
    }
    if (reading != null) {
      s.add("Reading=" + reading);
    }
    if (readingType != null) {
      s.add("ReadingType=" + readingType);
    }
    return s.toString();
  }

  /** Builds a {@link MirrorMeterReading}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Mrid mrid;
    private String description;
    private Integer version;
    private Instant lastUpdateTime;
    private final List<MirrorReadingSet> mirrorReadingSets = new ArrayList<>();
    private Instant nextUpdateTime;
    private Reading reading;
    private ReadingType readingType;

    private Builder() {}

    private Builder(MirrorMeterReading v) {
      this.href = v.href;
      this.mrid = v.mrid;
      this.description = v.description;
      this.version = v.version;
      this.lastUpdateTime = v.lastUpdateTime;
      this.mirrorReadingSets.addAll(v.mirrorReadingSets);
      this.nextUpdateTime = v.nextUpdateTime;
      this.reading = v.reading;
      this.readingType = v.readingType;
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
     * When the readings were last updated. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "lastUpdateTime")
    public Builder lastUpdateTime(Instant value) {
      this.lastUpdateTime = value == null ? null : Ranges.time("lastUpdateTime", value);
      return this;
    }

    /**
     * Replaces the entries of mirrorReadingSets (element {@code MirrorReadingSet}, in the order
     * given). Default: empty.
     *
     * @throws NullPointerException if {@code items} or one of its entries is null
     */
    public Builder mirrorReadingSets(List<MirrorReadingSet> items) {
      Objects.requireNonNull(items, "items");
      items.forEach(item -> Objects.requireNonNull(item, "MirrorReadingSet entry"));
      this.mirrorReadingSets.clear();
      this.mirrorReadingSets.addAll(items);
      return this;
    }

    /** Appends one entry to mirrorReadingSets. */
    public Builder addMirrorReadingSet(MirrorReadingSet item) {
      this.mirrorReadingSets.add(Objects.requireNonNull(item, "MirrorReadingSet"));
      return this;
    }

    /** Jackson hands over each run of repeated elements; runs that are split up are all kept. */
    @JacksonXmlProperty(localName = "MirrorReadingSet")
    private Builder jacksonAddMirrorReadingSets(List<MirrorReadingSet> items) {
      items.forEach(this::addMirrorReadingSet);
      return this;
    }

    /**
     * When the next update is expected. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "nextUpdateTime")
    public Builder nextUpdateTime(Instant value) {
      this.nextUpdateTime = value == null ? null : Ranges.time("nextUpdateTime", value);
      return this;
    }

    /**
     * The {@code Reading} element (a {@link Reading}). Default: absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "Reading")
    public Builder reading(Reading value) {
      this.reading = value;
      return this;
    }

    /**
     * The {@code ReadingType} element (a {@link ReadingType}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "ReadingType")
    public Builder readingType(ReadingType value) {
      this.readingType = value;
      return this;
    }

    /**
     * Returns the MirrorMeterReading.
     *
     * @throws IllegalStateException if a required element is missing ({@code mRID})
     */
    public MirrorMeterReading build() {
      Required.present("MirrorMeterReading", "mRID", mrid);
      return new MirrorMeterReading(this);
    }
  }
}
