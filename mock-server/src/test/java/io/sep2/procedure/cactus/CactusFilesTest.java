package io.sep2.procedure.cactus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sep2.pki.Sep2Pki;
import io.sep2.procedure.Procedure;
import io.sep2.procedure.ProcedureReport;
import io.sep2.procedure.ProcedureReport.Verdict;
import io.sep2.procedure.ProcedureRun;
import io.sep2.procedure.ProcedureRunner;
import io.sep2.procedure.ScriptedClientAccess;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public CSIP-AUS client procedure files, which this kit does not ship: pass their folder as
 * {@code -Dsep2.cactus.dir=/path/to/cactus_test_definitions/client/procedures}; without it these
 * tests are skipped.
 */
class CactusFilesTest {

  static Path dir;
  static Sep2MockServer server;

  @BeforeAll
  static void setUp() {
    String given = System.getProperty("sep2.cactus.dir");
    assumeTrue(
        given != null && !given.isBlank(),
        "set -Dsep2.cactus.dir to the CSIP-AUS client procedures folder to run these tests");
    dir = Path.of(given);
    assumeTrue(Files.isDirectory(dir), "-Dsep2.cactus.dir is not a folder: " + given);
    server =
        new Sep2MockServer(
                ServerOptions.builder().pki(Sep2Pki.builder().seed("cactus-files").build()).build())
            .start();
  }

  @AfterAll
  static void tearDown() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void everyPublicFileLoadsAndEveryRunnableOneSetsUp() throws Exception {
    List<Path> files = CactusProcedures.yamlFiles(dir);
    assertThat(files).isNotEmpty();
    List<String> failed = new ArrayList<>();
    List<Procedure> loaded = new ArrayList<>();
    Map<String, List<String>> reasons = new TreeMap<>();
    for (Path f : files) {
      try {
        loaded.add(CactusProcedures.load(f));
      } catch (ProcedureFileException e) {
        failed.add(e.getMessage());
      }
    }
    List<String> runnable = new ArrayList<>();
    for (Procedure p : loaded) {
      if (p.isSupported()) {
        runnable.add(p.id());
      }
      for (String r : p.unsupported()) {
        String feature = r.contains(" (") ? r.substring(0, r.indexOf(" (")) : r;
        reasons.computeIfAbsent(feature, k -> new ArrayList<>()).add(p.id());
      }
    }
    Map<String, List<String>> setUpErrors = new LinkedHashMap<>();
    ProcedureRunner runner =
        ProcedureRunner.on(server)
            .tick(Duration.ofMillis(10))
            .timeout(Duration.ofMillis(200))
            .build();
    for (Procedure p : loaded) {
      if (!p.isSupported()) {
        continue;
      }
      ProcedureReport report = runner.run(p, Duration.ofSeconds(10));
      List<String> setup = report.errors().stream().filter(e -> e.startsWith("set-up")).toList();
      if (!setup.isEmpty()) {
        setUpErrors.put(p.id(), setup);
      }
    }
    StringBuilder summary = new StringBuilder();
    summary
        .append("CSIP-AUS procedure files: ")
        .append(files.size())
        .append(" found, ")
        .append(loaded.size())
        .append(" loaded, ")
        .append(runnable.size())
        .append(" runnable, ")
        .append(loaded.size() - runnable.size())
        .append(" NOT SUPPORTED");
    reasons.entrySet().stream()
        .sorted((a, b) -> b.getValue().size() - a.getValue().size())
        .forEach(
            e ->
                summary
                    .append("\n  NOT SUPPORTED: ")
                    .append(e.getKey())
                    .append(": ")
                    .append(e.getValue().stream().distinct().toList()));
    System.out.println(summary);
    assertThat(failed).as(summary.toString()).isEmpty();
    assertThat(setUpErrors).as(summary.toString()).isEmpty();
  }

  @Test
  void all01DiscoveryPassesWithTheScriptedClient() throws Exception {
    Procedure p = CactusProcedures.load(dir.resolve("ALL-01.yaml"));
    ProcedureRunner runner = ProcedureRunner.on(server).tick(Duration.ofMillis(20)).build();
    try (ProcedureRun run = runner.start(p)) {
      ScriptedClientAccess.discover(server);
      ProcedureReport report = run.awaitReport(Duration.ofSeconds(20));
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
    }
  }

  @Test
  void all09DerReportingPassesWithTheScriptedClient() throws Exception {
    Procedure p = CactusProcedures.load(dir.resolve("ALL-09.yaml"));
    ProcedureRunner runner = ProcedureRunner.on(server).tick(Duration.ofMillis(20)).build();
    try (ProcedureRun run = runner.start(p)) {
      ScriptedClientAccess.reportDer(server);
      ProcedureReport report = run.awaitReport(Duration.ofSeconds(5));
      assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
    }
  }
}
