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
 * A list of {@link Response} resources (element {@code ResponseList}), as a server serves it:
 * {@code all} is how many the server holds, {@code results} how many this page carries (a client
 * pages with the {@code s}, {@code a} and {@code l} query parameters).
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "ResponseList")
@JsonPropertyOrder({"href", "all", "results", "Response"})
@JsonDeserialize(builder = ResponseList.Builder.class)
public final class ResponseList implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "all", isAttribute = true)
  private final Long all;

  @JacksonXmlProperty(localName = "results", isAttribute = true)
  private final Long results;

  @JacksonXmlProperty(localName = "Response")
  private final List<Response> responses;

  private ResponseList(Builder b, Long all, Long results) {
    this.href = b.href;
    this.all = all;
    this.results = results;
    this.responses = List.copyOf(b.responses);
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
   * Returns the {@code Response} element (a {@link Response}); never null, unmodifiable, empty when
   * there are none.
   */
  public List<Response> responses() {
    return responses;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResponseList o
        && Objects.equals(href, o.href)
        && Objects.equals(all, o.all)
        && Objects.equals(results, o.results)
        && Objects.equals(responses, o.responses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(href, all, results, responses);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "ResponseList[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (all != null) {
      s.add("all=" + all);
    }
    if (results != null) {
      s.add("results=" + results);
    }
    if (!responses.isEmpty()) {
      s.add("Response=" + responses);
    }
    return s.toString();
  }

  /** Builds a {@link ResponseList}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Long all;
    private Long results;
    private final List<Response> responses = new ArrayList<>();

    private Builder() {}

    private Builder(ResponseList v) {
      this.href = v.href;
      this.all = v.all;
      this.results = v.results;
      this.responses.addAll(v.responses);
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
     * ResponseList#toBuilder()} copies the value, so set {@code null} to count again.
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
     * is called; {@link ResponseList#toBuilder()} copies the value, so set {@code null} to count
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
     * Replaces the entries of responses (element {@code Response}, in the order given). Default:
     * empty.
     *
     * @throws NullPointerException if {@code items} or one of its entries is null
     */
    public Builder responses(List<Response> items) {
      Objects.requireNonNull(items, "items");
      items.forEach(item -> Objects.requireNonNull(item, "Response entry"));
      this.responses.clear();
      this.responses.addAll(items);
      return this;
    }

    /** Appends one entry to responses. */
    public Builder addResponse(Response item) {
      this.responses.add(Objects.requireNonNull(item, "Response"));
      return this;
    }

    /** Jackson hands over each run of repeated elements; runs that are split up are all kept. */
    @JacksonXmlProperty(localName = "Response")
    private Builder jacksonAddResponses(List<Response> items) {
      items.forEach(this::addResponse);
      return this;
    }

    /** Returns the ResponseList. */
    public ResponseList build() {
      long size = responses.size();
      Long allValue = all == null ? Long.valueOf(size) : all;
      Long resultsValue = results == null ? Long.valueOf(size) : results;
      return new ResponseList(this, allValue, resultsValue);
    }
  }
}
