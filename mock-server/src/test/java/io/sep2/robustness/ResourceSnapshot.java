package io.sep2.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the JVM holds at one moment: live threads, open file descriptors (all, and sockets among
 * them, from {@code /proc/self/fd}) and heap in use after a full GC. Taken before and after a
 * robustness scenario to show nothing was left behind.
 *
 * <p>Tolerances (documented in ROBUSTNESS.md): threads and sockets must come back exactly (after a
 * settling wait of up to {@link #SETTLE_MILLIS} ms, since a closed connection's thread needs a
 * moment to leave); other descriptors may grow by {@link #FD_TOLERANCE} (a jar the class loader
 * opens the first time a class of it is used stays open); heap may grow by {@link
 * #HEAP_TOLERANCE_BYTES} (G1 after {@code System.gc()} is not byte-exact, and first-time class
 * initialisation allocates static data).
 */
record ResourceSnapshot(
    Set<Thread> threads, int fds, int socketFds, long heapBytes, List<String> fdTargets) {

  static final int SETTLE_MILLIS = 15_000;
  static final int FD_TOLERANCE = 4;
  static final long HEAP_TOLERANCE_BYTES = 16L * 1024 * 1024;

  /**
   * JDK-internal threads that appear lazily and live on independently of the server (and Bouncy
   * Castle's DRBG entropy thread, recognised by its stack).
   */
  private static final List<String> SHARED_JDK_THREADS =
      List.of("ForkJoinPool.commonPool-worker", "process reaper", "Attach Listener");

  /** A scenario measured for leaks. */
  interface Scenario {
    void run() throws Exception;
  }

  /**
   * Takes a baseline, runs {@code scenario} (in its own stack frame, so nothing it created is still
   * referenced from here), and asserts that everything is back to the baseline.
   */
  static void around(String name, Scenario scenario) throws Exception {
    ResourceSnapshot before = take();
    scenario.run();
    before.assertBackToBaseline(name);
  }

  static ResourceSnapshot take() {
    long heap = heapAfterGc();
    List<String> targets = listFds();
    int sockets = 0;
    for (String target : targets) {
      if (target.startsWith("socket:")) {
        sockets++;
      }
    }
    return new ResourceSnapshot(
        Set.copyOf(Thread.getAllStackTraces().keySet()), targets.size(), sockets, heap, targets);
  }

  int threadCount() {
    return threads.size();
  }

  /** Threads alive now that were not in {@code this}, ignoring the JDK's own lazy pools. */
  List<String> newThreadsSince(ResourceSnapshot now) {
    List<String> extra = new ArrayList<>();
    for (Thread t : now.threads) {
      if (!threads.contains(t) && t.isAlive() && !sharedLibraryThread(t)) {
        extra.add(t.getName());
      }
    }
    return extra;
  }

  private String stacksOf(ResourceSnapshot now) {
    StringBuilder sb = new StringBuilder();
    for (Thread t : now.threads) {
      if (!threads.contains(t) && t.isAlive() && !sharedLibraryThread(t)) {
        sb.append("\n").append(t.getName()).append(" (daemon ").append(t.isDaemon()).append(")");
        StackTraceElement[] stack = t.getStackTrace();
        for (int i = 0; i < Math.min(stack.length, 12); i++) {
          sb.append("\n    at ").append(stack[i]);
        }
      }
    }
    return sb.toString();
  }

  private static boolean sharedLibraryThread(Thread t) {
    if (SHARED_JDK_THREADS.stream().anyMatch(t.getName()::startsWith)) {
      return true;
    }
    // Bouncy Castle's DRBG tops up its entropy on a short-lived background thread when a
    // SecureRandom (here: the BCJSSE clients') is drawn on heavily; it ends by itself
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getClassName().startsWith("org.bouncycastle.jcajce.provider.drbg.")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Waits until threads and sockets are back to this baseline (or the settling time is over), then
   * asserts they are, and that descriptors and heap are within tolerance. Returns the final
   * snapshot, for the figures.
   */
  ResourceSnapshot assertBackToBaseline(String scenario) throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE_MILLIS * 1_000_000L;
    ResourceSnapshot now = take();
    while (System.nanoTime() < deadline
        && (!newThreadsSince(now).isEmpty() || now.socketFds > socketFds)) {
      Thread.sleep(100);
      now = take();
    }
    Figures.record(
        scenario,
        String.format(
            Locale.ROOT,
            "leaks: threads %d -> %d (new server threads %s), fds %d -> %d (sockets %d -> %d),"
                + " heap after GC %.1f -> %.1f MiB",
            threadCount(),
            now.threadCount(),
            newThreadsSince(now),
            fds,
            now.fds,
            socketFds,
            now.socketFds,
            heapBytes / 1048576.0,
            now.heapBytes / 1048576.0));
    assertThat(newThreadsSince(now))
        .as("%s: threads left behind: %s", scenario, stacksOf(now))
        .isEmpty();
    assertThat(now.socketFds)
        .as("%s: sockets left open: %s", scenario, newTargets(now))
        .isLessThanOrEqualTo(socketFds);
    assertThat(now.fds)
        .as("%s: file descriptors left open: %s", scenario, newTargets(now))
        .isLessThanOrEqualTo(fds + FD_TOLERANCE);
    assertThat(now.heapBytes)
        .as("%s: heap after GC grew from %d to %d bytes", scenario, heapBytes, now.heapBytes)
        .isLessThanOrEqualTo(heapBytes + HEAP_TOLERANCE_BYTES);
    return now;
  }

  private List<String> newTargets(ResourceSnapshot now) {
    List<String> extra = new ArrayList<>(now.fdTargets);
    for (String t : fdTargets) {
      extra.remove(t);
    }
    return extra;
  }

  static long heapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      System.gc();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  static List<String> listFds() {
    List<String> targets = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
      for (Path fd : fds) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          targets.add(target);
          seen.add(target);
        } catch (IOException e) {
          // the descriptor of the directory stream itself, or one closed meanwhile
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list /proc/self/fd (Linux only): " + e, e);
    }
    return targets;
  }
}
