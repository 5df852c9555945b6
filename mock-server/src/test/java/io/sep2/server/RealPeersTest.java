package io.sep2.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Comm004Variant;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.testing.Curl;
import io.sep2.testing.ProcessResult;
import io.sep2.testing.SClient;
import io.sep2.testing.Tool;
import io.sep2.tls.diagnostics.Diagnosis;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mock server against TLS peers we did not write: OpenSSL's s_client and curl. Each failure
 * case checks the alert the client saw and the reason the server recorded.
 */
class RealPeersTest {

  @TempDir static Path dir;
  static Sep2Pki pki;
  static PkiFiles files;
  static Sep2MockServer server;

  @BeforeAll
  static void start() {
    pki = Sep2Pki.builder().seed("real-peers").build();
    files = PkiFiles.write(pki, dir.resolve("pki"));
    server = new Sep2MockServer(ServerOptions.builder().pki(pki).build()).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private SClient sClient() {
    return SClient.connect("127.0.0.1", server.port());
  }

  /** The PKI's device certificate and key, the SERCA as the trust anchor. */
  private SClient withDevice(SClient sClient) {
    return sClient.cert(files.deviceChain(), files.deviceKey()).caFile(files.serca());
  }

  /** Runs {@code sClient} with nothing on its standard input: it ends after the handshake. */
  private static ProcessResult run(SClient sClient) {
    return sClient.command().timeout(Duration.ofSeconds(15)).run();
  }

  private ConnectionRecord lastConnectionAfter(long mark) {
    server.awaitHandshakes(Duration.ofSeconds(5));
    List<ConnectionRecord> records = server.connectionsSince(mark);
    assertThat(records).as("connections after mark %s", mark).isNotEmpty();
    return records.get(records.size() - 1);
  }

  private static final String GET_DCAP =
      "GET /dcap HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/sep+xml; level=-S1\r\n"
          + "Connection: close\r\n\r\n";

  @Test
  void opensslWithCcm8AndDeviceCertificateGetsDcap() throws Exception {
    long mark = server.connectionMark();
    ProcessResult result =
        withDevice(sClient().tls12Ccm8().options("-ign_eof", "-quiet"))
            .command()
            .stdin(GET_DCAP)
            .timeout(Duration.ofSeconds(15))
            .run();

    assertThat(result.output())
        .contains("HTTP/1.1 200", "<DeviceCapability", "application/sep+xml");
    ConnectionRecord record = lastConnectionAfter(mark);
    assertThat(record.outcome()).isEqualTo(ConnectionRecord.Outcome.SUCCESS);
    assertThat(record.cipherSuite()).startsWith("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8");
    Comm003.assertPassedSince(server, mark);
  }

  @Test
  void curlWithCcm8AndDeviceCertificateGetsDcapAndALinkedResource() throws Exception {
    long mark = server.connectionMark();
    ProcessResult result =
        Curl.tls12Ccm8()
            .cert(files.deviceChain(), files.deviceKey())
            .caCert(files.serca())
            .options(
                "-sS",
                "--max-time",
                "10",
                server.deviceCapabilityUri().toString(),
                server.baseUri().resolve("/tm").toString())
            .command()
            .timeout(Duration.ofSeconds(20))
            .run();

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("<DeviceCapability", "<Time");
    Comm003.assertPassedSince(server, mark);
  }

  @Test
  void defaultOpensslClientIsToldTheSuiteWasNotOffered() throws Exception {
    long mark = server.connectionMark();
    ProcessResult result = run(withDevice(sClient().options("-brief")));

    assertThat(result.output()).contains("alert handshake failure");
    ConnectionRecord record = lastConnectionAfter(mark);
    assertThat(record.failed()).isTrue();
    assertThat(record.alertSent()).isEqualTo(40);
    assertThat(record.diagnosis().cause()).isEqualTo(Diagnosis.Cause.SUITE_NOT_OFFERED);
    assertThat(record.toText()).contains("did not offer", "TLS 1.3");
  }

  @Test
  void tls13OnlyClientIsToldTls12IsRequired() throws Exception {
    long mark = server.connectionMark();
    ProcessResult result = run(withDevice(sClient().options("-tls1_3", "-brief")));

    assertThat(result.output()).containsIgnoringCase("alert");
    ConnectionRecord record = lastConnectionAfter(mark);
    assertThat(record.failed()).isTrue();
    assertThat(record.diagnosis().reason()).contains("TLS 1.2");
  }

  @Test
  void x25519OnlyClientIsToldToOfferSecp256r1() throws Exception {
    long mark = server.connectionMark();
    ProcessResult result =
        run(withDevice(sClient().tls12Ccm8().options("-groups", "X25519", "-brief")));

    assertThat(result.output()).contains("alert handshake failure");
    ConnectionRecord record = lastConnectionAfter(mark);
    assertThat(record.failed()).isTrue();
    assertThat(record.diagnosis().reason()).contains("secp256r1");
  }

  @Test
  void clientWithoutCertificateIsToldToSendOne() throws Exception {
    long mark = server.connectionMark();
    ProcessResult result = run(sClient().tls12Ccm8().caFile(files.serca()).options("-brief"));

    assertThat(result.output()).contains("alert handshake failure");
    ConnectionRecord record = lastConnectionAfter(mark);
    assertThat(record.diagnosis().cause()).isEqualTo(Diagnosis.Cause.NO_CLIENT_CERTIFICATE);
    assertThat(record.toText()).contains("sent no certificate");
  }

  @Test
  void certificateFromAnUnknownCaIsRefusedWithUnknownCa() throws Exception {
    PkiFiles stranger =
        PkiFiles.write(Sep2Pki.builder().seed("stranger").build(), dir.resolve("stranger"));
    long mark = server.connectionMark();
    ProcessResult result =
        run(
            sClient()
                .tls12Ccm8()
                .cert(stranger.deviceChain(), stranger.deviceKey())
                .caFile(files.serca())
                .options("-brief"));

    assertThat(result.output()).contains("unknown ca");
    ConnectionRecord record = lastConnectionAfter(mark);
    assertThat(record.alertSent()).isEqualTo(48);
    assertThat(record.diagnosis().cause()).isEqualTo(Diagnosis.Cause.CLIENT_CERTIFICATE_UNTRUSTED);
  }

  @Test
  void nonProfileClientCertificateIsRefusedWithBadCertificate() throws Exception {
    // a self-signed "device" whose root the server was told to trust: trusted, but not 2030.5
    Sep2Pki other = Sep2Pki.builder().seed("non-profile").build();
    var selfSigned = other.comm004Server(Comm004Variant.SELF_SIGNED_LEAF);
    Path cert = dir.resolve("self-signed.pem");
    Path key = dir.resolve("self-signed-key.pem");
    io.sep2.pki.keystore.KeystoreWriter.writeCertificatesPem(
        cert, List.of(selfSigned.certificate()));
    io.sep2.pki.keystore.KeystoreWriter.writePrivateKeyPem(key, selfSigned.privateKey());
    try (Sep2MockServer trusting =
        new Sep2MockServer(ServerOptions.builder().pki(pki).trust(selfSigned.certificate()).build())
            .start()) {
      ProcessResult result =
          run(
              SClient.connect("127.0.0.1", trusting.port())
                  .tls12Ccm8()
                  .cert(cert, key)
                  .options("-brief"));

      assertThat(result.output()).contains("bad certificate");
      trusting.awaitHandshakes(Duration.ofSeconds(5));
      ConnectionRecord record = trusting.connections().get(0);
      assertThat(record.alertSent()).isEqualTo(42);
      assertThat(record.diagnosis().cause())
          .isEqualTo(Diagnosis.Cause.CLIENT_CERTIFICATE_NOT_PROFILE);
      assertThat(record.toText()).contains("2030.5");
    }
  }

  @Test
  void plainHttpOnTheTlsPortIsExplained() throws Exception {
    long mark = server.connectionMark();
    ProcessResult result =
        Tool.CURL
            .command("-sS", "--max-time", "5", "http://127.0.0.1:" + server.port() + "/dcap")
            .timeout(Duration.ofSeconds(10))
            .run();

    assertThat(result.exitCode()).isNotZero();
    ConnectionRecord record = lastConnectionAfter(mark);
    assertThat(record.failed()).isTrue();
    assertThat(record.diagnosis().cause()).isEqualTo(Diagnosis.Cause.PLAIN_HTTP);
    assertThat(record.toText()).contains("https://");
  }

  @Test
  void serverKeepsServingAfterEveryFailure() throws Exception {
    defaultOpensslClientIsToldTheSuiteWasNotOffered();
    plainHttpOnTheTlsPortIsExplained();
    curlWithCcm8AndDeviceCertificateGetsDcapAndALinkedResource();
  }
}
