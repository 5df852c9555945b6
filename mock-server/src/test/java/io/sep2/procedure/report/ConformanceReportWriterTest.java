package io.sep2.procedure.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.procedure.Action;
import io.sep2.procedure.Check;
import io.sep2.procedure.Event;
import io.sep2.procedure.Procedure;
import io.sep2.procedure.ProcedureReport;
import io.sep2.procedure.ProcedureReport.CriterionResult;
import io.sep2.procedure.ProcedureReport.EndReason;
import io.sep2.procedure.ProcedureReport.StepResult;
import io.sep2.procedure.ProcedureReport.Verdict;
import io.sep2.procedure.Step;
import io.sep2.utility.Exchange;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The four report forms, read back: JUnit XML with the JDK's DOM, the HTML as XML. */
class ConformanceReportWriterTest {

  static final Instant T0 = Instant.parse("2030-05-01T10:00:00Z");

  static Exchange exchange(String method, String path, int status) {
    return new Exchange(
        T0.plusSeconds(5),
        method,
        path,
        Map.of(),
        "ABCD",
        "<x>&amp;</x>",
        status,
        null,
        "",
        List.of(),
        null);
  }

  static final String WENT_ON = "the client went on after a wrong pIN <222220> & did GET fsa";

  static Procedure wrongPin() {
    return Procedure.builder("X-REG-02")
        .title("Registration: stops on a wrong pIN")
        .references("CSIP-AUS ALL-03-REJ")
        .steps(
            Step.of("READ", Event.get("/edev/1/rg"), Action.enableSteps("WENT-ON")),
            Step.of("WENT-ON", Event.get("/edev/1/fsa"), Action.fail(WENT_ON)))
        .criteria(Check.allStepsComplete("WENT-ON"))
        .build();
  }

