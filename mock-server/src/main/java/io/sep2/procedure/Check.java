package io.sep2.procedure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A condition on what the device client did, judged from what the utility server holds and saw:
 * before a procedure starts (it starts once they all hold), as the gate of an event, or as a final
 * criterion. A check is a type from the CSIP-AUS procedure vocabulary (e.g. {@code
 * der-settings-contents}), or one of this kit's own ({@code der-availability-contents}, {@code
 * all-requests-xsd-valid}, {@code comm-003-basic-security}, {@code comm-004-chain-refused}), with
 * named parameters. Immutable.
 */
public final class Check {

  /** The kinds of mirrored reading the reading checks look at (uom, kind, data qualifier, role). */
  public enum ReadingKind {
    /** Site real power: W, average, on a MirrorUsagePoint with roleFlags 0x03 (site). */
    SITE_ACTIVE_POWER("readings-site-active-power"),
    /** Site reactive power: var, average, site. */
    SITE_REACTIVE_POWER("readings-site-reactive-power"),
    /** Voltage: V, average, site (or device when the site has none). */
    VOLTAGE("readings-voltage"),
    /** DER real power: W, average, on a MirrorUsagePoint with roleFlags 0x49 (DER submeter). */
    DER_ACTIVE_POWER("readings-der-active-power"),
    /** DER reactive power: var, average, DER. */
    DER_REACTIVE_POWER("readings-der-reactive-power"),
    /** DER stored energy: Wh, DER. */
    DER_STORED_ENERGY("readings-der-stored-energy");

    private final String type;

    ReadingKind(String type) {
      this.type = type;
    }

    /** The check type, e.g. {@code readings-site-active-power}. */
    public String type() {
      return type;
    }
  }

  private final String type;
  private final Map<String, Object> parameters;

  private Check(String type, Map<String, ?> parameters) {
    this.type = Objects.requireNonNull(type, "type");
    this.parameters = Parameters.copy(parameters);
  }

  /** A check of {@code type} with {@code parameters} (names as in the procedure files). */
  public static Check of(String type, Map<String, ?> parameters) {
    return new Check(type, parameters);
  }

  /** Every step completed (removed), except {@code ignored} ones. */
  public static Check allStepsComplete(String... ignored) {
    return of(
        "all-steps-complete",
        ignored.length == 0 ? Map.of() : Map.of("ignored_steps", List.of(ignored)));
  }

  /** An EndDevice is registered. */
  public static Check endDeviceRegistered() {
    return of("end-device-contents", Map.of());
  }

  /**
   * The EndDevice is registered, with a CSIP-AUS ConnectionPoint id when {@code connectionPoint},
   * with an LFDI of 40 upper-case hex digits whose SFDI is the EndDevice's when {@code lfdi}.
   */
  public static Check endDevice(boolean connectionPoint, boolean lfdi) {
    Map<String, Object> p = new LinkedHashMap<>();
    if (connectionPoint) {
      p.put("has_connection_point_id", true);
    }
    if (lfdi) {
      p.put("check_lfdi", true);
    }
    return of("end-device-contents", p);
  }

  /**
   * The EndDevice's DERSettings are stored with each of {@code fields} present (e.g. {@code
   * setMaxW}, {@code setMaxVA}).
   */
  public static Check derSettings(String... fields) {
    return of("der-settings-contents", present(fields));
  }

  /** The EndDevice's DERSettings are stored with setGradW equal to {@code setGradW}. */
  public static Check derSettingsSetGradW(int setGradW) {
    return of("der-settings-contents", Map.of("setGradW", (long) setGradW));
  }

  /** The EndDevice's DERCapability is stored with each of {@code fields} present. */
  public static Check derCapability(String... fields) {
    return of("der-capability-contents", present(fields));
  }

