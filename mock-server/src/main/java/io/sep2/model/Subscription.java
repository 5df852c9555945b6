package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A client's request to be notified (POSTed to {@code notificationURI}) when a resource changes,
 * optionally only when a condition holds.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "Subscription")
@JsonPropertyOrder({
  "href",
  "subscribedResource",
  "Condition",
  "encoding",
  "level",
  "limit",
  "notificationURI"
})
@JsonDeserialize(builder = Subscription.Builder.class)
public final class Subscription implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "subscribedResource")
  private final String subscribedResource;

  @JacksonXmlProperty(localName = "Condition")
  private final Condition condition;

  @JacksonXmlProperty(localName = "encoding")
  private final Integer encoding;

  @JacksonXmlProperty(localName = "level")
  private final String level;

  @JacksonXmlProperty(localName = "limit")
  private final Long limit;

  @JacksonXmlProperty(localName = "notificationURI")
  private final String notificationURI;

  private Subscription(Builder b) {
    this.href = b.href;
    this.subscribedResource = b.subscribedResource;
    this.condition = b.condition;
    this.encoding = b.encoding;
    this.level = b.level;
    this.limit = b.limit;
    this.notificationURI = b.notificationURI;
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

  /** Returns the resource watched. */
  public String subscribedResource() {
    return subscribedResource;
  }

  /** Returns the {@code Condition} element (a {@link Condition}), or empty when absent. */
  public Optional<Condition> condition() {
    return Optional.ofNullable(condition);
  }

  /** Returns 0 = application/sep+xml, 1 = application/sep-exi. */
  public int encoding() {
    return encoding;
  }

  /** Returns the function set level, e.g. {@code +S1} (String16). */
  public String level() {
    return level;
  }

  /** Returns for lists, how many entries to send. */
  public long limit() {
    return limit;
  }

  /** Returns where notifications are POSTed. */
  public String notificationURI() {
    return notificationURI;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Subscription o
        && Objects.equals(href, o.href)
        && Objects.equals(subscribedResource, o.subscribedResource)
        && Objects.equals(condition, o.condition)
        && Objects.equals(encoding, o.encoding)
        && Objects.equals(level, o.level)
        && Objects.equals(limit, o.limit)
        && Objects.equals(notificationURI, o.notificationURI);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href, subscribedResource, condition, encoding, level, limit, notificationURI);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "Subscription[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (subscribedResource != null) {
      s.add("subscribedResource=" + subscribedResource);
    }
    if (condition != null) {
      s.add("Condition=" + condition);
    }
    if (encoding != null) {
      s.add("encoding=" + encoding);
    }
    if (level != null) {
      s.add("level=" + level);
    }
    if (limit != null) {
      s.add("limit=" + limit);
    }
    if (notificationURI != null) {
      s.add("notificationURI=" + notificationURI);
    }
    return s.toString();
  }

  /** Builds a {@link Subscription}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private String subscribedResource;
    private Condition condition;
    private Integer encoding;
    private String level;
    private Long limit;
    private String notificationURI;

    private Builder() {}

    private Builder(Subscription v) {
      this.href = v.href;
      this.subscribedResource = v.subscribedResource;
      this.condition = v.condition;
      this.encoding = v.encoding;
      this.level = v.level;
      this.limit = v.limit;
      this.notificationURI = v.notificationURI;
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
     * The resource watched. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "subscribedResource")
    public Builder subscribedResource(String value) {
      Objects.requireNonNull(value, "subscribedResource");
      this.subscribedResource = Ranges.uri("subscribedResource", value);
      return this;
    }

    /**
     * The {@code Condition} element (a {@link Condition}). Default: absent; {@code null} removes
     * it.
     */
    @JacksonXmlProperty(localName = "Condition")
    public Builder condition(Condition value) {
      this.condition = value;
      return this;
    }

    /**
     * 0 = application/sep+xml, 1 = application/sep-exi. Required: {@link #build()} fails without
     * it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "encoding")
    public Builder encoding(int value) {
      this.encoding = Ranges.uint8("encoding", value);
      return this;
    }

    /**
     * The function set level, e.g. {@code +S1} (String16). Required: {@link #build()} fails without
     * it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "level")
    public Builder level(String value) {
      Objects.requireNonNull(value, "level");
      this.level = Ranges.string("level", value, 16);
      return this;
    }

    /**
     * For lists, how many entries to send. Required: {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "limit")
    public Builder limit(long value) {
      this.limit = Ranges.uint32("limit", value);
      return this;
    }

    /**
     * Where notifications are POSTed. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "notificationURI")
    public Builder notificationURI(String value) {
      Objects.requireNonNull(value, "notificationURI");
      this.notificationURI = Ranges.uri("notificationURI", value);
      return this;
    }

    /**
     * Returns the Subscription.
     *
     * @throws IllegalStateException if a required element is missing ({@code subscribedResource},
     *     {@code encoding}, {@code level}, {@code limit}, {@code notificationURI})
     */
    public Subscription build() {
      Required.present("Subscription", "subscribedResource", subscribedResource);
      Required.present("Subscription", "encoding", encoding);
      Required.present("Subscription", "level", level);
      Required.present("Subscription", "limit", limit);
      Required.present("Subscription", "notificationURI", notificationURI);
      return new Subscription(this);
    }
  }
}
