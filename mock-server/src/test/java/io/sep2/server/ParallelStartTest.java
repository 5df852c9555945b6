package io.sep2.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The part of a server's construction that runs on a second thread. */
class ParallelStartTest {

  @Test
  void theResultComesFromAnotherThread() {
    ParallelStart<String> part = ParallelStart.begin(() -> Thread.currentThread().getName());

    assertThat(part.result()).isEqualTo("sep2-server-start");
  }

  @Test
  void whatThePartThrowsIsRethrownUnchanged() {
    IllegalArgumentException thrown = new IllegalArgumentException("bad option");
    ParallelStart<String> failing =
        ParallelStart.begin(
            () -> {
              throw thrown;
            });
    ParallelStart<String> broken =
        ParallelStart.begin(
            () -> {
              throw new OutOfMemoryError("simulated");
            });

    assertThatThrownBy(failing::result).isSameAs(thrown);
    assertThatThrownBy(broken::result).isInstanceOf(OutOfMemoryError.class).hasMessage("simulated");
  }

  @Test
  void anAbandonedPartIsReleasedOnceDone() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ParallelStart<String> part =
        ParallelStart.begin(
            () -> {
              try {
                go.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return "resource";
            });
    AtomicReference<String> released = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);

    part.abandon(
        r -> {
          released.set(r);
          done.countDown();
        });
    assertThat(released.get()).isNull();
    go.countDown();

    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(released.get()).isEqualTo("resource");
  }

  @Test
  void aServerWhoseSecondThreadFailsThrowsItsErrorAndLeavesNoThread(@TempDir Path dir)
      throws InterruptedException {
    Path missing = dir.resolve("no-such-sep.xsd");

    assertThatThrownBy(() -> new Sep2MockServer(ServerOptions.builder().schema(missing).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing.toAbsolutePath().toString());
    // the thread ends right after handing its failure over
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (startThreadAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(startThreadAlive()).isFalse();
  }

  private static boolean startThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().equals("sep2-server-start"));
  }
}
