package io.sep2.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  private static final List<Finding> FINDINGS =
      List.of(
          Finding.ok("keystore.loaded", "device.p12 (device)", "PKCS12, 1 entry"),
          Finding.error(
              "keystore.missing",
              "trust.p12 (truststore)",
              "an existing file",
              "missing",
              "fix it"),
          Finding.warning("config.cipher-suites-unset", "<cipherSuites>", "e", "a", "f"),
          Finding.info("device.identity", "device.p12", "LFDI 00  SFDI 0"));

  @Test
  void oneLinePerFindingAndOneFailureListingEveryError() {
    Report report = new Report("g:a:1", FINDINGS, false);
    assertThat(report.tableLines()).hasSize(FINDINGS.size() + 1);
    assertThat(report.tableLines().get(2))
        .matches(
            "ERROR +keystore\\.missing +trust\\.p12 \\(truststore\\) +missing \\| expected:"
                + " an existing file \\| fix: fix it");
    assertThat(report.passed()).isFalse();
    assertThat(report.failureMessage())
        .contains("found 1 problem")
        .contains("1. ERROR keystore.missing")
        .doesNotContain("config.cipher-suites-unset");

    Report strict = new Report("g:a:1", FINDINGS, true);
    assertThat(strict.failures())
        .extracting(Finding::id)
        .containsExactly("keystore.missing", "config.cipher-suites-unset");
    assertThat(new Report("g:a:1", List.of(FINDINGS.get(0)), true).passed()).isTrue();
  }

  @Test
  void writesJsonAndText(@TempDir Path dir) throws Exception {
    List<Path> files = new Report("g:a:1", FINDINGS, false).write(dir.resolve("sep2"));
    JsonNode json = new ObjectMapper().readTree(files.get(0).toFile());
    assertThat(json.get("goal").asText()).isEqualTo("sep2:verify-tls");
    assertThat(json.get("passed").asBoolean()).isFalse();
    assertThat(json.get("counts").get("ERROR").asInt()).isEqualTo(1);
    assertThat(json.get("findings")).hasSize(4);
    assertThat(json.get("findings").get(1).get("id").asText()).isEqualTo("keystore.missing");
    assertThat(json.get("findings").get(1).get("fix").asText()).isEqualTo("fix it");
    assertThat(Files.readString(files.get(1)))
        .startsWith("sep2:verify-tls g:a:1: FAILED (1 OK, 1 ERROR, 1 WARNING, 1 INFO)\nRESULT");
  }
}
