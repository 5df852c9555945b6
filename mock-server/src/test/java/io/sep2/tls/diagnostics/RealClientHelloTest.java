package io.sep2.tls.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.testing.HelloCapture;
import io.sep2.testing.OpenSslVersion;
import io.sep2.testing.SClient;
import io.sep2.testing.Tool;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ExtensionType;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.SignatureScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Captures real ClientHellos from the TLS clients installed on the machine (OpenSSL, curl, Python,
 * Java SunJSSE) with a plain {@link java.net.ServerSocket}, and checks that the parser and the
 * diagnosis see what each client offered. A missing tool fails the test: the point is to test
 * against reality.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RealClientHelloTest {

  private static final int TLS_1_3 = 0x0304;
  private static final int TLS_1_2 = 0x0303;
  private static final int TLS_1_1 = 0x0302;

  private static final String CCM8 = OpenSslVersion.CCM8;

  @Test
  void opensslWithTheCcm8SuiteOffersEverything2030_5Needs() throws Exception {
    ClientHelloInfo info =
        capture(sClientCcm8().options("-servername", "sep2.test", "-alpn", "http/1.1"));

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TLS_HANDSHAKE);
    assertThat(info.problem()).isNull();
    assertThat(info.clientVersion()).isEqualTo(TLS_1_2);
    assertThat(info.hasExtension(ExtensionType.supported_versions)).isFalse();
    assertThat(info.offeredVersionNames()).containsExactly("TLS 1.2");
    assertThat(info.cipherSuites()).containsExactly(0xC0AE, 0x00FF);
    assertThat(info.renegotiationScsv()).isTrue();
    assertThat(info.supportedGroups()).contains(NamedGroup.x25519, NamedGroup.secp256r1);
    assertThat(info.supportedGroups().get(0)).isEqualTo(NamedGroup.x25519);
    assertThat(info.signatureAlgorithms()).contains(SignatureScheme.ecdsa_secp256r1_sha256);
    assertThat(info.serverName()).isEqualTo("sep2.test");
    assertThat(info.alpnProtocols()).containsExactly("http/1.1");
    assertThat(info.ecPointFormats()).contains(0);
    assertThat(HandshakeDiagnosis.helloProblems(info)).isEmpty();
  }

  @Test
  void opensslTls13OnlyIsDiagnosedAsSuch() throws Exception {
    ClientHelloInfo info = capture(SClient.connect("127.0.0.1:PORT").options("-tls1_3"));

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TLS_HANDSHAKE);
    assertThat(info.clientVersion()).isEqualTo(TLS_1_2);
    assertThat(info.supportedVersions()).containsExactly(TLS_1_3);
    assertThat(info.offersTls12()).isFalse();
    assertThat(info.cipherSuites())
        .filteredOn(c -> c != CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV)
        .isNotEmpty()
        .allMatch(c -> (c & 0xFF00) == 0x1300);

    Diagnosis d =
        HandshakeDiagnosis.diagnose(
            info, HandshakeFailure.alertSent(70, "TlsFatalAlert: protocol_version(70)"));
    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.TLS13_ONLY);
    assertThat(d.reason()).contains("only TLS 1.3").contains("alert 70 protocol_version");
    assertThat(d.fix()).contains("-tls1_2").contains("--tls-max 1.2");
    assertThat(d.alsoNoted()).anyMatch(s -> s.contains("did not offer cipher suite"));
  }

  @Test
  void opensslTls11OnlyIsLegacy() throws Exception {
    ClientHelloInfo info =
        capture(
            SClient.connect("127.0.0.1:PORT").options("-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0"));

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TLS_HANDSHAKE);
    assertThat(info.clientVersion()).isEqualTo(TLS_1_1);
    assertThat(info.offeredVersionNames()).containsExactly("TLS 1.1");
    Diagnosis d = HandshakeDiagnosis.diagnose(info, HandshakeFailure.alertSent(70, null));
    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.LEGACY_VERSION_ONLY);
    assertThat(d.reason()).contains("at most TLS 1.1").contains("client_version TLS 1.1");
  }

  @Test
  void opensslWithX25519OnlyLacksSecp256r1() throws Exception {
    ClientHelloInfo info = capture(sClientCcm8().options("-groups", "X25519"));

    assertThat(info.supportedGroups()).containsExactly(NamedGroup.x25519);
    assertThat(info.offersCipherSuite(0xC0AE)).isTrue();
    assertThat(HandshakeDiagnosis.helloProblems(info))
        .containsExactly(Diagnosis.Cause.NO_SECP256R1);
    Diagnosis d = HandshakeDiagnosis.diagnose(info, HandshakeFailure.alertSent(40, null));
    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.NO_SECP256R1);
    assertThat(d.reason()).contains("offers x25519 but not secp256r1");
  }

  @Test
  void opensslWithoutEcdsaP256Sha256SignatureScheme() throws Exception {
    ClientHelloInfo info = capture(sClientCcm8().options("-sigalgs", "RSA+SHA256:ECDSA+SHA384"));

    assertThat(info.signatureAlgorithmNames())
        .containsExactly("rsa_pkcs1_sha256", "ecdsa_secp384r1_sha384");
    Diagnosis d = HandshakeDiagnosis.diagnose(info, HandshakeFailure.alertSent(40, null));
    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.NO_ECDSA_P256_SHA256);
    assertThat(d.reason()).contains("does not include ecdsa_secp256r1_sha256 (0x0403)");
  }

  @Test
  void curlDefaultOffersTls13FirstAndNoCcm8() throws Exception {
    ClientHelloInfo info = capture("curl", "-sk", "--max-time", "5", "https://127.0.0.1:PORT/");

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TLS_HANDSHAKE);
    assertThat(info.offersCipherSuite(0xC0AE)).isFalse();
    assertThat(info.offeredVersions().get(0)).isEqualTo(TLS_1_3);
    assertThat(info.offersTls12()).isTrue();
    assertThat(info.alpnProtocols()).contains("http/1.1");

    Diagnosis d = HandshakeDiagnosis.diagnose(info, HandshakeFailure.alertSent(40, null));
    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.SUITE_NOT_OFFERED);
    assertThat(d.reason())
        .contains("did not offer cipher suite TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 (0xC0AE)")
        .contains("TLS_AES_256_GCM_SHA384, ")
        .contains("It offered TLS 1.3 first");
  }

  @Test
  void curlWithTheRecommendedFixOffersEverything() throws Exception {
    ClientHelloInfo info =
        capture(
            "curl",
            "-sk",
            "--max-time",
            "5",
            "--ciphers",
            CCM8,
            "--tls-max",
            "1.2",
            "--resolve",
            "sep2.test:PORT:127.0.0.1",
            "https://sep2.test:PORT/dcap");

    assertThat(info.offersCipherSuite(0xC0AE)).isTrue();
    assertThat(info.offersTls13()).isFalse();
    assertThat(info.serverName()).isEqualTo("sep2.test");
    assertThat(HandshakeDiagnosis.helloProblems(info)).isEmpty();
    Diagnosis d = HandshakeDiagnosis.diagnose(info, HandshakeFailure.peerClosed("EOFException"));
    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.CLIENT_CLOSED);
  }

  @Test
  void pythonDefaultContextOffersNoCcm8() throws Exception {
    ClientHelloInfo info = capture(python(""));

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TLS_HANDSHAKE);
    assertThat(info.serverName()).isEqualTo("sep2.test");
    assertThat(info.offersTls13()).isTrue();
    assertThat(info.cipherSuites()).noneMatch(TlsNames::isCcm);
    assertThat(HandshakeDiagnosis.helloProblems(info))
        .containsExactly(Diagnosis.Cause.SUITE_NOT_OFFERED);
  }

  @Test
  void pythonWithSetCiphersOffersCcm8() throws Exception {
    ClientHelloInfo info = capture(python("ctx.set_ciphers('" + CCM8 + "'); "));

    assertThat(info.offersCipherSuite(0xC0AE)).isTrue();
    assertThat(info.offersTls12()).isTrue();
    assertThat(HandshakeDiagnosis.helloProblems(info)).isEmpty();
  }

  @Test
  void javaSunJsseOffersTls13AndNoCcmSuite() throws Exception {
    SSLContext context = SSLContext.getInstance("TLS", "SunJSSE");
    context.init(null, null, null);
    AtomicReference<Throwable> clientError = new AtomicReference<>();
    byte[] captured =
        HelloCapture.fromThread(
            "sunjsse-client",
            port -> {
              try (SSLSocket socket =
                  (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
                socket.setSoTimeout(5_000);
                socket.startHandshake();
              } catch (IOException | RuntimeException e) {
                clientError.set(e);
              }
            });

    ClientHelloInfo info = ClientHelloParser.parse(captured);
    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TLS_HANDSHAKE);
    assertThat(info.offeredVersions()).contains(TLS_1_3, TLS_1_2);
    assertThat(info.cipherSuites()).noneMatch(TlsNames::isCcm);
    assertThat(info.renegotiationScsv()).isTrue();
    assertThat(info.clientStack().stack()).isEqualTo(TlsStack.SUNJSSE);
    assertThat(clientError.get()).as("the client saw the connection close").isNotNull();

    Diagnosis d = HandshakeDiagnosis.diagnose(info, HandshakeFailure.alertSent(40, null));
    assertThat(d.cause()).isEqualTo(Diagnosis.Cause.SUITE_NOT_OFFERED);
    assertThat(d.reason())
        .contains("looks like Java SunJSSE")
        .contains("which has no CCM_8 suites at all");
    assertThat(d.lines().get(0)).startsWith("Client stack: Java SunJSSE");
    assertThat(d.fix()).contains("SunJSSE (the JDK's built-in TLS, any Java version)");
  }

  @Test
  void everySuiteOpenSslKnowsHasItsStandardName() throws Exception {
    String output =
        Tool.OPENSSL
            .command("ciphers", "-V", "-stdname", "ALL:COMPLEMENTOFALL:@SECLEVEL=0")
            .run()
            .output();
    int checked = 0;
    for (String line : output.split("\n")) {
      String[] parts = line.trim().split("\\s+");
      if (parts.length < 3 || !parts[0].startsWith("0x")) {
        continue;
      }
      int code = Integer.parseInt(parts[0].replace("0x", "").replace(",", ""), 16);
      assertThat(TlsNames.cipherSuite(code)).as(line).isEqualTo(parts[2]);
      checked++;
    }
    assertThat(checked).as(output).isGreaterThan(100);
  }

  // ------------------------------------------------------------------ capture helpers

  /** What {@code command} ({@code PORT}: the capturing port) sent first, parsed. */
  private static ClientHelloInfo capture(String... command) throws IOException {
    return ClientHelloParser.parse(HelloCapture.fromCommand(command));
  }

  /** Like {@link #capture(String...)}. */
  private static ClientHelloInfo capture(SClient sClient) throws IOException {
    return ClientHelloParser.parse(HelloCapture.fromCommand(sClient.command()));
  }

  /** {@code openssl s_client -tls1_2 -cipher ECDHE-ECDSA-AES128-CCM8} to the capturing port. */
  private static SClient sClientCcm8() {
    return SClient.connect("127.0.0.1:PORT").tls12Ccm8();
  }

  private static String[] python(String configure) {
    String script =
        "import socket, ssl, sys\n"
            + "ctx = ssl.create_default_context(); ctx.check_hostname = False;"
            + " ctx.verify_mode = ssl.CERT_NONE; "
            + configure
            + "\n"
            + "s = socket.create_connection(('127.0.0.1', int(sys.argv[1])), 5)\n"
            + "ctx.wrap_socket(s, server_hostname='sep2.test')\n";
    return new String[] {"python3", "-c", script, "PORT"};
  }
}
