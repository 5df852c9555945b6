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
import java.util.StringJoiner;

/**
 * A list of {@link MirrorMeterReading} resources (element {@code MirrorMeterReadingList}), as a
 * server serves it: {@code all} is how many the server holds, {@code results} how many this page
 * carries (a client pages with the {@code s}, {@code a} and {@code l} query parameters).
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "MirrorMeterReadingList")
@JsonPropertyOrder({"href", "all", "results", "MirrorMeterReading"})
@JsonDeserialize(builder = MirrorMeterReadingList.Builder.class)
public final class MirrorMeterReadingList implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "all", isAttribute = true)
  private final Long all;

  @JacksonXmlProperty(localName = "results", isAttribute = true)
  private final Long results;

  @JacksonXmlProperty(localName = "MirrorMeterReading")
  private final List<MirrorMeterReading> mirrorMeterReadings;

  private MirrorMeterReadingList(Builder b, Long all, Long results) {
    this.href = b.href;
    this.all = all;
    this.results = results;
    this.mirrorMeterReadings = List.copyOf(b.mirrorMeterReadings);
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
   * Returns how many entries the whole list holds on the server, of which this document carries
   * {@code results}.
   */
  public long all() {
    return all;
  }

  /** Returns how many entries this document carries. */
  public long results() {
    return results;
  }

  /**
   * Returns the {@code MirrorMeterReading} element (a {@link MirrorMeterReading}); never null,
   * unmodifiable, empty when there are none.
   */
  public List<MirrorMeterReading> mirrorMeterReadings() {
    return mirrorMeterReadings;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MirrorMeterReadingList o
        && Objects.equals(href, o.href)
        && Objects.equals(all, o.all)
        && Objects.equals(results, o.results)
        && Objects.equals(mirrorMeterReadings, o.mirrorMeterReadings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(href, all, results, mirrorMeterReadings);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "MirrorMeterReadingList[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (all != null) {
      s.add("all=" + all);
    }
    if (results != null) {
      s.add("results=" + results);
    }
    if (!mirrorMeterReadings.isEmpty()) {
      s.add("MirrorMeterReading=" + mirrorMeterReadings);
    }
    return s.toString();
  }

  /** Builds a {@link MirrorMeterReadingList}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Long all;
    private Long results;
    private final List<MirrorMeterReading> mirrorMeterReadings = new ArrayList<>();

    private Builder() {}

    private Builder(MirrorMeterReadingList v) {
      this.href = v.href;
      this.all = v.all;
      this.results = v.results;
      this.mirrorMeterReadings.addAll(v.mirrorMeterReadings);
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
     * How many entries the whole list holds on the server, of which this document carries {@code
     * results}. Default: the number of entries when {@link #build()} is called; {@link
     * MirrorMeterReadingList#toBuilder()} copies the value, so set {@code null} to count again.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "all", isAttribute = true)
    public Builder all(Long value) {
      this.all = value == null ? null : Ranges.uint32("all", value);
      return this;
    }

    /**
     * How many entries this document carries. Default: the number of entries when {@link #build()}
     * is called; {@link MirrorMeterReadingList#toBuilder()} copies the value, so set {@code null}
     * to count again.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "results", isAttribute = true)
    public Builder results(Long value) {
      this.results = value == null ? null : Ranges.uint32("results", value);
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

    /** Returns the MirrorMeterReadingList. */
    public MirrorMeterReadingList build() {
      long size = mirrorMeterReadings.size();
      Long allValue = all == null ? Long.valueOf(size) : all;
      Long resultsValue = results == null ? Long.valueOf(size) : results;
      return new MirrorMeterReadingList(this, allValue, resultsValue);
    }
  }
}
