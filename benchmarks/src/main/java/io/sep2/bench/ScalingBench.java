package io.sep2.bench;

import java.io.IOException;
import java.util.Locale;

/**
 * Figure 5a: handshake rate, CPU per handshake and resident memory with 1, 2, 4, 8 and 64
 * concurrent clients, the mock server next to {@code openssl s_server} at each step (the servers
 * from {@link HandshakeBench}, already warm), plus the mock server's live heap and thread count
 * after each step.
 */
final class ScalingBench {

  static final String NAME = "5 scaling";

  private ScalingBench() {}

  static void run(Settings settings, Servers servers, Report report)
      throws IOException, InterruptedException {
    OpenSsl.PemFiles files = servers.pemFiles();
    Servers.Server ours = servers.sep2();
    Servers.Server reference = servers.openssl();
    if (!settings.runs("handshake") && settings.warmupSeconds() > 0) {
      HandshakeBench.warmUp(ours, files, 2, settings.warmupSeconds(), report, NAME);
    }
    report.detail(
        "| clients | sep2 handshakes/s | openssl handshakes/s | sep2 CPU ms/handshake | openssl"
            + " CPU ms/handshake | CPU ratio | sep2 peak RSS MiB | openssl peak RSS MiB | sep2 live"
            + " heap after GC MiB | sep2 threads |");
    report.detail("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (int clients : settings.scalingClients()) {
      Load.Result o = Load.run(ours, files, clients, settings.scalingSeconds());
      Load.Result r = Load.run(reference, files, clients, settings.scalingSeconds());
      String stats = Servers.stats(ours);
      report.detail(
          String.format(
              Locale.ROOT,
              "| %d | %.0f | %.0f | %.3f | %.3f | %.2f× | %.0f | %.1f | %.1f | %d |",
              clients,
              o.handshakesPerSecond(),
              r.handshakesPerSecond(),
              o.cpuMillisPerHandshake(),
              r.cpuMillisPerHandshake(),
              o.cpuMillisPerHandshake() / r.cpuMillisPerHandshake(),
              o.peakRssBytes() / 1048576.0,
              r.peakRssBytes() / 1048576.0,
              ServerControl.value(stats, "heapUsed") / 1048576.0,
              ServerControl.value(stats, "threads")));
      report.add(
          Figure.info(
              NAME,
              "handshakes per second, " + clients + " clients",
              "1/s",
              o.handshakesPerSecond(),
              "openssl s_server",
              r.handshakesPerSecond()));
      report.add(
          Figure.info(
              NAME,
              "server CPU per handshake, " + clients + " clients",
              "ms",
              o.cpuMillisPerHandshake(),
              "openssl s_server",
              r.cpuMillisPerHandshake()));
      if (clients == settings.scalingClients().get(settings.scalingClients().size() - 1)) {
        report.add(
            Figure.info(
                NAME,
                "server peak resident memory under load, " + clients + " clients",
                "MiB",
                o.peakRssBytes() / 1048576.0,
                "openssl s_server",
                r.peakRssBytes() / 1048576.0));
      }
    }
  }
}
