package io.sep2.it.utility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sep2.testing.ExternalCommand;
import io.sep2.testing.ProcessResult;
import io.sep2.testing.RunningProcess;
import io.sep2.testing.Tool;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code mvn sep2:conformance} end to end, as a team with a device that is not Java runs it: the
 * goal as a separate process (the plugin from the ITs' repository, in an empty directory, no
 * project), and {@code interop/sep2_device.py}, the scripted Python CCM_8 device that knows only
 * {@code /dcap}, started for each procedure when the goal prints that it runs. Discovery,
 * registration, DER reporting and metering pass; a device that checks no pIN goes on after the
 * wrong one (222220, the one the server serves in SEP2-REG-02) where it must stop, and that
 * procedure fails with the step and the reason; the chain variants are NOT SUPPORTED without a
 * defective chain; the build fails; the four report forms are written.
 */
class ConformanceGoalIT {

  static final Pattern READY =
      Pattern.compile("sep2 conformance ready: https://([^/:\\s]+):(\\d+)/dcap procedures (\\S+)");
  static final Pattern ADMIN = Pattern.compile("admin interface on (http://127\\.0\\.0\\.1:\\d+)");

  /** The procedures in the order they run, and how the device is started for each. */
  static final Map<String, List<String>> DEVICE = new LinkedHashMap<>();

  static {
    DEVICE.put("SEP2-DISC-01", List.of("flow", "--pin", "111115"));
    DEVICE.put("SEP2-REG-01", List.of("flow", "--pin", "111115"));
    DEVICE.put("SEP2-DER-01", List.of("flow", "--pin", "111115"));
    DEVICE.put("SEP2-MTR-01", List.of("meter", "--pin", "111115", "--readings", "11"));
    // a device that was given no pIN to check: it accepts the 222220 the server serves and goes on
    DEVICE.put("SEP2-REG-02", List.of("flow"));
    DEVICE.put("SEP2-SEC-02", List.of("flow", "--pin", "111115"));
  }

