package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;

/**
 * A set of readings over a time period, within a MirrorMeterReading.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "MirrorReadingSet")
@JsonPropertyOrder({"href", "mRID", "description", "version", "timePeriod", "Reading"})
@JsonDeserialize(builder = MirrorReadingSet.Builder.class)
public final class MirrorReadingSet implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "mRID")
  private final Mrid mrid;

  @JacksonXmlProperty(localName = "description")
  private final String description;

  @JacksonXmlProperty(localName = "version")
  private final Integer version;

  @JacksonXmlProperty(localName = "timePeriod")
  private final DateTimeInterval timePeriod;

  @JacksonXmlProperty(localName = "Reading")
  private final List<Reading> readings;

  private MirrorReadingSet(Builder b) {
    this.href = b.href;
    this.mrid = b.mrid;
    this.description = b.description;
    this.version = b.version;
    this.timePeriod = b.timePeriod;
    this.readings = List.copyOf(b.readings);
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

  /** Returns the period the readings cover. */
  public DateTimeInterval timePeriod() {
    return timePeriod;
  }

  /**
   * Returns the {@code Reading} element (a {@link Reading}); never null, unmodifiable, empty when
   * there are none.
   */
  public List<Reading> readings() {
    return readings;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MirrorReadingSet o
        && Objects.equals(href, o.href)
        && Objects.equals(mrid, o.mrid)
        && Objects.equals(description, o.description)
        && Objects.equals(version, o.version)
        && Objects.equals(timePeriod, o.timePeriod)
        && Objects.equals(readings, o.readings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(href, mrid, description, version, timePeriod, readings);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "MirrorReadingSet[", "]");
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
    if (timePeriod != null) {
      s.add("timePeriod=" + timePeriod);
    }
    if (!readings.isEmpty()) {
      s.add("Reading=" + readings);
    }
    return s.toString();
  }

  /** Builds a {@link MirrorReadingSet}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Mrid mrid;
    private String description;
    private Integer version;
    private DateTimeInterval timePeriod;
    private final List<Reading> readings = new ArrayList<>();

    private Builder() {}

    private Builder(MirrorReadingSet v) {
      this.href = v.href;
      this.mrid = v.mrid;
      this.description = v.description;
      this.version = v.version;
      this.timePeriod = v.timePeriod;
      this.readings.addAll(v.readings);
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
     * The period the readings cover. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     */
    @JacksonXmlProperty(localName = "timePeriod")
    public Builder timePeriod(DateTimeInterval value) {
      Objects.requireNonNull(value, "timePeriod");
      this.timePeriod = value;
      return this;
    }

    /**
     * Replaces the entries of readings (element {@code Reading}, in the order given). Default:
     * empty.
     *
     * @throws NullPointerException if {@code items} or one of its entries is null
     */
    public Builder readings(List<Reading> items) {
      Objects.requireNonNull(items, "items");
      items.forEach(item -> Objects.requireNonNull(item, "Reading entry"));
      this.readings.clear();
      this.readings.addAll(items);
      return this;
    }

    /** Appends one entry to readings. */
    public Builder addReading(Reading item) {
      this.readings.add(Objects.requireNonNull(item, "Reading"));
      return this;
    }

    /** Jackson hands over each run of repeated elements; runs that are split up are all kept. */
    @JacksonXmlProperty(localName = "Reading")
    private Builder jacksonAddReadings(List<Reading> items) {
      items.forEach(this::addReading);
      return this;
    }

    /**
     * Returns the MirrorReadingSet.
     *
     * @throws IllegalStateException if a required element is missing ({@code mRID}, {@code
     *     timePeriod})
     */
    public MirrorReadingSet build() {
      Required.present("MirrorReadingSet", "mRID", mrid);
      Required.present("MirrorReadingSet", "timePeriod", timePeriod);
      return new MirrorReadingSet(this);
    }
  }
}
