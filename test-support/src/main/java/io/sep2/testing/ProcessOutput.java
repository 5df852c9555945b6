package io.sep2.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The text one stream of a process printed, read on a daemon thread as it comes. Keeps at most a
 * given number of characters (the oldest are dropped first); positions ({@link #mark}) count every
 * character ever read, so they stay valid when the head is dropped. Callers can wait for the text
 * to satisfy a condition, or for the next line that matches.
 */
final class ProcessOutput {

  private final StringBuilder text = new StringBuilder();
  private final int limit;
  private final Thread reader;
  private long dropped;
  private long consumed;
  private boolean ended;

  ProcessOutput(InputStream in, int limit, String threadName) {
    this.limit = limit;
    this.reader = new Thread(() -> pump(in), threadName);
    reader.setDaemon(true);
    reader.start();
  }

  private void pump(InputStream in) {
    char[] buffer = new char[8192];
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      int n;
      while ((n = r.read(buffer)) >= 0) {
        append(buffer, n);
      }
    } catch (IOException e) {
      // the process was killed, or its pipe closed
    } finally {
      synchronized (this) {
        ended = true;
        notifyAll();
      }
    }
  }

  private synchronized void append(char[] buffer, int n) {
    text.append(buffer, 0, n);
    if (text.length() > limit) {
      int drop = text.length() - limit / 2;
      text.delete(0, drop);
      dropped += drop;
    }
    notifyAll();
  }

  /** What was read and kept. */
  synchronized String text() {
    return text.toString();
  }

  /** How many characters were read so far (kept or dropped). */
  synchronized long mark() {
    return dropped + text.length();
  }

  /** What was read after {@code mark} (and is still kept). */
  synchronized String since(long mark) {
    return text.substring((int) Math.max(0, Math.min(mark - dropped, text.length())));
  }

  /** Waits for the end of the stream, at most {@code millis}. */
  void awaitEnd(long millis) {
    try {
      reader.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits until the kept text satisfies {@code condition}, the stream ends, or the deadline ({@link
   * System#nanoTime}) passes.
   */
  synchronized boolean await(Predicate<String> condition, long deadline) {
    while (true) {
      if (condition.test(text.toString())) {
        return true;
      }
      if (ended || !waitUntil(deadline)) {
        return condition.test(text.toString());
      }
    }
  }

  /**
   * The next complete line after the last one this method returned that satisfies {@code matches}
   * (lines in between are skipped), or {@code null} when the stream ends or the deadline passes
   * first.
   */
  synchronized String nextLine(Predicate<String> matches, long deadline) {
    while (true) {
      int start = (int) Math.max(0, consumed - dropped);
      int newline;
      while ((newline = text.indexOf("\n", start)) >= 0) {
        String line = text.substring(start, newline);
        start = newline + 1;
        consumed = dropped + start;
        line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (matches.test(line)) {
          return line;
        }
      }
      if (ended || !waitUntil(deadline)) {
        return null;
      }
    }
  }

  /** Waits for more text; false once the deadline has passed. */
  private boolean waitUntil(long deadline) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      return false;
    }
    try {
      wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 100)));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