  /**
   * The EndDevice's DERStatus is stored; each given parameter ({@code genConnectStatus_bit0}
   * true/false, {@code operationalModeStatus} 2...) must hold.
   */
  public static Check derStatus(Map<String, ?> parameters) {
    return of("der-status-contents", parameters);
  }

  /** The EndDevice's DERAvailability is stored. */
  public static Check derAvailability() {
    return of("der-availability-contents", Map.of());
  }

  /** At least {@code minimumCount} readings of {@code kind} were mirrored, well formed. */
  public static Check readings(ReadingKind kind, int minimumCount) {
    return of(kind.type(), Map.of("minimum_count", (long) minimumCount));
  }

  /**
   * Readings of {@code kind}: at least {@code minimumCount}, and the latest of each within {@code
   * minimum}..{@code maximum} (in the reading's unit, after its power of ten).
   */
  public static Check readings(ReadingKind kind, int minimumCount, double minimum, double maximum) {
    return of(
        kind.type(),
        Map.of(
            "minimum_count",
            (long) minimumCount,
            "minimum_level",
            minimum,
            "maximum_level",
            maximum));
  }

  /** The control created with {@code tag} got a Response with {@code status} (1 received...). */
  public static Check responses(String tag, int status) {
    return of("response-contents", Map.of("subject_tag", tag, "status", (long) status));
  }

  /** The latest Response to the control created with {@code tag} has {@code status}. */
  public static Check latestResponse(String tag, int status) {
    return of(
        "response-contents", Map.of("subject_tag", tag, "status", (long) status, "latest", true));
  }

  /** Every control (cancelled ones too) got a Response with {@code status}. */
  public static Check everyControlResponded(int status) {
    return of("response-contents", Map.of("all", true, "status", (long) status));
  }

  /** The control created with {@code tag} got no Response at all. */
  public static Check noResponse(String tag) {
    return of("response-contents", Map.of("subject_tag", tag, "exists", false));
  }

  /** A subscription to {@code resource} (a path, e.g. {@code /edev/1/derp/1/derc}) exists. */
  public static Check subscription(String resource) {
    return of("subscription-contents", Map.of("subscribed_resource", resource));
  }

  /** Notifications went out and every attempt to deliver one was answered 2xx by the client. */
  public static Check notificationsDelivered() {
    return of("all-notifications-transmitted", Map.of());
  }

  /**
   * The client's {@code method} requests on each endpoint (patterns with <code>&#42;</code>) came
   * at {@code interval}: no more than one gap over 1.5 intervals in any 5 intervals, no more than 6
   * requests in any 3 intervals.
   */
  public static Check pollTiming(String method, Duration interval, String... endpoints) {
    return of(
        "all-polls-at-correct-time",
        Map.of(
            "endpoints",
            List.of(endpoints),
            "poll_interval_seconds",
            interval.toSeconds(),
            "request_type_str",
            method));
  }

  /** Every document the client sent was valid against the schema the server was given. */
  public static Check requestsSchemaValid() {
    return of("all-requests-xsd-valid", Map.of());
  }

  /**
   * COMM-003 (basic security): a connection negotiated TLS 1.2 with
   * TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 and got 200 for GET of the DeviceCapability.
   */
  public static Check basicSecurity() {
    return of("comm-003-basic-security", Map.of());
  }

  /**
   * COMM-004 (chain variants): the server presented a defective chain and the client refused it (no
   * connection carried an HTTP request).
   */
  public static Check refusedDefectiveChain() {
    return of("comm-004-chain-refused", Map.of());
  }

  private static Map<String, Object> present(String... fields) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (String f : fields) {
      p.put(f, true);
    }
    return p;
  }

  /** The type, e.g. {@code der-settings-contents}. */
  public String type() {
    return type;
  }

  /** The parameters, in the order given. */
  public Map<String, Object> parameters() {
    return parameters;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Check c && c.type.equals(type) && c.parameters.equals(parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, parameters);
  }

  @Override
  public String toString() {
    return Parameters.describe(type, parameters);
  }
}
