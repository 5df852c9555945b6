package io.sep2.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A part of a server's construction that runs on a short-lived thread of its own while the
 * constructor goes on with another part, so that a fresh JVM uses both cores of a small machine for
 * the two. What the part throws is rethrown unchanged by {@link #result()}, on the constructor's
 * thread, as if the part had run there.
 */
final class ParallelStart<T> {

  private final CompletableFuture<T> future;

  private ParallelStart(CompletableFuture<T> future) {
    this.future = future;
  }

  /** Starts {@code work} on a new daemon thread. */
  static <T> ParallelStart<T> begin(Supplier<T> work) {
    CompletableFuture<T> future = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                future.complete(work.get());
              } catch (Throwable e) {
                future.completeExceptionally(e);
              }
            },
            "sep2-server-start");
    thread.setDaemon(true);
    thread.start();
    return new ParallelStart<>(future);
  }

  /** Waits for the part; returns its result or rethrows what it threw. */
  T result() {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * The constructor failed elsewhere: once the part is done, {@code release} gets its result (if it
   * has one) to free what it holds. Returns at once.
   */
  void abandon(Consumer<T> release) {
    future.thenAccept(release);
  }
}
