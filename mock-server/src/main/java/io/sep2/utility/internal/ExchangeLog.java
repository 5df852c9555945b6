package io.sep2.utility.internal;

import io.sep2.utility.Exchange;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The utility server's exchanges, newest last, bounded to the newest {@code limit}; waiting for one
 * that matches is what lets tests await a device's next request instead of sleeping.
 */
public final class ExchangeLog {

  private final int limit;
  private final Deque<Exchange> exchanges = new ArrayDeque<>();
  private long added;

  ExchangeLog(int limit) {
    this.limit = limit;
  }

  synchronized void add(Exchange exchange) {
    exchanges.addLast(exchange);
    added++;
    if (exchanges.size() > limit) {
      exchanges.removeFirst();
    }
    notifyAll();
  }

  /** Every exchange kept, oldest first. */
  public synchronized List<Exchange> all() {
    return new ArrayList<>(exchanges);
  }

  /** How many exchanges were ever added: a mark for {@link #await}. */
  public synchronized long mark() {
    return added;
  }

  /**
   * The first exchange added after {@code mark} that matches, waiting up to {@code timeout} for it.
   */
  public synchronized Optional<Exchange> await(
      long mark, Predicate<Exchange> matches, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long skip = mark - (added - exchanges.size());
      long index = 0;
      for (Exchange exchange : exchanges) {
        if (index++ >= skip && matches.test(exchange)) {
          return Optional.of(exchange);
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }
}
