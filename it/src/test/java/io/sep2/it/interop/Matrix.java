package io.sep2.it.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The interop matrix: one row per (client, case, target) a test run tried, rendered as the Markdown
 * table that {@code README.md} holds between {@value #BEGIN} and {@value #END}.
 *
 * <p>Each test class records the rows of the targets it runs and, at its end, writes them to {@code
 * target/interop/rows/<target>.tsv}, rebuilds {@code target/interop-matrix.md} from every rows file
 * present, and compares its targets' rows with the README: a README row the run did not try, a run
 * row missing from the README, or a row that is not green fails the build. Versions are shown but
 * never compared, so another machine's OpenSSL does not fail it. With {@code
 * -Dsep2.interop.updateReadme=true} a green run rewrites its targets' rows in the README instead.
 */
final class Matrix {

  static final String BEGIN = "<!-- interop-matrix:begin -->";
  static final String END = "<!-- interop-matrix:end -->";
  static final String UPDATE_PROPERTY = "sep2.interop.updateReadme";
  static final String PASS = "✅ pass";
  static final String FAIL = "❌ FAIL";

  private static final List<String> HEADER =
      List.of("Client", "Version", "Target", "Case", "Expected", "Result");

  /** The three parts of the matrix, in table order. */
  enum Section {
    SUCCEED,
    FAIL,
    SCAN
  }

  /**
   * One row.
   *
   * @param section which part of the table
   * @param order position within the section and target (declaration order)
   * @param client the client's name
   * @param version the client's version (shown, not compared)
   * @param target {@link Target#EXTENSION} or {@link Target#SERVE_GOAL}
   * @param scenario what the client tried
   * @param expected what must happen
   * @param passed whether it happened in this run
   */
  record Row(
      Section section,
      int order,
      String client,
      String version,
      String target,
      String scenario,
      String expected,
      boolean passed) {

    /** What is compared with the README: everything but the version. */
    String key() {
      return String.join(" | ", client, target, scenario, expected, result());
    }

    String result() {
      return passed ? PASS : FAIL;
    }

    List<String> cells() {
      return List.of(client, version, target, scenario, expected, result());
    }

    String tsv() {
      return Stream.of(
              section.name(),
              Integer.toString(order),
              client,
              version,
              target,
              scenario,
              expected,
              Boolean.toString(passed))
          .map(s -> s.replace('\t', ' ').replace('\n', ' '))
          .collect(Collectors.joining("\t"));
    }

    static Row ofTsv(String line) {
      String[] f = line.split("\t", -1);
      return new Row(
          Section.valueOf(f[0]),
          Integer.parseInt(f[1]),
          f[2],
          f[3],
          f[4],
          f[5],
          f[6],
          Boolean.parseBoolean(f[7]));
    }
  }

  private static final Comparator<Row> TABLE_ORDER =
      Comparator.comparing(Row::section)
          .thenComparing(r -> targetOrder(r.target()))
          .thenComparingInt(Row::order);

  private final Path module;
  private final Set<String> targets;
  private final Map<String, Row> rows = new LinkedHashMap<>();

  /** A run that covers {@code targets}: only their rows are compared with the README. */
  Matrix(String... targets) {
    this(moduleDirectory(), targets);
  }

  /** Same, for the module in {@code module} (its README is {@code module/../README.md}). */
  Matrix(Path module, String... targets) {
    this.module = module;
    this.targets = new LinkedHashSet<>(List.of(targets));
  }

  /** Records a row (a repeated key replaces the earlier one). */
  synchronized void add(Row row) {
    if (!targets.contains(row.target())) {
      throw new IllegalArgumentException(row.target() + " is not a target of this run " + targets);
    }
    rows.put(row.client() + "|" + row.target() + "|" + row.scenario(), row);
  }

  /**
   * Runs {@code check}, records the row as passed or failed, and rethrows the failure.
   *
   * @param template the row, its {@code passed} ignored
   */
  void record(Row template, Check check) throws Throwable {
    boolean passed = false;
    try {
      check.run();
      passed = true;
    } finally {
      add(
          new Row(
              template.section(),
              template.order(),
              template.client(),
              template.version(),
              template.target(),
              template.scenario(),
              template.expected(),
              passed));
    }
  }

  /** A matrix check. */
  @FunctionalInterface
  interface Check {
    void run() throws Throwable;
  }

  synchronized List<Row> rows() {
    return rows.values().stream().sorted(TABLE_ORDER).toList();
  }

  // ---- files ----

