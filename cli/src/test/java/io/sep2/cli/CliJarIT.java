package io.sep2.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar end to end, as a team without Maven uses it: {@code java -jar
 * sep2-testkit-VERSION.jar} as separate processes with a bare environment (only PATH; HOME and
 * user.home an empty directory; no CLASSPATH, no Maven), {@code generate-pki} writes the files,
 * {@code serve} (the README's own command, on a free port) answers curl and {@code openssl
 * s_client} with TLS 1.2 CCM_8 from the shaded Bouncy Castle, prints each connection's diagnosis
 * and stops on SIGTERM, and {@code verify-tls} passes good keystores (exit 0), fails bad ones (exit
 * 1) and refuses bad usage (exit 2).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CliJarIT {

  private static final String SEED = "cli-jar-it";
  private static final String SECRET = "Jar-It-Pw-5e2a";
  private static final Pattern READY =
      Pattern.compile("^sep2 mock server ready: https://127\\.0\\.0\\.1:(\\d+)/dcap$");

  static Path jar;
  @TempDir static Path work;
  static Path pki;

  @BeforeAll
  static void generatePki() throws Exception {
    jar = Path.of(System.getProperty("sep2.cli.jar", "target/sep2-testkit.jar")).toAbsolutePath();
    assertThat(jar).as("the shaded jar (mvn package)").isRegularFile();
    pki = work.resolve("pki");
    Run generate =
        java(
            work,
            60,
            "generate-pki",
            "--pki-dir",
            "pki",
            "--seed",
            SEED,
            "--chain-length",
            "3",
            "--password-env",
            "PKI_PW");
    assertThat(generate.exitCode).as(generate.output).isZero();
    assertThat(generate.output)
        .contains("sep2:generate-pki wrote 10 files + sep2-pki.properties to " + pki)
        .doesNotContain(SECRET);
  }

  @Test
  void theJarIsSelfContainedAndUnsigned() throws Exception {
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("io.sep2.cli.Main");
      assertThat(file.getManifest().getMainAttributes().getValue("Class-Path")).isNull();
      assertThat(file.getJarEntry("org/bouncycastle/jsse/provider/BouncyCastleJsseProvider.class"))
          .isNotNull();
      assertThat(file.getJarEntry("picocli/CommandLine.class")).isNotNull();
      assertThat(
              file.stream()
                  .map(e -> e.getName())
                  .filter(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)")))
          .isEmpty();
    }
    Run help = java(work, 30, "--help");
    assertThat(help.exitCode).isZero();
    assertThat(help.output).contains("Usage: sep2-testkit [-hV] [COMMAND]");
    Run usage = java(work, 30, "serve", "--port", "nope");
    assertThat(usage.exitCode).isEqualTo(2);
  }

  @Test
  void serveAnswersCurlAndOpensslWithCcm8AndStopsOnSigterm() throws Exception {
    assumeTrue(onPath("curl") && onPath("openssl"), "needs curl and openssl");
    String readme = Files.readString(pki.resolve("README.txt"));
    String javaLine = readmeCommand(readme, "  java -jar ");
    assertThat(javaLine).isEqualTo("java -jar " + jar + " serve --pki-dir . --port 8443");
    List<String> args =
        new ArrayList<>(
            List.of(javaLine.substring(("java -jar " + jar + " ").length()).split(" ")));
    args.replaceAll(a -> a.equals("8443") ? "0" : a);
    args.addAll(List.of("--seconds", "120", "--password-env", "PKI_PW"));
    Process serve = start(pki, args.toArray(String[]::new));
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    List<String> output = new ArrayList<>();
    Thread reader = pump(serve, lines);
    try {
      int port = awaitReady(serve, lines, output, 60);
      String curl = readmeCommand(readme, "  curl ").replace("8443", Integer.toString(port));
      Run curled = run(pki, 30, "sh", "-c", curl + " -w '\\nHTTP %{http_code}\\n'");
      assertThat(curled.exitCode).as(curled.output).isZero();
      assertThat(curled.output).contains("<DeviceCapability").contains("HTTP 200");

      String sClient = readmeCommand(readme, "  printf ").replace("8443", Integer.toString(port));
      Run opensslRun = run(pki, 30, "sh", "-c", sClient);
      assertThat(opensslRun.output).contains("HTTP/1.1 200").contains("<DeviceCapability");

      // the Postman/BoringSSL suite: refused, and the server says why
      run(
          pki,
          30,
          "sh",
          "-c",
          "openssl s_client -connect 127.0.0.1:"
              + port
              + " -tls1_2 -cipher ECDHE-ECDSA-AES128-GCM-SHA256 </dev/null");

      // verify-tls --probe against the running server, with the device's own keystore
      Run probe =
          java(
              work,
              90,
              "verify-tls",
              "--keystore",
              "pki/device.p12",
              "--keystore",
              "pki/truststore.p12,role=truststore",
              "--password-env",
              "PKI_PW",
              "--jsse-provider",
              "none",
              "--probe",
              "127.0.0.1:" + port,
              "--report-dir",
              "probe");
      assertThat(probe.exitCode).as(probe.output).isZero();
      assertThat(probe.output).containsPattern("(?m)^OK +probe\\.");

      String served = drain(lines, output, "Detail: TlsFatalAlert: handshake_failure(40)", 1, 30);
      assertThat(served)
          .contains("SUCCESS  TLS 1.2 TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8")
          .contains("GET /dcap -> 200")
          .contains("FAILED  alert 40 handshake_failure  (SUITE_NOT_OFFERED)")
          .contains(
              "Reason: The client did not offer cipher suite TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8");

      // SIGTERM, as Ctrl-C or a service manager would send it
      assertThat(serve.toHandle().destroy()).isTrue();
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(5000);
      lines.drainTo(output);
      String all = String.join("\n", output);
      assertThat(all).contains("sep2 mock server stopped").doesNotContain(SECRET);
      assertThat(all).doesNotContain("Exception");
    } finally {
      serve.destroyForcibly();
    }
  }

  @Test
  void verifyTlsExitsZeroForGoodKeystoresOneForBadOnesTwoForBadUsage() throws Exception {
    Run good =
        java(
            work,
            90,
            "verify-tls",
            "--keystore",
            "pki/device.p12,role=device",
            "--keystore",
            "pki/truststore.p12,role=truststore",
            "--keystore",
            "pki/server-chain.pem,role=server,key=pki/server-key.pem",
            "--password-env",
            "PKI_PW",
            "--cipher-suite",
            "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8",
            "--protocol",
            "TLSv1.2",
            "--report-dir",
            "good");
    assertThat(good.exitCode).as(good.output).isZero();
    assertThat(good.output)
        .contains("sep2:verify-tls: PASSED (")
        .containsPattern("(?m)^RESULT +ID +SUBJECT +DETAIL$")
        .containsPattern(
            "(?m)^OK +handshake\\.loopback +pki/device\\.p12 -> mock server +TLSv1\\.2"
                + " TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8")
        .containsPattern("(?m)^OK +profile\\.compliant +pki/device\\.p12")
        .containsPattern("(?m)^INFO +jsse\\.skipped +--classpath ")
        .doesNotContain(SECRET);
    assertThat(work.resolve("good/verify-tls.json")).isRegularFile();

    // a P-384 key (keytool, not the 2030.5 PKI) and a wrong password
    Run keytool =
        run(
            work,
            60,
            Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
            "-genkeypair",
            "-keyalg",
            "EC",
            "-groupname",
            "secp384r1",
            "-sigalg",
            "SHA384withECDSA",
            "-dname",
            "CN=p384",
            "-alias",
            "device",
            "-keystore",
            "p384.p12",
            "-storetype",
            "PKCS12",
            "-storepass",
            SECRET,
            "-validity",
            "30");
    assertThat(keytool.exitCode).as(keytool.output).isZero();
    Run bad =
        java(
            work,
            90,
            "verify-tls",
            "--keystore",
            "p384.p12,role=device",
            "--keystore",
            "pki/truststore.p12,role=truststore,password-env=WRONG_PW",
            "--password-env",
            "PKI_PW",
            "--report-dir",
            "bad");
    assertThat(bad.exitCode).as(bad.output).isEqualTo(1);
    assertThat(bad.output)
        .contains("sep2:verify-tls: FAILED (")
        .containsPattern("(?m)^ERROR +profile\\.key\\.curve +p384\\.p12")
        .containsPattern(
            "(?m)^ERROR +keystore\\.wrong-password +pki/truststore\\.p12 \\(truststore\\)")
        .contains("sep2:verify-tls found ")
        .doesNotContain(SECRET)
        .doesNotContain("Wrong-Pw-Jar");

    Run usage = java(work, 30, "verify-tls", "--keystore", "x.p12,role=client");
    assertThat(usage.exitCode).isEqualTo(2);
    assertThat(usage.output).contains("role 'client' is none of device, server, truststore");
  }

  // ------------------------------------------------------------------ processes

  private record Run(int exitCode, String output) {}

  /** {@code java -jar THE_JAR args}, in a bare environment: PATH and the passwords only. */
  private static Process start(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // no home directory either: nothing of a Maven installation or repository can be found
    command.add("-Duser.home=" + dir.resolve("no-home"));
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    String path = env.get("PATH");
    env.clear();
    env.put("PATH", path);
    env.put("HOME", dir.resolve("no-home").toString());
    env.put("PKI_PW", SECRET);
    env.put("WRONG_PW", "Wrong-Pw-Jar");
    return pb.redirectErrorStream(true).start();
  }

  private static Run java(Path dir, int seconds, String... args) throws Exception {
    return collect(start(dir, args), seconds);
  }

  private static Run run(Path dir, int seconds, String... command) throws Exception {
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    return collect(p, seconds);
  }

  private static Run collect(Process p, int seconds) throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = pump(p, lines);
    boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    reader.join(5000);
    List<String> out = new ArrayList<>();
    lines.drainTo(out);
    return new Run(done ? p.exitValue() : -1, String.join("\n", out));
  }

  private static Thread pump(Process p, BlockingQueue<String> lines) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // process ended
              }
            },
            "cli-output");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static String readmeCommand(String readme, String prefix) {
    return readme
        .lines()
        .filter(l -> l.startsWith(prefix) && l.contains("8443"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("README has no '" + prefix.trim() + "' command"))
        .trim();
  }

  private static int awaitReady(
      Process serve, BlockingQueue<String> lines, List<String> output, int seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line == null) {
        if (!serve.isAlive() && lines.isEmpty()) {
          break;
        }
        continue;
      }
      output.add(line);
      Matcher m = READY.matcher(line);
      if (m.matches()) {
        return Integer.parseInt(m.group(1));
      }
    }
    throw new AssertionError(
        "no ready line within " + seconds + " s:\n" + String.join("\n", output));
  }

  /** Collects output until {@code marker} was seen {@code count} times or the time is up. */
  private static String drain(
      BlockingQueue<String> lines, List<String> output, String marker, int count, int seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    int seen = 0;
    StringBuilder sb = new StringBuilder();
    for (String line : output) {
      sb.append(line).append('\n');
    }
    while (seen < count && System.nanoTime() < deadline) {
      String line = lines.poll(200, TimeUnit.MILLISECONDS);
      if (line != null) {
        output.add(line);
        sb.append(line).append('\n');
        if (line.contains(marker)) {
          seen++;
        }
      }
    }
    return sb.toString();
  }

  private static boolean onPath(String program) {
    try {
      Process p = new ProcessBuilder("sh", "-c", "command -v " + program).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
