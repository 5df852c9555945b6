package io.sep2.procedure.report;

import io.sep2.procedure.ProcedureReport;
import io.sep2.procedure.ProcedureReport.CriterionResult;
import io.sep2.procedure.ProcedureReport.StepResult;
import io.sep2.procedure.ProcedureReport.Verdict;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.server.record.RecordingWriter;
import io.sep2.utility.Exchange;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a {@link ConformanceReport} into a directory, in four forms:
 *
 * <ul>
 *   <li>{@value #HTML}: one self-contained page for a browser (inline style, no scripts, no
 *       external assets; well-formed XHTML syntax), a summary table and per procedure its steps,
 *       criteria, requests and connections;
 *   <li>{@value #MARKDOWN}: the same for a pull request or a wiki;
 *   <li>{@value #JUNIT_XML}: JUnit XML (the Surefire layout CI servers read), one {@code testcase}
 *       per procedure, {@code failure} for a failed one (message: the failing step and reason),
 *       {@code skipped} for a NOT SUPPORTED one;
 *   <li>{@value #RECORDINGS}{@code /<id>.txt} and {@code .json}: the server's records of the
 *       connections made during each procedure ({@link RecordingWriter}).
 * </ul>
 *
 * Files of an earlier report in the directory are replaced.
 */
public final class ConformanceReportWriter {

  /** The HTML report's file name. */
  public static final String HTML = "index.html";

  /** The Markdown report's file name. */
  public static final String MARKDOWN = "conformance.md";

  /** The JUnit XML report's file name. */
  public static final String JUNIT_XML = "TEST-sep2-conformance.xml";

  /** The recordings' directory. */
  public static final String RECORDINGS = "recordings";

  private ConformanceReportWriter() {}

  /**
   * Writes every form into {@code directory} (created when missing).
   *
   * @return the files written: HTML, Markdown, JUnit XML, then the recordings
   * @throws UncheckedIOException when a file cannot be written
   */
  public static List<Path> write(Path directory, ConformanceReport report) {
    List<Path> files = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      files.add(writeAtomically(directory.resolve(HTML), html(report)));
      files.add(writeAtomically(directory.resolve(MARKDOWN), markdown(report)));
      files.add(writeAtomically(directory.resolve(JUNIT_XML), junitXml(report)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the conformance report to " + directory, e);
    }
    for (ProcedureResult r : report.results()) {
      files.addAll(RecordingWriter.write(directory.resolve(RECORDINGS), r.id(), r.connections()));
    }
    return files;
  }

  /** The file name (without extension) of a procedure's recordings. */
  public static String recordingName(String procedureId) {
    return RecordingWriter.sanitize(procedureId);
  }

  // ---- JUnit XML ----

  /** The report as JUnit XML (Surefire's layout): one testcase per procedure. */
  public static String junitXml(ConformanceReport report) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      Document doc = factory.newDocumentBuilder().newDocument();
      Element suite = doc.createElement("testsuite");
      doc.appendChild(suite);
      suite.setAttribute("name", report.name());
      suite.setAttribute("tests", String.valueOf(report.results().size()));
      suite.setAttribute("failures", String.valueOf(report.failedCount()));
      suite.setAttribute("errors", "0");
      suite.setAttribute("skipped", String.valueOf(report.notSupportedCount()));
      suite.setAttribute("time", seconds(Duration.between(report.started(), report.finished())));
      suite.setAttribute("timestamp", report.started().truncatedTo(ChronoUnit.SECONDS).toString());
      Element properties = doc.createElement("properties");
      suite.appendChild(properties);
      Element server = doc.createElement("property");
      server.setAttribute("name", "sep2.server");
      server.setAttribute("value", clean(report.server()));
      properties.appendChild(server);
      for (ProcedureResult r : report.results()) {
        Element testcase = doc.createElement("testcase");
        suite.appendChild(testcase);
        testcase.setAttribute("name", clean(r.id() + " " + r.procedure().title()));
        testcase.setAttribute("classname", clean(report.name()));
        testcase.setAttribute("time", seconds(r.elapsed()));
        if (r.verdict() == Verdict.FAILED) {
          Element failure = doc.createElement("failure");
          ProcedureFailure f = r.failure().orElseThrow();
          failure.setAttribute("message", clean(f.line()));
          failure.setAttribute("type", "sep2.ProcedureFailed");
          failure.setTextContent(clean(f.message() + "\n\n" + r.report().toText()));
          testcase.appendChild(failure);
        } else if (r.verdict() == Verdict.NOT_SUPPORTED) {
          Element skipped = doc.createElement("skipped");
          skipped.setAttribute("message", clean("NOT SUPPORTED: " + r.notSupported().orElse("")));
          testcase.appendChild(skipped);
        }
        Element out = doc.createElement("system-out");
        out.setTextContent(clean(r.report().toText()));
        testcase.appendChild(out);
      }
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      StringWriter w = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(w));
      return w.toString();
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IllegalStateException("the JDK's XML support failed", e);
    }
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
  }

  /** Drops characters XML 1.0 cannot carry. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean ok =
                  c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || (c >= 0x10000 && c <= 0x10FFFF);
              s.appendCodePoint(ok ? c : '?');
            });
    return s.toString();
  }

  // ---- HTML ----

  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em;color:#1b1f23;\
      max-width:80em}
      h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
      h3{font-size:1em;margin-bottom:.3em}
      table{border-collapse:collapse;margin:.5em 0;width:100%}
      th,td{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top;\
      font-size:.9em}
      th{background:#f6f8fa}
      .verdict{font-weight:bold;padding:.1em .4em;border-radius:.3em;white-space:nowrap}
      .PASSED{background:#dafbe1;color:#116329}.FAILED{background:#ffebe9;color:#a40e26}
      .NOT_SUPPORTED{background:#fff8c5;color:#7d4e00}
      .ok{color:#116329}.fail{color:#a40e26;font-weight:bold}
      pre{background:#f6f8fa;padding:.6em;overflow:auto;font-size:.8em}
      code{font-size:.9em}.meta{color:#57606a;font-size:.9em}
      """;

  /** The report as one self-contained HTML page (no external assets, well-formed). */
  public static String html(ConformanceReport report) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    h.append("<title>")
        .append(esc("sep2-testkit conformance: " + report.name()))
        .append("</title>\n");
    h.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc("Conformance: " + report.counts())).append("</h1>\n");
    h.append("<p class=\"meta\">")
        .append(esc(report.name()))
        .append(" &#183; server <code>")
        .append(esc(report.server()))
        .append("</code> &#183; ")
        .append(esc(report.started().truncatedTo(ChronoUnit.SECONDS).toString()))
        .append(" .. ")
        .append(esc(report.finished().truncatedTo(ChronoUnit.SECONDS).toString()))
        .append("</p>\n");
    h.append("<table>\n<thead><tr><th>Procedure</th><th>Title</th><th>Verdict</th>")
        .append("<th>Where and why</th><th>Time</th></tr></thead>\n<tbody>\n");
    for (ProcedureResult r : report.results()) {
      h.append("<tr><td><a href=\"#")
          .append(esc(anchor(r.id())))
          .append("\">")
          .append(esc(r.id()))
          .append("</a></td><td>")
          .append(esc(r.procedure().title()))
          .append("</td><td>")
          .append(verdict(r.verdict()))
          .append("</td><td>")
          .append(esc(why(r)))
          .append("</td><td>")
          .append(esc(seconds(r.elapsed())))
          .append("&#160;s</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    for (ProcedureResult r : report.results()) {
      section(h, r);
    }
    h.append("<p class=\"meta\">Written by sep2-testkit.</p>\n</body>\n</html>\n");
    return clean(h.toString());
  }

  private static void section(StringBuilder h, ProcedureResult r) {
    ProcedureReport p = r.report();
    h.append("<section id=\"").append(esc(anchor(r.id()))).append("\">\n");
    h.append("<h2>")
        .append(esc(r.id() + " " + r.procedure().title()))
        .append(" ")
        .append(verdict(r.verdict()))
        .append("</h2>\n");
    h.append("<p>").append(esc(p.summary())).append("</p>\n");
    r.failure()
        .ifPresent(
            f ->
                h.append("<p class=\"fail\">")
                    .append(esc("Failed at " + f.step() + ": " + f.reason()))
                    .append("</p>\n"));
    List<String> meta = new ArrayList<>();
    if (!r.procedure().category().isEmpty()) {
      meta.add("category " + r.procedure().category());
    }
    if (!r.procedure().references().isEmpty()) {
      meta.add("corresponds to " + String.join(", ", r.procedure().references()));
    }
    meta.add("source " + r.procedure().source());
    meta.add("ended: " + p.endReason());
    if (p.started() != null) {
      meta.add(
          "utility clock "
              + p.started().truncatedTo(ChronoUnit.SECONDS)
              + " .. "
              + p.ended().truncatedTo(ChronoUnit.SECONDS));
    }
    h.append("<p class=\"meta\">").append(esc(String.join(" · ", meta))).append("</p>\n");
    if (!p.unsupported().isEmpty()) {
      h.append("<h3>Not supported</h3>\n<ul>\n");
      p.unsupported().forEach(u -> h.append("<li>").append(esc(u)).append("</li>\n"));
      h.append("</ul>\n");
    }
    if (!p.startChecks().isEmpty()) {
      h.append("<h3>Start checks</h3>\n");
      criteria(h, p.startChecks());
    }
    if (!p.steps().isEmpty()) {
      h.append("<h3>Steps</h3>\n<table>\n<thead><tr><th>Step</th><th>State</th>")
          .append("<th>Waited for</th><th>When</th><th>Requests</th><th>Note</th></tr>")
          .append("</thead>\n<tbody>\n");
      for (StepResult s : p.steps()) {
        boolean bad = s.state() == StepResult.State.ACTIVE;
        h.append("<tr><td>")
            .append(esc(s.name()))
            .append("</td><td class=\"")
            .append(bad ? "fail" : s.state() == StepResult.State.COMPLETED ? "ok" : "")
            .append("\">")
            .append(esc(s.state().toString()))
            .append("</td><td><code>")
            .append(esc(s.waitedFor()))
            .append("</code></td><td>")
            .append(
                esc(
                    s.completedAt() != null
                        ? "completed " + s.completedAt()
                        : s.enabledAt() != null ? "enabled " + s.enabledAt() : ""))
            .append("</td><td>");
        for (Exchange e : s.exchanges()) {
          h.append("<code>").append(esc(e.toString())).append("</code><br/>");
        }
        h.append("</td><td>").append(esc(s.note() == null ? "" : s.note())).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
    if (!p.criteria().isEmpty()) {
      h.append("<h3>Criteria</h3>\n");
      criteria(h, p.criteria());
    }
    if (!p.errors().isEmpty()) {
      h.append("<h3>Engine errors</h3>\n<ul>\n");
      p.errors().forEach(e -> h.append("<li class=\"fail\">").append(esc(e)).append("</li>\n"));
      h.append("</ul>\n");
    }
    if (!p.exchanges().isEmpty()) {
      h.append("<details><summary>")
          .append(p.exchanges().size())
          .append(" requests</summary>\n<table>\n<thead><tr><th>Utility time</th>")
          .append("<th>Request</th><th>Status</th><th>Changed</th></tr></thead>\n<tbody>\n");
      for (Exchange e : p.exchanges()) {
        h.append("<tr><td>")
            .append(esc(e.time().toString()))
            .append("</td><td><code>")
            .append(esc(e.method() + " " + e.path() + (e.query().isEmpty() ? "" : "?" + e.query())))
            .append("</code>")
            .append(e.findings().isEmpty() ? "" : "<br/>" + esc(e.findings().toString()))
            .append("</td><td class=\"")
            .append(e.succeeded() ? "ok" : "fail")
            .append("\">")
            .append(e.status())
            .append("</td><td>")
            .append(esc(e.change() == null ? "" : e.change()))
            .append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n</details>\n");
    }
    String rec = RECORDINGS + "/" + recordingName(r.id());
    h.append("<p class=\"meta\">")
        .append(r.connections().size())
        .append(r.connections().size() == 1 ? " connection" : " connections")
        .append(": <a href=\"")
        .append(esc(rec))
        .append(".txt\">text</a>, <a href=\"")
        .append(esc(rec))
        .append(".json\">JSON</a></p>\n");
    if (!r.connections().isEmpty()) {
      h.append("<details><summary>Connections</summary>\n<pre>");
      for (ConnectionRecord c : r.connections()) {
        h.append(esc(c.toText())).append('\n');
      }
      h.append("</pre>\n</details>\n");
    }
    h.append("</section>\n");
  }

  private static void criteria(StringBuilder h, List<CriterionResult> list) {
    h.append("<table>\n<thead><tr><th>Check</th><th>Result</th><th>Detail</th></tr></thead>\n")
        .append("<tbody>\n");
    for (CriterionResult c : list) {
      h.append("<tr><td><code>")
          .append(esc(c.label()))
          .append("</code></td><td class=\"")
          .append(c.passed() ? "ok\">ok" : "fail\">FAIL")
          .append("</td><td>")
          .append(esc(c.detail()))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static String verdict(Verdict v) {
    return "<span class=\"verdict "
        + v
        + "\">"
        + (v == Verdict.NOT_SUPPORTED ? "NOT SUPPORTED" : v.toString())
        + "</span>";
  }

  private static String why(ProcedureResult r) {
    return switch (r.verdict()) {
      case PASSED -> r.report().summary();
      case FAILED -> r.failure().map(ProcedureFailure::line).orElse(r.report().summary());
      case NOT_SUPPORTED -> r.notSupported().orElse("");
    };
  }

  private static String anchor(String id) {
    return "p-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** Escapes text for HTML/XML content and attribute values. */
  static String esc(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  // ---- Markdown ----

  /** The report as Markdown: a summary table, then each procedure's steps and criteria. */
  public static String markdown(ConformanceReport report) {
    StringBuilder m = new StringBuilder();
    m.append("# Conformance: ").append(report.counts()).append("\n\n");
    m.append("`")
        .append(report.name())
        .append("` against `")
        .append(report.server())
        .append("`, ")
        .append(report.started().truncatedTo(ChronoUnit.SECONDS))
        .append(" .. ")
        .append(report.finished().truncatedTo(ChronoUnit.SECONDS))
        .append("\n\n");
    m.append("| Procedure | Title | Verdict | Where and why | Time |\n");
    m.append("|---|---|---|---|---|\n");
    for (ProcedureResult r : report.results()) {
      m.append("| ")
          .append(cell(r.id()))
          .append(" | ")
          .append(cell(r.procedure().title()))
          .append(" | **")
          .append(r.verdict() == Verdict.NOT_SUPPORTED ? "NOT SUPPORTED" : r.verdict())
          .append("** | ")
          .append(cell(why(r)))
          .append(" | ")
          .append(seconds(r.elapsed()))
          .append(" s |\n");
    }
    for (ProcedureResult r : report.results()) {
      ProcedureReport p = r.report();
      m.append("\n## ").append(r.id()).append(' ').append(r.procedure().title()).append("\n\n");
      m.append(r.statusLine()).append("\n\n");
      if (!r.procedure().references().isEmpty()) {
        m.append("Corresponds to ")
            .append(String.join(", ", r.procedure().references()))
            .append(". ");
      }
      m.append("Ended: ").append(p.endReason()).append(". ").append(md(p.summary())).append("\n");
      if (!p.steps().isEmpty()) {
        m.append("\n| Step | State | Waited for | Note |\n|---|---|---|---|\n");
        for (StepResult s : p.steps()) {
          m.append("| ")
              .append(cell(s.name()))
              .append(" | ")
              .append(s.state())
              .append(" | `")
              .append(cell(s.waitedFor()).replace("`", "'"))
              .append("` | ")
              .append(cell(s.note() == null ? "" : s.note()))
              .append(" |\n");
        }
      }
      if (!p.criteria().isEmpty()) {
        m.append("\n| Check | Result | Detail |\n|---|---|---|\n");
        for (CriterionResult c : p.criteria()) {
          m.append("| `")
              .append(cell(c.label()).replace("`", "'"))
              .append("` | ")
              .append(c.passed() ? "ok" : "**FAIL**")
              .append(" | ")
              .append(cell(c.detail()))
              .append(" |\n");
        }
      }
      r.failure()
          .filter(f -> !f.evidence().isEmpty())
          .ifPresent(
              f -> {
                m.append("\nEvidence:\n\n```text\n");
                f.evidence().forEach(e -> m.append(e.time()).append(' ').append(e).append('\n'));
                m.append("```\n");
              });
      m.append("\nRecordings: [text](")
          .append(RECORDINGS)
          .append('/')
          .append(recordingName(r.id()))
          .append(".txt), [JSON](")
          .append(RECORDINGS)
          .append('/')
          .append(recordingName(r.id()))
          .append(".json) (")
          .append(r.connections().size())
          .append(r.connections().size() == 1 ? " connection" : " connections")
          .append(")\n");
    }
    return m.toString();
  }

  private static String cell(String text) {
    return md(ProcedureFailure.oneLine(text)).replace("|", "\\|");
  }

  private static String md(String text) {
    return text.replace("<", "&lt;").replace(">", "&gt;");
  }

  private static Path writeAtomically(Path target, String content) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }
}
