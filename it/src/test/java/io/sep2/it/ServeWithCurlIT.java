package io.sep2.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sep2.pki.Sep2Pki;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
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
    assumeTrue(onPath("curl") && onPath("openssl"), "needs curl and openssl");
    Path pki = work.resolve("pki");
    Run generate =
        mvn(
            work,
            "sep2:generate-pki",
            "-Dsep2.pki.dir=" + pki,
            "-Dsep2.pki.seed=" + SEED,
            "-Dsep2.pki.chainLength=3");
    assertThat(generate.exitCode).as(generate.output).isZero();

    // openssl accepts the chains
    for (String chain : List.of("device-chain.pem", "server-chain.pem")) {
      Run verify =
          run(pki, 30, "openssl", "verify", "-CAfile", "serca.pem", "-untrusted", chain, chain);
      assertThat(verify.output).as("openssl verify " + chain).contains(chain + ": OK");
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
    Process serve = start(pki, args.toArray(String[]::new));
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    List<String> output = new ArrayList<>();
    Thread reader = pump(serve, lines);
    try {
      int port = awaitReady(serve, lines, output, 120);
      String curl = readmeCommand(readme, "  curl ").replace("8443", Integer.toString(port));
      Run curled = run(pki, 30, "sh", "-c", curl + " -w '\\nHTTP %{http_code}\\n'");
      assertThat(curled.exitCode).as(curled.output).isZero();
      assertThat(curled.output).contains("<DeviceCapability").contains("HTTP 200");

      String sClient = readmeCommand(readme, "  printf ").replace("8443", Integer.toString(port));
      Run opensslRun = run(pki, 30, "sh", "-c", sClient);
      assertThat(opensslRun.output).contains("HTTP/1.1 200").contains("<DeviceCapability");

      // the server printed each connection's record
      String served = drain(lines, output, "GET /dcap -> 200", 2, 20);
      assertThat(served)
          .contains("SUCCESS  TLS 1.2 TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8")
          .contains("GET /dcap -> 200");

      // SIGTERM, as Ctrl-C or a service manager would send it; Process.destroy() would also close
      // the output pipe before the shutdown hook's last line could be read
      assertThat(serve.toHandle().destroy()).isTrue();
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(5000);
      lines.drainTo(output);
      assertThat(String.join("\n", output)).contains("sep2 mock server stopped");
    } finally {
      serve.destroyForcibly();
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

  // ------------------------------------------------------------------ processes

  private record Run(int exitCode, String output) {}

  private Run mvn(Path dir, String... args) throws Exception {
    Process p = start(dir, args);
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = pump(p, lines);
    boolean done = p.waitFor(180, TimeUnit.SECONDS);
    if (!done) {
      p.destroyForcibly();
    }
    reader.join(5000);
    List<String> out = new ArrayList<>();
    lines.drainTo(out);
    return new Run(done ? p.exitValue() : -1, String.join("\n", out));
  }

  private Process start(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    String home = System.getProperty("maven.home");
    command.add(home == null ? "mvn" : Path.of(home, "bin", "mvn").toString());
    // offline: the plugin is in the ITs' repository, everything else in the outer one
    command.add("-B");
    command.add("-o");
    command.add("-s");
    command.add(System.getProperty("it.settings"));
    command.add("-Dmaven.repo.local=" + System.getProperty("it.localRepository"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
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
                  lines.add(line.replaceAll("\u001B\\[[0-9;]*m", ""));
                }
              } catch (IOException e) {
                // process ended
              }
            },
            "mvn-output");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static Run run(Path dir, int seconds, String... command) throws Exception {
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
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

  private static X509Certificate readCertificate(Path pem) throws Exception {
    try (var in = Files.newInputStream(pem)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }
}