  static ConformanceReport sample() {
    Procedure ok = Procedure.builder("X-DISC-01").title("Discovery \"quoted\"").build();
    ProcedureReport passed =
        new ProcedureReport(
            "X-DISC-01",
            ok.title(),
            Verdict.PASSED,
            "all 1 criteria passed",
            EndReason.ALL_STEPS_COMPLETE,
            T0,
            T0.plusSeconds(3),
            List.of(),
            List.of(
                new StepResult(
                    "GET-DCAP",
                    StepResult.State.COMPLETED,
                    "GET /dcap",
                    T0,
                    T0.plusSeconds(1),
                    List.of(exchange("GET", "/dcap", 200)),
                    null)),
            List.of(
                new CriterionResult(
                    "all-steps-complete", "all-steps-complete", true, "every step", T0, List.of())),
            List.of(),
            List.of(),
            List.of(exchange("GET", "/dcap", 200)));
    Procedure bad = wrongPin();
    Exchange fsa = exchange("GET", "/edev/1/fsa", 200);
    ProcedureReport failed =
        new ProcedureReport(
            "X-REG-02",
            bad.title(),
            Verdict.FAILED,
            "fail-message: " + WENT_ON,
            EndReason.FINISHED,
            T0,
            T0.plusSeconds(9),
            List.of(),
            List.of(
                new StepResult(
                    "READ",
                    StepResult.State.ACTIVE,
                    "GET /edev/1/rg",
                    T0,
                    null,
                    List.of(exchange("GET", "/edev/1/rg", 200)),
                    null),
                new StepResult(
                    "WENT-ON",
                    StepResult.State.ACTIVE,
                    "GET /edev/1/fsa",
                    T0,
                    null,
                    List.of(fsa),
                    "a control character \u0001 here")),
            List.of(
                new CriterionResult(
                    "all-steps-complete", "all-steps-complete", true, "ok", T0, List.of()),
                new CriterionResult("fail-message", "fail-message", false, WENT_ON, T0, List.of())),
            List.of(),
            List.of(),
            List.of(fsa));
    Procedure pricing = Procedure.builder("X-PRC-01").title("Pricing").build();
    ProcedureReport unsupported =
        new ProcedureReport(
            "X-PRC-01",
            "Pricing",
            Verdict.NOT_SUPPORTED,
            "NOT SUPPORTED: pricing function set",
            EndReason.NOT_RUN,
            null,
            T0,
            List.of(),
            List.of(),
            List.of(),
            List.of("pricing function set (action create-tariff-profile)"),
            List.of(),
            List.of());
    List<ProcedureResult> results = new ArrayList<>();
    results.add(new ProcedureResult(ok, passed, T0, Duration.ofMillis(1500), List.of()));
    results.add(new ProcedureResult(bad, failed, T0, Duration.ofSeconds(9), List.of()));
    results.add(new ProcedureResult(pricing, unsupported, T0, Duration.ZERO, List.of()));
    return new ConformanceReport(
        "sep2-conformance", "https://127.0.0.1:8443/dcap", T0, T0.plusSeconds(12), results);
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void statusLinesNameTheStepAndTheReason() {
    List<ProcedureResult> r = sample().results();
    assertThat(r.get(0).statusLine()).isEqualTo("PROCEDURE X-DISC-01 PASSED");
    assertThat(r.get(1).statusLine()).isEqualTo("PROCEDURE X-REG-02 FAILED: WENT-ON: " + WENT_ON);
    assertThat(r.get(1).failure().orElseThrow().evidence())
        .singleElement()
        .satisfies(e -> assertThat(e.path()).isEqualTo("/edev/1/fsa"));
    assertThat(r.get(2).statusLine())
        .isEqualTo(
            "PROCEDURE X-PRC-01 NOT SUPPORTED: pricing function set (action create-tariff-profile)");
  }

  @Test
  void junitXmlHasOneTestcasePerProcedureWithFailureAndSkipped() throws Exception {
    Document doc = parse(ConformanceReportWriter.junitXml(sample()));
    Element suite = doc.getDocumentElement();
    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("name")).isEqualTo("sep2-conformance");
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    assertThat(suite.getAttribute("time")).isEqualTo("12.000");
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    Element passed = (Element) cases.item(0);
    assertThat(passed.getAttribute("name")).isEqualTo("X-DISC-01 Discovery \"quoted\"");
    assertThat(passed.getAttribute("time")).isEqualTo("1.500");
    assertThat(passed.getElementsByTagName("failure").getLength()).isZero();
    assertThat(passed.getElementsByTagName("skipped").getLength()).isZero();
    Element failed = (Element) cases.item(1);
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("WENT-ON: " + WENT_ON);
    assertThat(failure.getTextContent())
        .contains("evidence:", "GET /edev/1/fsa -> 200", "X-REG-02 Registration")
        .contains("a control character ? here");
    Element skipped = (Element) ((Element) cases.item(2)).getElementsByTagName("skipped").item(0);
    assertThat(skipped.getAttribute("message"))
        .isEqualTo("NOT SUPPORTED: pricing function set (action create-tariff-profile)");
    assertThat(((Element) cases.item(2)).getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void htmlIsWellFormedAndSelfContained() throws Exception {
    String html = ConformanceReportWriter.html(sample());
    assertThat(html).startsWith("<!DOCTYPE html>");
    Document doc = parse(html);
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
    for (String tag : List.of("script", "link", "img", "iframe", "object")) {
      assertThat(doc.getElementsByTagName(tag).getLength()).as(tag).isZero();
    }
    NodeList anchors = doc.getElementsByTagName("a");
    for (int i = 0; i < anchors.getLength(); i++) {
      String href = ((Element) anchors.item(i)).getAttribute("href");
      assertThat(href).matches("#p-[A-Za-z0-9_-]+|recordings/[A-Za-z0-9._-]+\\.(txt|json)");
    }
    assertThat(doc.getElementsByTagName("style").getLength()).isOne();
    assertThat(doc.getElementsByTagName("section").getLength()).isEqualTo(3);
    String text = doc.getDocumentElement().getTextContent();
    assertThat(text)
        .contains("1 passed, 1 failed, 1 not supported (of 3)")
        .contains("Failed at WENT-ON: " + WENT_ON)
        .contains("NOT SUPPORTED")
        .contains("pricing function set (action create-tariff-profile)");
  }

  @Test
  void markdownHasTheSummaryTableAndEachProcedure() {
    String md = ConformanceReportWriter.markdown(sample());
    assertThat(md)
        .contains("# Conformance: 1 passed, 1 failed, 1 not supported (of 3)")
        .contains("| X-DISC-01 | Discovery \"quoted\" | **PASSED** |")
        .contains("| X-REG-02 | Registration: stops on a wrong pIN | **FAILED** | WENT-ON: ")
        .contains("&lt;222220&gt;")
        .contains("| X-PRC-01 | Pricing | **NOT SUPPORTED** |")
        .contains("PROCEDURE X-REG-02 FAILED: WENT-ON:")
        .contains("[text](recordings/X-REG-02.txt)");
  }

  @Test
  void writeWritesAllFourForms(@TempDir Path dir) throws Exception {
    List<Path> files = ConformanceReportWriter.write(dir, sample());
    assertThat(files)
        .contains(
            dir.resolve("index.html"),
            dir.resolve("conformance.md"),
            dir.resolve("TEST-sep2-conformance.xml"),
            dir.resolve("recordings/X-DISC-01.txt"),
            dir.resolve("recordings/X-DISC-01.json"),
            dir.resolve("recordings/X-REG-02.json"));
    for (Path f : files) {
      assertThat(f).isRegularFile();
    }
    parse(Files.readString(dir.resolve("index.html")));
    parse(Files.readString(dir.resolve("TEST-sep2-conformance.xml")));
    assertThat(dir.resolve("recordings/X-PRC-01.txt")).hasContent("No connections.");
  }
}
