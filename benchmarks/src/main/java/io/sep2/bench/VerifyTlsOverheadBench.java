package io.sep2.bench;

import io.sep2.testing.ExternalCommand;
import io.sep2.testing.ProcessResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figure 4: what {@code sep2:verify-tls} costs the build of the example device project, {@code
 * examples/quickstart} (which binds the goal to its default phase, {@code process-test-classes},
 * and generates its keystores with {@code sep2:generate-pki} first):
 *
 * <ul>
 *   <li><b>the goal against {@code mvn validate}</b>: {@code mvn -o -q validate
 *       io.sep2:sep2-maven-plugin:VERSION:verify-tls@EXECUTION} (the check with the project's
 *       configuration, Maven's start and the plugin's class loading included) against {@code mvn -o
 *       -q validate} of the same project (after one {@code generate-test-resources} run when the
 *       keystores {@code sep2:generate-pki} writes are not there yet);
 *   <li><b>in the build</b> (full settings only): {@code mvn -o -q process-test-classes} against
 *       the same with {@code -Dsep2.skip=true} (plugin loaded, check skipped).
 * </ul>
 *
 * The goal runs once first to see whether the keystores are there (and, in the full settings, each
 * command once more unmeasured), then the two of a pair alternate. Skipped, with the reason, when
 * the project is not there or its build fails on the first run.
 */
final class VerifyTlsOverheadBench {

  static final String NAME = "4 verify-tls";
  private static final Duration LIMIT = Duration.ofMinutes(5);
  private static final Pattern EXECUTION =
      Pattern.compile(
          "<execution>\\s*<id>([^<]+)</id>(?:(?!</execution>).)*?<goal>verify-tls</goal>",
          Pattern.DOTALL);
  private static final Pattern VERSION =
      Pattern.compile("<sep2\\.version>([^<]+)</sep2\\.version>");

  private VerifyTlsOverheadBench() {}

  /** Two commands to compare. */
  record Pair(String what, List<String> with, List<String> without, String reference) {}

  /** The set-up command and the pairs, or {@code null} with the reason in {@code why}. */
  static List<Pair> pairs(Path root, boolean lifecycle, StringBuilder why) throws IOException {
    Path pom = root.resolve("examples/quickstart/pom.xml");
    if (!Files.isRegularFile(pom)) {
      why.append(root.relativize(pom)).append(" does not exist yet");
      return null;
    }
    String text = Files.readString(pom);
    Matcher version = VERSION.matcher(text);
    Matcher execution = EXECUTION.matcher(text);
    String goal =
        "io.sep2:sep2-maven-plugin:"
            + (version.find() ? version.group(1) : "0.1.0-SNAPSHOT")
            + ":verify-tls"
            + (execution.find() ? "@" + execution.group(1).trim() : "");
    List<Pair> pairs = new ArrayList<>();
    pairs.add(
        new Pair(
            "mvn validate "
                + goal.substring(goal.indexOf("verify-tls"))
                + " of examples/quickstart",
            maven(pom, "validate", goal),
            maven(pom, "validate"),
            "mvn validate"));
    if (lifecycle) {
      pairs.add(
          new Pair(
              "mvn process-test-classes of examples/quickstart (the check bound in the build)",
              maven(pom, "process-test-classes"),
              maven(pom, "process-test-classes", "-Dsep2.skip=true"),
              "the same with -Dsep2.skip=true"));
    }
    return pairs;
  }

  static List<String> maven(Path pom, String... args) {
    List<String> command = new ArrayList<>(List.of("mvn", "-o", "-q", "-B", "-f", pom.toString()));
    // the harness's own local repository (java -Dmaven.repo.local=... -jar benchmarks.jar): the
    // plugin measured is the one just installed there, not whatever ~/.m2 holds
    String repo = System.getProperty("maven.repo.local");
    if (repo != null && !repo.isBlank()) {
      command.add("-Dmaven.repo.local=" + repo);
    }
    command.addAll(List.of(args));
    return command;
  }

  static void run(Settings settings, Report report) throws IOException, InterruptedException {
    StringBuilder why = new StringBuilder();
    List<Pair> pairs = pairs(settings.root(), settings.mavenLifecycle(), why);
    if (pairs == null) {
      report.skip(NAME, why.toString());
      return;
    }
    Path pom = settings.root().resolve("examples/quickstart/pom.xml");
    double probe = -1;
    try {
      probe = timed(pairs.get(0).with(), settings.root());
    } catch (IOException e) {
      // the goal alone needs the keystores sep2:generate-pki writes earlier in the build
      List<String> setUp = maven(pom, "generate-test-resources");
      report.line("[" + NAME + "] set-up: " + String.join(" ", setUp));
      String failure;
      try {
        failure = tryOnce(setUp, settings.root());
      } catch (IOException noMaven) {
        failure = noMaven.toString();
      }
      if (failure != null) {
        report.skip(NAME, "the example build does not run yet: " + failure);
        return;
      }
    }
    boolean first = true;
    for (Pair pair : pairs) {
      report.line("[" + NAME + "] with the check:    " + String.join(" ", pair.with()));
      report.line("[" + NAME + "] without the check: " + String.join(" ", pair.without()));
      List<Double> withMs = new ArrayList<>();
      List<Double> withoutMs = new ArrayList<>();
      for (int i = settings.unmeasuredFirstRuns() ? -1 : 0; i < settings.mavenRuns(); i++) {
        double w;
        double wo;
        try {
          // without unmeasured first runs, the probe above is the first measured run
          w =
              first && probe >= 0 && !settings.unmeasuredFirstRuns()
                  ? probe
                  : timed(pair.with(), settings.root());
          first = false;
          wo = timed(pair.without(), settings.root());
        } catch (IOException e) {
          if (i <= 0) {
            report.skip(NAME, "the example build does not run yet: " + e.getMessage());
            return;
          }
          throw e;
        }
        if (i < 0) {
          continue;
        }
        withMs.add(w);
        withoutMs.add(wo);
        report.line(
            String.format(
                Locale.ROOT, "[%s] run %d: with %.0f ms, without %.0f ms", NAME, i + 1, w, wo));
      }
      double w = Stats.median(withMs);
      double wo = Stats.median(withoutMs);
      report.add(
          Figure.info(
              NAME,
              String.format(
                  Locale.ROOT,
                  "%s, median of %d (overhead %.0f ms)",
                  pair.what(),
                  settings.mavenRuns(),
                  w - wo),
              "ms",
              w,
              pair.reference(),
              wo));
    }
  }

  private static String tryOnce(List<String> command, Path root)
      throws IOException, InterruptedException {
    ProcessResult mvn =
        ExternalCommand.of(command).in(root).keepLast(Servers.TRANSCRIPT).timeout(LIMIT).run();
    return mvn.killed() || mvn.exitCode() != 0 ? mvn.describeFailure() : null;
  }

  private static double timed(List<String> command, Path root)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    String failure = tryOnce(command, root);
    long t1 = System.nanoTime();
    if (failure != null) {
      throw new IOException(failure);
    }
    return (t1 - t0) / 1e6;
  }
}