  @Test
  void conformanceGoalRunsTheProceduresAgainstThePythonDevice() throws Exception {
    Path work = Path.of("target/conformance-goal").toAbsolutePath();
    deleteRecursively(work);
    Path cwd = Files.createDirectories(work.resolve("cwd"));
    Path pki = work.resolve("pki");
    Path reports = work.resolve("reports");
    Path script = PythonDevice.copyScript(work.resolve("script"));
    String python = PythonDevice.python();

    List<String> command = maven();
    command.addAll(
        List.of(
            "-Dsep2.port=0",
            "-Dsep2.admin.port=0",
            "-Dsep2.pki.dir=" + pki,
            "-Dsep2.pki.seed=conformance-it",
            "-Dsep2.deviceWait=120",
            "-Dsep2.procedures=" + String.join(",", DEVICE.keySet()),
            "-Dsep2.reportDir=" + reports));
    Map<String, String> verdicts = new LinkedHashMap<>();
    List<String> devices = new ArrayList<>();
    ProcessResult end;
    try (RunningProcess goal = ExternalCommand.of(command).in(cwd).start()) {
      String ready = goal.awaitLine(l -> READY.matcher(l).find(), Duration.ofSeconds(120));
      Matcher m = READY.matcher(ready);
      assertThat(m.find()).isTrue();
      assertThat(m.group(3)).isEqualTo(String.join(",", DEVICE.keySet()));
      Matcher admin = ADMIN.matcher(goal.output());
      assertThat(admin.find()).as(goal.output()).isTrue();
      for (Map.Entry<String, List<String>> p : DEVICE.entrySet()) {
        String id = p.getKey();
        goal.awaitLine(l -> l.startsWith("PROCEDURE " + id + " RUNNING"), Duration.ofSeconds(60));
        List<String> device =
            new ArrayList<>(
                List.of(
                    python,
                    script.toString(),
                    p.getValue().get(0),
                    "--host",
                    m.group(1),
                    "--port",
                    m.group(2),
                    "--cert",
                    pki.resolve("device-chain.pem").toString(),
                    "--key",
                    pki.resolve("device-key.pem").toString(),
                    "--ca",
                    pki.resolve("serca.pem").toString()));
        device.addAll(p.getValue().subList(1, p.getValue().size()));
        if (p.getValue().get(0).equals("meter")) {
          // the device posts a reading a minute; the test moves the utility clock instead
          device.addAll(List.of("--clock-admin", admin.group(1)));
        }
        try (RunningProcess client = ExternalCommand.of(device).start()) {
          String verdict =
              goal.awaitLine(
                  l -> l.matches("PROCEDURE " + id + " (PASSED|FAILED|NOT SUPPORTED).*"),
                  Duration.ofSeconds(120));
          verdicts.put(id, verdict);
          devices.add("$ " + client.commandLine() + "\n" + client.output());
        }
      }
      end = goal.await(Duration.ofSeconds(60));
    }
    String why = end.transcript() + "\n" + String.join("\n", devices);
    System.out.println("What sep2:conformance printed per procedure:");
    verdicts.values().forEach(System.out::println);

    assertThat(verdicts)
        .as(why)
        .containsEntry("SEP2-DISC-01", "PROCEDURE SEP2-DISC-01 PASSED")
        .containsEntry("SEP2-REG-01", "PROCEDURE SEP2-REG-01 PASSED")
        .containsEntry("SEP2-DER-01", "PROCEDURE SEP2-DER-01 PASSED")
        .containsEntry("SEP2-MTR-01", "PROCEDURE SEP2-MTR-01 PASSED");
    assertThat(verdicts.get("SEP2-REG-02"))
        .as(why)
        .matches(
            "PROCEDURE SEP2-REG-02 FAILED: WENT-ON-[A-Z]+: the client went on after its"
                + " EndDevice's Registration served a pIN \\(222220\\) other than the one it was"
                + " given \\(111115\\): it must stop there \\(.+\\)");
    assertThat(verdicts.get("SEP2-SEC-02"))
        .startsWith("PROCEDURE SEP2-SEC-02 NOT SUPPORTED: a defective server chain");
    assertThat(end.exitCode()).as(why).isEqualTo(1);
    assertThat(end.output())
        .as(why)
        .contains("sep2 conformance: 4 passed, 1 failed, 1 not supported (of 6)")
        .contains("sep2:conformance: 1 of 6 procedures failed (SEP2-REG-02)")
        .contains("BUILD FAILURE");

    // the four report forms
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    Document junit =
        xml.newDocumentBuilder().parse(reports.resolve("TEST-sep2-conformance.xml").toFile());
    Element suite = junit.getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("6");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(6);
    Element failed = (Element) cases.item(4);
    assertThat(failed.getAttribute("name")).startsWith("SEP2-REG-02 ");
    assertThat(((Element) failed.getElementsByTagName("failure").item(0)).getAttribute("message"))
        .startsWith("WENT-ON-")
        .contains("pIN (222220)");
    assertThat(((Element) cases.item(5)).getElementsByTagName("skipped").getLength()).isOne();

    String html = Files.readString(reports.resolve("index.html"));
    Document page =
        xml.newDocumentBuilder()
            .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertThat(page.getElementsByTagName("section").getLength()).isEqualTo(6);
    assertThat(page.getElementsByTagName("script").getLength()).isZero();
    assertThat(html).doesNotContain("src=\"http", "href=\"http");

    assertThat(Files.readString(reports.resolve("conformance.md")))
        .contains("# Conformance: 4 passed, 1 failed, 1 not supported (of 6)")
        .contains(
            "| SEP2-MTR-01 | Mirror metering: site power readings at the postRate | **PASSED**");

    assertThat(Files.readString(reports.resolve("recordings/SEP2-MTR-01.txt")))
        .contains("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", "POST /mup");
    JsonNode json =
        new ObjectMapper().readTree(reports.resolve("recordings/SEP2-DISC-01.json").toFile());
    assertThat(json.path("connections")).isNotEmpty();
    assertThat(json.path("connections").get(0).path("cipherSuite").asText())
        .isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8");
  }

  /**
   * {@code mvn -B [-o] [-s SETTINGS -Dmaven.repo.local=REPO] sep2:conformance}: the ITs' settings
   * and repository (invoker:install put the plugin there) when Failsafe passes them, else the
   * plugin's full coordinates.
   */
  static List<String> maven() {
    String home = System.getProperty("maven.home", "");
    Path mvn = home.isEmpty() ? null : Path.of(home, "bin", "mvn");
    List<String> command =
        new ArrayList<>(
            List.of(
                mvn != null && Files.isExecutable(mvn)
                    ? mvn.toString()
                    : Tool.MAVEN.path().toString(),
                "-B"));
    if (Boolean.parseBoolean(System.getProperty("it.offline", "true"))) {
      command.add("-o");
    }
    String settings = System.getProperty("it.settings", "");
    String repository = System.getProperty("it.localRepository", "");
    if (!settings.isEmpty() && Files.isRegularFile(Path.of(settings))) {
      command.addAll(List.of("-s", settings));
      if (!repository.isEmpty()) {
        command.add("-Dmaven.repo.local=" + repository);
      }
      command.add("sep2:conformance");
    } else {
      command.add(
          "io.sep2:sep2-maven-plugin:"
              + System.getProperty("it.pluginVersion", "0.1.0-SNAPSHOT")
              + ":conformance");
    }
    return command;
  }

  static void deleteRecursively(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
