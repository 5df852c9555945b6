package io.sep2.server.internal.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits the HTTP/1.1 layer enforces on each request of a connection.
 *
 * <p>A request that breaks a limit is answered and the connection is closed: a header line longer
 * than {@link #maxHeaderLineLength()} (this includes the request line, so also an overlong URI) or
 * more than {@link #maxHeaderCount()} header fields gives {@code 431 Request Header Fields Too
 * Large}; a body larger than {@link #maxBodyBytes()} gives {@code 413 Content Too Large}; a request
 * that cannot be parsed gives {@code 400 Bad Request}. The total size of a request head is
 * therefore bounded by {@code maxHeaderLineLength * (maxHeaderCount + 1)}.
 *
 * <p>2030.5 messages are small (a DeviceCapability is a few hundred bytes, a MirrorMeterReading a
 * few kilobytes), so the {@link #DEFAULTS} are generous for conforming clients and still stop a
 * runaway one quickly.
 *
 * @param maxHeaderLineLength longest request line or header line accepted, in bytes without the
 *     line ending; default 8192
 * @param maxHeaderCount most header fields accepted in one request; default 100
 * @param maxBodyBytes largest request body accepted, in bytes (after removing chunked framing);
 *     default 1 MiB
 * @param readTimeout how long one read from the client may block: both the wait for the next
 *     request on an idle keep-alive connection and a stall in the middle of a request; default 30 s
 */
public record HttpLimits(
    int maxHeaderLineLength, int maxHeaderCount, long maxBodyBytes, Duration readTimeout) {

  /** 8192-byte lines, 100 header fields, 1 MiB bodies, 30 s read timeout. */
  public static final HttpLimits DEFAULTS =
      new HttpLimits(8192, 100, 1024 * 1024, Duration.ofSeconds(30));

  /** Validates every limit. */
  public HttpLimits {
    if (maxHeaderLineLength < 16) {
      throw new IllegalArgumentException(
          "maxHeaderLineLength must be at least 16 bytes, was " + maxHeaderLineLength);
    }
    if (maxHeaderCount < 1) {
      throw new IllegalArgumentException(
          "maxHeaderCount must be at least 1, was " + maxHeaderCount);
    }
    if (maxBodyBytes < 0 || maxBodyBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be between 0 and "
              + (Integer.MAX_VALUE - 8)
              + ", was "
              + maxBodyBytes);
    }
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (readTimeout.isNegative()
        || readTimeout.isZero()
        || readTimeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException(
          "readTimeout must be positive and at most "
              + Integer.MAX_VALUE
              + " ms, was "
              + readTimeout);
    }
  }

  /** Returns a copy with another {@link #maxHeaderLineLength()}. */
  public HttpLimits withMaxHeaderLineLength(int bytes) {
    return new HttpLimits(bytes, maxHeaderCount, maxBodyBytes, readTimeout);
  }

  /** Returns a copy with another {@link #maxHeaderCount()}. */
  public HttpLimits withMaxHeaderCount(int count) {
    return new HttpLimits(maxHeaderLineLength, count, maxBodyBytes, readTimeout);
  }

  /** Returns a copy with another {@link #maxBodyBytes()}. */
  public HttpLimits withMaxBodyBytes(long bytes) {
    return new HttpLimits(maxHeaderLineLength, maxHeaderCount, bytes, readTimeout);
  }

  /** Returns a copy with another {@link #readTimeout()}. */
  public HttpLimits withReadTimeout(Duration timeout) {
    return new HttpLimits(maxHeaderLineLength, maxHeaderCount, maxBodyBytes, timeout);
  }
}
