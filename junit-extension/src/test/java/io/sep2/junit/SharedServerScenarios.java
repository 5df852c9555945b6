package io.sep2.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.server.Sep2MockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Scenarios run through the engine test kit by {@link ExtensionLifecycleTest} (not by Surefire: no
 * Test suffix).
 */
final class SharedServerScenarios {

  static final Set<URI> SEEN = ConcurrentHashMap.newKeySet();

  private SharedServerScenarios() {}

  @With2030_5Server(shared = "pool", pkiSeed = "shared", record = false)
  static class A {
    @Test
    void a(Sep2MockServer server) {
      SEEN.add(server.baseUri());
    }
  }

  @With2030_5Server(shared = "pool", pkiSeed = "shared", record = false)
  static class B {
    @Test
    void b(Sep2MockServer server) {
      SEEN.add(server.baseUri());
    }
  }

  @With2030_5Server(shared = "pool", pkiSeed = "another seed", record = false)
  static class Conflicting {
    @Test
    void c(Sep2MockServer server) {}
  }

  /** Many requests at once from concurrently running test methods. */
  @With2030_5Server(pkiSeed = "parallel", record = false)
  static class Parallel {
    @RepeatedTest(8)
    void fetch(Sep2MockServer server, HttpClient client) throws Exception {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(server.deviceCapabilityUri()).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
    }
  }

  /** A fixture pack from the classpath and a PKI directory, together. */
  @With2030_5Server(
      pkiSeed = "directory",
      pkiDirectory = "target/sep2-test/pki-directory",
      fixtures = "classpath:sep2/fixtures/sample-pack",
      record = false)
  static class FixturesAndDirectory {
    @Test
    void vendorStubAnswers(Sep2MockServer server, HttpClient client) throws Exception {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(server.baseUri().resolve("/vendor/hello")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.body()).isEqualTo("hello from the sample pack");
    }
  }

  @With2030_5Server(
      comm004 = {
        io.sep2.pki.Comm004Variant.SELF_SIGNED_LEAF,
        io.sep2.pki.Comm004Variant.ISSUING_CA_CRITICAL_EKU
      })
  static class TwoComm004Variants {
    @Test
    void never(Sep2MockServer server) {}
  }

  @With2030_5Server(trust = "does/not/exist.pem")
  static class MissingTrustAnchor {
    @Test
    void never(Sep2MockServer server) {}
  }
}
