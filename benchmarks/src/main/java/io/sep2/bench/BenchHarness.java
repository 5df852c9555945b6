package io.sep2.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The benchmark harness of issues 7 and 16: every figure next to a reference measured in the same
 * run, with the ratio. See BENCHMARKS.md for the figures and how to read them.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar [--quick] [--only startup,handshake,scaling,latency,memory,verify-tls,
 *     perclass,utility,scale,fork]
 *     [--out results.md] [--root .] [--server-jvm-arg -XX:StartFlightRecording=filename=sep2.jfr]
 * </pre>
 *
 * Run it from the repository root on a quiet machine: it prints the load average before and after
 * each benchmark. Exit status 0 when every benchmark ran (targets missed or not), 1 otherwise.
 */
public final class BenchHarness {

  /** Bouncy Castle JSSE logs the JDK security properties it cannot use on every context. */
  private static final java.util.logging.Logger BCJSSE_LOG =
      java.util.logging.Logger.getLogger("org.bouncycastle.jsse");

  private BenchHarness() {}

  /**
   * What a run produced.
   *
   * @param machine the machine line printed when the run started
   */
  record Outcome(Report report, List<String> failures, String machine) {}

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    Set<String> only = null;
    Path out = null;
    Path root = defaultRoot();
    List<String> serverJvmArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--only" -> only = new LinkedHashSet<>(List.of(args[++i].split(",")));
        case "--out" -> out = Path.of(args[++i]);
        case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
        case "--server-jvm-arg" -> serverJvmArgs.add(args[++i]);
        default -> {
          System.err.println(
              "usage: java -jar benchmarks/target/benchmarks.jar [--quick] [--only "
                  + String.join(",", Settings.ALL)
                  + "] [--out FILE] [--root DIR] [--server-jvm-arg ARG]...");
          System.exit(2);
        }
      }
    }
    Settings settings = quick ? Settings.quick(root) : Settings.full(root);
    if (only != null) {
      if (!Settings.ALL.containsAll(only)) {
        System.err.println("--only takes " + Settings.ALL + ", was " + only);
        System.exit(2);
      }
      settings = settings.withBenches(only);
    }
    settings = settings.withServerJvmArgs(serverJvmArgs);
    Outcome outcome = run(settings, System.out);
    String summary = outcome.report().summary();
    System.out.println();
    System.out.println(summary);
    if (out != null) {
      Files.writeString(
          out,
          "start: " + outcome.machine() + "\nend:   " + machine() + "\n\n" + summary,
          StandardCharsets.UTF_8);
      System.out.println("written to " + out.toAbsolutePath());
    }
    System.exit(outcome.failures().isEmpty() ? 0 : 1);
  }

  /** Runs the benchmarks {@code settings} selects, in a fixed order; never leaves a process. */
  static Outcome run(Settings settings, PrintStream out) throws IOException {
    BCJSSE_LOG.setLevel(java.util.logging.Level.SEVERE);
    Report report = new Report(out);
    List<String> failures = new ArrayList<>();
    String machine = machine();
    out.println(machine);
    if (ProcFs.load1() > 0.5) {
      out.println(
          "WARNING: 1-minute load average "
              + ProcFs.load1()
              + " > 0.5: other work is running, the figures will be noisy");
    }
    try (Servers servers = new Servers(settings)) {
      for (String bench : Settings.ALL) {
        if (!settings.runs(bench)) {
          continue;
        }
        out.println();
        out.println("== " + bench + " (load average " + ProcFs.loadAverage() + ")");
        long t0 = System.nanoTime();
        try {
          switch (bench) {
            case "startup" -> StartupBench.run(settings, servers, report);
            case "handshake" -> HandshakeBench.run(settings, servers, report);
            case "scaling" -> ScalingBench.run(settings, servers, report);
            case "latency" -> LatencyBench.run(settings, servers, report);
            case "memory" -> MemoryBench.run(settings, servers, report);
            case "verify-tls" -> VerifyTlsOverheadBench.run(settings, report);
            case "perclass" -> PerClassBench.run(settings, servers, report);
            case "utility" -> UtilityBench.run(settings, report);
            case "scale" -> ScaleBench.run(settings, servers, report);
            case "fork" -> ForkBench.run(settings, servers, report);
            default -> throw new IllegalArgumentException(bench);
          }
        } catch (IOException | RuntimeException | AssertionError e) {
          // AssertionError: a program it needs is not installed (see io.sep2.testing.Tool)
          failures.add(bench + ": " + e);
          out.println("FAILED: " + bench + ": " + e);
          e.printStackTrace(out);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failures.add(bench + ": interrupted");
          break;
        }
        out.printf(
            Locale.ROOT,
            "== %s done in %.1f s (load average %s)%n",
            bench,
            (System.nanoTime() - t0) / 1e9,
            ProcFs.loadAverage());
      }
    }
    return new Outcome(report, failures, machine);
  }

  /** The machine, as BENCHMARKS.md records it. */
  static String machine() {
    String cpu = "unknown";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return String.format(
        Locale.ROOT,
        "date %s; %d CPUs (%s); Java %s (%s %s); %s; load average %s",
        Instant.now(),
        Runtime.getRuntime().availableProcessors(),
        cpu,
        System.getProperty("java.version"),
        System.getProperty("java.vm.vendor"),
        System.getProperty("java.vm.name"),
        OpenSsl.version(),
        ProcFs.loadAverage());
  }

  /** The repository root: the working directory, or its parent when run from {@code benchmarks}. */
  static Path defaultRoot() {
    Path cwd = Path.of("").toAbsolutePath();
    if (!Files.isDirectory(cwd.resolve("examples"))
        && cwd.getParent() != null
        && Files.isDirectory(cwd.getParent().resolve("examples"))) {
      return cwd.getParent();
    }
    return cwd;
  }
}
