package io.sep2.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.junit.With2030_5Server;
import io.sep2.server.Comm003;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.testing.Tool;
import io.sep2.tls.Sep2ClientTls;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The interop matrix against the in-process server of {@code @With2030_5Server}: every real client
 * that can do CCM_8 succeeds, every misconfigured one is refused with an alert and a recorded
 * reason naming the cause, the server still serves a good client after all of them, and a TLS
 * scanner we did not write sees exactly TLS 1.2 and one suite. The last test compares the rows with
 * the README's table (see {@link Matrix}). The same good clients run against {@code sep2:serve} in
 * {@link ServeGoalInteropIT}.
 */
@With2030_5Server(pkiSeed = "interop", pkiDirectory = InteropMatrixTest.PKI_DIRECTORY)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InteropMatrixTest {

  static final String PKI_DIRECTORY = "target/interop/pki";

  static final Matrix MATRIX = new Matrix(Target.EXTENSION);

  /** Where the clients connect: the injected server, the device files the extension wrote. */
  static Endpoint endpoint(Sep2MockServer server, Sep2ClientTls tls) throws Exception {
    Path pki = Matrix.moduleDirectory().resolve(PKI_DIRECTORY);
    Path work = Matrix.moduleDirectory().resolve("target/interop/work-extension");
    Files.createDirectories(work);
    return new Endpoint(
        server.host(),
        server.port(),
        pki.resolve("device-chain.pem"),
        pki.resolve("device-key.pem"),
        pki.resolve("serca.pem"),
        tls,
        work);
  }

  @TestFactory
  @Order(1)
  Stream<DynamicTest> clientsThatMustSucceed(Sep2MockServer server, Sep2ClientTls tls)
      throws Exception {
    Target target = Target.of(server, endpoint(server, tls));
    return goodClientTests(MATRIX, target);
  }

  /** The good clients against {@code target}, each recorded as a matrix row. */
  static Stream<DynamicTest> goodClientTests(Matrix matrix, Target target) {
    List<GoodClient> clients = GoodClient.all();
    return clients.stream()
        .map(
            client ->
                DynamicTest.dynamicTest(
                    client.name() + " -> " + target.name(),
                    () -> {
                      matrix.record(
                          new Matrix.Row(
                              Matrix.Section.SUCCEED,
                              clients.indexOf(client),
                              client.name(),
                              client.version().get(),
                              target.name(),
                              GoodClient.CASE,
                              GoodClient.EXPECTED,
                              false),
                          () -> {
                            long mark = target.mark();
                            Exchange exchange = client.runner().run(target.endpoint());
                            String link = exchange.assertDcapAndLinkedResource();
                            target.assertServerSawSuccess(mark, link);
                          });
                    }));
  }

  @TestFactory
  @Order(2)
  Stream<DynamicTest> clientsThatMustFail(Sep2MockServer server, Sep2ClientTls tls)
      throws Exception {
    Endpoint endpoint = endpoint(server, tls);
    List<FailingClient> clients = FailingClient.all();
    return clients.stream()
        .map(
            client ->
                DynamicTest.dynamicTest(
                    client.toString(),
                    () -> {
                      MATRIX.record(
                          new Matrix.Row(
                              Matrix.Section.FAIL,
                              clients.indexOf(client),
                              client.client(),
                              client.version().get(),
                              Target.EXTENSION,
                              client.scenario(),
                              client.expected(),
                              false),
                          () -> assertRefused(server, endpoint, client));
                    }));
  }

  private static void assertRefused(Sep2MockServer server, Endpoint endpoint, FailingClient client)
      throws Exception {
    long mark = server.connectionMark();
    String clientOutput = client.attempt().run(endpoint, server.pki());
    server.awaitHandshakes(Duration.ofSeconds(5));
    List<ConnectionRecord> failed =
        server.connectionsSince(mark).stream().filter(ConnectionRecord::failed).toList();
    assertThat(failed)
        .as("a failed connection recorded for %s; client printed:\n%s", client, clientOutput)
        .isNotEmpty();
    ConnectionRecord record = failed.get(failed.size() - 1);
    String text = record.toText();
    assertThat(record.alertSent())
        .as("alert sent to %s:\n%s", client, text)
        .isEqualTo(client.alert());
    assertThat(record.diagnosis().cause())
        .as("diagnosis of %s:\n%s", client, text)
        .isEqualTo(client.cause());
    assertThat(text).as("recorded reason for %s", client).contains(client.reasonMentions());
    if (client.clientSees() != null) {
      assertThat(clientOutput).as("what %s saw", client).contains(client.clientSees());
    } else {
      assertThat(clientOutput).as("what %s saw", client).doesNotContain("(exit 0)");
    }
  }

  @Test
  @Order(3)
  void serverStillServesAGoodClientAfterAllFailures(Sep2MockServer server, HttpClient client)
      throws Throwable {
    MATRIX.record(
        new Matrix.Row(
            Matrix.Section.FAIL,
            FailingClient.all().size(),
            "Java HttpClient over BCJSSE (injected)",
            Tools.bcjsseVersion(),
            Target.EXTENSION,
            "a good client after all the failures above",
            "TLS 1.2 CCM_8; 200 for /dcap",
            false),
        () -> {
          long mark = server.connectionMark();
          HttpResponse<String> dcap =
              client.send(
                  HttpRequest.newBuilder(server.deviceCapabilityUri())
                      .header("Accept", "application/sep+xml; level=-S1")
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          assertThat(dcap.statusCode()).isEqualTo(200);
          assertThat(dcap.body()).contains("<DeviceCapability");
          assertThat(dcap.sslSession())
              .hasValueSatisfying(
                  s ->
                      assertThat(s.getCipherSuite())
                          .isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8"));
          Comm003.assertPassedSince(server, mark);
        });
  }

  @Test
  @Order(4)
  void scannerSeesOnlyTls12AndCcm8(Sep2MockServer server) throws Throwable {
    MATRIX.record(
        new Matrix.Row(
            Matrix.Section.SCAN,
            0,
            "testssl.sh (`-p -e`)",
            Tools.version(Tool.TESTSSL),
            Target.EXTENSION,
            "scan of every protocol and all its suites, no client certificate",
            "TLS 1.2 only; 1 suite: TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8",
            false),
        () ->
            Scanner.assertOnlyTls12AndCcm8(
                server.host(),
                server.port(),
                Matrix.moduleDirectory().resolve("target/interop/work-extension")));
  }

  @Test
  @Order(5)
  void readmeMatrixMatchesThisRun() {
    int cases = GoodClient.all().size() + FailingClient.all().size() + 2;
    int ran = MATRIX.rows().size();
    Assumptions.assumeTrue(
        ran >= cases,
        "only " + ran + " of " + cases + " matrix cases ran (a filtered run): README not compared");
    MATRIX.finish();
  }
}
