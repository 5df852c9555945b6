package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;

/**
 * How a DER is right now, posted by the client: connection, inverter and storage state, alarms.
 *
 * <p>Immutable; build with {@link #builder()}, change a copy with {@link #toBuilder()}. Elements
 * are written in the order the 2030.5 schema requires.
 */
@JacksonXmlRootElement(localName = "DERStatus")
@JsonPropertyOrder({
  "href",
  "subscribable",
  "alarmStatus",
  "genConnectStatus",
  "inverterStatus",
  "localControlModeStatus",
  "manufacturerStatus",
  "operationalModeStatus",
  "readingTime",
  "stateOfChargeStatus",
  "storageModeStatus",
  "storConnectStatus"
})
@JsonDeserialize(builder = DerStatus.Builder.class)
public final class DerStatus implements Resource {

  @JacksonXmlProperty(localName = "href", isAttribute = true)
  private final String href;

  @JacksonXmlProperty(localName = "subscribable", isAttribute = true)
  private final Integer subscribable;

  @JacksonXmlProperty(localName = "alarmStatus")
  @JsonSerialize(using = HexBinary.Hex32Serializer.class)
  private final Long alarmStatus;

  @JacksonXmlProperty(localName = "genConnectStatus")
  private final ConnectStatus genConnectStatus;

  @JacksonXmlProperty(localName = "inverterStatus")
  private final InverterStatus inverterStatus;

  @JacksonXmlProperty(localName = "localControlModeStatus")
  private final LocalControlModeStatus localControlModeStatus;

  @JacksonXmlProperty(localName = "manufacturerStatus")
  private final ManufacturerStatus manufacturerStatus;

  @JacksonXmlProperty(localName = "operationalModeStatus")
  private final OperationalModeStatus operationalModeStatus;

  @JacksonXmlProperty(localName = "readingTime")
  private final Instant readingTime;

  @JacksonXmlProperty(localName = "stateOfChargeStatus")
  private final StateOfChargeStatus stateOfChargeStatus;

  @JacksonXmlProperty(localName = "storageModeStatus")
  private final StorageModeStatus storageModeStatus;

  @JacksonXmlProperty(localName = "storConnectStatus")
  private final ConnectStatus storConnectStatus;

