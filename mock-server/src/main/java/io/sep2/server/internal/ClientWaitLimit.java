package io.sep2.server.internal;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Limits how long, in total, a client may keep the server waiting for what it must send: the whole
 * handshake, and then each request (from its first byte until the server answers). Enforced on the
 * raw TCP streams beneath TLS.
 *
 * <p>A socket read timeout alone does not stop a slow client ("slowloris"): one that sends a byte
 * just before each read would time out keeps every read short, and the connection and its worker
 * thread alive for ever. Here the time spent blocked in reads is added up, every read is bounded by
 * what is left, and once nothing is left reads fail with a {@link SocketTimeoutException}, however
 * the bytes trickle in (one TLS record at a time, or one byte of a record at a time). Only waiting
 * for the client counts, not the server's own work, so a busy machine does not cut a client that
 * answers promptly.
 *
 * <p>Per connection, used by the connection's thread only.
 */
final class ClientWaitLimit {

  private final Socket socket;
  private final WriteWatchdog.Guard writes;
  private boolean armed;
  private long leftNanos;
  private long perRequestNanos;
  private Duration limit = Duration.ZERO;
  private String what = "";

  ClientWaitLimit(Socket socket) {
    this(socket, null);
  }

  /**
   * @param writes marks every write for the {@link WriteWatchdog}, or {@code null} for none
   */
  ClientWaitLimit(Socket socket, WriteWatchdog.Guard writes) {
    this.socket = socket;
    this.writes = writes;
  }

  /**
   * From now on, the client may keep the server waiting {@code timeout} in all for the handshake.
   */
  void handshake(Duration timeout) {
    perRequestNanos = 0;
    limit = timeout;
    what = "complete the TLS handshake";
    leftNanos = timeout.toNanos();
    armed = true;
  }

  /**
   * From now on, each request may keep the server waiting {@code timeout} in all: the count starts
   * at the first byte received after the server last wrote, and ends when the server writes again
   * (its answer). Waiting for the next request is not counted (the socket's read timeout, the idle
   * timeout, applies to that).
   */
  void perRequest(Duration timeout) {
    armed = false;
    limit = timeout;
    what = "send a complete request";
    perRequestNanos = timeout.toNanos();
  }

  /** {@code raw} with the limit applied to every read. */
  InputStream input(InputStream raw) {
    return new FilterInputStream(raw) {
      @Override
      public int read() throws IOException {
        int b = guarded(() -> in.read());
        received(b >= 0 ? 1 : 0);
        return b;
      }

      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        int n = guarded(() -> in.read(buffer, off, len));
        received(n);
        return n;
      }
    };
  }

  /**
   * {@code raw}; writing to it ends the current request's count, and each write is watched by the
   * write watchdog (a client that stops reading is cut off).
   */
  OutputStream output(OutputStream raw) {
    return new FilterOutputStream(raw) {
      @Override
      public void write(int b) throws IOException {
        begin();
        try {
          out.write(b);
        } finally {
          end();
        }
        answered();
      }

      @Override
      public void write(byte[] buffer, int off, int len) throws IOException {
        begin();
        try {
          out.write(buffer, off, len);
        } finally {
          end();
        }
        if (len > 0) {
          answered();
        }
      }

      @Override
      public void flush() throws IOException {
        begin();
        try {
          out.flush();
        } finally {
          end();
        }
      }
    };
  }

  private void begin() {
    if (writes != null) {
      writes.begin();
    }
  }

  private void end() {
    if (writes != null) {
      writes.end();
    }
  }

  private void received(int count) {
    if (count > 0 && !armed && perRequestNanos > 0) {
      leftNanos = perRequestNanos;
      armed = true;
    }
  }

  private void answered() {
    if (perRequestNanos > 0) {
      armed = false;
    }
  }

  private interface Read {
    int read() throws IOException;
  }

  private int guarded(Read read) throws IOException {
    if (!armed) {
      return read.read();
    }
    if (leftNanos <= 0) {
      throw exhausted();
    }
    int left = (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(leftNanos) + 1);
    int previous = socket.getSoTimeout();
    boolean shorten = previous == 0 || left < previous;
    if (shorten) {
      socket.setSoTimeout(left);
    }
    long start = System.nanoTime();
    try {
      return read.read();
    } catch (SocketTimeoutException e) {
      if (leftNanos - (System.nanoTime() - start) <= 0) {
        throw exhausted();
      }
      throw e;
    } finally {
      leftNanos -= System.nanoTime() - start;
      if (shorten) {
        try {
          socket.setSoTimeout(previous);
        } catch (SocketException closed) {
          // the connection is being closed; nothing to restore
        }
      }
    }
  }

  private SocketTimeoutException exhausted() {
    return new SocketTimeoutException(
        "the client did not " + what + " within " + limit.toMillis() + " ms");
  }
}
