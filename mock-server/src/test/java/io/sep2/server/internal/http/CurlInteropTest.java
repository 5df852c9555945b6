package io.sep2.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP layer as curl sees it (plain HTTP here; TLS is the front end's business). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CurlInteropTest {

  @TempDir Path tmp;
  private PlainServer server;

  @BeforeEach
  void start() {
    assumeTrue(curlAvailable(), "curl is not installed");
    server = new PlainServer(WireMockBackend.create());
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  /** Runs curl with {@code args}; returns stdout, stderr and the exit code. */
  private Result curl(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("curl", "--max-time", "10", "-sS"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("curl finished").isTrue();
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Result(int exit, String out, String err) {}

  @Test
  void curlReusesOneConnectionForTwoResources() throws Exception {
    Result result =
        curl(
            "-v",
            "-H",
            "Accept: application/sep+xml; level=-S1",
            server.uri("/dcap").toString(),
            server.uri("/tm").toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("<DeviceCapability", "<Time");
    assertThat(result.err()).containsIgnoringCase("re-using existing");
    assertThat(server.connections.get()).isEqualTo(1);
  }

  @Test
  void curlPostsAMirrorUsagePoint() throws Exception {
    Result result =
        curl(
            "-i",
            "-X",
            "POST",
            "-H",
            "Content-Type: application/sep+xml",
            "--data-binary",
            "<MirrorUsagePoint xmlns=\"urn:ieee:std:2030.5:ns\"/>",
            server.uri("/mup").toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("HTTP/1.1 201").containsIgnoringCase("Location: /mup/0");
  }

  @Test
  void curlSeesTheHeaderLimit() throws Exception {
    Result result =
        curl(
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            "-H",
            "X-Big: " + "a".repeat(20_000),
            server.uri("/dcap").toString());

    assertThat(result.out()).isEqualTo("431");
  }

  private static boolean curlAvailable() {
    try {
      Process process = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