  private DerStatus(Builder b) {
    this.href = b.href;
    this.subscribable = b.subscribable;
    this.alarmStatus = b.alarmStatus;
    this.genConnectStatus = b.genConnectStatus;
    this.inverterStatus = b.inverterStatus;
    this.localControlModeStatus = b.localControlModeStatus;
    this.manufacturerStatus = b.manufacturerStatus;
    this.operationalModeStatus = b.operationalModeStatus;
    this.readingTime = b.readingTime;
    this.stateOfChargeStatus = b.stateOfChargeStatus;
    this.storageModeStatus = b.storageModeStatus;
    this.storConnectStatus = b.storConnectStatus;
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

  /** Returns bitmap of active alarms (HexBinary32), or empty when absent. */
  public OptionalLong alarmStatus() {
    return alarmStatus == null ? OptionalLong.empty() : OptionalLong.of(alarmStatus);
  }

  /**
   * Returns the {@code genConnectStatus} element (a {@link ConnectStatus}), or empty when absent.
   */
  public Optional<ConnectStatus> genConnectStatus() {
    return Optional.ofNullable(genConnectStatus);
  }

  /**
   * Returns the {@code inverterStatus} element (a {@link InverterStatus}), or empty when absent.
   */
  public Optional<InverterStatus> inverterStatus() {
    return Optional.ofNullable(inverterStatus);
  }

  /**
   * Returns the {@code localControlModeStatus} element (a {@link LocalControlModeStatus}), or empty
   * when absent.
   */
  public Optional<LocalControlModeStatus> localControlModeStatus() {
    return Optional.ofNullable(localControlModeStatus);
  }

  /**
   * Returns the {@code manufacturerStatus} element (a {@link ManufacturerStatus}), or empty when
   * absent.
   */
  public Optional<ManufacturerStatus> manufacturerStatus() {
    return Optional.ofNullable(manufacturerStatus);
  }

  /**
   * Returns the {@code operationalModeStatus} element (a {@link OperationalModeStatus}), or empty
   * when absent.
   */
  public Optional<OperationalModeStatus> operationalModeStatus() {
    return Optional.ofNullable(operationalModeStatus);
  }

  /** Returns when the status was read. */
  public Instant readingTime() {
    return readingTime;
  }

  /**
   * Returns the {@code stateOfChargeStatus} element (a {@link StateOfChargeStatus}), or empty when
   * absent.
   */
  public Optional<StateOfChargeStatus> stateOfChargeStatus() {
    return Optional.ofNullable(stateOfChargeStatus);
  }

  /**
   * Returns the {@code storageModeStatus} element (a {@link StorageModeStatus}), or empty when
   * absent.
   */
  public Optional<StorageModeStatus> storageModeStatus() {
    return Optional.ofNullable(storageModeStatus);
  }

  /**
   * Returns the {@code storConnectStatus} element (a {@link ConnectStatus}), or empty when absent.
   */
  public Optional<ConnectStatus> storConnectStatus() {
    return Optional.ofNullable(storConnectStatus);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DerStatus o
        && Objects.equals(href, o.href)
        && Objects.equals(subscribable, o.subscribable)
        && Objects.equals(alarmStatus, o.alarmStatus)
        && Objects.equals(genConnectStatus, o.genConnectStatus)
        && Objects.equals(inverterStatus, o.inverterStatus)
        && Objects.equals(localControlModeStatus, o.localControlModeStatus)
        && Objects.equals(manufacturerStatus, o.manufacturerStatus)
        && Objects.equals(operationalModeStatus, o.operationalModeStatus)
        && Objects.equals(readingTime, o.readingTime)
        && Objects.equals(stateOfChargeStatus, o.stateOfChargeStatus)
        && Objects.equals(storageModeStatus, o.storageModeStatus)
        && Objects.equals(storConnectStatus, o.storConnectStatus);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        href,
        subscribable,
        alarmStatus,
        genConnectStatus,
        inverterStatus,
        localControlModeStatus,
        manufacturerStatus,
        operationalModeStatus,
        readingTime,
        stateOfChargeStatus,
        storageModeStatus,
        storConnectStatus);
  }

  @Override
  public String toString() {
    StringJoiner s = new StringJoiner(", ", "DerStatus[", "]");
    if (href != null) {
      s.add("href=" + href);
    }
    if (subscribable != null) {
      s.add("subscribable=" + subscribable);
    }
    if (alarmStatus != null) {
      s.add("alarmStatus=" + alarmStatus);
    }
    if (genConnectStatus != null) {
      s.add("genConnectStatus=" + genConnectStatus);
    }
    if (inverterStatus != null) {
      s.add("inverterStatus=" + inverterStatus);
    }
    if (localControlModeStatus != null) {
      s.add("localControlModeStatus=" + localControlModeStatus);
    }
    if (manufacturerStatus != null) {
      s.add("manufacturerStatus=" + manufacturerStatus);
    }
    if (operationalModeStatus != null) {
      s.add("operationalModeStatus=" + operationalModeStatus);
    }
    if (readingTime != null) {
      s.add("readingTime=" + readingTime);
    }
    if (stateOfChargeStatus != null) {
      s.add("stateOfChargeStatus=" + stateOfChargeStatus);
    }
    if (storageModeStatus != null) {
      s.add("storageModeStatus=" + storageModeStatus);
    }
    if (storConnectStatus != null) {
      s.add("storConnectStatus=" + storConnectStatus);
    }
    return s.toString();
  }

  /** Builds a {@link DerStatus}; not thread-safe. */
  @JsonPOJOBuilder(withPrefix = "jackson", buildMethodName = "build")
  public static final class Builder {
    private String href;
    private Integer subscribable;
    private Long alarmStatus;
    private ConnectStatus genConnectStatus;
    private InverterStatus inverterStatus;
    private LocalControlModeStatus localControlModeStatus;
    private ManufacturerStatus manufacturerStatus;
    private OperationalModeStatus operationalModeStatus;
    private Instant readingTime;
    private StateOfChargeStatus stateOfChargeStatus;
    private StorageModeStatus storageModeStatus;
    private ConnectStatus storConnectStatus;

