package io.sep2.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Figure 6: the cost of one more test class in a warm JVM ({@link PerClassMain}): a new mock server
 * with the seeded PKI, started, one mutual-auth request, stopped, against what
 * {@code @WireMockTest(httpsEnabled = true)} does per class.
 */
final class PerClassBench {

  static final String NAME = "6 per class";

  /** What every figure of this benchmark is compared with. */
  private static final String REFERENCE = "@WireMockTest(httpsEnabled = true)";

  private PerClassBench() {}

  static void run(Settings settings, Servers servers, Report report) throws IOException {
    Map<String, Double> r =
        ChildResults.run(
            "per-class bench",
            PerClassMain.class,
            settings.serverJvmArgs(),
            Duration.ofMinutes(settings.quick() ? 2 : 10),
            "--warmup",
            Integer.toString(settings.perClassWarmup()),
            "--classes",
            Integer.toString(settings.perClassClasses()),
            "--body",
            servers.dcapFile().toString());
    report.line(String.format(Locale.ROOT, "[%s] %s", NAME, r));
    report.add(
        new Figure(
            NAME,
            "one more test class in a warm JVM: seeded PKI, server start, 1 request, stop; median",
            "ms",
            ChildResults.get(r, "oursMillis"),
            REFERENCE,
            ChildResults.get(r, "referenceMillis"),
            1.0));
    report.add(
        Figure.info(
            NAME,
            "process CPU per test class (all threads), mean",
            "ms",
            ChildResults.get(r, "oursCpuMillis"),
            REFERENCE,
            ChildResults.get(r, "referenceCpuMillis")));
    report.add(
        Figure.info(
            NAME,
            "one more test class with a seed no other class used (its PKI generated), median",
            "ms",
            ChildResults.get(r, "freshSeedMillis"),
            REFERENCE,
            ChildResults.get(r, "referenceMillis")));
    report.add(
        Figure.info(
            NAME,
            "process CPU per test class with a seed of its own, mean",
            "ms",
            ChildResults.get(r, "freshSeedCpuMillis"),
            REFERENCE,
            ChildResults.get(r, "referenceCpuMillis")));
  }
}
