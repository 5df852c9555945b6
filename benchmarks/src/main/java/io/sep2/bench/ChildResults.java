package io.sep2.bench;

import io.sep2.testing.ExternalCommand;
import io.sep2.testing.RunningProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a benchmark JVM that measures by itself ({@link UtilityBenchMain}, {@link PerClassMain}) and
 * collects its {@code SEP2-BENCH RESULT name=value} lines once it prints {@code SEP2-BENCH DONE}.
 */
final class ChildResults {

  private ChildResults() {}

  static Map<String, Double> run(
      String name, Class<?> mainClass, List<String> jvmArgs, Duration limit, String... args)
      throws IOException {
    try (RunningProcess p =
        ExternalCommand.java(mainClass, jvmArgs, args).named(name).keepLast(1 << 20).start()) {
      p.awaitLine(l -> l.startsWith(UtilityBenchMain.DONE), limit);
      Map<String, Double> results = new LinkedHashMap<>();
      for (String line : p.output().split("\n")) {
        int at = line.indexOf(UtilityBenchMain.RESULT);
        if (at >= 0) {
          String kv = line.substring(at + UtilityBenchMain.RESULT.length()).trim();
          int eq = kv.indexOf('=');
          results.put(kv.substring(0, eq), Double.parseDouble(kv.substring(eq + 1)));
        }
      }
      return results;
    }
  }

  static double get(Map<String, Double> results, String key) throws IOException {
    Double v = results.get(key);
    if (v == null) {
      throw new IOException("no result " + key + " in " + results);
    }
    return v;
  }
}
