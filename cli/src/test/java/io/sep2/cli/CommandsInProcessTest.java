package io.sep2.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.cli.CommandLineTest.Run;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate-pki and verify-tls run in-process: the files, the output lines of the goals, the exit
 * statuses, the JSSE check with and without --classpath, and no password anywhere.
 */
class CommandsInProcessTest {

  private static final String SECRET = "Cli-Unit-Pw-71d3";
  private static final String PROPERTY = "sep2.cli.test.password";

  @TempDir static Path dir;
  static Path pki;
  static Run generated;

  @BeforeAll
  static void generate() {
    System.setProperty(PROPERTY, SECRET);
    pki = dir.resolve("pki");
    generated =
        CommandLineTest.run(
            "generate-pki",
            "--pki-dir",
            pki.toString(),
            "--seed",
            "cli-unit",
            "--chain-length",
            "3",
            "--password",
            SECRET);
  }

  @Test
  void generatePkiWritesTheGoalsFilesAndPrintsItsLines() throws Exception {
    assertThat(generated.status()).as(generated.err()).isZero();
    assertThat(generated.out())
        .startsWith(
            "sep2:generate-pki wrote 10 files + sep2-pki.properties to "
                + pki.toAbsolutePath()
                + " (seed 'cli-unit', chain length 3)")
        .containsPattern("device LFDI [0-9A-F]{40}  SFDI \\d+")
        .contains("README: " + pki.resolve("README.txt"));
    for (String file :
        new String[] {
          "serca.pem", "mica.pem", "device-chain.pem", "device-key.pem", "device.p12",
          "server-chain.pem", "server-key.pem", "server.p12", "truststore.p12", "README.txt",
          "sep2-pki.properties"
        }) {
      assertThat(pki.resolve(file)).as(file).isRegularFile();
    }
    String readme = Files.readString(pki.resolve("README.txt"));
    assertThat(readme).contains(PkiReadme.HEADING).contains(" serve --pki-dir . --port 8443");
    assertThat(generated.out() + generated.err() + readme).doesNotContain(SECRET);
  }

  @Test
  void verifyTlsPassesGoodKeystoresAndSaysWhyTheJsseCheckIsSkipped() throws Exception {
    Path reports = dir.resolve("good");
    Run r =
        CommandLineTest.run(
            "verify-tls",
            "--keystore",
            pki.resolve("device.p12") + ",role=device",
            "--keystore",
            pki.resolve("truststore.p12") + ",role=truststore",
            "--keystore",
            pki.resolve("server-chain.pem") + ",role=server,key=" + pki.resolve("server-key.pem"),
            "--password-property",
            PROPERTY,
            "--cipher-suite",
            "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8",
            "--protocol",
            "TLSv1.2",
            "--report-dir",
            reports.toString(),
            "--project",
            "cli-unit");
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .startsWith("sep2:verify-tls: PASSED (")
        .containsPattern("(?m)^RESULT +ID +SUBJECT +DETAIL$")
        .containsPattern("(?m)^OK +keystore\\.loaded +.*device\\.p12 \\(device\\)")
        .containsPattern("(?m)^OK +handshake\\.loopback ")
        .containsPattern(
            "(?m)^INFO +jsse\\.skipped +--classpath +no --classpath given: the JSSE set-up")
        .contains("sep2:verify-tls report: " + reports.resolve("verify-tls.json"));
    assertThat(Files.readString(reports.resolve("verify-tls.txt")))
        .startsWith("sep2:verify-tls cli-unit: PASSED");
    assertThat(r.out() + r.err() + Files.readString(reports.resolve("verify-tls.json")))
        .doesNotContain(SECRET);
  }

  @Test
  void verifyTlsChecksTheJsseOfAGivenClasspath() {
    String bc =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(p -> p.matches(".*/bc(prov|tls|util|pkix)-jdk18on-[^/]*\\.jar"))
            .collect(Collectors.joining(File.pathSeparator));
    Run r =
        CommandLineTest.run(
            "verify-tls",
            "--keystore",
            pki.resolve("device.p12").toString(),
            "--password-property",
            PROPERTY,
            "--cipher-suite",
            "ECDHE-ECDSA-AES128-CCM8",
            "--classpath",
            bc,
            "--report-dir",
            dir.resolve("jsse").toString());
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).containsPattern("(?m)^OK +jsse\\.ccm8 +test classpath +BCJSSE of bctls");

    Run sun =
        CommandLineTest.run(
            "verify-tls",
            "--keystore",
            pki.resolve("device.p12").toString(),
            "--password-property",
            PROPERTY,
            "--classpath",
            dir.toString(),
            "--report-dir",
            dir.resolve("sun").toString());
    assertThat(sun.status()).isEqualTo(Main.FAILED);
    assertThat(sun.out()).containsPattern("(?m)^ERROR +jsse\\.bctls-missing ");
    assertThat(sun.err()).contains("sep2:verify-tls found ").contains("jsse.bctls-missing");
  }

  @Test
  void verifyTlsFailsWithStatusOneAndTheGoalsFindingIds() throws Exception {
    Path reports = dir.resolve("bad");
    System.setProperty("sep2.cli.test.wrong", "Wrong-Pw-9");
    Run r =
        CommandLineTest.run(
            "verify-tls",
            "--keystore",
            pki.resolve("device.p12") + ",role=device,password-env=SEP2_SURELY_UNSET_PW",
            "--keystore",
            pki.resolve("truststore.p12") + ",role=truststore",
            "--keystore",
            dir.resolve("missing.p12") + ",role=server",
            "--password-property",
            "sep2.cli.test.wrong",
            "--jsse-provider",
            "none",
            "--report-dir",
            reports.toString());
    assertThat(r.status()).isEqualTo(Main.FAILED);
    assertThat(r.out())
        .startsWith("sep2:verify-tls: FAILED (")
        .containsPattern("(?m)^ERROR +keystore\\.password-unset +.*device\\.p12 \\(device\\)")
        .containsPattern(
            "(?m)^ERROR +keystore\\.wrong-password +.*truststore\\.p12 \\(truststore\\)")
        .containsPattern("(?m)^ERROR +keystore\\.missing +.*missing\\.p12 \\(server\\)")
        .containsPattern("(?m)^INFO +jsse\\.skipped +<jsseProvider> +none: the device client");
    assertThat(r.err()).contains("sep2:verify-tls found ").contains("1. ERROR keystore.");
    assertThat(r.out() + r.err()).doesNotContain("Wrong-Pw-9");
    assertThat(Files.readString(reports.resolve("verify-tls.json")))
        .contains("\"passed\" : false")
        .contains("\"id\" : \"keystore.missing\"");
  }
}
