package io.sep2.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLSocketFactory;

/**
 * Figure 5b: memory at rest, in fresh server JVMs (so nothing left from load runs counts): the live
 * heap (after two full GCs) of a JVM with one idle server; the heap added by each further idle
 * server in the same JVM (each mock server with its own PKI, as test classes with their own seed
 * have); and the heap and resident memory added by each open, idle, kept-alive TLS connection
 * (handshake done, one {@code GET /dcap} answered), after a few connections opened and closed first
 * so that one-time costs (classes, caches) do not count; then the same for connections that each
 * fetched a 40,000-byte answer ({@code GET /large}: what an idle connection keeps of a large
 * answer). WireMock's own HTTPS is the reference for each.
 */
final class MemoryBench {

  static final String NAME = "5 memory";

  private MemoryBench() {}

  static void run(Settings settings, Servers servers, Report report)
      throws IOException, InterruptedException {
    boolean fresh = settings.freshJvms();
    Servers.Server ours = fresh ? servers.startSep2(List.of()) : servers.sep2();
    Servers.Server reference = fresh ? servers.startWireMock() : servers.wireMock();
    try {
      Measured o = measure(settings, ours, Clients.sep2(servers.pki()), report, "sep2");
      Measured r = measure(settings, reference, Clients.bcjsseTrustAll(), report, "WireMock");
      report.add(
          Figure.info(
              NAME,
              "live heap, JVM with one idle server",
              "MiB",
              o.idle,
              "WireMock HTTPS",
              r.idle));
      report.add(
          Figure.info(
              NAME,
              "live heap per further idle server (" + settings.extraServers() + " added)",
              "MiB",
              o.perServer,
              "WireMock HTTPS",
              r.perServer));

      report.add(
          Figure.info(
              NAME,
              "live heap per open idle TLS connection (" + settings.idleConnections() + " open)",
              "KiB",
              o.heapPerConnection,
              "WireMock HTTPS",
              r.heapPerConnection));
      report.add(
          Figure.info(
              NAME,
              "live heap per open idle TLS connection after a 40,000-byte answer ("
                  + settings.idleConnections()
                  + " open)",
              "KiB",
              o.heapPerLargeConnection,
              "WireMock HTTPS",
              r.heapPerLargeConnection));
      report.add(
          Figure.info(
              NAME,
              "resident memory per open idle TLS connection",
              "KiB",
              o.rssPerConnection,
              "WireMock HTTPS",
              r.rssPerConnection));
    } finally {
      if (fresh) {
        ours.process().close();
        reference.process().close();
      }
    }
  }

  private record Measured(
      double idle,
      double heapPerConnection,
      double heapPerLargeConnection,
      double rssPerConnection,
      double perServer) {}

  private static Measured measure(
      Settings settings, Servers.Server server, SSLSocketFactory client, Report report, String name)
      throws IOException, InterruptedException {
    // first connections pay one-time costs (classes, provider caches, JIT): keep them out
    int warmup = Math.max(2, Math.min(20, settings.idleConnections() / 10));
    for (int i = 0; i < warmup; i++) {
      try (Http http = Http.open(client, server.port(), 30_000)) {
        http.get("/dcap");
      }
    }
    String idle = Servers.stats(server);
    Servers.addServers(server, settings.extraServers());
    String before = Servers.stats(server);
    List<Http> open = new ArrayList<>();
    String during;
    try {
      for (int i = 0; i < settings.idleConnections(); i++) {
        Http http = Http.open(client, server.port(), 30_000);
        open.add(http);
        http.get("/dcap");
      }
      during = Servers.stats(server);
    } finally {
      open.forEach(Http::close);
      open.clear();
    }
    // the same, each connection after a large answer: what an idle connection keeps of it (the
    // request journals, which keep every answer's body on both servers, emptied before each count)
    Thread.sleep(500); // the server's connection threads see the closes and end
    Servers.forgetRequests(server);
    String afterSmall = Servers.stats(server);
    String duringLarge;
    try {
      for (int i = 0; i < settings.idleConnections(); i++) {
        Http http = Http.open(client, server.port(), 30_000);
        open.add(http);
        http.get(ServerControl.LARGE_PATH);
      }
      Servers.forgetRequests(server);
      duringLarge = Servers.stats(server);
    } finally {
      open.forEach(Http::close);
    }
    int n = settings.idleConnections();
    double heapPerLargeConnection =
        (ServerControl.value(duringLarge, "heapUsed") - ServerControl.value(afterSmall, "heapUsed"))
            / 1024.0
            / n;
    double heapPerConnection =
        (ServerControl.value(during, "heapUsed") - ServerControl.value(before, "heapUsed"))
            / 1024.0
            / n;
    double rssPerConnection =
        (ServerControl.value(during, "rss") - ServerControl.value(before, "rss")) / 1024.0 / n;
    double perServer =
        (ServerControl.value(before, "heapUsed") - ServerControl.value(idle, "heapUsed"))
            / 1048576.0
            / settings.extraServers();
    report.line(
        String.format(
            Locale.ROOT,
            "[%s] %s: one server %s | %d more servers %s | %d connections open %s",
            NAME,
            name,
            idle.substring(ServerControl.STATS.length()),
            settings.extraServers(),
            before.substring(ServerControl.STATS.length()),
            n,
            during.substring(ServerControl.STATS.length())));
    return new Measured(
        ServerControl.value(idle, "heapUsed") / 1048576.0,
        heapPerConnection,
        heapPerLargeConnection,
        rssPerConnection,
        perServer);
  }
}
