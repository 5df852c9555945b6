package io.sep2.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one {@code sep2:verify-tls} run as a table (one finding per line) for the build
 * log and {@code verify-tls.txt}, and as {@code verify-tls.json}.
 *
 * <p>JSON shape: {@code {"goal":"sep2:verify-tls","project":"g:a:v","passed":true|false,
 * "failOnWarning":false,"counts":{"ERROR":0,...},"findings":[{"id":...,"severity":...,
 * "subject":...,"expected":...,"actual":...,"fix":...}]}}.
 *
 * @param project the project's {@code groupId:artifactId:version}
 * @param findings every finding, in check order
 * @param failOnWarning whether warnings fail the build
 */
public record Report(String project, List<Finding> findings, boolean failOnWarning) {

  private static final int MAX_ID_WIDTH = 34;
  private static final int MAX_SUBJECT_WIDTH = 44;

  /** Copies the findings. */
  public Report {
    findings = List.copyOf(findings);
  }

  /** Whether the build may go on. */
  public boolean passed() {
    return failures().isEmpty();
  }

  /** The findings that fail the build. */
  public List<Finding> failures() {
    return findings.stream().filter(f -> f.fails(failOnWarning)).toList();
  }

  /** How many findings of each severity. */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (Finding f : findings) {
      counts.merge(f.severity(), 1, Integer::sum);
    }
    return counts;
  }

  /** {@code 9 OK, 1 ERROR, 2 WARNING, 1 INFO}. */
  public String summary() {
    Map<Severity, Integer> c = counts();
    return c.get(Severity.OK)
        + " OK, "
        + c.get(Severity.ERROR)
        + " ERROR, "
        + c.get(Severity.WARNING)
        + " WARNING, "
        + c.get(Severity.INFO)
        + " INFO";
  }

  /**
   * The headline printed before the table: {@code sep2:verify-tls: PASSED (9 OK, 0 ERROR, 0
   * WARNING, 2 INFO) in 812 ms}.
   */
  public String headline(long millis) {
    return "sep2:verify-tls: "
        + (passed() ? "PASSED" : "FAILED")
        + " ("
        + summary()
        + ") in "
        + millis
        + " ms";
  }

  /** The table: a header line, then one line per finding. */
  public List<String> tableLines() {
    int idWidth = Math.min(MAX_ID_WIDTH, width(findings.stream().map(Finding::id).toList(), 2));
    int subjectWidth =
        Math.min(MAX_SUBJECT_WIDTH, width(findings.stream().map(Finding::subject).toList(), 7));
    List<String> lines = new ArrayList<>();
    lines.add(row("RESULT", "ID", idWidth, "SUBJECT", subjectWidth, "DETAIL"));
    for (Finding f : findings) {
      lines.add(row(f.severity().name(), f.id(), idWidth, f.subject(), subjectWidth, f.detail()));
    }
    return lines;
  }

  private static String row(
      String result, String id, int idWidth, String subject, int subjectWidth, String detail) {
    return pad(result, 7)
        + " "
        + pad(id, idWidth)
        + " "
        + pad(subject, subjectWidth)
        + " "
        + detail;
  }

  private static int width(List<String> values, int min) {
    return Math.max(min, values.stream().mapToInt(String::length).max().orElse(0));
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  /** The failure message: every finding that fails the build, one per line. */
  public String failureMessage() {
    List<Finding> failures = failures();
    StringBuilder sb =
        new StringBuilder("sep2:verify-tls found ")
            .append(failures.size())
            .append(failures.size() == 1 ? " problem" : " problems")
            .append(" in the 2030.5 TLS set-up:");
    int i = 1;
    for (Finding f : failures) {
      sb.append('\n').append("  ").append(i++).append(". ").append(f);
    }
    return sb.toString();
  }

  /** The text report: a headline, the summary and the table. */
  public String text() {
    StringBuilder sb =
        new StringBuilder("sep2:verify-tls ")
            .append(project)
            .append(": ")
            .append(passed() ? "PASSED" : "FAILED")
            .append(" (")
            .append(summary())
            .append(")\n");
    for (String line : tableLines()) {
      sb.append(line.stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  /** The JSON report. */
  public String json() throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("goal", "sep2:verify-tls");
    root.put("project", project);
    root.put("passed", passed());
    root.put("failOnWarning", failOnWarning);
    root.put("counts", counts());
    root.put("findings", findings);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root)
        + "\n";
  }

  /**
   * Writes {@code verify-tls.json} and {@code verify-tls.txt} into {@code directory}, creating it.
   *
   * @return the two files
   */
  public List<Path> write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path json = directory.resolve("verify-tls.json");
    Path txt = directory.resolve("verify-tls.txt");
    Files.writeString(json, json(), StandardCharsets.UTF_8);
    Files.writeString(txt, text(), StandardCharsets.UTF_8);
    return List.of(json, txt);
  }
}
