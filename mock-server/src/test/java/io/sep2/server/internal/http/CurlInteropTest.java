package io.sep2.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sep2.testing.ProcessResult;
import io.sep2.testing.Tool;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The HTTP layer as curl sees it (plain HTTP here; TLS is the front end's business). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CurlInteropTest {

  private PlainServer server;

  @BeforeEach
  void start() {
    assumeTrue(Tool.CURL.isInstalled(), "curl is not installed");
    server = new PlainServer(WireMockBackend.create());
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  /** Runs curl with {@code args}; returns stdout, stderr and the exit code. */
  private ProcessResult curl(String... args) {
    ProcessResult result =
        Tool.CURL
            .command("--max-time", "10", "-sS")
            .args(args)
            .separateStderr()
            .timeout(Duration.ofSeconds(20))
            .run();
    assertThat(result.killed()).as("curl finished").isFalse();
    return result;
  }

  @Test
  void curlReusesOneConnectionForTwoResources() throws Exception {
    ProcessResult result =
        curl(
            "-v",
            "-H",
            "Accept: application/sep+xml; level=-S1",
            server.uri("/dcap").toString(),
            server.uri("/tm").toString());

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).contains("<DeviceCapability", "<Time");
    assertThat(result.stderr()).containsIgnoringCase("re-using existing");
    assertThat(server.connections.get()).isEqualTo(1);
  }

  @Test
  void curlPostsAMirrorUsagePoint() throws Exception {
    ProcessResult result =
        curl(
            "-i",
            "-X",
            "POST",
            "-H",
            "Content-Type: application/sep+xml",
            "--data-binary",
            "<MirrorUsagePoint xmlns=\"urn:ieee:std:2030.5:ns\"/>",
            server.uri("/mup").toString());

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).startsWith("HTTP/1.1 201").containsIgnoringCase("Location: /mup/0");
  }

  @Test
  void curlSeesTheHeaderLimit() throws Exception {
    ProcessResult result =
        curl(
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            "-H",
            "X-Big: " + "a".repeat(20_000),
            server.uri("/dcap").toString());

    assertThat(result.stdout()).isEqualTo("431");
  }
}