  /** {@code it/}: the module directory (Surefire's and Failsafe's working directory). */
  static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
        .toAbsolutePath()
        .normalize();
  }

  Path readme() {
    return module.resolveSibling("README.md");
  }

  Path generatedMatrix() {
    return module.resolve("target/interop-matrix.md");
  }

  private Path rowsDirectory() {
    return module.resolve("target/interop/rows");
  }

  private Path rowsFile(String target) {
    String slug = target.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    return rowsDirectory().resolve(slug + ".tsv");
  }

  /**
   * Writes this run's rows and {@code target/interop-matrix.md}, then compares with (or, in update
   * mode, rewrites) the README.
   *
   * @throws AssertionError when the README does not match the run
   */
  void finish() {
    finish(Boolean.getBoolean(UPDATE_PROPERTY));
  }

  /** {@link #finish()}, rewriting the README when {@code update}. */
  void finish(boolean update) {
    try {
      for (String target : targets) {
        Path file = rowsFile(target);
        Files.createDirectories(file.getParent());
        Files.write(
            file,
            rows().stream().filter(r -> r.target().equals(target)).map(Row::tsv).toList(),
            StandardCharsets.UTF_8);
      }
      List<Row> all = new ArrayList<>();
      try (Stream<Path> files = Files.list(rowsDirectory())) {
        for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
          Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.isBlank())
              .map(Row::ofTsv)
              .forEach(all::add);
        }
      }
      all.sort(TABLE_ORDER);
      Files.writeString(
          generatedMatrix(),
          "# sep2-testkit interop matrix\n\nGenerated by the interop tests of module `it` ("
              + String.join(", ", targetsOf(all))
              + "; last run on JUnit Jupiter "
              + org.junit.jupiter.api.Test.class.getPackage().getImplementationVersion()
              + ").\n\n"
              + String.join("\n", render(all))
              + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (update) {
      updateReadme();
    } else {
      compareWithReadme();
    }
  }

  private static List<String> targetsOf(List<Row> rows) {
    return rows.stream().map(Row::target).distinct().toList();
  }

  // ---- README ----

  private void compareWithReadme() {
    List<List<String>> readmeRows = readmeTable();
    Map<String, String> readmeKeys = new LinkedHashMap<>();
    for (List<String> cells : readmeRows) {
      if (targets.contains(cells.get(2))) {
        readmeKeys.put(keyOfCells(cells), String.join(" | ", cells));
      }
    }
    Map<String, Row> runKeys = new LinkedHashMap<>();
    for (Row row : rows()) {
      runKeys.put(row.key(), row);
    }
    List<String> problems = new ArrayList<>();
    for (Row row : rows()) {
      if (!row.passed()) {
        problems.add("not green in this run: " + row.key());
      } else if (!readmeKeys.containsKey(row.key())) {
        problems.add("tried by this run but not in the README: " + row.key());
      }
    }
    for (String key : readmeKeys.keySet()) {
      if (!runKeys.containsKey(key)) {
        problems.add(
            key.endsWith(PASS)
                ? "in the README but not tried (or not green) in this run: " + key
                : "not green in the README: " + key);
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "The interop matrix in "
              + readme()
              + " does not match this run (targets "
              + targets
              + "):\n  "
              + String.join("\n  ", problems)
              + "\nThis run's table is in "
              + generatedMatrix()
              + ". When the change is intended, refresh the README from a green run:\n"
              + "  mvn -pl it verify -D"
              + UPDATE_PROPERTY
              + "=true");
    }
  }

  private void updateReadme() {
    List<Row> failed = rows().stream().filter(r -> !r.passed()).toList();
    if (!failed.isEmpty()) {
      throw new AssertionError(
          "Not rewriting the README's interop matrix: rows are red in this run:\n  "
              + failed.stream().map(Row::key).collect(Collectors.joining("\n  ")));
    }
    List<List<String>> kept = new ArrayList<>();
    for (List<String> cells : readmeTable()) {
      if (!targets.contains(cells.get(2))) {
        kept.add(cells);
      }
    }
    List<Row> all = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      all.add(rowOfCells(kept.get(i), i));
    }
    all.addAll(rows());
    all.sort(TABLE_ORDER);
    String text = readmeText();
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    String table = String.join("\n", render(all));
    String updated =
        text.substring(0, begin + BEGIN.length()) + "\n" + table + "\n" + text.substring(end);
    try {
      Files.writeString(readme(), updated, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The README rows between the markers (cells per row, header and separator left out). */
  private List<List<String>> readmeTable() {
    String text = readmeText();
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new AssertionError(
          readme() + " has no " + BEGIN + " ... " + END + " section for the interop matrix");
    }
    List<List<String>> out = new ArrayList<>();
    for (String line : text.substring(begin + BEGIN.length(), end).split("\n")) {
      line = line.trim();
      if (!line.startsWith("|")) {
        continue;
      }
      List<String> cells = parseCells(line);
      if (cells.equals(HEADER) || cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
        continue;
      }
      if (cells.size() != HEADER.size()) {
        throw new AssertionError(
            "README interop matrix row has not " + HEADER.size() + " cells: " + line);
      }
      out.add(cells);
    }
    return out;
  }

  private String readmeText() {
    try {
      return Files.readString(readme(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + readme(), e);
    }
  }

  private static String keyOfCells(List<String> cells) {
    return String.join(" | ", cells.get(0), cells.get(2), cells.get(3), cells.get(4), cells.get(5));
  }

  /**
   * A README row as a row: its section told by its Expected cell, its order by its position, so a
   * rewritten table keeps the order of the rows it does not replace.
   */
  private static Row rowOfCells(List<String> cells, int position) {
    String expected = cells.get(4);
    Section section =
        expected.equals(GoodClient.EXPECTED)
            ? Section.SUCCEED
            : expected.startsWith("TLS 1.2 only") ? Section.SCAN : Section.FAIL;
    return new Row(
        section,
        position,
        cells.get(0),
        cells.get(1),
        cells.get(2),
        cells.get(3),
        expected,
        PASS.equals(cells.get(5)));
  }

  private static int targetOrder(String target) {
    return Target.EXTENSION.equals(target) ? 0 : Target.SERVE_GOAL.equals(target) ? 1 : 2;
  }

  // ---- Markdown ----

  static List<String> render(List<Row> rows) {
    return renderCells(rows.stream().map(Row::cells).toList());
  }

  private static List<String> renderCells(List<List<String>> rows) {
    List<String> lines = new ArrayList<>();
    lines.add(line(HEADER));
    lines.add(line(HEADER.stream().map(h -> "---").toList()));
    for (List<String> cells : rows) {
      lines.add(line(cells));
    }
    return lines;
  }

  private static String line(List<String> cells) {
    return "| "
        + cells.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | "))
        + " |";
  }

  private static List<String> parseCells(String line) {
    String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().trim());
    return cells;
  }
}
