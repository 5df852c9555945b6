package io.sep2.bench;

import io.sep2.testing.RunningProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLSocketFactory;

/**
 * Figure 2: a fresh JVM to the first answered request. The harness picks a free port, starts the
 * server JVM ({@link Sep2ServerMain}: PKI generation from the seed, server start; or {@link
 * WireMockMain}: WireMock's own HTTPS with SunJSSE and its built-in keystore, plus the {@code
 * /dcap} stub) and from that moment tries every 2 ms to connect, complete the TLS handshake and get
 * {@code /dcap} with the right client (the project's BCJSSE CCM_8 client for the mock server, a
 * trust-all SunJSSE client for WireMock). The time is from just before the process start to the
 * first 200 answer seen by the harness. Runs alternate between the servers; one unmeasured run of
 * each comes first so that the harness's own clients are warm.
 */
final class StartupBench {

  static final String NAME = "2 start-up";
  private static final Duration LIMIT = Duration.ofSeconds(60);

  private StartupBench() {}

  static void run(Settings settings, Servers servers, Report report)
      throws IOException, InterruptedException {
    SSLSocketFactory sep2Client = Clients.sep2(servers.pki());
    SSLSocketFactory wireMockClient = Clients.sunJsseTrustAll();
    if (settings.unmeasuredFirstRuns()) {
      once(servers, true, sep2Client);
      once(servers, false, wireMockClient);
    }
    List<Run> ours = new ArrayList<>();
    List<Run> reference = new ArrayList<>();
    for (int i = 0; i < settings.startupRuns(); i++) {
      ours.add(once(servers, true, sep2Client));
      reference.add(once(servers, false, wireMockClient));
      report.line(
          String.format(
              Locale.ROOT,
              "[%s] run %d: sep2 %.0f ms (%s), WireMock %.0f ms (%s)",
              NAME,
              i + 1,
              ours.get(i).totalMillis(),
              ours.get(i),
              reference.get(i).totalMillis(),
              reference.get(i)));
    }
    report.line(
        String.format(
            Locale.ROOT,
            "[%s] medians: sep2 %s | WireMock %s",
            NAME,
            Run.median(ours),
            Run.median(reference)));
    report.add(
        new Figure(
            NAME,
            "fresh JVM to first response, median of "
                + settings.startupRuns()
                + " (sep2: PKI"
                + " generation + CCM_8 mutual auth)",
            "ms",
            Stats.median(ours.stream().map(Run::totalMillis).toList()),
            "WireMock HTTPS, SunJSSE",
            Stats.median(reference.stream().map(Run::totalMillis).toList()),
            1.0));
  }

  /**
   * One start-up: the total as the harness saw it, and its parts as the server JVM reported them
   * (wall-clock milliseconds; the JVM's boot is from the process start to {@code main}).
   */
  record Run(
      double totalMillis, long bootMillis, long pkiMillis, long serverMillis, long rssBytes) {

    /** The rest: from the server accepting to the harness holding the first answer. */
    double firstResponseMillis() {
      return totalMillis - bootMillis - pkiMillis - serverMillis;
    }

    static String median(List<Run> runs) {
      return new Run(
              Stats.median(runs.stream().map(Run::totalMillis).toList()),
              Math.round(Stats.median(runs.stream().map(r -> (double) r.bootMillis()).toList())),
              Math.round(Stats.median(runs.stream().map(r -> (double) r.pkiMillis()).toList())),
              Math.round(Stats.median(runs.stream().map(r -> (double) r.serverMillis()).toList())),
              Math.round(Stats.median(runs.stream().map(r -> (double) r.rssBytes()).toList())))
          .toString();
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "JVM to main %d ms, PKI %d ms, server %d ms, handshake and first answer %.0f ms",
          bootMillis,
          pkiMillis,
          serverMillis,
          firstResponseMillis());
    }
  }

  /** One fresh server JVM to its first answer; its resident memory read right after. */
  static Run once(Servers servers, boolean sep2, SSLSocketFactory client)
      throws IOException, InterruptedException {
    int port = Servers.freePort();
    long launchedAt = System.currentTimeMillis();
    long t0 = System.nanoTime();
    try (RunningProcess server =
        sep2
            ? Servers.startJava(
                "sep2 server",
                List.of(),
                Sep2ServerMain.class,
                "--seed",
                Servers.SEED,
                "--port",
                Integer.toString(port))
            : Servers.startJava(
                "wiremock server",
                List.of(),
                WireMockMain.class,
                "--body",
                servers.dcapFile().toString(),
                "--port",
                Integer.toString(port))) {
      long deadline = t0 + LIMIT.toNanos();
      IOException last = null;
      while (System.nanoTime() < deadline) {
        try (Http http = Http.open(client, port, 10_000)) {
          byte[] body = http.get("/dcap");
          long t1 = System.nanoTime();
          // the utility server renders its own DeviceCapability; the stub servers serve the file
          if (!new String(body, java.nio.charset.StandardCharsets.UTF_8)
              .contains("<DeviceCapability")) {
            throw new IOException("unexpected /dcap body: " + new String(body));
          }
          String phases =
              server.awaitLine(l -> l.startsWith(ServerControl.PHASES), Duration.ofSeconds(10));
          long main = ServerControl.value(phases, "main");
          return new Run(
              (t1 - t0) / 1e6,
              main - launchedAt,
              sep2 ? ServerControl.value(phases, "pki") : 0,
              ServerControl.value(phases, "server"),
              ProcFs.rssBytes(server.pid()));
        } catch (IOException e) {
          last = e;
          if (!server.isAlive()) {
            throw new IOException(server + " died:\n" + server.output(), e);
          }
          Thread.sleep(2);
        }
      }
      throw new IOException(
          server + " gave no answer within " + LIMIT + ": " + last + "\n" + server.output());
    }
  }
}
