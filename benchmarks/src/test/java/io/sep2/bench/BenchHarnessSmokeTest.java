package io.sep2.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole harness with {@link Settings#quick} so it cannot rot: every benchmark must run to
 * the end and produce its figures, each with a reference value and a ratio. No timing is asserted:
 * the figures of such a short run mean nothing.
 */
class BenchHarnessSmokeTest {

  @Test
  void everyBenchmarkProducesFiguresWithReferenceAndRatio() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    BenchHarness.Outcome outcome;
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      outcome = BenchHarness.run(Settings.quick(BenchHarness.defaultRoot()), out);
    }
    String log = buffer.toString(StandardCharsets.UTF_8);
    System.out.println(log);

    assertThat(outcome.failures()).as(log).isEmpty();
    List<Figure> figures = outcome.report().figures();
    Set<String> benches = figures.stream().map(Figure::bench).collect(Collectors.toSet());
    assertThat(benches)
        .contains(
            StartupBench.NAME,
            HandshakeBench.NAME,
            ScalingBench.NAME,
            LatencyBench.NAME,
            MemoryBench.NAME,
            PerClassBench.NAME,
            UtilityBench.NAME,
            ScaleBench.NAME,
            ForkBench.NAME);
    // the build overhead needs examples/quickstart and the installed plugin; without them it
    // reports why it skipped
    assertThat(
            benches.contains(VerifyTlsOverheadBench.NAME)
                || outcome.report().skipped().stream()
                    .anyMatch(s -> s.startsWith(VerifyTlsOverheadBench.NAME)))
        .as(log)
        .isTrue();
    for (Figure f : figures) {
      assertThat(f.reference()).as(f.name()).isNotBlank();
      assertThat(f.referenceValue()).as(f.name()).isFinite();
      assertThat(Double.isFinite(f.ours())).as(f.name()).isTrue();
      assertThat(f.row()).contains("×");
    }
    for (Figure f : figures) {
      if (!f.bench().equals(MemoryBench.NAME) && !isMemoryDelta(f)) {
        // rates, times and CPU are positive; memory deltas of a tiny run may be noise around 0
        assertThat(f.ours()).as(f.name()).isPositive();
        assertThat(f.referenceValue()).as(f.name()).isPositive();
        assertThat(f.ratio()).as(f.name()).isPositive().isFinite();
      }
    }
    assertThat(figures.stream().filter(Figure::hasTarget).map(Figure::bench))
        .contains(
            StartupBench.NAME,
            HandshakeBench.NAME,
            LatencyBench.NAME,
            PerClassBench.NAME,
            UtilityBench.NAME);
    assertThat(outcome.report().summary()).contains("| bench | figure |");
  }

  /** Heap added by a handful of connections or devices: a difference of two GC readings. */
  private static boolean isMemoryDelta(Figure f) {
    return f.name().contains("per idle connection") || f.name().contains("EndDevices");
  }
}
