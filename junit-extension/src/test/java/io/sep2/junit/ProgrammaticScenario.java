package io.sep2.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.tls.ClientAuth;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Not run by Surefire: {@link ProgrammaticRegistrationTest} runs it through the engine test kit.
 */
class ProgrammaticScenario {

  @RegisterExtension
  static Sep2ServerExtension sep2 =
      Sep2ServerExtension.builder()
          .options(
              ServerOptions.builder()
                  .pkiSeed("programmatic")
                  .chainLength(2)
                  .clientAuth(ClientAuth.REQUIRED))
          .record(false)
          .build();

  static Sep2MockServer first;

  @Test
  void one(Sep2MockServer server, Sep2Pki pki, HttpClient client) throws Exception {
    assertThat(pki.seed()).isEqualTo("programmatic");
    assertThat(pki.chainLength()).isEqualTo(2);
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(server.deviceCapabilityUri()).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    remember(server);
  }

  @Test
  void two(Sep2MockServer server) {
    remember(server);
  }

  private static synchronized void remember(Sep2MockServer server) {
    if (first == null) {
      first = server;
    } else {
      assertThat(server).as("one server per class").isSameAs(first);
    }
  }
}
