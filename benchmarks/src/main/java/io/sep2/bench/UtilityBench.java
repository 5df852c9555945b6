package io.sep2.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The utility server's own figures (issues 12 and 13), measured by {@link UtilityBenchMain} in a
 * JVM of its own: heap per registered EndDevice with its four DER documents (goal: 50 MiB per 1,000
 * devices), MirrorMeterReading POSTs per second against a WireMock stub, notification latency
 * against the same TLS delivery made directly, and GET of a 10,000-control DERControlList ({@code
 * l=10}, {@code l=500}) against WireMock serving the same bytes. CPU with 100 devices polling every
 * second is the {@code scale} benchmark's poller figure (the mock server there is the utility
 * server).
 */
final class UtilityBench {

  static final String NAME = "7 utility";

  private UtilityBench() {}

  static void run(Settings settings, Report report) throws IOException {
    boolean quick = settings.quick();
    Map<String, Double> r =
        ChildResults.run(
            "utility bench",
            UtilityBenchMain.class,
            settings.serverJvmArgs(),
            Duration.ofMinutes(settings.quick() ? 2 : 10),
            "--devices",
            quick ? "20" : "1000",
            "--controls",
            quick ? "200" : "10000",
            "--post-millis",
            quick ? "200" : "3000",
            "--rounds",
            quick ? "1" : "3",
            "--notifications",
            quick ? "1" : "30",
            "--gets",
            quick ? "5" : "200");
    report.line(String.format(Locale.ROOT, "[%s] %s", NAME, r));
    double devices = ChildResults.get(r, "devices");
    report.add(
        new Figure(
            NAME,
            "live heap per 1,000 EndDevices with their 4 DER documents ("
                + (long) devices
                + " registered by an aggregator)",
            "MiB",
            ChildResults.get(r, "heapPerDevice") * 1000 / 1048576.0,
            "goal of issues 12/13",
            50,
            1.0));
    report.add(
        Figure.atLeast(
            NAME,
            "MirrorMeterReading POSTs per second, one kept-alive connection",
            "1/s",
            ChildResults.get(r, "mmrPerSecond"),
            "WireMock HTTPS stub answering 201",
            ChildResults.get(r, "mmrReferencePerSecond"),
            Double.NaN));
    report.add(
        Figure.info(
            NAME,
            "notification latency, DERControl scheduled to 201 from the TLS subscriber, median",
            "ms",
            ChildResults.get(r, "notifyMillis"),
            "the same Notification POSTed directly by the same sender",
            ChildResults.get(r, "notifyReferenceMillis")));
    for (int limit : new int[] {10, 500}) {
      report.add(
          Figure.info(
              NAME,
              String.format(
                  Locale.ROOT,
                  "GET DERControlList of %d controls, l=%d (%.0f bytes), median",
                  (long) (quick ? 200 : 10000),
                  limit,
                  ChildResults.get(r, "list" + limit + "Bytes")),
              "µs",
              ChildResults.get(r, "list" + limit + "Micros"),
              "WireMock HTTPS serving the same bytes",
              ChildResults.get(r, "list" + limit + "ReferenceMicros")));
    }
  }
}
