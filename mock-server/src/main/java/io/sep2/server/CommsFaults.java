package io.sep2.server;

import io.sep2.server.internal.Listener;
import io.sep2.server.internal.http.FaultState;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Comms faults on demand, to test how a device client lives through losing its utility server: it
 * should fall back to the DefaultDERControl, keep the last active control until that control's end,
 * retry with back-off, and pick up where it left off. Get it from {@link
 * Sep2MockServer#commsFaults()}; every fault is recorded ({@link #history()}) and the requests and
 * connections it touched show in the connection records.
 *
 * <pre>{@code
 * server.commsFaults().unavailable(Duration.ofSeconds(30), Duration.ofSeconds(10));
 * }</pre>
 *
 * <p>Periods run on real time, not on the utility clock. Thread-safe.
 */
public final class CommsFaults {

  /** A fault as it was started: when, what, until when. */
  public record Event(java.time.Instant started, String description, java.time.Instant until) {}

  private final FaultState state;
  private final Supplier<Listener> listener;

  CommsFaults(FaultState state, Supplier<Listener> listener) {
    this.state = state;
    this.listener = listener;
  }

  /**
   * For {@code period}, answers every HTTP request with {@code 503 Service Unavailable}, a {@code
   * Retry-After} of {@code retryAfter} (whole seconds) and a 2030.5 Error document; the TLS
   * handshake still succeeds.
   *
   * @throws IllegalArgumentException unless both are positive
   */
  public CommsFaults unavailable(Duration period, Duration retryAfter) {
    state.unavailable(positive(period, "period"), positive(retryAfter, "retryAfter"));
    return this;
  }

  /**
   * For {@code period}, closes every new TCP connection at once, before any TLS byte: what a client
   * sees when the server is down.
   *
   * @throws IllegalArgumentException unless positive
   */
  public CommsFaults refuseHandshakes(Duration period) {
    state.refuseHandshakes(positive(period, "period"));
    return this;
  }

  /**
   * For {@code period}, answers every HTTP request {@code delay} late (a slow or congested link).
   *
   * @throws IllegalArgumentException unless both are positive
   */
  public CommsFaults delayAnswers(Duration delay, Duration period) {
    state.delayAnswers(positive(delay, "delay"), positive(period, "period"));
    return this;
  }

  /** Closes every open connection now (clients see their connections drop). */
  public CommsFaults closeConnections() {
    Listener running = listener.get();
    int closed = running == null ? 0 : running.closeOpenConnections();
    state.note("closed " + closed + " open connection(s)");
    return this;
  }

  /** Ends every fault now. */
  public CommsFaults clear() {
    state.clear();
    return this;
  }

  /** Every fault started so far, oldest first. */
  public List<Event> history() {
    return state.history().stream()
        .map(e -> new Event(e.started(), e.description(), e.until()))
        .toList();
  }

  /** How many connections were refused by a fault so far. */
  public long refusedConnections() {
    return state.refusedConnections();
  }

  /** How many HTTP requests were answered with a fault (503 or late) so far. */
  public long answeredWithFault() {
    return state.answeredWithFault();
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
    return d;
  }
}
