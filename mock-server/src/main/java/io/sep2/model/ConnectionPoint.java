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
 * CSIP-AUS: the network connection point of an EndDevice, identified by the NMI (National Metering
 * Identifier). Element {@code ConnectionPoint} in the {@code https://csipaus.org/ns} namespace.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "ConnectionPoint", namespace = Namespaces.CSIPAUS)
@JsonPropertyOrder({"href", "connectionPointId"})
@JsonDeserialize(builder = ConnectionPoint.Builder.class)
public final class ConnectionPoint implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "connectionPointId", namespace = Namespaces.CSIPAUS)
  private final String connectionPointId;

  private ConnectionPoint(Builder b) {
    this.href = b.href;
    this.connectionPointId = b.connectionPointId;
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

  /** Returns the connection point id, typically the NMI (String32). */
  public String connectionPointId() {
    return connectionPointId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConnectionPoint o
        && Objects.equals(href, o.href)
        && Objects.equals(connectionPointId, o.connectionPointId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(href, connectionPointId);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "ConnectionPoint[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (connectionPointId != null) {
      s.add("connectionPointId=" + connectionPointId);
    }
    return s.toString();
  }

  /** Builds a {@link ConnectionPoint}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private String connectionPointId;

    private Builder() {}

    private Builder(ConnectionPoint v) {
      this.href = v.href;
      this.connectionPointId = v.connectionPointId;
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
     * The connection point id, typically the NMI (String32). Required: {@link #build()} fails
     * without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "connectionPointId")
    public Builder connectionPointId(String value) {
      Objects.requireNonNull(value, "connectionPointId");
      this.connectionPointId = Ranges.string("connectionPointId", value, 32);
      return this;
    }

    /**
     * Returns the ConnectionPoint.
     *
     * @throws IllegalStateException if a required element is missing ({@code connectionPointId})
     */
    public ConnectionPoint build() {
      Required.present("ConnectionPoint", "connectionPointId", connectionPointId);
      return new ConnectionPoint(this);
    }
  }
}
