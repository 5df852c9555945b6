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
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * A list of {@link MirrorUsagePoint} resources (element {@code MirrorUsagePointList}), as a server
 * serves it: {@code all} is how many the server holds, {@code results} how many this page carries
 * (a client pages with the {@code s}, {@code a} and {@code l} query parameters).
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "MirrorUsagePointList")
@JsonPropertyOrder({"href", "all", "results", "pollRate", "MirrorUsagePoint"})
@JsonDeserialize(builder = MirrorUsagePointList.Builder.class)
public final class MirrorUsagePointList implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "all", isAttribute = true)
  private final Long all;

  @JacksonXmlProperty(localName = "results", isAttribute = true)
  private final Long results;

  @JacksonXmlProperty(localName = "pollRate", isAttribute = true)
  private final Long pollRate;

  @JacksonXmlProperty(localName = "MirrorUsagePoint")
  private final List<MirrorUsagePoint> mirrorUsagePoints;

  private MirrorUsagePointList(Builder b, Long all, Long results) {
    this.href = b.href;
    this.all = all;
    this.results = results;
    this.pollRate = b.pollRate;
    this.mirrorUsagePoints = List.copyOf(b.mirrorUsagePoints);
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
   * Returns how often, in seconds, a client should poll this list; absent means 900, or empty when
   * absent.
   */
  public OptionalLong pollRate() {
    return pollRate == null ? OptionalLong.empty() : OptionalLong.of(pollRate);
  }

  /**
   * Returns the {@code MirrorUsagePoint} element (a {@link MirrorUsagePoint}); never null,
   * unmodifiable, empty when there are none.
   */
  public List<MirrorUsagePoint> mirrorUsagePoints() {
    return mirrorUsagePoints;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MirrorUsagePointList o
        && Objects.equals(href, o.href)
        && Objects.equals(all, o.all)
        && Objects.equals(results, o.results)
        && Objects.equals(pollRate, o.pollRate)
        && Objects.equals(mirrorUsagePoints, o.mirrorUsagePoints);
  }

  @Override
  public int hashCode() {
    return Objects.hash(href, all, results, pollRate, mirrorUsagePoints);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "MirrorUsagePointList[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (all != null) {
      s.add("all=" + all);
    }
    if (results != null) {
      s.add("results=" + results);
    }
    if (pollRate != null) {
      s.add("pollRate=" + pollRate);
    }
    if (!mirrorUsagePoints.isEmpty()) {
      s.add("MirrorUsagePoint=" + mirrorUsagePoints);
    }
    return s.toString();
  }

  /** Builds a {@link MirrorUsagePointList}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Long all;
    private Long results;
    private Long pollRate;
    private final List<MirrorUsagePoint> mirrorUsagePoints = new ArrayList<>();

    private Builder() {}

    private Builder(MirrorUsagePointList v) {
      this.href = v.href;
      this.all = v.all;
      this.results = v.results;
      this.pollRate = v.pollRate;
      this.mirrorUsagePoints.addAll(v.mirrorUsagePoints);
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
     * MirrorUsagePointList#toBuilder()} copies the value, so set {@code null} to count again.
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
     * is called; {@link MirrorUsagePointList#toBuilder()} copies the value, so set {@code null} to
     * count again.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "results", isAttribute = true)
    public Builder results(Long value) {
      this.results = value == null ? null : Ranges.uint32("results", value);
      return this;
    }

    /**
     * How often, in seconds, a client should poll this list; absent means 900. Default: absent;
     * {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "pollRate", isAttribute = true)
    public Builder pollRate(Long value) {
      this.pollRate = value == null ? null : Ranges.uint32("pollRate", value);
      return this;
    }

    /**
     * Replaces the entries of mirrorUsagePoints (element {@code MirrorUsagePoint}, in the order
     * given). Default: empty.
     *
     * @throws NullPointerException if {@code items} or one of its entries is null
     */
    public Builder mirrorUsagePoints(List<MirrorUsagePoint> items) {
      Objects.requireNonNull(items, "items");
      items.forEach(item -> Objects.requireNonNull(item, "MirrorUsagePoint entry"));
      this.mirrorUsagePoints.clear();
      this.mirrorUsagePoints.addAll(items);
      return this;
    }

    /** Appends one entry to mirrorUsagePoints. */
    public Builder addMirrorUsagePoint(MirrorUsagePoint item) {
      this.mirrorUsagePoints.add(Objects.requireNonNull(item, "MirrorUsagePoint"));
      return this;
    }

    /** Jackson hands over each run of repeated elements; runs that are split up are all kept. */
    @JacksonXmlProperty(localName = "MirrorUsagePoint")
    private Builder jacksonAddMirrorUsagePoints(List<MirrorUsagePoint> items) {
      items.forEach(this::addMirrorUsagePoint);
      return this;
    }

    /** Returns the MirrorUsagePointList. */
    public MirrorUsagePointList build() {
      long size = mirrorUsagePoints.size();
      Long allValue = all == null ? Long.valueOf(size) : all;
      Long resultsValue = results == null ? Long.valueOf(size) : results;
      return new MirrorUsagePointList(this, allValue, resultsValue);
    }
  }
}
