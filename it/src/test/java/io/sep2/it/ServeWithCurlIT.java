package io.sep2.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sep2.pki.Sep2Pki;
import io.sep2.testing.ExternalCommand;
import io.sep2.testing.ProcessResult;
import io.sep2.testing.RunningProcess;
import io.sep2.testing.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin's command-line goals end to end, as a vendor with a non-Java client uses them: {@code
 * mvn sep2:generate-pki} writes the files (accepted by {@code openssl verify}, identical to the
 * seeded PKI of the JUnit extension), {@code mvn sep2:serve -Dsep2.pki.dir=.} runs the mock server,
 * the README's exact curl and {@code openssl s_client} commands get the DeviceCapability, and
 * SIGTERM stops the server cleanly.
 *
 * <p>Runs real {@code mvn} processes against the invoker ITs' repository, where invoker:install put
 * the plugin, with settings that resolve everything else from the outer local repository.
 */
class ServeWithCurlIT {

  private static final String SEED = "serve-with-curl-it";
  private static final Pattern READY =
      Pattern.compile("^sep2 mock server ready: https://127\\.0\\.0\\.1:(\\d+)/dcap$");

  @TempDir Path work;

  @Test
  void generatedFilesReachServeWithCurlAndOpenssl() throws Exception {
    assumeTrue(Tool.CURL.isInstalled() && Tool.OPENSSL.isInstalled(), "needs curl and openssl");
    Path pki = work.resolve("pki");
    ProcessResult generate =
        mvn(
                work,
                "sep2:generate-pki",
                "-Dsep2.pki.dir=" + pki,
                "-Dsep2.pki.seed=" + SEED,
                "-Dsep2.pki.chainLength=3")
            .timeout(Duration.ofSeconds(180))
            .run();
    assertThat(generate.exitCode()).as(generate.output()).isZero();

    // openssl accepts the chains
    for (String chain : List.of("device-chain.pem", "server-chain.pem")) {
      ProcessResult verify =
          Tool.OPENSSL
              .command("verify", "-CAfile", "serca.pem", "-untrusted", chain, chain)
              .in(pki)
              .timeout(Duration.ofSeconds(30))
              .run();
      assertThat(verify.output()).as("openssl verify " + chain).contains(chain + ": OK");
    }
    // same seed and chain length: the very certificates of @With2030_5Server(pkiSeed = SEED)
    Sep2Pki same = Sep2Pki.builder().seed(SEED).chainLength(3).build();
    assertThat(readCertificate(pki.resolve("serca.pem")).getEncoded())
        .isEqualTo(same.serca().certificate().getEncoded());
    assertThat(readCertificate(pki.resolve("device-chain.pem")).getEncoded())
        .isEqualTo(same.device().certificate().getEncoded());

    // serve with the README's own command, but on a free port and for two minutes at most
    String readme = Files.readString(pki.resolve("README.txt"));
    String mvnLine = readmeCommand(readme, "  mvn ");
    assertThat(mvnLine).isEqualTo("mvn " + goal("serve") + " -Dsep2.pki.dir=. -Dsep2.port=8443");
    List<String> args = new ArrayList<>(List.of(mvnLine.substring("mvn ".length()).split(" ")));
    args.replaceAll(a -> a.equals("-Dsep2.port=8443") ? "-Dsep2.port=0" : a);
    args.add("-Dsep2.serve.seconds=120");
    try (RunningProcess serve = mvn(pki, args.toArray(String[]::new)).start()) {
      String ready =
          serve.awaitLine(l -> READY.matcher(plain(l)).matches(), Duration.ofSeconds(120));
      Matcher readyLine = READY.matcher(plain(ready));
      readyLine.matches();
      int port = Integer.parseInt(readyLine.group(1));
      long afterReady = serve.mark();
      String curl = readmeCommand(readme, "  curl ").replace("8443", Integer.toString(port));
      ProcessResult curled = sh(pki, curl + " -w '\\nHTTP %{http_code}\\n'");
      assertThat(curled.exitCode()).as(curled.output()).isZero();
      assertThat(curled.output()).contains("<DeviceCapability").contains("HTTP 200");

      String sClient = readmeCommand(readme, "  printf ").replace("8443", Integer.toString(port));
      ProcessResult opensslRun = sh(pki, sClient);
      assertThat(opensslRun.output()).contains("HTTP/1.1 200").contains("<DeviceCapability");

      // the server printed each connection's record
      serve.awaitOutput(
          o -> plain(serve.outputSince(afterReady)).split("GET /dcap -> 200", -1).length > 2,
          Duration.ofSeconds(20));
      assertThat(plain(serve.outputSince(afterReady)))
          .contains("SUCCESS  TLS 1.2 TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8")
          .contains("GET /dcap -> 200");

      // SIGTERM, as Ctrl-C or a service manager would send it; the output pipe stays open, so the
      // shutdown hook's last line is still read
      ProcessResult stopped = serve.stop(Duration.ofSeconds(30));
      assertThat(stopped.killed()).as("stopped by SIGTERM within 30 s").isFalse();
      assertThat(plain(stopped.output())).contains("sep2 mock server stopped");
    }
  }

  private static String goal(String goal) {
    return "io.sep2:sep2-maven-plugin:" + System.getProperty("it.pluginVersion") + ":" + goal;
  }

  private static String readmeCommand(String readme, String prefix) {
    return readme
        .lines()
        .filter(l -> l.startsWith(prefix) && l.contains("8443"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("README has no '" + prefix.trim() + "' command"))
        .trim();
  }

  /** {@code text} without ANSI colour codes. */
  private static String plain(String text) {
    return text.replaceAll("\u001B\\[[0-9;]*m", "");
  }

  // ------------------------------------------------------------------ processes

  /** {@code mvn -B -o} with the ITs' settings and repository, then {@code args}, in {@code dir}. */
  private static ExternalCommand mvn(Path dir, String... args) {
    String home = System.getProperty("maven.home");
    // offline: the plugin is in the ITs' repository, everything else in the outer one
    return ExternalCommand.of(
            home == null ? "mvn" : Path.of(home, "bin", "mvn").toString(),
            "-B",
            "-o",
            "-s",
            System.getProperty("it.settings"),
            "-Dmaven.repo.local=" + System.getProperty("it.localRepository"))
        .args(args)
        .in(dir);
  }

  private static ProcessResult sh(Path dir, String script) {
    return Tool.SH.command("-c", script).in(dir).timeout(Duration.ofSeconds(30)).run();
  }

  private static X509Certificate readCertificate(Path pem) throws Exception {
    try (var in = Files.newInputStream(pem)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }
}
