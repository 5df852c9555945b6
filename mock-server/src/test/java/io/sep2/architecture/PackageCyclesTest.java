package io.sep2.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The packages of the mock server depend on each other without cycles, and the TLS layer knows
 * nothing of the server built on it: measured with the JDK's own {@code jdeps} on the compiled
 * classes.
 */
class PackageCyclesTest {

  @Test
  void mockServerPackagesHaveNoCycles() {
    Map<String, Set<String>> edges = dependencies(Path.of("target/classes"));
    assertThat(edges).containsKeys("io.sep2.server", "io.sep2.utility", "io.sep2.tls");
    assertThat(cycles(edges)).as("package cycles (jdeps -verbose:package)").isEmpty();
  }

  @Test
  void theTlsLayerDoesNotKnowTheServer() {
    Map<String, Set<String>> edges = dependencies(Path.of("target/classes"));
    edges.forEach(
        (from, to) -> {
          if (from.startsWith("io.sep2.tls")) {
            assertThat(to).as(from).noneMatch(p -> p.startsWith("io.sep2.server"));
          }
        });
  }

  static Map<String, Set<String>> dependencies(Path classes) {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    int status =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(new StringWriter()),
            "-verbose:package",
            "-filter:none",
            "-e",
            "io\\.sep2\\..*",
            classes.toString());
    assertThat(status).as("jdeps exit status").isZero();
    Map<String, Set<String>> edges = new TreeMap<>();
    for (String line : out.toString().split("\n")) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length >= 3 && parts[0].startsWith("io.sep2") && parts[1].equals("->")) {
        if (!parts[0].equals(parts[2]) && parts[2].startsWith("io.sep2")) {
          edges.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[2]);
        } else {
          edges.computeIfAbsent(parts[0], k -> new TreeSet<>());
        }
      }
    }
    return edges;
  }

  /** The strongly connected components with more than one package (Tarjan). */
  static List<Set<String>> cycles(Map<String, Set<String>> edges) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    List<Set<String>> cycles = new ArrayList<>();
    int[] counter = {0};
    for (String node : edges.keySet()) {
      if (!index.containsKey(node)) {
        connect(node, edges, index, low, stack, onStack, cycles, counter);
      }
    }
    return cycles;
  }

  private static void connect(
      String v,
      Map<String, Set<String>> edges,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<Set<String>> cycles,
      int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]++);
    stack.push(v);
    onStack.add(v);
    for (String w : edges.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, edges, index, low, stack, onStack, cycles, counter);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        cycles.add(component);
      }
    }
  }
}
