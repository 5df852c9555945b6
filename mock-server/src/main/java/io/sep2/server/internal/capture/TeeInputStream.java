package io.sep2.server.internal.capture;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes through what it reads and gives a copy of every byte read to a {@link ByteSink}. */
public final class TeeInputStream extends FilterInputStream {

  private final ByteSink sink;

  /** Reads from {@code in}, copying to {@code sink}. */
  public TeeInputStream(InputStream in, ByteSink sink) {
    super(in);
    this.sink = sink;
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      sink.accept(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      sink.accept(b, off, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // skipped bytes must still reach the capture: read them instead
    byte[] buffer = new byte[(int) Math.min(n, 8192)];
    int read = read(buffer, 0, buffer.length);
    return Math.max(read, 0);
  }
}
