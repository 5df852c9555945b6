package io.sep2.it.interop;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.keystore.KeystoreWriter;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.testing.ClientHelloBuilder;
import io.sep2.testing.ExternalCommand;
import io.sep2.testing.OpenSslVersion;
import io.sep2.testing.SClient;
import io.sep2.testing.Tool;
import io.sep2.tls.diagnostics.Diagnosis.Cause;
import io.sep2.tls.diagnostics.TlsNames;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * A client set up the way 2030.5 forbids; the server must answer with a TLS alert and record a
 * reason that names the cause.
 *
 * @param client the client's name in the matrix
 * @param version its installed version (shown, never compared)
 * @param scenario what is wrong with it
 * @param alert the alert description the server must send
 * @param cause the diagnosis the server must record
 * @param reasonMentions text the recorded reason, fix or "also" lines must contain
 * @param clientSees text the client's own output must contain ({@code null}: only a non-zero exit)
 * @param attempt what the client does; returns the client's output
 */
record FailingClient(
    String client,
    Supplier<String> version,
    String scenario,
    int alert,
    Cause cause,
    List<String> reasonMentions,
    String clientSees,
    Attempt attempt) {

  /** What the client does against the endpoint; {@code pki} is the server's PKI. */
  @FunctionalInterface
  interface Attempt {
    String run(Endpoint endpoint, Sep2Pki pki) throws Exception;
  }

  /** The matrix's Expected cell, e.g. {@code alert 40 handshake_failure; SUITE_NOT_OFFERED}. */
  String expected() {
    return TlsNames.describeAlert(alert) + "; " + cause;
  }

  @Override
  public String toString() {
    return client + ": " + scenario;
  }

  private static final Duration LIMIT = Duration.ofSeconds(15);
  private static final String S_CLIENT = "openssl s_client";

  /** The clients that must fail, in matrix order. */
  static List<FailingClient> all() {
    Supplier<String> openssl = () -> Tools.version(Tool.OPENSSL);
    return List.of(
        new FailingClient(
            S_CLIENT,
            openssl,
            "GCM only, the Postman/BoringSSL suite (`-cipher ECDHE-ECDSA-AES128-GCM-SHA256`)",
            40,
            Cause.SUITE_NOT_OFFERED,
            List.of(
                "did not offer cipher suite TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8",
                "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"),
            "alert handshake failure",
            (e, pki) -> sClient(e, true, "-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-GCM-SHA256")),
        new FailingClient(
            "raw ClientHello (Java socket)",
            () -> "Chrome/Postman shape",
            "BoringSSL ClientHello: GREASE, TLS 1.3 first, GCM/ChaCha20, no CCM",
            40,
            Cause.SUITE_NOT_OFFERED,
            List.of("did not offer cipher suite TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", "BoringSSL"),
            "alert 40",
            (e, pki) -> chromeLikeHello(e)),
        new FailingClient(
            S_CLIENT,
            openssl,
            "TLS 1.3 only (`-tls1_3`)",
            70,
            Cause.TLS13_ONLY,
            List.of("only TLS 1.3", "TLS 1.2"),
            "alert protocol version",
            (e, pki) -> sClient(e, true, "-tls1_3")),
        legacyOnly(openssl, "TLS 1.1", "-tls1_1"),
        legacyOnly(openssl, "TLS 1.0", "-tls1"),
        new FailingClient(
            S_CLIENT,
            openssl,
            "X25519 only (`-groups X25519`)",
            40,
            Cause.NO_SECP256R1,
            List.of("x25519", "secp256r1"),
            "alert handshake failure",
            (e, pki) ->
                sClient(
                    e,
                    true,
                    "-tls1_2",
                    "-cipher",
                    OpenSslVersion.ccm8Cipher(),
                    "-groups",
                    "X25519")),
        new FailingClient(
            S_CLIENT,
            openssl,
            "no client certificate",
            40,
            Cause.NO_CLIENT_CERTIFICATE,
            List.of("sent no certificate", "mutual TLS"),
            "alert handshake failure",
            (e, pki) -> sClient(e, false, "-tls1_2", "-cipher", OpenSslVersion.ccm8Cipher())),
        new FailingClient(
            S_CLIENT,
            openssl,
            "RSA client certificate (issued by the trusted MICA with openssl; OpenSSL withholds it"
                + " from the ECDSA-only CertificateRequest)",
            40,
            Cause.NO_CLIENT_CERTIFICATE,
            List.of("sent no certificate", "ECDSA P-256 certificate"),
            "alert handshake failure",
            FailingClient::rsaCertificate),
        new FailingClient(
            S_CLIENT,
            openssl,
            "device certificate from an unknown CA (another seed's PKI)",
            48,
            Cause.CLIENT_CERTIFICATE_UNTRUSTED,
            List.of("does not chain to a trusted root", "SERCA"),
            "alert unknown ca",
            FailingClient::unknownCa),
        new FailingClient(
            "curl",
            () -> Tools.version(Tool.CURL),
            "plain HTTP on the TLS port (`http://`)",
            10,
            Cause.PLAIN_HTTP,
            List.of("plain-text HTTP request", "HTTPS"),
            null,
            (e, pki) ->
                run(
                    Tool.CURL.command(
                        "-sS", "--max-time", "10", "http://" + e.address() + "/dcap"))));
  }

  /** openssl s_client offering only {@code version}, with {@code flag} and a suite it has. */
  private static FailingClient legacyOnly(Supplier<String> openssl, String version, String flag) {
    return new FailingClient(
        S_CLIENT,
        openssl,
        version + " only (`" + flag + "`, `@SECLEVEL=0`)",
        70,
        Cause.LEGACY_VERSION_ONLY,
        List.of(version, "requires TLS 1.2"),
        "alert protocol version",
        (e, pki) -> sClient(e, true, flag, "-cipher", "ECDHE-ECDSA-AES128-SHA:@SECLEVEL=0"));
  }

  // ---- attempts ----

  /** {@code openssl s_client} with {@code options}, presenting the device when {@code device}. */
  static String sClient(Endpoint e, boolean device, String... options) {
    SClient sClient = e.sClient().options(options);
    if (device) {
      sClient.cert(e.deviceChain(), e.deviceKey());
    }
    return run(sClient.caFile(e.serca()).options("-brief").command());
  }

  /** Runs {@code command} with an empty standard input; its transcript. */
  private static String run(ExternalCommand command) {
    return command.stdin("").timeout(LIMIT).run().transcript();
  }

  /** Sends the BoringSSL-shaped ClientHello and returns what came back, as hex. */
  private static String chromeLikeHello(Endpoint e) throws Exception {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(e.host(), e.port()), 5000);
      socket.setSoTimeout(5000);
      socket.getOutputStream().write(ClientHelloBuilder.chromeHello().bytes());
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      byte[] reply = in.readNBytes(7);
      String hex = HexFormat.of().formatHex(reply);
      // record type 21 (alert), level 2 (fatal), then the description
      boolean alert = reply.length == 7 && reply[0] == 21 && reply[5] == 2;
      return "server replied " + hex + (alert ? " = fatal alert " + (reply[6] & 0xFF) : "");
    }
  }

  /**
   * An RSA 2048 device certificate made with openssl and signed by the server PKI's MICA, so the
   * only thing wrong with it is the key type; sent with its MICA and MCA.
   */
  private static String rsaCertificate(Endpoint e, Sep2Pki pki) throws Exception {
    Path dir = e.work().resolve("rsa-device");
    Files.createDirectories(dir);
    Path micaCert = dir.resolve("mica.pem");
    Path micaKey = dir.resolve("mica-key.pem");
    KeystoreWriter.writeCertificatesPem(micaCert, List.of(pki.mica().orElseThrow().certificate()));
    KeystoreWriter.writePrivateKeyPem(micaKey, pki.mica().orElseThrow().privateKey());
    Path key = dir.resolve("rsa-key.pem");
    Path csr = dir.resolve("rsa.csr");
    Path cert = dir.resolve("rsa-cert.pem");
    StringBuilder out = new StringBuilder();
    out.append(
        run(
            Tool.OPENSSL.command(
                "req",
                "-new",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                key.toString(),
                "-subj",
                "/CN=RSA device",
                "-out",
                csr.toString())));
    out.append(
        run(
            Tool.OPENSSL.command(
                "x509",
                "-req",
                "-in",
                csr.toString(),
                "-CA",
                micaCert.toString(),
                "-CAkey",
                micaKey.toString(),
                "-set_serial",
                "7",
                "-days",
                "2",
                "-sha256",
                "-out",
                cert.toString())));
    Path chain = dir.resolve("rsa-chain.pem");
    Path intermediates = dir.resolve("intermediates.pem");
    KeystoreWriter.writeCertificatesPem(intermediates, pki.device().intermediates());
    Files.writeString(chain, Files.readString(cert) + Files.readString(intermediates));
    SClient command =
        e.sClient()
            .tls12Ccm8()
            .cert(cert, key)
            .certChain(chain)
            .caFile(e.serca())
            .options("-brief");
    return out + run(command.command());
  }

  /** The first device of another seed's PKI: a 2030.5 certificate the server has no root for. */
  private static String unknownCa(Endpoint e, Sep2Pki pki) throws Exception {
    PkiFiles stranger =
        PkiFiles.write(
            Sep2Pki.builder().seed("interop-stranger").build(), e.work().resolve("stranger"));
    SClient command =
        e.sClient()
            .tls12Ccm8()
            .cert(stranger.deviceChain(), stranger.deviceKey())
            .certChain(stranger.deviceChain())
            .caFile(e.serca())
            .options("-brief");
    return run(command.command());
  }
}
