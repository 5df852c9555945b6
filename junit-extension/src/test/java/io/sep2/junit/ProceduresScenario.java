package io.sep2.junit;

import io.sep2.procedure.Catalog;
import io.sep2.procedure.Procedure;
import io.sep2.procedure.conformance.ProcedureContext;
import io.sep2.server.Sep2MockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Not run by Surefire (no Test suffix): {@link Sep2ProceduresTest} runs it through the JUnit engine
 * test kit. A small device client that discovers, and stops after reading its Registration (as a
 * client told another pIN would): discovery passes, registration fails, the chain variants are not
 * supported without a defective chain.
 */
@With2030_5Server(pkiSeed = "procedures-scenario")
class ProceduresScenario {

  static final String[] IDS = {Catalog.DISCOVERY, Catalog.REGISTRATION, Catalog.CHAIN_VARIANTS};

  static void client(HttpClient http, URI dcap, Procedure procedure) throws Exception {
    String[] paths =
        procedure.id().equals(Catalog.DISCOVERY)
            ? new String[] {"/dcap", "/tm", "/edev", "/edev/1/der"}
            : new String[] {"/dcap", "/edev/1/rg"};
    for (String path : paths) {
      http.send(
          HttpRequest.newBuilder(dcap.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  @Sep2Procedures(
      ids = {Catalog.DISCOVERY, Catalog.REGISTRATION, Catalog.CHAIN_VARIANTS},
      timeoutSeconds = 2,
      reportDirectory = "target/sep2/conformance-scenario")
  void annotated(ProcedureContext procedure, HttpClient http) throws Exception {
    client(http, procedure.deviceCapabilityUri(), procedure.procedure());
  }

  @TestFactory
  Stream<DynamicTest> dynamic(Sep2MockServer server, HttpClient http) {
    return ProcedureTests.on(server)
        .timeout(Duration.ofSeconds(2))
        .tick(Duration.ofMillis(20))
        .reportDirectory(Path.of("target/sep2/conformance-scenario/dynamic"))
        .client(p -> client(http, p.deviceCapabilityUri(), p.procedure()))
        .dynamicTests(IDS);
  }

  @Sep2Procedures(directory = "${" + Sep2ProceduresTest.DIRECTORY + "}", timeoutSeconds = 2)
  void fromFiles(ProcedureContext procedure, HttpClient http) throws Exception {
    http.send(
        HttpRequest.newBuilder(procedure.deviceCapabilityUri()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Sep2Procedures(directory = "${sep2.no.such.property.for.tests}")
  void withoutTheFiles(ProcedureContext procedure) {}
}