    private Builder() {}

    private Builder(DerStatus v) {
      this.href = v.href;
      this.subscribable = v.subscribable;
      this.alarmStatus = v.alarmStatus;
      this.genConnectStatus = v.genConnectStatus;
      this.inverterStatus = v.inverterStatus;
      this.localControlModeStatus = v.localControlModeStatus;
      this.manufacturerStatus = v.manufacturerStatus;
      this.operationalModeStatus = v.operationalModeStatus;
      this.readingTime = v.readingTime;
      this.stateOfChargeStatus = v.stateOfChargeStatus;
      this.storageModeStatus = v.storageModeStatus;
      this.storConnectStatus = v.storConnectStatus;
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
     * Bitmap of active alarms (HexBinary32). Default: absent; {@code null} removes it.
     *
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "alarmStatus")
    @JsonDeserialize(using = HexBinary.Hex32Deserializer.class)
    public Builder alarmStatus(Long value) {
      this.alarmStatus = value == null ? null : Ranges.hex32("alarmStatus", value);
      return this;
    }

    /**
     * The {@code genConnectStatus} element (a {@link ConnectStatus}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "genConnectStatus")
    public Builder genConnectStatus(ConnectStatus value) {
      this.genConnectStatus = value;
      return this;
    }

    /**
     * The {@code inverterStatus} element (a {@link InverterStatus}). Default: absent; {@code null}
     * removes it.
     */
    @JacksonXmlProperty(localName = "inverterStatus")
    public Builder inverterStatus(InverterStatus value) {
      this.inverterStatus = value;
      return this;
    }

    /**
     * The {@code localControlModeStatus} element (a {@link LocalControlModeStatus}). Default:
     * absent; {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "localControlModeStatus")
    public Builder localControlModeStatus(LocalControlModeStatus value) {
      this.localControlModeStatus = value;
      return this;
    }

    /**
     * The {@code manufacturerStatus} element (a {@link ManufacturerStatus}). Default: absent;
     * {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "manufacturerStatus")
    public Builder manufacturerStatus(ManufacturerStatus value) {
      this.manufacturerStatus = value;
      return this;
    }

    /**
     * The {@code operationalModeStatus} element (a {@link OperationalModeStatus}). Default: absent;
     * {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "operationalModeStatus")
    public Builder operationalModeStatus(OperationalModeStatus value) {
      this.operationalModeStatus = value;
      return this;
    }

    /**
     * When the status was read. Required: {@link #build()} fails without it.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is outside the schema type
     */
    @JacksonXmlProperty(localName = "readingTime")
    public Builder readingTime(Instant value) {
      Objects.requireNonNull(value, "readingTime");
      this.readingTime = Ranges.time("readingTime", value);
      return this;
    }

    /**
     * The {@code stateOfChargeStatus} element (a {@link StateOfChargeStatus}). Default: absent;
     * {@code null} removes it.
     */
    @JacksonXmlProperty(localName = "stateOfChargeStatus")
    public Builder stateOfChargeStatus(StateOfChargeStatus value) {
      this.stateOfChargeStatus = value;
      return this;
    }

    /**
     * The {@code storageModeStatus} element (a {@link StorageModeStatus}). Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "storageModeStatus")
    public Builder storageModeStatus(StorageModeStatus value) {
      this.storageModeStatus = value;
      return this;
    }

    /**
     * The {@code storConnectStatus} element (a {@link ConnectStatus}). Default: absent; {@code
     * null} removes it.
     */
    @JacksonXmlProperty(localName = "storConnectStatus")
    public Builder storConnectStatus(ConnectStatus value) {
      this.storConnectStatus = value;
      return this;
    }

    /**
     * Returns the DerStatus.
     *
     * @throws IllegalStateException if a required element is missing ({@code readingTime})
     */
    public DerStatus build() {
      Required.present("DERStatus", "readingTime", readingTime);
      return new DerStatus(this);
    }
  }
}
