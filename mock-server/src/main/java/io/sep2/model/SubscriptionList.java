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
 * A list of {@link Subscription} resources (element {@code SubscriptionList}), as a server serves
 * it: {@code all} is how many the server holds, {@code results} how many this page carries (a
 * client pages with the {@code s}, {@code a} and {@code l} query parameters).
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "SubscriptionList")
@JsonPropertyOrder({"href", "all", "results", "pollRate", "Subscription"})
@JsonDeserialize(builder = SubscriptionList.Builder.class)
public final class SubscriptionList implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "all", isAttribute = true)
  private final Long all;

  @JacksonXmlProperty(localName = "results", isAttribute = true)
  private final Long results;

  @JacksonXmlProperty(localName = "pollRate", isAttribute = true)
  private final Long pollRate;

  @JacksonXmlProperty(localName = "Subscription")
  private final List<Subscription> subscriptions;

  private SubscriptionList(Builder b, Long all, Long results) {
    this.href = b.href;
    this.all = all;
    this.results = results;
    this.pollRate = b.pollRate;
    this.subscriptions = List.copyOf(b.subscriptions);
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
   * Returns the {@code Subscription} element (a {@link Subscription}); never null, unmodifiable,
   * empty when there are none.
   */
  public List<Subscription> subscriptions() {
    return subscriptions;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubscriptionList o
        && Objects.equals(href, o.href)
        && Objects.equals(all, o.all)
        && Objects.equals(results, o.results)
        && Objects.equals(pollRate, o.pollRate)
        && Objects.equals(subscriptions, o.subscriptions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(href, all, results, pollRate, subscriptions);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "SubscriptionList[", "]");
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
    if (!subscriptions.isEmpty()) {
      s.add("Subscription=" + subscriptions);
    }
    return s.toString();
  }

  /** Builds a {@link SubscriptionList}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Long all;
    private Long results;
    private Long pollRate;
    private final List<Subscription> subscriptions = new ArrayList<>();

    private Builder() {}

    private Builder(SubscriptionList v) {
      this.href = v.href;
      this.all = v.all;
      this.results = v.results;
      this.pollRate = v.pollRate;
      this.subscriptions.addAll(v.subscriptions);
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
     * SubscriptionList#toBuilder()} copies the value, so set {@code null} to count again.
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
     * is called; {@link SubscriptionList#toBuilder()} copies the value, so set {@code null} to
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
     * Replaces the entries of subscriptions (element {@code Subscription}, in the order given).
     * Default: empty.
     *
     * @throws NullPointerException if {@code items} or one of its entries is null
     */
    public Builder subscriptions(List<Subscription> items) {
      Objects.requireNonNull(items, "items");
      items.forEach(item -> Objects.requireNonNull(item, "Subscription entry"));
      this.subscriptions.clear();
      this.subscriptions.addAll(items);
      return this;
    }

    /** Appends one entry to subscriptions. */
    public Builder addSubscription(Subscription item) {
      this.subscriptions.add(Objects.requireNonNull(item, "Subscription"));
      return this;
    }

    /** Jackson hands over each run of repeated elements; runs that are split up are all kept. */
    @JacksonXmlProperty(localName = "Subscription")
    private Builder jacksonAddSubscriptions(List<Subscription> items) {
      items.forEach(this::addSubscription);
      return this;
    }

    /** Returns the SubscriptionList. */
    public SubscriptionList build() {
      long size = subscriptions.size();
      Long allValue = all == null ? Long.valueOf(size) : all;
      Long resultsValue = results == null ? Long.valueOf(size) : results;
      return new SubscriptionList(this, allValue, resultsValue);
    }
  }
}
