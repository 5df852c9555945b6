package io.sep2.verify.internal;

import static io.sep2.verify.internal.TestKeystores.PASSWORD;
import static io.sep2.verify.internal.TestKeystores.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.verify.Finding;
import io.sep2.verify.KeystoreRole;
import io.sep2.verify.Severity;
import io.sep2.verify.internal.VerifyContext.JsseSetup;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandshakeChecksTest {

  @TempDir static Path dir;
  static Sep2Pki pki;
  static PkiFiles files;

  @BeforeAll
  static void writePki() {
    pki = Sep2Pki.builder().seed("handshake-checks").build();
    files = PkiFiles.write(pki, dir, PASSWORD.toCharArray());
  }

  private static VerifyContext context(List<KeystoreResult> keystores, URI probe) {
    return new VerifyContext(
        keystores,
        List.of("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8"),
        List.of("TLSv1.2"),
        new JsseSetup("none", List.of(), List.of(), null),
        probe,
        Duration.ofSeconds(10));
  }

  @Test
  void theProjectsDeviceKeystoreNegotiatesCcm8WithTheMockServer() {
    List<KeystoreResult> keystores =
        List.of(
            load(files.deviceKeystore(), KeystoreRole.DEVICE, PASSWORD),
            load(files.truststore(), KeystoreRole.TRUSTSTORE, PASSWORD));
    assertThat(new LoopbackHandshakeCheck().run(context(keystores, null)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.id()).isEqualTo("handshake.loopback");
              assertThat(f.severity()).as(f.toString()).isEqualTo(Severity.OK);
              assertThat(f.actual())
                  .contains("TLSv1.2 TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", "GET /dcap 200");
            });
    // with the project's own server keystore (PKCS12) the server presents it
    List<KeystoreResult> withServer =
        List.of(
            keystores.get(0),
            keystores.get(1),
            load(files.serverKeystore(), KeystoreRole.SERVER, PASSWORD));
    assertThat(new LoopbackHandshakeCheck().run(context(withServer, null)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).as(f.toString()).isEqualTo(Severity.OK);
              assertThat(f.actual()).contains("server presented server.p12");
            });
  }

  @Test
  void anRsaDeviceFailsTheHandshakeWithTheServersDiagnosis() throws Exception {
    Path rsa = TestKeystores.selfSigned(dir.resolve("rsa.p12"), "RSA", "2048", "SHA256withRSA");
    List<KeystoreResult> keystores =
        List.of(
            load(rsa, KeystoreRole.DEVICE, PASSWORD),
            load(files.truststore(), KeystoreRole.TRUSTSTORE, PASSWORD));
    assertThat(new LoopbackHandshakeCheck().run(context(keystores, null)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.actual()).contains("server: #1").contains("Reason:");
              assertThat(f.actual()).doesNotContain("\n");
            });
  }

  @Test
  void withoutADeviceKeystoreTheHandshakeIsSkipped() {
    assertThat(new LoopbackHandshakeCheck().run(context(List.of(), null)))
        .extracting(Finding::id)
        .containsExactly("handshake.skipped");
  }

  @Test
  void theProbeReportsTheNegotiatedSuiteTheServerChainAndTheDeviceCapability() {
    List<KeystoreResult> keystores =
        List.of(
            load(files.deviceKeystore(), KeystoreRole.DEVICE, PASSWORD),
            load(files.truststore(), KeystoreRole.TRUSTSTORE, PASSWORD));
    try (Sep2MockServer server =
        new Sep2MockServer(ServerOptions.builder().pki(pki).build()).start()) {
      URI probe = URI.create("https://user:Probe-Secret@127.0.0.1:" + server.port());
      List<Finding> findings = new ProbeCheck().run(context(keystores, probe));
      assertThat(findings)
          .extracting(Finding::id)
          .containsExactly("probe.handshake", "profile.compliant", "probe.dcap");
      assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.OK));
      assertThat(findings.get(0).actual()).startsWith("TLSv1.2 TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8");
      assertThat(findings.get(2).actual()).contains("GET /dcap -> 200");
      assertThat(findings.toString()).doesNotContain("Probe-Secret");
    }
  }

  @Test
  void aProbeOfAServerOfAnotherSercaIsUntrusted() {
    List<KeystoreResult> keystores =
        List.of(
            load(files.deviceKeystore(), KeystoreRole.DEVICE, PASSWORD),
            load(files.truststore(), KeystoreRole.TRUSTSTORE, PASSWORD));
    Sep2Pki other = Sep2Pki.builder().seed("other-server").build();
    try (Sep2MockServer server =
        new Sep2MockServer(
                ServerOptions.builder().pki(other).trust(pki.serca().certificate()).build())
            .start()) {
      List<Finding> findings =
          new ProbeCheck()
              .run(context(keystores, URI.create("https://127.0.0.1:" + server.port())));
      assertThat(findings)
          .extracting(Finding::id)
          .contains("probe.handshake", "probe.server-untrusted")
          .doesNotContain("probe.dcap");
      assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
    }
  }
}
