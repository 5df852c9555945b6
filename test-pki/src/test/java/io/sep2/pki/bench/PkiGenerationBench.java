package io.sep2.pki.bench;

import io.sep2.pki.Sep2Pki;
import java.util.Arrays;

/**
 * Measures how long {@link Sep2Pki} takes to generate a chain-length-4 PKI (SERCA, MCA, MICA, one
 * device and the server: five P-256 keys and five signatures).
 *
 * <ul>
 *   <li><b>cold</b>: the first build in this fresh JVM, class loading and JIT warm-up included;
 *       what a test suite pays once;
 *   <li><b>warm</b>: mean (and median, min, max) over {@code N} further builds after {@code W}
 *       warm-up builds, each with its own seed so nothing is cached.
 * </ul>
 *
 * Run from {@code /work/main} after {@code mvn -o -q -pl test-pki install}:
 *
 * <pre>
 * mvn -o -q -pl test-pki dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp test-pki/target/test-classes:test-pki/target/classes:$(cat /tmp/cp.txt) \
 *     io.sep2.pki.bench.PkiGenerationBench [N=200] [W=50]
 * </pre>
 */
public final class PkiGenerationBench {

  private PkiGenerationBench() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 50;

    long start = System.nanoTime();
    Sep2Pki first = build("bench-cold");
    double coldMs = (System.nanoTime() - start) / 1e6;

    for (int i = 0; i < warmup; i++) {
      build("bench-warmup-" + i);
    }
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      build("bench-" + i);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    double mean = Arrays.stream(ms).average().orElse(Double.NaN);

    System.out.printf(
        "PKI generation, chain length %d, 1 device + server, %s, %d cores%n",
        first.chainLength(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    System.out.printf("cold (first build, fresh JVM): %.1f ms%n", coldMs);
    System.out.printf(
        "warm (n=%d after %d warm-up): mean %.2f ms, median %.2f ms, min %.2f ms, max %.2f ms%n",
        n, warmup, mean, ms[n / 2], ms[0], ms[n - 1]);
  }

  private static Sep2Pki build(String seed) {
    return Sep2Pki.builder().seed(seed).chainLength(4).build();
  }
}
