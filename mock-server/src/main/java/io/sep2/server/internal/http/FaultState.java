package io.sep2.server.internal.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The comms faults in effect, as the connection handling asks about them: whether to refuse a new
 * connection, and how to answer an HTTP request (503 with Retry-After, or late). Periods run on
 * real time (a comms fault is about what a client experiences), independent of the utility clock.
 * Thread-safe.
 */
public final class FaultState {

  /** How to answer HTTP requests while a fault is in effect. */
  public record HttpFault(int status, Duration retryAfter, Duration delay, String description) {}

  /** One fault as started, for the record. */
  public record Event(Instant started, String description, Instant until) {}

  private long refuseUntil;
  private long unavailableUntil;
  private Duration retryAfter = Duration.ZERO;
  private long delayUntil;
  private Duration delay = Duration.ZERO;
  private final List<Event> history = new ArrayList<>();
  private long refusedConnections;
  private long answeredWithFault;

  private static long deadline(Duration period) {
    return System.nanoTime() + period.toNanos();
  }

  private static boolean active(long until) {
    return until != 0 && System.nanoTime() - until < 0;
  }

  public synchronized void refuseHandshakes(Duration period) {
    refuseUntil = deadline(period);
    history.add(new Event(Instant.now(), "refuse new connections", Instant.now().plus(period)));
  }

  public synchronized void unavailable(Duration period, Duration retryAfter) {
    unavailableUntil = deadline(period);
    this.retryAfter = retryAfter;
    history.add(
        new Event(
            Instant.now(),
            "answer 503 with Retry-After " + retryAfter.toSeconds() + " s",
            Instant.now().plus(period)));
  }

  public synchronized void delayAnswers(Duration delay, Duration period) {
    delayUntil = deadline(period);
    this.delay = delay;
    history.add(
        new Event(
            Instant.now(), "answer " + delay.toMillis() + " ms late", Instant.now().plus(period)));
  }

  public synchronized void note(String description) {
    history.add(new Event(Instant.now(), description, Instant.now()));
  }

  public synchronized void clear() {
    refuseUntil = 0;
    unavailableUntil = 0;
    delayUntil = 0;
    history.add(new Event(Instant.now(), "all comms faults cleared", Instant.now()));
  }

  /** Whether a new connection must be refused now (counts it). */
  public synchronized boolean refuseConnection() {
    if (active(refuseUntil)) {
      refusedConnections++;
      return true;
    }
    return false;
  }

  /** The fault for an HTTP request now, or {@code null} (counts it). */
  public synchronized HttpFault httpFault() {
    boolean unavailable = active(unavailableUntil);
    boolean late = active(delayUntil);
    if (!unavailable && !late) {
      return null;
    }
    answeredWithFault++;
    return new HttpFault(
        unavailable ? 503 : 0,
        retryAfter,
        late ? delay : Duration.ZERO,
        unavailable ? "comms fault: 503 Service Unavailable" : "comms fault: answer delayed");
  }

  public synchronized List<Event> history() {
    return List.copyOf(history);
  }

  public synchronized long refusedConnections() {
    return refusedConnections;
  }

  public synchronized long answeredWithFault() {
    return answeredWithFault;
  }
}
