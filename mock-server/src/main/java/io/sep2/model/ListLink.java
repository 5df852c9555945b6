package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * A reference to a list resource, with the number of entries the list holds ({@code all}), so a
 * client can tell whether it needs to fetch the list at all.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JsonPropertyOrder({"href", "all"})
@JsonDeserialize(builder = ListLink.Builder.class)
public final class ListLink {

  /**
   * Returns a link to the list at {@code href}, without a count.
   *
   * @throws NullPointerException if {@code href} is null
   */
  public static ListLink of(String href) {
    return builder().href(href).build();
  }

  /**
   * Returns a link to the list at {@code href} that holds {@code all} entries.
   *
   * @throws IllegalArgumentException if {@code all} is outside UInt32
   */
  public static ListLink of(String href, long all) {
    return builder().href(href).all(all).build();
  }

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "all", isAttribute = true)
  private final Long all;

  private ListLink(Builder b) {
    this.href = b.href;
    this.all = b.all;
  }

  /** Returns a builder with every element absent (lists empty). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding a copy of this value. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the URI of the list resource (e.g. {@code /edev}). */
  public String href() {
    return href;
  }

  /** Returns how many entries the list holds, or empty when absent. */
  public OptionalLong all() {
    return all == null ? OptionalLong.empty() : OptionalLong.of(all);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListLink o
        && Objects.equals(href, o.href)
        && Objects.equals(all, o.all);
  }

  @Override
  public int hashCode() {
    return Objects.hash(href, all);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "ListLink[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (all != null) {
      s.add("all=" + all);
    }
    return s.toString();
  }

  /** Builds a {@link ListLink}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Long all;

    private Builder() {}

    private Builder(ListLink v) {
      this.href = v.href;
      this.all = v.all;
    }

    /**
     * The URI of the list resource (e.g. {@code /edev}). Required: {@link #build()} fails without
     * it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "href", isAttribute = true)
    public Builder href(String value) {
      Objects.requireNonNull(value, "href");
      this.href = Ranges.uri("href", value);
      return this;
    }

    /**
     * How many entries the list holds. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "all", isAttribute = true)
    public Builder all(Long value) {
      this.all = value == null ? null : Ranges.uint32("all", value);
      return this;
    }

    /**
     * Returns the ListLink.
     *
     * @throws IllegalStateException if a required element is missing ({@code href})
     */
    public ListLink build() {
      Required.present("ListLink", "href", href);
      return new ListLink(this);
    }
  }
}
