package io.sep2.server.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Keeps a copy of the first bytes a client sends, so the ClientHello can be explained even when the
 * TLS stack rejected it before parsing it (version negotiation fails before any callback).
 */
final class CapturingInputStream extends FilterInputStream {

  private final byte[] captured;
  private int length;
  private volatile boolean capturing = true;
  private volatile boolean endOfStream;

  CapturingInputStream(InputStream in, int limit) {
    super(in);
    this.captured = new byte[limit];
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      endOfStream = true;
    }
    if (b >= 0 && capturing && length < captured.length) {
      captured[length++] = (byte) b;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n < 0) {
      endOfStream = true;
    }
    if (n > 0 && capturing && length < captured.length) {
      int copy = Math.min(n, captured.length - length);
      System.arraycopy(b, off, captured, length, copy);
      length += copy;
    }
    return n;
  }

  /** Stops copying (after the handshake: application data is not kept). */
  void stopCapturing() {
    capturing = false;
  }

  /** Whether a read reached the end of the stream: the client closed its side. */
  boolean endOfStream() {
    return endOfStream;
  }

  /** The bytes captured so far. */
  byte[] captured() {
    return Arrays.copyOf(captured, length);
  }
}
