package io.sep2.utility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The utility server's clock: what the 2030.5 {@code Time} resource serves, what decides whether a
 * control is scheduled, active or over, and what stamps creation and change times. It follows a
 * base clock (the system clock by default) plus an offset a test can move, so a test can run a
 * day's schedule in seconds: {@link #advance(Duration)} jumps ahead, {@link #set(Instant)} jumps to
 * a time. A device client that syncs its own time from {@code /tm} follows along.
 *
 * <p>Thread-safe. Time never goes backwards unless a test {@linkplain #set(Instant) sets} it back.
 */
public final class UtilityClock extends Clock {

  private final Clock base;
  private volatile Duration offset = Duration.ZERO;

  /** A clock that follows {@code base} until moved. */
  public UtilityClock(Clock base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  /** A clock that follows the system clock (UTC) until moved. */
  public static UtilityClock system() {
    return new UtilityClock(Clock.systemUTC());
  }

  /**
   * Moves the clock forward by {@code amount}.
   *
   * @throws IllegalArgumentException for a negative amount
   */
  public synchronized UtilityClock advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("the clock only advances; amount was " + amount);
    }
    offset = offset.plus(amount);
    return this;
  }

  /** Makes the clock read {@code time} now (and run on from there). */
  public synchronized UtilityClock set(Instant time) {
    Objects.requireNonNull(time, "time");
    offset = Duration.between(base.instant(), time);
    return this;
  }

  /** Goes back to following the base clock. */
  public synchronized UtilityClock reset() {
    offset = Duration.ZERO;
    return this;
  }

  /** How far this clock is ahead of (positive) or behind (negative) its base. */
  public Duration offset() {
    return offset;
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  /** A view of this clock (same instant, same moves) in another zone. */
  @Override
  public Clock withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    UtilityClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }

  @Override
  public String toString() {
    return "UtilityClock[" + instant() + ", offset " + offset + "]";
  }
}
