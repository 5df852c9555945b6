package io.sep2.bench;

import java.io.IOException;
import java.util.Locale;
import javax.net.ssl.SSLSocketFactory;

/**
 * Figure 3: {@code GET /dcap} on one kept-alive TLS connection, request written to response read,
 * the mock server against WireMock's own HTTPS serving the same body. Both servers run in their own
 * JVM; the client is the same for both: Bouncy Castle JSSE restricted to TLS 1.2 and these few
 * lines of HTTP/1.1 ({@link Http}). The cipher suite differs, as it must: CCM_8 with the mock
 * server, whatever SunJSSE picks with WireMock (an AES-GCM suite). Both servers are fresh JVMs
 * (full settings). After {@link Settings#latencyWarmup()} requests per server, {@link
 * Settings#latencyRounds()} rounds of {@link Settings#latencyRequests()} requests alternate between
 * the servers. A third server, the same mock server with WireMock's plain stubs instead of the
 * utility model ({@code --utility false}), gives the utility model's own cost (issue 16).
 */
final class LatencyBench {

  static final String NAME = "3 latency";

  private LatencyBench() {}

  static void run(Settings settings, Servers servers, Report report)
      throws IOException, InterruptedException {
    // fresh JVMs: after figures 1 and 5 the shared one has served 100,000 handshakes
    boolean fresh = settings.freshJvms();
    Servers.Server ours = fresh ? servers.startSep2(settings.serverJvmArgs()) : servers.sep2();
    Servers.Server reference = fresh ? servers.startWireMock() : servers.wireMock();
    // issue 16: the same mock server without the utility model, serving WireMock's plain stubs
    Servers.Server stub = servers.startSep2(settings.serverJvmArgs(), "--utility", "false");
    try {
      measure(settings, servers, ours, reference, stub, report);
    } finally {
      stub.process().close();
      if (fresh) {
        ours.process().close();
        reference.process().close();
      }
    }
  }

  private static void measure(
      Settings settings,
      Servers servers,
      Servers.Server ours,
      Servers.Server reference,
      Servers.Server stub,
      Report report)
      throws IOException {
    SSLSocketFactory sep2Client = Clients.sep2(servers.pki());
    SSLSocketFactory bcjsse = Clients.bcjsseTrustAll();
    int n = settings.latencyRequests() * settings.latencyRounds();
    double[] oursMicros = new double[n];
    double[] refMicros = new double[n];
    double[] stubMicros = new double[n];
    double oursCpu = 0;
    double refCpu = 0;
    try (Http a = Http.open(sep2Client, ours.port(), 10_000);
        Http b = Http.open(bcjsse, reference.port(), 10_000);
        Http c = Http.open(sep2Client, stub.port(), 10_000)) {
      report.line(
          "["
              + NAME
              + "] cipher suites: sep2 "
              + a.cipherSuite()
              + ", WireMock "
              + b.cipherSuite()
              + "; warm-up "
              + settings.latencyWarmup()
              + " requests each");
      int expected = servers.dcapBody().length();
      for (int i = 0; i < settings.latencyWarmup(); i++) {
        check(a.get("/dcap"), expected);
        check(b.get("/dcap"), expected);
        check(c.get("/dcap"), expected);
      }
      int k = 0;
      for (int round = 0; round < settings.latencyRounds(); round++) {
        int start = k;
        double cpu0 = ProcFs.cpuSeconds(ours.pid());
        for (int i = 0; i < settings.latencyRequests(); i++, k++) {
          oursMicros[k] = timed(a, expected);
        }
        oursCpu += ProcFs.cpuSeconds(ours.pid()) - cpu0;
        k = start;
        cpu0 = ProcFs.cpuSeconds(reference.pid());
        for (int i = 0; i < settings.latencyRequests(); i++, k++) {
          refMicros[k] = timed(b, expected);
        }
        refCpu += ProcFs.cpuSeconds(reference.pid()) - cpu0;
        k = start;
        for (int i = 0; i < settings.latencyRequests(); i++, k++) {
          stubMicros[k] = timed(c, expected);
        }
      }
    }
    report.line(
        String.format(
            Locale.ROOT,
            "[%s] %d requests each: sep2 median %.1f µs p99 %.1f µs | WireMock median %.1f µs p99"
                + " %.1f µs",
            NAME,
            n,
            Stats.percentile(oursMicros, 50),
            Stats.percentile(oursMicros, 99),
            Stats.percentile(refMicros, 50),
            Stats.percentile(refMicros, 99)));
    report.add(
        new Figure(
            NAME,
            "GET /dcap on a kept-alive connection, median of " + n,
            "µs",
            Stats.percentile(oursMicros, 50),
            "WireMock HTTPS",
            Stats.percentile(refMicros, 50),
            1.2));
    report.add(
        new Figure(
            NAME,
            "utility model: GET /dcap on a kept-alive connection, median of " + n,
            "µs",
            Stats.percentile(oursMicros, 50),
            "the same mock server with a plain WireMock stub (--utility false)",
            Stats.percentile(stubMicros, 50),
            1.1));
    report.add(
        Figure.info(
            NAME,
            "GET /dcap on a kept-alive connection, p99 of " + n,
            "µs",
            Stats.percentile(oursMicros, 99),
            "WireMock HTTPS",
            Stats.percentile(refMicros, 99)));
    report.add(
        Figure.info(
            NAME,
            "server CPU per kept-alive GET /dcap (all the server JVM's threads)",
            "µs",
            oursCpu * 1e6 / n,
            "WireMock HTTPS",
            refCpu * 1e6 / n));
  }

  private static double timed(Http http, int expected) throws IOException {
    long t0 = System.nanoTime();
    byte[] body = http.get("/dcap");
    long t1 = System.nanoTime();
    check(body, expected);
    return (t1 - t0) / 1e3;
  }

  private static void check(byte[] body, int expected) throws IOException {
    // the utility server renders its own DeviceCapability: same resource, not the same bytes
    if (expected > 0
        && !new String(body, java.nio.charset.StandardCharsets.UTF_8)
            .contains("<DeviceCapability")) {
      throw new IOException("unexpected /dcap body of " + body.length + " bytes");
    }
  }
}
