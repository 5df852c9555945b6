package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * A device's registration: when it was registered and the PIN that the installer confirms, so that
 * the server trusts the certificate of a device it was told to expect.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "Registration")
@JsonPropertyOrder({"href", "pollRate", "dateTimeRegistered", "pIN"})
@JsonDeserialize(builder = Registration.Builder.class)
public final class Registration implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "pollRate", isAttribute = true)
  private final Long pollRate;

  @JacksonXmlProperty(localName = "dateTimeRegistered")
  private final Instant dateTimeRegistered;

  @JacksonXmlProperty(localName = "pIN")
  private final Long pin;

  private Registration(Builder b) {
    this.href = b.href;
    this.pollRate = b.pollRate;
    this.dateTimeRegistered = b.dateTimeRegistered;
    this.pin = b.pin;
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

  /** Returns how often, in seconds, to poll; absent means 900, or empty when absent. */
  public OptionalLong pollRate() {
    return pollRate == null ? OptionalLong.empty() : OptionalLong.of(pollRate);
  }

  /** Returns when the device was registered. */
  public Instant dateTimeRegistered() {
    return dateTimeRegistered;
  }

  /** Returns the registration PIN, 6 digits with a check digit (PINType). */
  public long pin() {
    return pin;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Registration o
        && Objects.equals(href, o.href)
        && Objects.equals(pollRate, o.pollRate)
        && Objects.equals(dateTimeRegistered, o.dateTimeRegistered)
        && Objects.equals(pin, o.pin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(href, pollRate, dateTimeRegistered, pin);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "Registration[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (pollRate != null) {
      s.add("pollRate=" + pollRate);
    }
    if (dateTimeRegistered != null) {
      s.add("dateTimeRegistered=" + dateTimeRegistered);
    }
    if (pin != null) {
      s.add("pIN=" + pin);
    }
    return s.toString();
  }

  /** Builds a {@link Registration}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Long pollRate;
    private Instant dateTimeRegistered;
    private Long pin;

    private Builder() {}

    private Builder(Registration v) {
      this.href = v.href;
      this.pollRate = v.pollRate;
      this.dateTimeRegistered = v.dateTimeRegistered;
      this.pin = v.pin;
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
     * How often, in seconds, to poll; absent means 900. Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "pollRate", isAttribute = true)
    public Builder pollRate(Long value) {
      this.pollRate = value == null ? null : Ranges.uint32("pollRate", value);
      return this;
    }

    /**
     * When the device was registered. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "dateTimeRegistered")
    public Builder dateTimeRegistered(Instant value) {
      Objects.requireNonNull(value, "dateTimeRegistered");
      this.dateTimeRegistered = Ranges.time("dateTimeRegistered", value);
      return this;
    }

    /**
     * The registration PIN, 6 digits with a check digit (PINType). Required: {@link #build()} fails
     * without it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "pIN")
    public Builder pin(long value) {
      this.pin = Ranges.uint32("pIN", value);
      return this;
    }

    /**
     * Returns the Registration.
     *
     * @throws IllegalStateException if a required element is missing ({@code dateTimeRegistered},
     *     {@code pIN})
     */
    public Registration build() {
      Required.present("Registration", "dateTimeRegistered", dateTimeRegistered);
      Required.present("Registration", "pIN", pin);
      return new Registration(this);
    }
  }
}
