package io.sep2.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocketFactory;

/**
 * Figure 8: scale on one machine. In fresh server JVMs (the mock server with the utility server, as
 * {@code sep2:serve} and the JUnit extension run it; WireMock's own HTTPS as the reference): {@link
 * Settings#scaleIdle()} device connections are opened (handshake and one {@code GET /dcap} each)
 * and left idle, the live heap, resident memory and threads read; then, with them still open,
 * {@link Settings#scalePollers()} further kept-alive connections each {@code GET /dcap} once a
 * second for {@link Settings#scaleSeconds()} s, the server's CPU and the poll latency measured. The
 * servers are measured one after the other, never side by side.
 */
final class ScaleBench {

  static final String NAME = "8 scale";

  private ScaleBench() {}

  private record Measured(
      double heapPerIdle,
      double rssPerIdle,
      double heapWithIdleMiB,
      double rssWithIdleMiB,
      long threads,
      double cpuPercent,
      double p50Micros,
      double p99Micros) {}

  static void run(Settings settings, Servers servers, Report report)
      throws IOException, InterruptedException {
    int idle = settings.scaleIdle();
    // fresh JVMs (full settings); the quick settings reuse the shared ones (default limit of 256)
    boolean fresh = settings.freshJvms();
    Servers.Server ours =
        fresh
            ? servers.startSep2(
                settings.serverJvmArgs(), "--max-connections", Integer.toString(idle + 200))
            : servers.sep2();
    Measured o;
    try {
      o = measure(settings, ours, Clients.sep2(servers.pki()), report, "sep2");
    } finally {
      if (fresh) {
        ours.process().close();
      }
    }
    Servers.Server reference = fresh ? servers.startWireMock() : servers.wireMock();
    Measured r;
    try {
      r = measure(settings, reference, Clients.bcjsseTrustAll(), report, "WireMock");
    } finally {
      if (fresh) {
        reference.process().close();
      }
    }
    String ref = "WireMock HTTPS";
    report.add(
        Figure.info(
            NAME,
            String.format(Locale.ROOT, "live heap with %d idle device connections", idle),
            "MiB",
            o.heapWithIdleMiB(),
            ref,
            r.heapWithIdleMiB()));
    report.add(
        Figure.info(
            NAME,
            String.format(Locale.ROOT, "live heap per idle connection (%d open)", idle),
            "KiB",
            o.heapPerIdle(),
            ref,
            r.heapPerIdle()));
    report.add(
        Figure.info(
            NAME,
            String.format(Locale.ROOT, "resident memory with %d idle connections", idle),
            "MiB",
            o.rssWithIdleMiB(),
            ref,
            r.rssWithIdleMiB()));
    report.add(
        Figure.info(
            NAME,
            String.format(
                Locale.ROOT,
                "server CPU, %d clients polling GET /dcap every second (+ %d idle), %% of one core",
                settings.scalePollers(),
                idle),
            "%",
            o.cpuPercent(),
            ref,
            r.cpuPercent()));
    report.add(
        Figure.info(
            NAME,
            String.format(
                Locale.ROOT, "poll latency, median (%d pollers)", settings.scalePollers()),
            "µs",
            o.p50Micros(),
            ref,
            r.p50Micros()));
    report.add(
        Figure.info(
            NAME,
            String.format(Locale.ROOT, "poll latency, p99 (%d pollers)", settings.scalePollers()),
            "µs",
            o.p99Micros(),
            ref,
            r.p99Micros()));
    report.detail(
        String.format(
            Locale.ROOT,
            "scale: threads with %d idle connections open: sep2 %d, WireMock %d",
            idle,
            o.threads(),
            r.threads()));
  }

  private static Measured measure(
      Settings settings, Servers.Server server, SSLSocketFactory tls, Report report, String name)
      throws IOException, InterruptedException {
    for (int i = 0; i < 20; i++) {
      try (Http http = Http.open(tls, server.port(), 30_000)) {
        http.get("/dcap");
      }
    }
    String before = Servers.stats(server);
    List<Http> open = Collections.synchronizedList(new ArrayList<>());
    ExecutorService openers = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < settings.scaleIdle(); i++) {
        done.add(
            openers.submit(
                () -> {
                  Http http = Http.open(tls, server.port(), 60_000);
                  open.add(http);
                  http.get("/dcap");
                  return null;
                }));
      }
      for (Future<?> f : done) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IOException(name + ": opening an idle connection failed: " + e.getCause(), e);
        }
      }
      String withIdle = Servers.stats(server);
      int idle = settings.scaleIdle();
      double heapPerIdle =
          (ServerControl.value(withIdle, "heapUsed") - ServerControl.value(before, "heapUsed"))
              / 1024.0
              / idle;
      double rssPerIdle =
          (ServerControl.value(withIdle, "rss") - ServerControl.value(before, "rss"))
              / 1024.0
              / idle;
      // pollers: each its own kept-alive connection, one GET a second, spread over the second
      int pollers = settings.scalePollers();
      List<Http> pollConnections = new ArrayList<>();
      for (int i = 0; i < pollers; i++) {
        Http http = Http.open(tls, server.port(), 60_000);
        pollConnections.add(http);
        http.get("/dcap");
      }
      List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
      AtomicLong failures = new AtomicLong();
      ScheduledExecutorService clock = Executors.newScheduledThreadPool(8);
      List<ScheduledFuture<?>> polls = new ArrayList<>();
      double cpu0 = ProcFs.cpuSeconds(server.pid());
      long t0 = System.nanoTime();
      for (int i = 0; i < pollers; i++) {
        Http http = pollConnections.get(i);
        polls.add(
            clock.scheduleAtFixedRate(
                () -> {
                  long s = System.nanoTime();
                  try {
                    http.get("/dcap");
                    latencies.add((System.nanoTime() - s) / 1e3);
                  } catch (IOException e) {
                    failures.incrementAndGet();
                  }
                },
                i * 1000L / pollers,
                1000,
                TimeUnit.MILLISECONDS));
      }
      Thread.sleep(settings.scaleSeconds() * 1000L);
      polls.forEach(p -> p.cancel(false));
      clock.shutdown();
      clock.awaitTermination(10, TimeUnit.SECONDS);
      double cpu = ProcFs.cpuSeconds(server.pid()) - cpu0;
      double wall = (System.nanoTime() - t0) / 1e9;
      pollConnections.forEach(Http::close);
      if (failures.get() > 0) {
        throw new IOException(name + ": " + failures.get() + " polls failed");
      }
      double[] l = latencies.stream().mapToDouble(Double::doubleValue).toArray();
      report.line(
          String.format(
              Locale.ROOT,
              "[%s] %s: before %s | %d idle open %s | %d polls in %.1f s, server CPU %.2f s",
              NAME,
              name,
              before.substring(ServerControl.STATS.length()),
              idle,
              withIdle.substring(ServerControl.STATS.length()),
              l.length,
              wall,
              cpu));
      return new Measured(
          heapPerIdle,
          rssPerIdle,
          ServerControl.value(withIdle, "heapUsed") / 1048576.0,
          ServerControl.value(withIdle, "rss") / 1048576.0,
          ServerControl.value(withIdle, "threads"),
          cpu / wall * 100,
          Stats.percentile(l, 50),
          Stats.percentile(l, 99));
    } finally {
      openers.shutdownNow();
      open.forEach(Http::close);
    }
  }
}
