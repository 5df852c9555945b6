package io.sep2.server.internal;

import io.sep2.server.internal.http.IdleWait;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A server's kept-alive connections between requests: one selector thread watches all of them, and
 * each goes back to a worker thread when its client sends, its idle timeout passes or its socket is
 * closed. An idle device connection thus holds no thread (as in Jetty, whose selector parks idle
 * connections the same way), which is what lets one server keep a thousand idle devices in a few
 * MiB.
 *
 * <p>Thread-safe. The selector and its thread start with the first connection that waits (a server
 * whose clients never keep a connection open has neither) and end with {@link #close()}, which
 * hands every connection still waiting back as {@link IdleWait.Wake#CLOSED}, on the closing thread,
 * before it returns.
 */
final class IdleConnections implements IdleWait, AutoCloseable {

  private static final System.Logger LOG = System.getLogger("io.sep2.server");

  /**
   * Longest time between two looks at every waiting connection (for idle timeouts and sockets
   * closed elsewhere): {@value} ms. In between, a wake-up handles only the connections it is for,
   * so a thousand idle devices cost nothing per request of the busy ones.
   */
  private static final long MAX_SCAN_INTERVAL_MILLIS = 1_000;

  private final String name;
  private final Executor workers;
  private Selector selector; // guarded by this until started, then read-only
  private Thread thread;
  private final Queue<Waiter> arriving = new ConcurrentLinkedQueue<>();
  // selector thread only, until close() has joined it
  private final Set<Waiter> waiting = new HashSet<>();
  private volatile int waitingCount;
  private volatile boolean closed;
  private volatile boolean recheckRequested;
  // selector thread only: when every waiting connection must be looked at next
  private long nextScan;

  /** A waiter given back, and why. */
  private record Woken(Waiter waiter, Wake wake) {}

  private static final class Waiter {
    final SocketChannel channel;
    final long deadline;
    final Consumer<Wake> then;
    SelectionKey key;

    Waiter(SocketChannel channel, long deadline, Consumer<Wake> then) {
      this.channel = channel;
      this.deadline = deadline;
      this.then = then;
    }
  }

  /**
   * Idle connections whose selector thread will be named {@code name}, given back on {@code
   * workers}.
   */
  IdleConnections(String name, Executor workers) {
    this.name = Objects.requireNonNull(name, "name");
    this.workers = Objects.requireNonNull(workers, "workers");
  }

  /**
   * The selector, opened with its thread on first use; {@code null} once closed.
   *
   * @throws UncheckedIOException when no selector can be opened (out of file descriptors)
   */
  private synchronized Selector selector() {
    if (closed) {
      return null;
    }
    if (selector == null) {
      try {
        selector = Selector.open();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open a selector for idle connections: " + e, e);
      }
      thread = new Thread(this::loop, name);
      thread.setDaemon(true);
      thread.start();
    }
    return selector;
  }

  @Override
  public void park(Socket socket, Duration timeout, Consumer<Wake> then) {
    SocketChannel channel = socket.getChannel();
    if (channel == null) {
      throw new IllegalArgumentException("not a socket with a channel: " + socket);
    }
    Waiter waiter =
        new Waiter(
            channel,
            System.nanoTime() + Objects.requireNonNull(timeout, "timeout").toNanos(),
            Objects.requireNonNull(then, "then"));
    Selector started = selector();
    if (started == null) {
      then.accept(Wake.CLOSED);
      return;
    }
    arriving.add(waiter);
    if (closed) {
      // close() may have drained the queue before this waiter arrived
      drainArriving();
      return;
    }
    started.wakeup();
  }

  /** Wakes the selector thread so that it notices sockets closed meanwhile. */
  void recheck() {
    recheckRequested = true;
    Selector started;
    synchronized (this) {
      started = selector;
    }
    if (started != null) {
      started.wakeup();
    }
  }

  /** How many connections waited at the selector thread's last look (for tests). */
  int count() {
    return waitingCount;
  }

  private void loop() {
    Selector selector;
    synchronized (this) {
      selector = this.selector;
    }
    List<Woken> woken = new ArrayList<>();
    try {
      while (!closed) {
        selector.select(selectMillis(selector));
        if (closed) {
          return;
        }
        long now = System.nanoTime();
        if (waiting.isEmpty()) {
          nextScan = now + TimeUnit.MILLISECONDS.toNanos(MAX_SCAN_INTERVAL_MILLIS);
        }
        for (Waiter waiter; (waiter = arriving.poll()) != null; ) {
          try {
            waiter.channel.configureBlocking(false);
            waiter.key = waiter.channel.register(selector, SelectionKey.OP_READ, waiter);
            waiting.add(waiter);
            if (waiter.deadline - nextScan < 0) {
              nextScan = waiter.deadline;
            }
          } catch (IOException | RuntimeException e) {
            // closed meanwhile (ClosedChannelException, CancelledKeyException)
            woken.add(new Woken(waiter, Wake.CLOSED));
          }
        }
        Set<SelectionKey> selected = selector.selectedKeys();
        for (SelectionKey key : selected) {
          Waiter waiter = (Waiter) key.attachment();
          key.cancel();
          if (waiting.remove(waiter)) {
            woken.add(new Woken(waiter, Wake.READABLE));
          }
        }
        selected.clear();
        if (recheckRequested || now - nextScan >= 0) {
          recheckRequested = false;
          nextScan = now + TimeUnit.MILLISECONDS.toNanos(MAX_SCAN_INTERVAL_MILLIS);
          for (Iterator<Waiter> it = waiting.iterator(); it.hasNext(); ) {
            Waiter waiter = it.next();
            Wake wake =
                !waiter.channel.isOpen()
                    ? Wake.CLOSED
                    : now - waiter.deadline >= 0 ? Wake.TIMED_OUT : null;
            if (wake != null) {
              waiter.key.cancel();
              it.remove();
              woken.add(new Woken(waiter, wake));
            } else if (waiter.deadline - nextScan < 0) {
              nextScan = waiter.deadline;
            }
          }
        }
        waitingCount = waiting.size();
        if (!woken.isEmpty()) {
          // a channel goes back to blocking mode only once its cancelled key is deregistered,
          // which the next selection operation does
          selector.selectNow();
          for (Woken each : woken) {
            handBack(each.waiter(), each.wake());
          }
          woken.clear();
        }
      }
    } catch (IOException | ClosedSelectorException e) {
      if (!closed) {
        LOG.log(
            System.Logger.Level.ERROR, "sep2 mock server: the idle-connection selector failed", e);
      }
    }
  }

  private long selectMillis(Selector selector) {
    if (!selector.selectedKeys().isEmpty() || !arriving.isEmpty()) {
      return 1; // selectNow left keys behind, or waiters came: do not block
    }
    if (waiting.isEmpty()) {
      return 0; // until woken: by a new waiter, recheck() or close()
    }
    return Math.max(1, TimeUnit.NANOSECONDS.toMillis(nextScan - System.nanoTime()) + 1);
  }

  private void handBack(Waiter waiter, Wake wake) {
    Wake then = inBlockingMode(waiter) ? wake : Wake.CLOSED;
    try {
      workers.execute(() -> waiter.then.accept(then));
    } catch (RejectedExecutionException e) {
      // the server is stopping: end the connection here
      waiter.then.accept(Wake.CLOSED);
    }
  }

  /**
   * Puts the waiter's channel back in blocking mode (its key must be deregistered); false when the
   * channel was closed meanwhile.
   */
  private static boolean inBlockingMode(Waiter waiter) {
    try {
      waiter.channel.configureBlocking(true);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private void drainArriving() {
    for (Waiter waiter; (waiter = arriving.poll()) != null; ) {
      waiter.then.accept(Wake.CLOSED);
    }
  }

  /**
   * Stops the selector thread and hands every waiting connection back as {@link Wake#CLOSED} on
   * this thread; the caller has closed their sockets first. Idempotent.
   */
  @Override
  public void close() {
    Selector started;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      started = selector;
    }
    if (started != null) {
      started.wakeup();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try {
        started.close(); // deregisters every channel
      } catch (IOException ignored) {
        // closing is best effort
      }
    }
    List<Waiter> left = new ArrayList<>(waiting);
    waiting.clear();
    for (Waiter waiter : left) {
      inBlockingMode(waiter);
      waiter.then.accept(Wake.CLOSED);
    }
    drainArriving();
  }
}
