package io.sep2.junit;

import io.sep2.server.Sep2MockServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Not run by Surefire (no Test suffix): {@link FailureDiagnosticsTest} runs it through the JUnit
 * engine test kit. A client on the JDK's own TLS (SunJSSE) cannot offer CCM_8.
 */
@With2030_5Server(pkiSeed = "sunjsse-scenario")
class SunJsseClientScenario {

  @Test
  void sunJsseClient(Sep2MockServer server) throws Exception {
    HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .build()
        .send(
            HttpRequest.newBuilder(server.deviceCapabilityUri())
                .timeout(Duration.ofSeconds(5))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
