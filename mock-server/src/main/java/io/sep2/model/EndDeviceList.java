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
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * A list of {@link EndDevice} resources (element {@code EndDeviceList}), as a server serves it:
 * {@code all} is how many the server holds, {@code results} how many this page carries (a client
 * pages with the {@code s}, {@code a} and {@code l} query parameters).
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "EndDeviceList")
@JsonPropertyOrder({"href", "subscribable", "all", "results", "pollRate", "EndDevice"})
@JsonDeserialize(builder = EndDeviceList.Builder.class)
public final class EndDeviceList implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "subscribable", isAttribute = true)
  private final Integer subscribable;

  @JacksonXmlProperty(localName = "all", isAttribute = true)
  private final Long all;

  @JacksonXmlProperty(localName = "results", isAttribute = true)
  private final Long results;

  @JacksonXmlProperty(localName = "pollRate", isAttribute = true)
  private final Long pollRate;

  @JacksonXmlProperty(localName = "EndDevice")
  private final List<EndDevice> endDevices;

  private EndDeviceList(Builder b, Long all, Long results) {
    this.href = b.href;
    this.subscribable = b.subscribable;
    this.all = all;
    this.results = results;
    this.pollRate = b.pollRate;
    this.endDevices = List.copyOf(b.endDevices);
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
   * Returns the {@code EndDevice} element (a {@link EndDevice}); never null, unmodifiable, empty
   * when there are none.
   */
  public List<EndDevice> endDevices() {
    return endDevices;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EndDeviceList o
        && Objects.equals(href, o.href)
        && Objects.equals(subscribable, o.subscribable)
        && Objects.equals(all, o.all)
        && Objects.equals(results, o.results)
        && Objects.equals(pollRate, o.pollRate)
        && Objects.equals(endDevices, o.endDevices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(href, subscribable, all, results, pollRate, endDevices);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "EndDeviceList[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (subscribable != null) {
      s.add("subscribable=" + subscribable);
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
    if (!endDevices.isEmpty()) {
      s.add("EndDevice=" + endDevices);
    }
    return s.toString();
  }

  /** Builds a {@link EndDeviceList}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Integer subscribable;
    private Long all;
    private Long results;
    private Long pollRate;
    private final List<EndDevice> endDevices = new ArrayList<>();

    private Builder() {}

    private Builder(EndDeviceList v) {
      this.href = v.href;
      this.subscribable = v.subscribable;
      this.all = v.all;
      this.results = v.results;
      this.pollRate = v.pollRate;
      this.endDevices.addAll(v.endDevices);
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

    /**
     * How many entries the whole list holds on the server, of which this document carries {@code
     * results}. Default: the number of entries when {@link #build()} is called; {@link
     * EndDeviceList#toBuilder()} copies the value, so set {@code null} to count again.
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
     * is called; {@link EndDeviceList#toBuilder()} copies the value, so set {@code null} to count
     * again.
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
     * Replaces the entries of endDevices (element {@code EndDevice}, in the order given). Default:
     * empty.
     *
     * @throws NullPointerException if {@code items} or one of its entries is null
     */
    public Builder endDevices(List<EndDevice> items) {
      Objects.requireNonNull(items, "items");
      items.forEach(item -> Objects.requireNonNull(item, "EndDevice entry"));
      this.endDevices.clear();
      this.endDevices.addAll(items);
      return this;
    }

    /** Appends one entry to endDevices. */
    public Builder addEndDevice(EndDevice item) {
      this.endDevices.add(Objects.requireNonNull(item, "EndDevice"));
      return this;
    }

    /** Jackson hands over each run of repeated elements; runs that are split up are all kept. */
    @JacksonXmlProperty(localName = "EndDevice")
    private Builder jacksonAddEndDevices(List<EndDevice> items) {
      items.forEach(this::addEndDevice);
      return this;
    }

    /** Returns the EndDeviceList. */
    public EndDeviceList build() {
      long size = endDevices.size();
      Long allValue = all == null ? Long.valueOf(size) : all;
      Long resultsValue = results == null ? Long.valueOf(size) : results;
      return new EndDeviceList(this, allValue, resultsValue);
    }
  }
}
