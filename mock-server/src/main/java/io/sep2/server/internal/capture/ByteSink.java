package io.sep2.server.internal.capture;

/** Receives a copy of bytes passing through a {@link TeeInputStream} or {@link TeeOutputStream}. */
@FunctionalInterface
public interface ByteSink {
  /** Takes {@code len} bytes of {@code data} from {@code off}; must not keep the array. */
  void accept(byte[] data, int off, int len);
}
