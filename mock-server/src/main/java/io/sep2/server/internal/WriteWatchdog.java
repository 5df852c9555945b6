package io.sep2.server.internal;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Cuts off a client that stops reading: Java sockets have no write timeout, so a client that never
 * reads a large answer would block the connection's thread in a write for ever (once the TCP
 * buffers are full). Each connection's writes are {@linkplain Guard#begin() marked}; one daemon
 * thread per server looks at them a few times per timeout and closes the socket of a connection
 * whose current write has been blocked longer than the write timeout, which makes the write fail
 * and frees the thread.
 *
 * <p>Thread-safe. The checking thread starts with the first guarded connection and ends with {@link
 * #close()}.
 */
public final class WriteWatchdog implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger("io.sep2.server");

  private final Duration timeout;
  private final long timeoutNanos;
  private final Set<Guard> guards = ConcurrentHashMap.newKeySet();
  private ScheduledExecutorService timer;
  private boolean closed;

  /** A watchdog cutting writes blocked longer than {@code timeout}. */
  public WriteWatchdog(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("write timeout must be positive, was " + timeout);
    }
    this.timeoutNanos = timeout.toNanos();
  }

  /** The write timeout. */
  public Duration timeout() {
    return timeout;
  }

  /** Starts watching the writes to {@code socket}; {@link Guard#close()} stops it. */
  public Guard guard(Socket socket) {
    Guard guard = new Guard(Objects.requireNonNull(socket, "socket"));
    startTimer();
    guards.add(guard);
    return guard;
  }

  private synchronized void startTimer() {
    if (timer != null || closed) {
      return;
    }
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sep2-write-watchdog");
              t.setDaemon(true);
              return t;
            });
    long period = Math.max(20, Math.min(1000, timeout.toMillis() / 4));
    timer.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
  }

  private void check() {
    long now = System.nanoTime();
    for (Guard guard : guards) {
      long since = guard.since;
      if (since != 0 && now - since > timeoutNanos && !guard.cut) {
        guard.cut = true;
        LOG.log(
            System.Logger.Level.INFO,
            "sep2 mock server: the client at {0} read nothing of the answer for {1} ms (write"
                + " timeout): connection closed",
            guard.socket.getRemoteSocketAddress(),
            timeout.toMillis());
        try {
          guard.socket.close();
        } catch (IOException ignored) {
          // closing is what we want; it is best effort
        }
      }
    }
  }

  /** Stops the checking thread. */
  @Override
  public synchronized void close() {
    closed = true;
    if (timer != null) {
      timer.shutdownNow();
    }
    guards.clear();
  }

  /** The writes of one connection. */
  public final class Guard implements AutoCloseable {
    private final Socket socket;
    private volatile long since;
    private volatile boolean cut;

    private Guard(Socket socket) {
      this.socket = socket;
    }

    /** A write starts. */
    public void begin() {
      long now = System.nanoTime();
      since = now == 0 ? 1 : now;
    }

    /** The write ended. */
    public void end() {
      since = 0;
    }

    /** Whether the watchdog closed the connection because a write was blocked too long. */
    public boolean cut() {
      return cut;
    }

    /** Stops watching this connection. */
    @Override
    public void close() {
      guards.remove(this);
    }
  }
}
