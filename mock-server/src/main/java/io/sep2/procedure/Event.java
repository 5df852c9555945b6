package io.sep2.procedure;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Step} waits for: a request of the device client, a time span, or an operator's
 * "proceed". Immutable.
 *
 * <ul>
 *   <li>A <b>request</b>: the method and an endpoint pattern, a path relative to the server's base
 *       path whose segments may be <code>&#42;</code> (exactly one whole segment: <code>
 *       /edev/&#42;/der/1/ders</code>); without a <code>&#42;</code> the path must be equal. The
 *       query does not count, except that a request for a later page of a list ({@code s} other
 *       than 0) never matches. By default the step fires <em>before</em> the server handles the
 *       request, so what its actions create is already in that request's answer; {@link
 *       #afterServed()} fires it after, so its checks see what the request stored.
 *   <li>A <b>wait</b>: fires once the time has passed on the utility clock since the step was
 *       enabled.
 *   <li>A <b>proceed</b>: fires when the operator says so ({@code UtilityServer.proceed()}, the
 *       admin interface, {@link ProcedureRun#proceed()}), or once its timeout passed, if it has
 *       one.
 * </ul>
 *
 * <p>{@link #when(Check...)} adds checks that must all pass for the event to fire; while one fails
 * the step keeps waiting.
 */
public final class Event {

  /** The kinds of event. */
  public enum Kind {
    /** A request of the device client. */
    REQUEST,
    /** A time span on the utility clock. */
    WAIT,
    /** The operator's "proceed", or a timeout. */
    PROCEED
  }

  private final Kind kind;
  private final String method;
  private final Object endpoint;
  private final boolean afterServed;
  private final Duration duration;
  private final List<Check> checks;

  private Event(
      Kind kind,
      String method,
      Object endpoint,
      boolean afterServed,
      Duration duration,
      List<Check> checks) {
    this.kind = kind;
    this.method = method;
    this.endpoint = endpoint;
    this.afterServed = afterServed;
    this.duration = duration;
    this.checks = List.copyOf(checks);
  }

  /**
   * A request with {@code method} on a path matching {@code endpoint} (a pattern as above, or an
   * {@link Expression} giving one, such as {@code $randuri_1}).
   */
  public static Event request(String method, Object endpoint) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(endpoint, "endpoint");
    if (!(endpoint instanceof String) && !(endpoint instanceof Expression)) {
      throw new IllegalArgumentException("an endpoint is a String or an Expression: " + endpoint);
    }
    return new Event(
        Kind.REQUEST, method.toUpperCase(Locale.ROOT), endpoint, false, null, List.of());
  }

  /** A GET of {@code endpoint}. */
  public static Event get(String endpoint) {
    return request("GET", endpoint);
  }

  /** A POST to {@code endpoint}. */
  public static Event post(String endpoint) {
    return request("POST", endpoint);
  }

  /** A PUT to {@code endpoint}. */
  public static Event put(String endpoint) {
    return request("PUT", endpoint);
  }

  /** A DELETE of {@code endpoint}. */
  public static Event delete(String endpoint) {
    return request("DELETE", endpoint);
  }

  /**
   * {@code span} on the utility clock after the step is enabled.
   *
   * @throws IllegalArgumentException for a negative span
   */
  public static Event waitFor(Duration span) {
    if (span.isNegative()) {
      throw new IllegalArgumentException("a wait cannot be negative: " + span);
    }
    return new Event(Kind.WAIT, null, null, false, span, List.of());
  }

  /** The operator's "proceed", with no timeout. */
  public static Event proceed() {
    return new Event(Kind.PROCEED, null, null, false, null, List.of());
  }

  /** The operator's "proceed", or {@code timeout} after the step is enabled, whichever is first. */
  public static Event proceedOrAfter(Duration timeout) {
    return new Event(Kind.PROCEED, null, null, false, Objects.requireNonNull(timeout), List.of());
  }

  /**
   * This request event, fired after the server handled the request (CSIP-AUS {@code
   * serve_request_first}).
   *
   * @throws IllegalStateException unless a request event
   */
  public Event afterServed() {
    if (kind != Kind.REQUEST) {
      throw new IllegalStateException("only a request event can wait for the server's answer");
    }
    return new Event(kind, method, endpoint, true, duration, checks);
  }

  /** This event, firing only when every one of {@code gate} passes (added to any it has). */
  public Event when(Check... gate) {
    List<Check> all = new java.util.ArrayList<>(checks);
    all.addAll(List.of(gate));
    return new Event(kind, method, endpoint, afterServed, duration, all);
  }

  /** The kind. */
  public Kind kind() {
    return kind;
  }

  /** The HTTP method of a request event, e.g. {@code GET}; {@code null} for the others. */
  public String method() {
    return method;
  }

  /** The endpoint of a request event: a String pattern or an {@link Expression}. */
  public Object endpoint() {
    return endpoint;
  }

  /** Whether a request event fires after the server handled the request. */
  public boolean isAfterServed() {
    return afterServed;
  }

  /** The span of a wait, or the timeout of a proceed, if any. */
  public Optional<Duration> duration() {
    return Optional.ofNullable(duration);
  }

  /** The checks that must pass for it to fire. */
  public List<Check> checks() {
    return checks;
  }

  /** In words, e.g. {@code GET /edev/1/der} or {@code a wait of 120 s}. */
  public String describe() {
    return switch (kind) {
      case REQUEST ->
          method + " " + endpoint + (afterServed ? " (once the server has applied it)" : "");
      case WAIT -> "a wait of " + duration.toSeconds() + " s";
      case PROCEED ->
          "the operator's proceed"
              + (duration == null ? "" : " (or " + duration.toSeconds() + " s)");
    };
  }

  @Override
  public String toString() {
    return describe() + (checks.isEmpty() ? "" : " when " + checks);
  }
}
