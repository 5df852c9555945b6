package io.sep2.tls.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.testing.ClientHelloBuilder;
import io.sep2.testing.ExternalCommand;
import io.sep2.testing.HelloCapture;
import io.sep2.testing.OpenSslVersion;
import io.sep2.testing.SClient;
import io.sep2.tls.Sep2ClientTls;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ClientStack#identify} names the TLS stack of real ClientHellos.
 *
 * <p>LIVE hellos are captured at test time from the clients installed on this machine (a missing
 * tool fails the test). RECORDED hellos, for stacks that cannot run here, are real hellos kept in
 * src/test/resources/fingerprints/recorded-hellos.tsv (each row cites where its bytes come from)
 * and are replayed over a loopback TCP connection to the same capturing socket.
 *
 * <pre>
 * client                                   source    expected stack
 * openssl s_client (defaults)              LIVE      OpenSSL (3.x)
 * openssl s_client -tls1_2 -cipher CCM8    LIVE      OpenSSL
 * curl (defaults)                          LIVE      OpenSSL (3.x)
 * curl --tls-max 1.2 --ciphers CCM8        LIVE      OpenSSL
 * python3 ssl (default context)            LIVE      OpenSSL (3.x)
 * node tls.connect (defaults)              LIVE      OpenSSL (3.x)
 * gnutls-cli (defaults)                    LIVE      GnuTLS
 * gnutls-cli +AES-128-CCM-8, no TLS 1.3    LIVE      GnuTLS
 * Java SSLSocket, SunJSSE                  LIVE      SunJSSE (JDK 11 or later)
 * Java SSLSocket, BCJSSE defaults          LIVE      BCJSSE
 * Sep2ClientTls (BCJSSE, CCM_8 only)       LIVE      BCJSSE
 * Postman-like hello (ClientHelloBuilder)  RECORDED  BoringSSL  (structure of Chrome/Postman)
 * Chrome                                   RECORDED  BoringSSL  (FoxIO pcap)
 * Firefox                                  RECORDED  NSS        (FoxIO pcap)
 * Windows WinINet / SChannel with ALPN     RECORDED  SChannel   (FoxIO pcaps)
 * rustls                                   RECORDED  rustls     (ja3-rustls crate)
 * Go 1.19 crypto/tls                       RECORDED  Go         (Debian golang-1.19)
 * Mbed TLS 2.28.3                          RECORDED  Mbed TLS   (Debian libmbedtls)
 * wolfSSL 5.5.4                            RECORDED  wolfSSL    (Debian libwolfssl)
 * </pre>
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClientStackIdentificationTest {

  /** openssl s_client with its defaults. */
  private static final String[] OPENSSL_DEFAULTS = {
    "openssl", "s_client", "-connect", "127.0.0.1:PORT"
  };

  /** gnutls-cli with the priority string {@link TlsStack#GNUTLS} advises. */
  private static final String[] GNUTLS_CCM8 = {
    "gnutls-cli",
    "--insecure",
    "--priority",
    "NORMAL:-VERS-TLS1.3:+AES-128-CCM-8",
    "-p",
    "PORT",
    "127.0.0.1"
  };

  /** Where a hello comes from. */
  enum Source {
    /** Captured at test time from a client running on this machine. */
    LIVE,
    /** Stored bytes of a real hello, replayed over TCP. */
    RECORDED
  }

  /** One row of the table above. */
  record Case(String client, Source source, TlsStack expected, Callable<byte[]> hello) {
    @Override
    public String toString() {
      return source + " " + client;
    }
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(live("openssl s_client", TlsStack.OPENSSL, OPENSSL_DEFAULTS));
    cases.add(
        live(
            "openssl s_client -tls1_2 -cipher CCM8",
            TlsStack.OPENSSL,
            SClient.connect("127.0.0.1:PORT")
                .tls12Ccm8()
                .options("-servername", "sep2.test")
                .command()));
    cases.add(
        live(
            "curl", TlsStack.OPENSSL, "curl", "-sk", "--max-time", "5", "https://127.0.0.1:PORT/"));
    cases.add(
        live(
            "curl --tls-max 1.2 --ciphers CCM8",
            TlsStack.OPENSSL,
            "curl",
            "-sk",
            "--max-time",
            "5",
            "--tls-max",
            "1.2",
            "--ciphers",
            OpenSslVersion.CCM8,
            "https://127.0.0.1:PORT/dcap"));
    cases.add(
        live(
            "python3 ssl",
            TlsStack.OPENSSL,
            "python3",
            "-c",
            "import socket, ssl, sys\n"
                + "ctx = ssl.create_default_context(); ctx.check_hostname = False;"
                + " ctx.verify_mode = ssl.CERT_NONE\n"
                + "s = socket.create_connection(('127.0.0.1', int(sys.argv[1])), 5)\n"
                + "ctx.wrap_socket(s, server_hostname='sep2.test')\n",
            "PORT"));
    cases.add(
        live(
            "node tls.connect",
            TlsStack.OPENSSL,
            "node",
            "-e",
            "const s = require('tls').connect({host: '127.0.0.1', port: +process.argv[1],"
                + " servername: 'sep2.test', rejectUnauthorized: false});"
                + " s.on('error', () => process.exit(0)); setTimeout(() => process.exit(0), 5000);",
            "PORT"));
    cases.add(
        live("gnutls-cli", TlsStack.GNUTLS, "gnutls-cli", "--insecure", "-p", "PORT", "127.0.0.1"));
    cases.add(live("gnutls-cli +AES-128-CCM-8", TlsStack.GNUTLS, GNUTLS_CCM8));
    cases.add(
        new Case(
            "Java SSLSocket (SunJSSE)",
            Source.LIVE,
            TlsStack.SUNJSSE,
            () -> java(sunJsse().getSocketFactory())));
    cases.add(
        new Case(
            "Java SSLSocket (BCJSSE defaults)",
            Source.LIVE,
            TlsStack.BCJSSE,
            () -> java(bcJsse().getSocketFactory())));
    cases.add(
        new Case(
            "Sep2ClientTls (BCJSSE, CCM_8)",
            Source.LIVE,
            TlsStack.BCJSSE,
            () -> {
              Sep2Pki pki = Sep2Pki.builder().seed("fingerprint").build();
              return java(
                  Sep2ClientTls.builder()
                      .clientCertificate(pki.device())
                      .trust(pki.serca().certificate())
                      .build()
                      .socketFactory());
            }));
    cases.add(
        new Case(
            "Postman-like hello (ClientHelloBuilder)",
            Source.RECORDED,
            TlsStack.BORINGSSL,
            () -> HelloCapture.replay(ClientHelloBuilder.boringSslHello().bytes())));
    for (Ja3Ja4Test.Vectors.Recorded r : Ja3Ja4Test.Vectors.recorded()) {
      cases.add(
          new Case(r.name(), Source.RECORDED, r.stack(), () -> HelloCapture.replay(r.bytes())));
    }
    return cases;
  }

  static Stream<Case> table() {
    return cases().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void namesTheStack(Case c) throws Exception {
    byte[] bytes = c.hello().call();
    ClientHelloInfo info = ClientHelloParser.parse(bytes);
    assertThat(info.isCompleteHello()).as("%s sent a complete hello: %s", c, info).isTrue();

    ClientStack stack = ClientStack.identify(info);

    assertThat(stack.stack())
        .as("%s\n%s\n%s", stack.summary(), info.summary(), stack.ja4())
        .isEqualTo(c.expected());
    assertThat(stack.evidence()).isNotEmpty();
    assertThat(stack.summary())
        .startsWith("Client stack: " + stack.name() + " (")
        .contains(stack.evidence().get(0));
    assertThat(stack.ja3()).isEqualTo(Ja3.string(info));
    assertThat(stack.ja3Hash()).hasSize(32);
    assertThat(stack.ja4()).isEqualTo(Ja4.fingerprint(info));
    assertThat(stack.fixAdvice()).isEqualTo(c.expected().fixAdvice());
  }

  @Test
  void aReplayedPostmanHelloIsBoringSslWithItsEvidence() throws Exception {
    ClientStack stack =
        ClientStack.identify(
            ClientHelloParser.parse(
                HelloCapture.replay(ClientHelloBuilder.boringSslHello().bytes())));

    assertThat(stack.stack()).isEqualTo(TlsStack.BORINGSSL);
    assertThat(stack.summary())
        .startsWith("Client stack: BoringSSL (Chrome, Postman, Electron) (GREASE values")
        .contains("BoringSSL's fixed order");
    assertThat(stack.stack().ccm8()).isEqualTo(TlsStack.Ccm8Support.NOT_AVAILABLE);
    assertThat(stack.fixAdvice())
        .contains("no CCM cipher suites")
        .contains("ECDHE-ECDSA-AES128-CCM8");
  }

  @Test
  void versionFamiliesAreNamedWhereCheap() throws Exception {
    ClientStack openssl =
        ClientStack.identify(ClientHelloParser.parse(HelloCapture.fromCommand(OPENSSL_DEFAULTS)));
    ClientStack java =
        ClientStack.identify(ClientHelloParser.parse(java(sunJsse().getSocketFactory())));

    assertThat(openssl.name()).isEqualTo("OpenSSL 3.x (curl, Python, Node.js)");
    assertThat(openssl.evidence()).anyMatch(e -> e.contains("both compressed forms"));
    assertThat(java.name()).isEqualTo("Java SunJSSE (JDK 11 or later)");
  }

  @Test
  void theAdvisedGnuTlsPriorityOffersCcm8() throws Exception {
    ClientHelloInfo info = ClientHelloParser.parse(HelloCapture.fromCommand(GNUTLS_CCM8));

    assertThat(info.offersCipherSuite(0xC0AE)).isTrue();
    assertThat(info.offersTls13()).isFalse();
    assertThat(TlsStack.GNUTLS.fixAdvice()).contains("NORMAL:-VERS-TLS1.3:+AES-128-CCM-8");
  }

  @Test
  void everyStackSaysWhetherItCanDoCcm8AndHowToFixTheClient() {
    for (TlsStack stack : TlsStack.values()) {
      assertThat(stack.fixAdvice()).as(stack.name()).isNotBlank();
      assertThat(stack.displayName()).isNotBlank();
    }
    assertThat(TlsStack.SUNJSSE.ccm8()).isEqualTo(TlsStack.Ccm8Support.NOT_AVAILABLE);
    assertThat(TlsStack.GO.ccm8()).isEqualTo(TlsStack.Ccm8Support.NOT_AVAILABLE);
    assertThat(TlsStack.RUSTLS.ccm8()).isEqualTo(TlsStack.Ccm8Support.NOT_AVAILABLE);
    assertThat(TlsStack.SCHANNEL.ccm8()).isEqualTo(TlsStack.Ccm8Support.NOT_AVAILABLE);
    assertThat(TlsStack.OPENSSL.fixAdvice())
        .contains("-cipher ECDHE-ECDSA-AES128-CCM8")
        .contains(":@SECLEVEL=0");
    assertThat(TlsStack.GNUTLS.fixAdvice()).contains("+AES-128-CCM-8");
    assertThat(TlsStack.SUNJSSE.fixAdvice()).contains("Bouncy Castle");
    assertThat(TlsStack.MBEDTLS.fixAdvice()).contains("MBEDTLS_CCM_C");
    assertThat(TlsStack.WOLFSSL.fixAdvice()).contains("--enable-aesccm");
  }

  @Test
  void anUnrecognisedHelloIsUnknownWithItsFingerprints() {
    ClientHelloInfo info =
        ClientHelloParser.parse(
            ClientHelloBuilder.hello().suites(0xC0AE).groups(0x0017).sigalgs(0x0403).bytes());

    ClientStack stack = ClientStack.identify(info);

    assertThat(stack.stack()).isEqualTo(TlsStack.UNKNOWN);
    assertThat(stack.evidence()).isEmpty();
    assertThat(stack.summary())
        .isEqualTo(
            "Client stack: unknown (JA3 "
                + Ja3.hash(info)
                + ", JA4 "
                + Ja4.fingerprint(info)
                + ")");
  }

  // ------------------------------------------------------------------ helpers

  private static Case live(String client, TlsStack expected, String... command) {
    return new Case(client, Source.LIVE, expected, () -> HelloCapture.fromCommand(command));
  }

  private static Case live(String client, TlsStack expected, ExternalCommand command) {
    return new Case(client, Source.LIVE, expected, () -> HelloCapture.fromCommand(command));
  }

  static byte[] java(SSLSocketFactory factory) throws Exception {
    return HelloCapture.fromThread(
        "java-client",
        port -> {
          try (SSLSocket socket = (SSLSocket) factory.createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            SSLParameters params = socket.getSSLParameters();
            params.setServerNames(List.of(new SNIHostName("sep2.test")));
            socket.setSSLParameters(params);
            socket.startHandshake();
          } catch (IOException | RuntimeException e) {
            // the capturing side closes without answering
          }
        });
  }

  static SSLContext sunJsse() throws Exception {
    SSLContext context = SSLContext.getInstance("TLS", "SunJSSE");
    context.init(null, null, null);
    return context;
  }

  static SSLContext bcJsse() throws Exception {
    SSLContext context =
        SSLContext.getInstance("TLS", new BouncyCastleJsseProvider(new BouncyCastleProvider()));
    context.init(null, null, null);
    return context;
  }
}
