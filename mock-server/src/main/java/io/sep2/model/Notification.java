package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * What a server POSTs to a subscriber's notificationURI when a subscribed resource changes: the new
 * state of the resource (any resource, carried as {@code <Resource xsi:type="...">}) or a status
 * saying why the subscription ended.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "Notification")
@JsonPropertyOrder({
  "href",
  "subscribedResource",
  "newResourceURI",
  "Resource",
  "status",
  "subscriptionURI"
})
@JsonDeserialize(builder = Notification.Builder.class)
public final class Notification implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "subscribedResource")
  private final String subscribedResource;

  @JacksonXmlProperty(localName = "newResourceURI")
  private final String newResourceURI;

  @JacksonXmlProperty(localName = "Resource")
  @JsonTypeInfo(
      use = JsonTypeInfo.Id.NAME,
      include = JsonTypeInfo.As.PROPERTY,
      property = "xsi:type")
  private final Resource resource;

  @JacksonXmlProperty(localName = "status")
  private final Integer status;

  @JacksonXmlProperty(localName = "subscriptionURI")
  private final String subscriptionURI;

  private Notification(Builder b) {
    this.href = b.href;
    this.subscribedResource = b.subscribedResource;
    this.newResourceURI = b.newResourceURI;
    this.resource = b.resource;
    this.status = b.status;
    this.subscriptionURI = b.subscriptionURI;
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

  /** Returns the resource that changed. */
  public String subscribedResource() {
    return subscribedResource;
  }

  /** Returns the new URI of the resource, if it moved, or empty when absent. */
  public Optional<String> newResourceURI() {
    return Optional.ofNullable(newResourceURI);
  }

  /** Returns the changed resource itself, or empty when absent. */
  public Optional<Resource> resource() {
    return Optional.ofNullable(resource);
  }

  /**
   * Returns 0 default, 1 subscription cancelled (no more information), 2 cancelled because the
   * resource moved, 3 cancelled (resource definition changed), 4 cancelled (resource deleted).
   */
  public int status() {
    return status;
  }

  /** Returns the URI of the subscription. */
  public String subscriptionURI() {
    return subscriptionURI;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Notification o
        && Objects.equals(href, o.href)
        && Objects.equals(subscribedResource, o.subscribedResource)
        && Objects.equals(newResourceURI, o.newResourceURI)
        && Objects.equals(resource, o.resource)
        && Objects.equals(status, o.status)
        && Objects.equals(subscriptionURI, o.subscriptionURI);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href, subscribedResource, newResourceURI, resource, status, subscriptionURI);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "Notification[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (subscribedResource != null) {
      s.add("subscribedResource=" + subscribedResource);
    }
    if (newResourceURI != null) {
      s.add("newResourceURI=" + newResourceURI);
    }
    if (resource != null) {
      s.add("Resource=" + resource);
    }
    if (status != null) {
      s.add("status=" + status);
    }
    if (subscriptionURI != null) {
      s.add("subscriptionURI=" + subscriptionURI);
    }
    return s.toString();
  }

  /** Builds a {@link Notification}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private String subscribedResource;
    private String newResourceURI;
    private Resource resource;
    private Integer status;
    private String subscriptionURI;

    private Builder() {}

    private Builder(Notification v) {
      this.href = v.href;
      this.subscribedResource = v.subscribedResource;
      this.newResourceURI = v.newResourceURI;
      this.resource = v.resource;
      this.status = v.status;
      this.subscriptionURI = v.subscriptionURI;
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
     * The resource that changed. Required: {@link #build()} fails without it.
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
     * The new URI of the resource, if it moved. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "newResourceURI")
    public Builder newResourceURI(String value) {
      this.newResourceURI = value == null ? null : Ranges.uri("newResourceURI", value);
      return this;
    }

    /** The changed resource itself. Default: absent; {@code null} removes it. */
    @JacksonXmlProperty(localName = "Resource")
    @JsonTypeInfo(
        use = JsonTypeInfo.Id.NAME,
        include = JsonTypeInfo.As.PROPERTY,
        property = "xsi:type")
    public Builder resource(Resource value) {
      this.resource = value;
      return this;
    }

    /**
     * 0 default, 1 subscription cancelled (no more information), 2 cancelled because the resource
     * moved, 3 cancelled (resource definition changed), 4 cancelled (resource deleted). Required:
     * {@link #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "status")
    public Builder status(int value) {
      this.status = Ranges.uint8("status", value);
      return this;
    }

    /**
     * The URI of the subscription. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "subscriptionURI")
    public Builder subscriptionURI(String value) {
      Objects.requireNonNull(value, "subscriptionURI");
      this.subscriptionURI = Ranges.uri("subscriptionURI", value);
      return this;
    }

    /**
     * Returns the Notification.
     *
     * @throws IllegalStateException if a required element is missing ({@code subscribedResource},
     *     {@code status}, {@code subscriptionURI})
     */
    public Notification build() {
      Required.present("Notification", "subscribedResource", subscribedResource);
      Required.present("Notification", "status", status);
      Required.present("Notification", "subscriptionURI", subscriptionURI);
      return new Notification(this);
    }
  }
}
