package io.sep2.server.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Keeps a copy of the first bytes a client sends, so the ClientHello can be explained even when the
 * TLS stack rejected it before parsing it (version negotiation fails before any callback).
 *
 * <p>The copy starts small and grows up to the limit as bytes arrive (a client's first flight is
 * typically 0.2 to 3 KiB), and {@link #finish()} releases it: the stream lives as long as its
 * connection, and a buffer of the full limit held by every idle connection was 16 KiB of heap each
 * (BENCHMARKS.md, figure 5).
 */
final class CapturingInputStream extends FilterInputStream {

  private static final int INITIAL = 1024;
  private static final byte[] NONE = new byte[0];

  private final int limit;
  private byte[] captured;
  private int length;
  private volatile boolean capturing = true;
  private volatile boolean endOfStream;

  CapturingInputStream(InputStream in, int limit) {
    super(in);
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    this.limit = limit;
    this.captured = new byte[Math.min(INITIAL, limit)];
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      endOfStream = true;
    } else if (capturing) {
      keep(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n < 0) {
      endOfStream = true;
    } else if (n > 0 && capturing) {
      keep(b, off, n);
    }
    return n;
  }

  private synchronized void keep(byte[] b, int off, int n) {
    int copy = Math.min(n, limit - length);
    if (copy <= 0) {
      return;
    }
    if (length + copy > captured.length) {
      int grown = Math.max(length + copy, Math.min(limit, captured.length * 2));
      captured = Arrays.copyOf(captured, grown);
    }
    System.arraycopy(b, off, captured, length, copy);
    length += copy;
  }

  /**
   * Stops copying (after the handshake: application data is not kept) and releases the copy.
   *
   * @return the bytes captured until now
   */
  synchronized byte[] finish() {
    capturing = false;
    byte[] bytes = Arrays.copyOf(captured, length);
    captured = NONE;
    length = 0;
    return bytes;
  }

  /** Whether a read reached the end of the stream: the client closed its side. */
  boolean endOfStream() {
    return endOfStream;
  }

  /** The bytes captured so far. */
  synchronized byte[] captured() {
    return Arrays.copyOf(captured, length);
  }
}
