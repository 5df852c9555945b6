package io.sep2.server.internal.capture;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes through what is written and gives a copy of every byte to a {@link ByteSink}. */
public final class TeeOutputStream extends FilterOutputStream {

  private final ByteSink sink;

  /** Writes to {@code out}, copying to {@code sink}. */
  public TeeOutputStream(OutputStream out, ByteSink sink) {
    super(out);
    this.sink = sink;
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    sink.accept(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    sink.accept(b, off, len);
  }
}
