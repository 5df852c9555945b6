package io.sep2.server.internal;

import io.sep2.server.record.ConnectionRecord;
import java.net.SocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * All connections of one server, numbered from 1 in the order they were accepted. Thread-safe:
 * connection threads {@link #open} recorders while test threads take {@link #snapshot()}s.
 *
 * <p>To get the connections of one test, remember {@link #lastId()} before it and call {@link
 * #since(long)} after it.
 */
public final class ConnectionLog {

  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();
  private final ConcurrentLinkedQueue<ConnectionRecorder> recorders = new ConcurrentLinkedQueue<>();

  /** Creates a log using the system UTC clock. */
  public ConnectionLog() {
    this(Clock.systemUTC());
  }

  /** Creates a log whose recorders take their instants from {@code clock}. */
  public ConnectionLog(Clock clock) {
    this.clock = clock == null ? Clock.systemUTC() : clock;
  }

  /** Starts recording a newly accepted connection and returns its recorder. */
  public ConnectionRecorder open(SocketAddress remoteAddress) {
    return open(ConnectionRecorder.formatAddress(remoteAddress));
  }

  /** Starts recording a newly accepted connection from {@code host:port}. */
  public ConnectionRecorder open(String remoteAddress) {
    ConnectionRecorder recorder =
        new ConnectionRecorder(sequence.incrementAndGet(), remoteAddress, clock);
    recorders.add(recorder);
    return recorder;
  }

  /** Returns the id of the most recently opened connection, or 0 when none was opened. */
  public long lastId() {
    return sequence.get();
  }

  /** Returns snapshots of all connections still in the log, ordered by id. */
  public List<ConnectionRecord> snapshot() {
    return since(0);
  }

  /** Returns snapshots of the connections with an id greater than {@code afterId}, by id. */
  public List<ConnectionRecord> since(long afterId) {
    List<ConnectionRecord> out = new ArrayList<>();
    for (ConnectionRecorder recorder : recorders) {
      if (recorder.id() > afterId) {
        out.add(recorder.snapshot());
      }
    }
    out.sort((a, b) -> Long.compare(a.id(), b.id()));
    return out;
  }

  /** Forgets closed connections with an id up to {@code upToId} (to bound memory on long runs). */
  public void forget(long upToId) {
    recorders.removeIf(r -> r.id() <= upToId && r.isClosed());
  }
}
