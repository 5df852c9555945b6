package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.StringJoiner;

/**
 * The body of a 2030.5 error answer (element {@code Error}): a reason code and optionally how long
 * to wait before retrying. The schema has no free-text message element.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "Error")
@JsonPropertyOrder({"maxRetryDuration", "reasonCode"})
@JsonDeserialize(builder = Sep2Error.Builder.class)
public final class Sep2Error implements Sep2Document {

  /** The request could not be parsed. Value {@value}. */
  public static final int INVALID_REQUEST_FORMAT = 0;

  /** The request had values out of range. Value {@value}. */
  public static final int INVALID_REQUEST_VALUES = 1;

  /** The server cannot hold more of the resource. Value {@value}. */
  public static final int RESOURCE_LIMIT_REACHED = 2;

  /** The server does not support the condition of a subscription. Value {@value}. */
  public static final int CONDITIONAL_SUBSCRIPTION_NOT_SUPPORTED = 3;

  /** The client sent requests too often. Value {@value}. */
  public static final int MAXIMUM_REQUEST_FREQUENCY_EXCEEDED = 4;

  @JacksonXmlProperty(localName = "maxRetryDuration")
  private final Integer maxRetryDuration;

  @JacksonXmlProperty(localName = "reasonCode")
  private final Integer reasonCode;

  private Sep2Error(Builder b) {
    this.maxRetryDuration = b.maxRetryDuration;
    this.reasonCode = b.reasonCode;
  }

  /** Returns a builder with every element absent (lists empty). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding a copy of this value. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns how many seconds the client should wait before retrying, or empty when absent. */
  public OptionalInt maxRetryDuration() {
    return maxRetryDuration == null ? OptionalInt.empty() : OptionalInt.of(maxRetryDuration);
  }

  /**
   * Returns 0 invalid request format, 1 invalid request values, 2 resource limit reached, 3
   * conditional subscription field not supported, 4 maximum request frequency exceeded.
   */
  public int reasonCode() {
    return reasonCode;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Sep2Error o
        && Objects.equals(maxRetryDuration, o.maxRetryDuration)
        && Objects.equals(reasonCode, o.reasonCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetryDuration, reasonCode);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "Sep2Error[", "]");
    if (maxRetryDuration != null) {
      s.add("maxRetryDuration=" + maxRetryDuration);
    }
    if (reasonCode != null) {
      s.add("reasonCode=" + reasonCode);
    }
    return s.toString();
  }

  /** Builds a {@link Sep2Error}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private Integer maxRetryDuration;
    private Integer reasonCode;

    private Builder() {}

    private Builder(Sep2Error v) {
      this.maxRetryDuration = v.maxRetryDuration;
      this.reasonCode = v.reasonCode;
    }

    /**
     * How many seconds the client should wait before retrying. Default: absent; {@code null}
     * removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "maxRetryDuration")
    public Builder maxRetryDuration(Integer value) {
      this.maxRetryDuration = value == null ? null : Ranges.uint16("maxRetryDuration", value);
      return this;
    }

    /**
     * 0 invalid request format, 1 invalid request values, 2 resource limit reached, 3 conditional
     * subscription field not supported, 4 maximum request frequency exceeded. Required: {@link
     * #build()} fails without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "reasonCode")
    public Builder reasonCode(int value) {
      this.reasonCode = Ranges.uint16("reasonCode", value);
      return this;
    }

    /**
     * Returns the Sep2Error.
     *
     * @throws IllegalStateException if a required element is missing ({@code reasonCode})
     */
    public Sep2Error build() {
      Required.present("Error", "reasonCode", reasonCode);
      return new Sep2Error(this);
    }
  }
}
