package io.sep2.tls.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.testing.ClientHelloBuilder;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsFatalAlertReceived;
import org.bouncycastle.tls.TlsNoCloseNotifyException;
import org.junit.jupiter.api.Test;

class HandshakeDiagnosisTest {

  private static final HandshakeFailure ALERT_40 =
      HandshakeFailure.alertSent(40, "TlsFatalAlert: handshake_failure(40)");

  private static ClientHelloInfo parse(ClientHelloBuilder builder) {
    return ClientHelloParser.parse(builder.bytes());
  }

  @Test
  void postmanCaseNamesTheMissingSuiteWhatWasOfferedAndWhoCanDoCcm8() {
    Diagnosis d = HandshakeDiagnosis.diagnose(parse(ClientHelloBuilder.boringSslHello()), ALERT_40);

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.SUITE_NOT_OFFERED);
    assertThat(d.alertSent()).isEqualTo(40);
    assertThat(d.alertText()).isEqualTo("alert 40 handshake_failure");
    assertThat(d.reason())
        .startsWith(
            "The client did not offer cipher suite TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 (0xC0AE)")
        .contains("the server answered with alert 40 handshake_failure")
        .contains(
            "It offered 16 suites: GREASE (0x0A0A), TLS_AES_128_GCM_SHA256,"
                + " TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256")
        .contains(", TLS_RSA_WITH_AES_256_CBC_SHA.")
        .contains("It offered TLS 1.3 first (versions: TLS 1.3, TLS 1.2)")
        .contains("looks like BoringSSL (Chrome, Postman, Electron), which has no CCM_8 suites");
    assertThat(d.fix())
        .contains("-cipher ECDHE-ECDSA-AES128-CCM8")
        .contains(":@SECLEVEL=0")
        .contains("--ciphers ECDHE-ECDSA-AES128-CCM8 --tls-max 1.2")
        .contains("ctx.set_ciphers('ECDHE-ECDSA-AES128-CCM8')")
        .contains("--priority NORMAL:+AES-128-CCM-8")
        .contains("Bouncy Castle JSSE")
        .contains("SunJSSE")
        .contains("BoringSSL (Chrome, Postman, Electron apps)")
        .contains("Go's crypto/tls")
        .contains("rustls")
        .contains("Windows SChannel");
    assertThat(d.alsoNoted()).isEmpty();
    assertThat(d.detail()).isEqualTo("TlsFatalAlert: handshake_failure(40)");
    assertThat(d.toText()).contains("Reason: ").contains("Fix: ").contains("Detail: ");
    assertThat(d.toText()).doesNotContain("\tat ").doesNotContain("Exception\n");
  }

  @Test
  void otherCcmSuitesAreMentioned() {
    ClientHelloInfo hello =
        parse(ClientHelloBuilder.good2030_5Hello().suites(0xC0AC, 0xC0AF, 0xC02B));

    Diagnosis d = HandshakeDiagnosis.diagnose(hello, ALERT_40);

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.SUITE_NOT_OFFERED);
    assertThat(d.reason())
        .contains(
            "It does offer other CCM suites (TLS_ECDHE_ECDSA_WITH_AES_128_CCM (0xC0AC),"
                + " TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8 (0xC0AF))");
    assertThat(d.reason()).doesNotContain("TLS 1.3 first");
  }

  @Test
  void tls13Only() {
    ClientHelloInfo hello =
        parse(ClientHelloBuilder.good2030_5Hello().suites(0x1301, 0x1302).versions(0x0304));

    Diagnosis d = HandshakeDiagnosis.diagnose(hello, HandshakeFailure.alertSent(70, null));

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.TLS13_ONLY);
    assertThat(d.reason())
        .isEqualTo(
            "The client offered only TLS 1.3 (supported_versions: TLS 1.3). IEEE 2030.5 requires"
                + " TLS 1.2 and this server speaks nothing else; the server answered with alert 70"
                + " protocol_version.");
    assertThat(d.fix())
        .contains("`-tls1_2`")
        .contains("ssl.TLSVersion.TLSv1_2")
        .contains("TLSv1.2");
    assertThat(d.alsoNoted()).hasSize(1);
    assertThat(d.alsoNoted().get(0)).contains("did not offer cipher suite");
  }

  @Test
  void tls10And11Only() {
    ClientHelloInfo viaClientVersion =
        parse(ClientHelloBuilder.good2030_5Hello().clientVersion(0x0302));
    Diagnosis d =
        HandshakeDiagnosis.diagnose(viaClientVersion, HandshakeFailure.alertSent(70, null));
    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.LEGACY_VERSION_ONLY);
    assertThat(d.reason())
        .startsWith("The client offers at most TLS 1.1 (client_version TLS 1.1).");
    assertThat(d.alsoNoted()).isEmpty();

    ClientHelloInfo viaExtension =
        parse(ClientHelloBuilder.good2030_5Hello().versions(0x0302, 0x0301));
    Diagnosis e = HandshakeDiagnosis.diagnose(viaExtension, HandshakeFailure.alertSent(70, null));
    assertThat(e.cause()).isEqualTo(Diagnosis.Cause.LEGACY_VERSION_ONLY);
    assertThat(e.reason()).contains("at most TLS 1.1 (supported_versions: TLS 1.1, TLS 1.0)");
    assertThat(e.fix()).contains("Enable TLS 1.2");
  }

  @Test
  void noSecp256r1() {
    ClientHelloInfo hello = parse(ClientHelloBuilder.good2030_5Hello().groups(0x001D));

    Diagnosis d = HandshakeDiagnosis.diagnose(hello, ALERT_40);

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.NO_SECP256R1);
    assertThat(d.reason())
        .startsWith("The client's supported_groups offers x25519 but not secp256r1 (NIST P-256");
    assertThat(d.fix()).contains("-groups P-256").contains("--curves prime256v1");
  }

  @Test
  void noEcdsaP256Sha256() {
    ClientHelloInfo hello =
        parse(ClientHelloBuilder.good2030_5Hello().sigalgs(0x0804, 0x0401, 0x0503));

    Diagnosis d = HandshakeDiagnosis.diagnose(hello, ALERT_40);

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.NO_ECDSA_P256_SHA256);
    assertThat(d.reason())
        .contains("does not include ecdsa_secp256r1_sha256 (0x0403)")
        .contains("it offers rsa_pss_rsae_sha256, rsa_pkcs1_sha256, ecdsa_secp384r1_sha384");
    assertThat(d.fix()).contains("-sigalgs ECDSA+SHA256");
  }

  @Test
  void missingSignatureAlgorithmsExtension() {
    ClientHelloInfo hello =
        parse(ClientHelloBuilder.hello().suites(0xC0AE).groups(0x0017).pointFormats(0));

    Diagnosis d = HandshakeDiagnosis.diagnose(hello, ALERT_40);

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.NO_ECDSA_P256_SHA256);
    assertThat(d.reason()).contains("no signature_algorithms extension").contains("SHA-1");
  }

  @Test
  void compressedPointsOnly() {
    ClientHelloInfo hello = parse(ClientHelloBuilder.good2030_5Hello().pointFormats(1));

    Diagnosis d = HandshakeDiagnosis.diagnose(hello, ALERT_40);

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.NO_UNCOMPRESSED_POINTS);
  }

  @Test
  void severalProblemsAreAllReported() {
    ClientHelloInfo hello =
        parse(
            ClientHelloBuilder.hello()
                .suites(0xC02B)
                .groups(0x001D)
                .sigalgs(0x0804)
                .versions(0x0304));

    Diagnosis d = HandshakeDiagnosis.diagnose(hello, HandshakeFailure.alertSent(70, null));

    assertThat(HandshakeDiagnosis.helloProblems(hello))
        .containsExactly(
            Diagnosis.Cause.TLS13_ONLY,
            Diagnosis.Cause.SUITE_NOT_OFFERED,
            Diagnosis.Cause.NO_SECP256R1,
            Diagnosis.Cause.NO_ECDSA_P256_SHA256);
    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.TLS13_ONLY);
    assertThat(d.alsoNoted()).hasSize(3);
    assertThat(d.lines()).filteredOn(l -> l.startsWith("Also: ")).hasSize(3);
  }

  @Test
  void noClientCertificate() {
    Diagnosis d =
        HandshakeDiagnosis.diagnose(
            parse(ClientHelloBuilder.good2030_5Hello()), HandshakeFailure.noClientCertificate(40));

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.NO_CLIENT_CERTIFICATE);
    assertThat(d.reason())
        .startsWith("The client sent no certificate. IEEE 2030.5 requires mutual TLS")
        .endsWith("the server answered with alert 40 handshake_failure.");
    assertThat(d.fix()).contains("--cert device.pem").contains("load_cert_chain");

    Diagnosis fromAlert =
        HandshakeDiagnosis.diagnose(
            parse(ClientHelloBuilder.good2030_5Hello()), HandshakeFailure.alertSent(116, null));
    assertThat(fromAlert.cause()).isEqualTo(Diagnosis.Cause.NO_CLIENT_CERTIFICATE);
  }

  @Test
  void untrustedClientCertificate() {
    Diagnosis d =
        HandshakeDiagnosis.diagnose(
            parse(ClientHelloBuilder.good2030_5Hello()),
            HandshakeFailure.untrustedClientCertificate(
                48, "issuer CN=Vendor MICA is not among the trust anchors"));

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.CLIENT_CERTIFICATE_UNTRUSTED);
    assertThat(d.reason())
        .isEqualTo(
            "The client's certificate chain does not lead to a trust anchor the server was started"
                + " with: issuer CN=Vendor MICA is not among the trust anchors; the server answered"
                + " with alert 48 unknown_ca.");
    assertThat(d.fix()).contains("whole chain");
  }

  @Test
  void clientCertificateFailingTheProfile() {
    Diagnosis d =
        HandshakeDiagnosis.diagnose(
            parse(ClientHelloBuilder.good2030_5Hello()),
            HandshakeFailure.clientCertificateNotProfile(
                42, "device certificate: subjectAltName must be critical"));

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.CLIENT_CERTIFICATE_NOT_PROFILE);
    assertThat(d.reason())
        .contains("trusted but does not meet the IEEE 2030.5 certificate profile")
        .contains(": device certificate: subjectAltName must be critical")
        .contains("alert 42 bad_certificate");
    assertThat(d.fix()).contains("lenient");
  }

  @Test
  void plainHttpOnTheTlsPort() {
    ClientHelloInfo hello =
        ClientHelloParser.parse(
            "GET /dcap HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

    Diagnosis d = HandshakeDiagnosis.diagnose(hello, HandshakeFailure.alertSent(10, null));

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.PLAIN_HTTP);
    assertThat(d.reason())
        .startsWith(
            "The client sent a plain-text HTTP request (\"GET /dcap HTTP/1.1\") to the TLS port.");
    assertThat(d.fix()).contains("https://");
  }

  @Test
  void sslv2Hello() {
    byte[] v2 = {
      (byte) 0x80, 0x0D, 1, 3, 1, 0, 3, 0, 0, 0, 0, 0, 0, 0x2F,
    };
    ClientHelloInfo hello = ClientHelloParser.parse(v2);
    assertThat(hello.kind()).isEqualTo(ClientHelloInfo.Kind.SSLV2_HELLO);

    Diagnosis d = HandshakeDiagnosis.diagnose(hello, ALERT_40);

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.SSLV2_HELLO);
    assertThat(d.reason())
        .contains("SSL 2.0-format ClientHello")
        .contains("client_version TLS 1.0");
    assertThat(d.fix()).contains("SSLv2Hello");
  }

  @Test
  void garbage() {
    ClientHelloInfo hello =
        ClientHelloParser.parse(new byte[] {0x00, 0x01, 0x02, 'h', 'i', (byte) 0xFF});

    Diagnosis d = HandshakeDiagnosis.diagnose(hello, HandshakeFailure.alertSent(10, null));

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.NOT_TLS);
    assertThat(d.reason())
        .startsWith(
            "The first bytes on the connection are not a TLS ClientHello: 00 01 02 68 69 FF");
  }

  @Test
  void clientClosedMidHandshakeAfterAGoodHello() {
    Diagnosis d =
        HandshakeDiagnosis.diagnose(
            parse(ClientHelloBuilder.good2030_5Hello()),
            HandshakeFailure.fromException(new TlsNoCloseNotifyException()));

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.CLIENT_CLOSED);
    assertThat(d.alertSent()).isEqualTo(-1);
    assertThat(d.reason())
        .startsWith("The client closed the connection in the middle of the handshake, after a")
        .contains("reject the server's certificate without sending an alert");
    assertThat(d.fix()).contains("SERCA").contains("host-name verification");
  }

  @Test
  void clientClosedMidHello() {
    byte[] hello = ClientHelloBuilder.boringSslHello().bytes();
    ClientHelloInfo cut = ClientHelloParser.parse(Arrays.copyOf(hello, 60));

    Diagnosis d =
        HandshakeDiagnosis.diagnose(
            cut, HandshakeFailure.fromException(new SocketException("Connection reset")));

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.TRUNCATED_HELLO);
    assertThat(d.reason())
        .contains("arrived incomplete")
        .contains("the client closed or reset the connection before sending the rest");
  }

  @Test
  void clientSentNothing() {
    ClientHelloInfo empty = ClientHelloParser.parse(new byte[0]);

    assertThat(HandshakeDiagnosis.diagnose(empty, HandshakeFailure.peerClosed(null)).cause())
        .isEqualTo(Diagnosis.Cause.NOTHING_SENT);
    Diagnosis timeout =
        HandshakeDiagnosis.diagnose(empty, HandshakeFailure.timeout("Read timed out"));
    assertThat(timeout.cause()).isEqualTo(Diagnosis.Cause.NOTHING_SENT);
    assertThat(timeout.reason()).contains("the client speaks first");
  }

  @Test
  void clientRejectsServerCertificate() {
    HandshakeFailure failure =
        HandshakeFailure.fromException(new TlsFatalAlertReceived(AlertDescription.unknown_ca));
    assertThat(failure.kind()).isEqualTo(FailureKind.ALERT_RECEIVED);
    assertThat(failure.alertReceived()).isEqualTo(48);

    Diagnosis d = HandshakeDiagnosis.diagnose(parse(ClientHelloBuilder.good2030_5Hello()), failure);

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.SERVER_CERTIFICATE_REJECTED);
    assertThat(d.alertSent()).isEqualTo(-1);
    assertThat(d.reason())
        .contains(
            "it sent alert 48 unknown_ca (the certificate chain does not lead to a trusted CA)");
  }

  @Test
  void serverAlertWithAnAcceptableHello() {
    Diagnosis d =
        HandshakeDiagnosis.diagnose(
            parse(ClientHelloBuilder.good2030_5Hello()),
            HandshakeFailure.fromException(
                new TlsFatalAlert(AlertDescription.decrypt_error, "bad Finished")));

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.SERVER_ALERT);
    assertThat(d.alertSent()).isEqualTo(51);
    assertThat(d.reason()).contains("although the ClientHello offered everything 2030.5 needs");
    assertThat(d.detail()).contains("bad Finished");
  }

  @Test
  void serverAlertAfterAClientCertificatePointsAtTheCertificate() {
    Diagnosis d =
        HandshakeDiagnosis.diagnose(
            parse(ClientHelloBuilder.good2030_5Hello()),
            new HandshakeFailure(
                FailureKind.ALERT_SENT, 42, -1, "certificate signature invalid", true, null));

    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.SERVER_ALERT);
    assertThat(d.reason())
        .startsWith(
            "The server aborted the handshake with alert 42 bad_certificate (a certificate was"
                + " corrupt or failed a check)");
    assertThat(d.fix()).startsWith("The client had sent a certificate");
  }

  @Test
  void fromExceptionClassifiesTheUsualSuspects() {
    assertThat(
            HandshakeFailure.fromException(
                    new IOException(
                        "wrapped", new TlsFatalAlert(AlertDescription.handshake_failure)))
                .alertSent())
        .isEqualTo(40);
    assertThat(HandshakeFailure.fromException(new EOFException()).kind())
        .isEqualTo(FailureKind.PEER_CLOSED);
    assertThat(HandshakeFailure.fromException(new SocketException("Broken pipe")).kind())
        .isEqualTo(FailureKind.PEER_CLOSED);
    assertThat(HandshakeFailure.fromException(new SocketTimeoutException("Read timed out")).kind())
        .isEqualTo(FailureKind.TIMEOUT);
    assertThat(HandshakeFailure.fromException(new IllegalStateException("bug")).kind())
        .isEqualTo(FailureKind.OTHER);
    assertThat(HandshakeFailure.fromException(null).kind()).isEqualTo(FailureKind.OTHER);
  }

  @Test
  void nullInputsStillGiveADiagnosis() {
    Diagnosis d = HandshakeDiagnosis.diagnose(null, null);
    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.OTHER);
    assertThat(d.reason()).isNotBlank();
    assertThat(d.fix()).isNotBlank();
  }
}
