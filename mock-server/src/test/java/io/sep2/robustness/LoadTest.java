package io.sep2.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.tls.Sep2ClientTls;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hundreds of concurrent good clients against one server for a bounded time: first full mutual-auth
 * handshakes (each with one GET /dcap, then close), then keep-alive requests. No good client may
 * see an error. Server CPU per handshake is measured from the CPU time of the server's own threads
 * ({@code sep2-conn-PORT-*}, {@code sep2-accept-PORT}, {@code sep2-idle-PORT}, the selector of
 * connections waiting between requests), sampled every 100 ms so threads that end are still
 * counted; the clients run in the same JVM on threads of their own, which are not counted. GC and
 * JIT threads serve both sides and are not attributed; the process CPU minus the clients' thread
 * CPU is reported as an upper bound that includes them.
 *
 * <p>Properties: {@code sep2.load.clients} (default 100), {@code sep2.load.seconds} (per phase,
 * default 3).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class LoadTest {

  private static final int CLIENTS = Figures.intProperty("sep2.load.clients", 100);
  private static final int SECONDS = Figures.intProperty("sep2.load.seconds", 3);

  @BeforeAll
  static void warmUp() throws Exception {
    Warmup.once();
  }

  @Test
  void hundredsOfClientsHandshakingAndKeepingAliveSeeNoErrors() throws Exception {
    ResourceSnapshot.around("load", LoadTest::load);
  }

  private static void load() throws Exception {
    try (Sep2MockServer server =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(GoodClient.PKI)
                    .maxConnections(Math.max(256, CLIENTS + 16))
                    .build())
            .start()) {
      Sep2ClientTls tls = GoodClient.tls(server);
      CpuMeter cpu =
          new CpuMeter(
              "sep2-conn-" + server.port() + "-",
              "sep2-accept-" + server.port(),
              "sep2-idle-" + server.port(),
              "load-client-");
      cpu.start();
      try {
        Phase handshakes = run(server, tls, false, cpu);
        Phase keepAlive = run(server, tls, true, cpu);
        report(handshakes, keepAlive);
        assertThat(handshakes.errors).as("errors of good clients (handshakes)").isEmpty();
        assertThat(keepAlive.errors).as("errors of good clients (keep-alive)").isEmpty();
        assertThat(handshakes.handshakes.sum()).isGreaterThan(0);
        assertThat(keepAlive.requests.sum()).isGreaterThan(CLIENTS);
      } finally {
        cpu.stop();
      }
      assertThat(GoodClient.fetchOnce(server, "/dcap")).isEqualTo(200);
    }
  }

  /** What one phase did and cost. */
  private static final class Phase {
    final String name;
    final LongAdder handshakes = new LongAdder();
    final LongAdder requests = new LongAdder();
    final Queue<String> errors = new ConcurrentLinkedQueue<>();
    final Queue<Long> latencyMicros = new ConcurrentLinkedQueue<>();
    double seconds;
    long serverCpuNanos;
    long clientCpuNanos;
    long processCpuNanos;

    Phase(String name) {
      this.name = name;
    }
  }

  private static Phase run(
      Sep2MockServer server, Sep2ClientTls tls, boolean keepAlive, CpuMeter cpu)
      throws InterruptedException {
    Phase phase = new Phase(keepAlive ? "keep-alive" : "handshakes");
    CountDownLatch ready = new CountDownLatch(CLIENTS);
    CountDownLatch go = new CountDownLatch(1);
    long[] stopAt = new long[1];
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      Thread t =
          new Thread(
              () -> {
                GoodClient kept = null;
                try {
                  if (keepAlive) {
                    kept = GoodClient.connect(tls, server.port());
                    phase.handshakes.increment();
                  }
                  ready.countDown();
                  go.await();
                  while (System.nanoTime() < stopAt[0]) {
                    long t0 = System.nanoTime();
                    if (keepAlive) {
                      int status = kept.get("/dcap", true).status();
                      if (status != 200) {
                        phase.errors.add("status " + status);
                      }
                    } else {
                      try (GoodClient client = GoodClient.connect(tls, server.port())) {
                        int status = client.get("/dcap", false).status();
                        if (status != 200) {
                          phase.errors.add("status " + status);
                        }
                      }
                      phase.handshakes.increment();
                    }
                    phase.requests.increment();
                    phase.latencyMicros.add((System.nanoTime() - t0) / 1000);
                  }
                } catch (Exception e) {
                  phase.errors.add(e.toString());
                  ready.countDown();
                } finally {
                  if (kept != null) {
                    try {
                      kept.close();
                    } catch (Exception ignored) {
                      // closing
                    }
                  }
                }
              },
              "load-client-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    ready.await(120, TimeUnit.SECONDS);
    CpuMeter.Sample before = cpu.sample();
    long start = System.nanoTime();
    stopAt[0] = start + TimeUnit.SECONDS.toNanos(SECONDS);
    go.countDown();
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(SECONDS + 60));
    }
    CpuMeter.Sample after = cpu.sample();
    phase.seconds = (System.nanoTime() - start) / 1e9;
    phase.serverCpuNanos = after.server() - before.server();
    phase.clientCpuNanos = after.client() - before.client();
    phase.processCpuNanos = after.process() - before.process();
    return phase;
  }

  private static void report(Phase handshakes, Phase keepAlive) {
    long hs = handshakes.handshakes.sum();
    long kaRequests = keepAlive.requests.sum();
    Figures.record(
        "load",
        String.format(
            Locale.ROOT,
            "%d concurrent clients, %d s per phase. Handshakes: %d full mutual-auth handshakes"
                + " (+1 GET each) in %.1f s = %.0f/s, latency p50 %.1f ms p99 %.1f ms, errors %d."
                + " Keep-alive: %d GETs on %d connections in %.1f s = %.0f/s, p50 %.2f ms p99"
                + " %.2f ms, errors %d",
            CLIENTS,
            SECONDS,
            hs,
            handshakes.seconds,
            hs / handshakes.seconds,
            percentile(handshakes, 0.5),
            percentile(handshakes, 0.99),
            handshakes.errors.size(),
            kaRequests,
            CLIENTS,
            keepAlive.seconds,
            kaRequests / keepAlive.seconds,
            percentile(keepAlive, 0.5),
            percentile(keepAlive, 0.99),
            keepAlive.errors.size()));
    double perRequest = keepAlive.serverCpuNanos / 1e6 / Math.max(1, kaRequests);
    double perHandshakeWithGet = handshakes.serverCpuNanos / 1e6 / Math.max(1, hs);
    Figures.record(
        "load",
        String.format(
            Locale.ROOT,
            "server CPU (its own threads): %.2f ms per handshake incl. its GET and close, %.3f ms"
                + " per keep-alive GET, so %.2f ms per handshake alone; upper bound from process"
                + " CPU minus client threads (includes GC, JIT, test harness): %.2f ms per"
                + " handshake; clients' threads used %.2f ms per handshake",
            perHandshakeWithGet,
            perRequest,
            perHandshakeWithGet - perRequest,
            (handshakes.processCpuNanos - handshakes.clientCpuNanos) / 1e6 / Math.max(1, hs),
            handshakes.clientCpuNanos / 1e6 / Math.max(1, hs)));
    if (!handshakes.errors.isEmpty() || !keepAlive.errors.isEmpty()) {
      System.out.println(
          "first errors: "
              + handshakes.errors.stream().limit(5).toList()
              + " "
              + keepAlive.errors.stream().limit(5).toList());
    }
  }

  private static double percentile(Phase phase, double p) {
    long[] values = phase.latencyMicros.stream().mapToLong(Long::longValue).toArray();
    if (values.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(values);
    return values[Math.min(values.length - 1, (int) (values.length * p))] / 1000.0;
  }

  /**
   * Per-thread CPU time of the server's and the clients' threads, by name prefix, sampled every 100
   * ms so the time of threads that end in between is kept.
   */
  private static final class CpuMeter {
    record Sample(long server, long client, long process) {}

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final String[] serverPrefixes;
    private final String clientPrefix;
    private final Map<Long, Long> serverCpu = new ConcurrentHashMap<>();
    private final Map<Long, Long> clientCpu = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread sampler;

    CpuMeter(String serverPrefix, String acceptName, String idleName, String clientPrefix) {
      this.serverPrefixes = new String[] {serverPrefix, acceptName, idleName};
      this.clientPrefix = clientPrefix;
    }

    void start() {
      running = true;
      sampler =
          new Thread(
              () -> {
                while (running) {
                  poll();
                  try {
                    Thread.sleep(100);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "load-cpu-sampler");
      sampler.setDaemon(true);
      sampler.start();
    }

    void stop() throws InterruptedException {
      running = false;
      sampler.interrupt();
      sampler.join(5000);
    }

    private synchronized void poll() {
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        String name = t.getName();
        long cpu = threads.getThreadCpuTime(t.getId());
        if (cpu < 0) {
          continue;
        }
        if (name.startsWith(serverPrefixes[0])
            || name.equals(serverPrefixes[1])
            || name.equals(serverPrefixes[2])) {
          serverCpu.merge(t.getId(), cpu, Math::max);
        } else if (name.startsWith(clientPrefix)) {
          clientCpu.merge(t.getId(), cpu, Math::max);
        }
      }
    }

    synchronized Sample sample() {
      poll();
      long process =
          ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
              .getProcessCpuTime();
      return new Sample(
          serverCpu.values().stream().mapToLong(Long::longValue).sum(),
          clientCpu.values().stream().mapToLong(Long::longValue).sum(),
          process);
    }
  }
}
