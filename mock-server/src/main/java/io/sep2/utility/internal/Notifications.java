package io.sep2.utility.internal;

import io.sep2.utility.NotificationDelivery;
import io.sep2.utility.UtilityClock;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Delivers Notifications on a thread of their own, so a device that does not answer never blocks
 * the server or other clients: each is POSTed, and retried with back-off ({@link #RETRY_DELAYS})
 * when there is no answer or a 5xx; every attempt is recorded and can be awaited.
 */
final class Notifications implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger("io.sep2.utility");

  /** The waits before the 2nd, 3rd, 4th and 5th attempt. */
  static final List<Duration> RETRY_DELAYS =
      List.of(
          Duration.ofSeconds(1),
          Duration.ofSeconds(2),
          Duration.ofSeconds(4),
          Duration.ofSeconds(8));

  /** One notification to send. */
  record Pending(String subscription, String subscribedResource, URI target, byte[] body) {}

  private final NotificationSender sender;
  private final UtilityClock clock;
  private final ScheduledExecutorService executor;
  private final List<NotificationDelivery> deliveries = new ArrayList<>();

  Notifications(NotificationSender sender, UtilityClock clock) {
    this.sender = sender;
    this.clock = clock;
    ScheduledThreadPoolExecutor pool =
        new ScheduledThreadPoolExecutor(
            2,
            r -> {
              Thread t = new Thread(r, "sep2-notify");
              t.setDaemon(true);
              return t;
            });
    pool.setRemoveOnCancelPolicy(true);
    this.executor = pool;
  }

  ScheduledExecutorService executor() {
    return executor;
  }

  void send(List<Pending> pending) {
    long changed = System.nanoTime();
    for (Pending p : pending) {
      executor.execute(() -> attempt(p, 1, changed));
    }
  }

  private void attempt(Pending p, int attempt, long changed) {
    int status = -1;
    String error = null;
    java.time.Instant time = clock.instant();
    try {
      if (sender == null) {
        throw new IllegalStateException("this server has no notification sender");
      }
      status = sender.send(p.target(), p.body());
    } catch (Exception e) {
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    NotificationDelivery delivery =
        new NotificationDelivery(
            time,
            p.subscription(),
            p.subscribedResource(),
            p.target().toString(),
            attempt,
            status,
            error,
            Duration.ofNanos(System.nanoTime() - changed),
            new String(p.body(), StandardCharsets.UTF_8));
    record(delivery);
    boolean retry = (status < 0 || status >= 500) && attempt <= RETRY_DELAYS.size();
    if (retry && !executor.isShutdown()) {
      try {
        executor.schedule(
            () -> attempt(p, attempt + 1, changed),
            RETRY_DELAYS.get(attempt - 1).toMillis(),
            TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.RejectedExecutionException stopped) {
        // the server stopped meanwhile
      }
    } else if (!delivery.delivered()) {
      LOG.log(Level.INFO, "notification given up: " + delivery);
    }
  }

  private synchronized void record(NotificationDelivery delivery) {
    deliveries.add(delivery);
    notifyAll();
  }

  synchronized List<NotificationDelivery> all() {
    return List.copyOf(deliveries);
  }

  synchronized Optional<NotificationDelivery> await(
      Predicate<NotificationDelivery> matches, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (NotificationDelivery d : deliveries) {
        if (matches.test(d)) {
          return Optional.of(d);
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    if (sender != null) {
      sender.close();
    }
  }
}
