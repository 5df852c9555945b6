package io.sep2.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.keystore.PkiFiles;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public entry point: a builder of what to check, a report of findings. */
class VerifyTlsTest {

  private static final String PASSWORD = "Verify-Api-Pw-3";

  @TempDir static Path dir;
  static PkiFiles files;

  @BeforeAll
  static void writePki() {
    files =
        PkiFiles.write(
            Sep2Pki.builder().seed("verify-tls-api").build(), dir, PASSWORD.toCharArray());
  }

  private static VerifyTls.Builder goodKeystores() {
    return VerifyTls.builder()
        .project("api-test")
        .keystore(
            KeystoreSpec.of(
                files.deviceKeystore(), KeystoreRole.DEVICE, PasswordSource.env("API_PW")))
        .keystore(
            KeystoreSpec.of(
                files.truststore(), KeystoreRole.TRUSTSTORE, PasswordSource.env("API_PW")))
        .environment(name -> "API_PW".equals(name) ? PASSWORD : null)
        .cipherSuites(List.of("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8"))
        .protocols(List.of("TLSv1.2"))
        .timeout(Duration.ofSeconds(10));
  }

  @Test
  void goodKeystoresPassAndAMissingClasspathIsReportedWithItsReason() throws Exception {
    List<String> debug = new ArrayList<>();
    Report report =
        goodKeystores()
            .noClasspathReason("--classpath", "no --classpath given")
            .debug(debug::add)
            .build()
            .run();
    assertThat(report.passed()).as(report.text()).isTrue();
    assertThat(report.project()).isEqualTo("api-test");
    assertThat(report.findings())
        .extracting(Finding::id)
        .contains("keystore.loaded", "profile.compliant", "handshake.loopback", "jsse.skipped");
    Finding skipped =
        report.findings().stream().filter(f -> f.id().equals("jsse.skipped")).findFirst().get();
    assertThat(skipped.subject()).isEqualTo("--classpath");
    assertThat(skipped.actual()).isEqualTo("no --classpath given");
    assertThat(skipped.severity()).isEqualTo(Severity.INFO);
    assertThat(report.headline(12)).startsWith("sep2:verify-tls: PASSED (").endsWith(") in 12 ms");
    assertThat(debug).anyMatch(l -> l.startsWith("sep2:verify-tls loaded 2 keystore(s) in "));
    assertThat(report.text() + report.json()).doesNotContain(PASSWORD);
  }

  @Test
  void aClientClasspathIsReadFromItsJars() throws Exception {
    List<Path> bc =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(p -> p.matches(".*/bc(prov|tls|util|pkix)-jdk18on-[^/]*\\.jar"))
            .map(Path::of)
            .toList();
    assertThat(bc).hasSize(4);
    Report report = goodKeystores().clientClasspath(bc).build().run();
    assertThat(report.passed()).as(report.text()).isTrue();
    assertThat(report.findings())
        .filteredOn(f -> f.id().equals("jsse.ccm8"))
        .singleElement()
        .satisfies(f -> assertThat(f.actual()).startsWith("BCJSSE of bctls-jdk18on 1.84"));

    Report none = goodKeystores().clientClasspath(List.of(dir)).build().run();
    assertThat(none.passed()).isFalse();
    assertThat(none.failures()).extracting(Finding::id).containsExactly("jsse.bctls-missing");
  }

  @Test
  void theBuilderIsCopiedAndArtifactsMustBeCoordinates() {
    VerifyTls.Builder builder = VerifyTls.builder();
    VerifyTls first = builder.project("a").build();
    builder.project("b");
    assertThat(first).isNotNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> builder.clientClasspath(List.of(), List.of("not-coordinates")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("groupId:artifactId:version");
  }
}
