package io.sep2.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLSocketFactory;

/**
 * Figure 9: the cost of one more Surefire fork with its own server, the way past one machine's
 * single server (issue 16). With the shared mock server and WireMock JVMs already running (the
 * first fork), a second JVM of each is started {@link Settings#forkRuns()} times, alternating: the
 * time from the process start to its first answered {@code GET /dcap} (as {@link StartupBench}
 * measures it) and its resident memory right after that answer.
 */
final class ForkBench {

  static final String NAME = "9 per fork";

  private ForkBench() {}

  static void run(Settings settings, Servers servers, Report report)
      throws IOException, InterruptedException {
    servers.sep2();
    servers.wireMock();
    SSLSocketFactory sep2Client = Clients.sep2(servers.pki());
    SSLSocketFactory wireMockClient = Clients.sunJsseTrustAll();
    List<StartupBench.Run> ours = new ArrayList<>();
    List<StartupBench.Run> reference = new ArrayList<>();
    for (int i = 0; i < settings.forkRuns(); i++) {
      ours.add(StartupBench.once(servers, true, sep2Client));
      reference.add(StartupBench.once(servers, false, wireMockClient));
      report.line(
          String.format(
              Locale.ROOT,
              "[%s] run %d: sep2 %.0f ms, %.1f MiB RSS | WireMock %.0f ms, %.1f MiB RSS",
              NAME,
              i + 1,
              ours.get(i).totalMillis(),
              ours.get(i).rssBytes() / 1048576.0,
              reference.get(i).totalMillis(),
              reference.get(i).rssBytes() / 1048576.0));
    }
    String ref = "WireMock HTTPS JVM";
    report.add(
        Figure.info(
            NAME,
            "second fork's JVM start to first answer (a first fork running), median of "
                + settings.forkRuns(),
            "ms",
            Stats.median(ours.stream().map(StartupBench.Run::totalMillis).toList()),
            ref,
            Stats.median(reference.stream().map(StartupBench.Run::totalMillis).toList())));
    report.add(
        Figure.info(
            NAME,
            "resident memory of a fork's server JVM after its first answer, median",
            "MiB",
            Stats.median(ours.stream().map(r -> r.rssBytes() / 1048576.0).toList()),
            ref,
            Stats.median(reference.stream().map(r -> r.rssBytes() / 1048576.0).toList())));
  }
}
