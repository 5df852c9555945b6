package io.sep2.tls.diagnostics;

import io.sep2.pki.profile.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ExtensionType;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.SignatureScheme;

/**
 * Explains a failed handshake with the mock IEEE 2030.5 server in plain words.
 *
 * <p>The server accepts exactly one configuration, the one IEEE 2030.5 (and so CSIP / Rule 21
 * COMM-003) mandates: TLS 1.2, cipher suite {@code TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8} (0xC0AE),
 * the secp256r1 group, the {@code ecdsa_secp256r1_sha256} signature scheme, and a client
 * certificate from the 2030.5 PKI. Anything else ends in a terse TLS alert - typically alert 40
 * {@code handshake_failure}, which only says "no acceptable parameters" - and the client's error
 * message rarely says more. The usual culprit is a client stack that has no CCM_8 at all: a tool
 * like Postman (BoringSSL) sends 18 suites with TLS 1.3 first and none of them is 0xC0AE.
 *
 * <p>{@link #diagnose} looks at the raw ClientHello ({@link ClientHelloParser}) and at what the
 * server observed ({@link HandshakeFailure}) and names the first problem, lists further ones, and
 * says what to change, naming the stacks that can and cannot do CCM_8. It never throws.
 */
public final class HandshakeDiagnosis {

  private static final int TLS_1_3 = 0x0304;

  /** TLS stacks that implement TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 and how to enable it. */
  static final String HOW_TO_ENABLE_CCM8 =
      "Use a TLS stack that implements CCM_8 and enable the suite explicitly (it is never on by"
          + " default): OpenSSL `openssl s_client -tls1_2 -cipher ECDHE-ECDSA-AES128-CCM8`"
          + " (OpenSSL 3.2 and later: `-cipher ECDHE-ECDSA-AES128-CCM8:@SECLEVEL=0`); curl"
          + " `--ciphers ECDHE-ECDSA-AES128-CCM8 --tls-max 1.2`; Python"
          + " `ctx.set_ciphers('ECDHE-ECDSA-AES128-CCM8')`; GnuTLS `gnutls-cli --priority"
          + " NORMAL:+AES-128-CCM-8`; Node.js `ciphers: 'ECDHE-ECDSA-AES128-CCM8'`; Java: the"
          + " Bouncy Castle JSSE provider (bctls) with TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 passed"
          + " to setEnabledCipherSuites; mbedTLS and wolfSSL (built with --enable-aesccm) also"
          + " have it.";

  /** TLS stacks that cannot do TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 at all. */
  static final String CANNOT_DO_CCM8 =
      "These cannot do CCM_8 at all, whatever you configure: SunJSSE (the JDK's built-in TLS,"
          + " any Java version), BoringSSL (Chrome, Postman, Electron apps), Go's crypto/tls,"
          + " rustls and Windows SChannel.";

  private static final String TRUST_SERVER_FIX =
      "Make the client trust the server's 2030.5 root (the SERCA of the server's test PKI, not a"
          + " public CA), e.g. OpenSSL `-CAfile serca.pem`, Python"
          + " `ctx.load_verify_locations('serca.pem')`, Java a trust store holding the SERCA; and"
          + " turn off host-name verification, because 2030.5 server certificates carry no host"
          + " name (curl `-k`; Python `ctx.check_hostname = False`; Java: leave the endpoint"
          + " identification algorithm unset).";

  private HandshakeDiagnosis() {}

  /**
   * Explains a failed handshake.
   *
   * @param hello what the client sent first, or {@code null} when nothing was captured
   * @param failure what the server observed, or {@code null} when unknown
   * @return the diagnosis; never {@code null}
   */
  public static Diagnosis diagnose(ClientHelloInfo hello, HandshakeFailure failure) {
    HandshakeFailure f =
        failure != null
            ? failure
            : new HandshakeFailure(FailureKind.OTHER, -1, -1, null, false, null);
    try {
      return diagnoseUnchecked(hello, f);
    } catch (RuntimeException e) {
      return new Diagnosis(
          Diagnosis.Cause.OTHER,
          "The handshake failed" + alertClause(f.alertSent()) + ".",
          "See the detail.",
          f.alertSent(),
          List.of(),
          f.message() + " (diagnosis failed: " + e + ")");
    }
  }

  /**
   * Returns the problems in a complete ClientHello that prevent a 2030.5 handshake, most
   * fundamental first (version, cipher suite, group, signature scheme, point format); empty when
   * the hello offers everything the server needs, or when it is not a complete hello.
   */
  public static List<Diagnosis.Cause> helloProblems(ClientHelloInfo hello) {
    if (hello == null || !hello.isCompleteHello()) {
      return List.of();
    }
    return helloFindings(hello, -1).stream().map(Finding::cause).toList();
  }

  private record Finding(Diagnosis.Cause cause, String reason, String fix) {}

  private static Diagnosis diagnoseUnchecked(ClientHelloInfo hello, HandshakeFailure f) {
    int alert = f.alertSent();
    String detail = f.message();
    switch (f.kind()) {
      case NO_CLIENT_CERTIFICATE:
        return noClientCertificate(alert, detail);
      case CLIENT_CERTIFICATE_UNTRUSTED:
        return new Diagnosis(
            Diagnosis.Cause.CLIENT_CERTIFICATE_UNTRUSTED,
            "The client's certificate chain does not lead to a trust anchor the server was started"
                + " with"
                + findingClause(f.certificateFinding())
                + alertClause(alert)
                + ".",
            "Issue the device certificate from the server's test PKI (its SERCA and MICA) or add"
                + " your SERCA to the server's trust anchors, and have the client send the whole"
                + " chain (device certificate plus MICA, and MCA if used), not the device"
                + " certificate alone.",
            alert,
            List.of(),
            detail);
      case CLIENT_CERTIFICATE_NOT_PROFILE:
        return new Diagnosis(
            Diagnosis.Cause.CLIENT_CERTIFICATE_NOT_PROFILE,
            "The client's certificate chain is trusted but does not meet the IEEE 2030.5"
                + " certificate profile"
                + findingClause(f.certificateFinding())
                + alertClause(alert)
                + ".",
            "Reissue the certificate to the 2030.5 profile (IEEE 2030.5 section 6.11: P-256 keys"
                + " signed with ecdsa-with-SHA256; device certificate with an empty subject, a"
                + " critical subjectAltName holding one HardwareModuleName, critical keyUsage and"
                + " certificatePolicies, notAfter 99991231235959Z), or start the server in its"
                + " lenient certificate mode to let the client in while you fix it.",
            alert,
            List.of(),
            detail);
      default:
        break;
    }

    if (hello != null) {
      Diagnosis byShape = diagnoseShape(hello, f);
      if (byShape != null) {
        return byShape;
      }
      boolean negotiationFailure =
          f.kind() == FailureKind.ALERT_SENT
              || f.kind() == FailureKind.PEER_CLOSED
              || f.kind() == FailureKind.TIMEOUT
              || f.kind() == FailureKind.OTHER;
      if (hello.isCompleteHello() && negotiationFailure) {
        List<Finding> findings = helloFindings(hello, alert);
        if (!findings.isEmpty()) {
          Finding first = findings.get(0);
          List<String> also = new ArrayList<>();
          for (int i = 1; i < findings.size(); i++) {
            also.add(findings.get(i).reason());
          }
          return new Diagnosis(first.cause(), first.reason(), first.fix(), alert, also, detail);
        }
      }
    }

    boolean goodHello = hello != null && hello.isCompleteHello();
    switch (f.kind()) {
      case ALERT_RECEIVED:
        return clientAlert(f, goodHello);
      case PEER_CLOSED:
        return new Diagnosis(
            Diagnosis.Cause.CLIENT_CLOSED,
            "The client closed the connection in the middle of the handshake"
                + (goodHello
                    ? ", after a ClientHello the server could accept (TLS 1.2, 0xC0AE, secp256r1,"
                        + " ecdsa_secp256r1_sha256), so the server had already sent its"
                        + " certificate and asked for the client's. Clients do this when they"
                        + " reject the server's certificate without sending an alert, or when they"
                        + " fail or are stopped during the handshake."
                    : "."),
            "Look at the client's log. Most often: " + TRUST_SERVER_FIX,
            alert,
            List.of(),
            detail);
      case TIMEOUT:
        return new Diagnosis(
            Diagnosis.Cause.TIMEOUT,
            "The client stopped answering in the middle of the handshake and the server's read"
                + " timed out"
                + (goodHello ? " after an acceptable ClientHello" : "")
                + ".",
            "Look at the client's log: it may be blocked (on a prompt, a slow certificate check, a"
                + " debugger) or waiting for something the server will not send.",
            alert,
            List.of(),
            detail);
      case ALERT_SENT:
        if (alert == AlertDescription.certificate_required) {
          return noClientCertificate(alert, detail);
        }
        if (alert == AlertDescription.unknown_ca) {
          return new Diagnosis(
              Diagnosis.Cause.CLIENT_CERTIFICATE_UNTRUSTED,
              "The server rejected the client's certificate chain: it does not lead to a trusted"
                  + " 2030.5 root"
                  + alertClause(alert)
                  + ".",
              "Issue the device certificate from the server's test PKI or add your SERCA to the"
                  + " server's trust anchors, and send the whole chain.",
              alert,
              List.of(),
              detail);
        }
        return new Diagnosis(
            Diagnosis.Cause.SERVER_ALERT,
            "The server aborted the handshake with "
                + TlsNames.describeAlert(alert)
                + meaningClause(alert)
                + (goodHello ? ", although the ClientHello offered everything 2030.5 needs." : "."),
            f.clientCertificateSent()
                ? "The client had sent a certificate, so the server most likely objected to it:"
                    + " check that it is an ECDSA P-256 certificate issued under the SERCA the"
                    + " server trusts and that the client signed its CertificateVerify with"
                    + " ecdsa_secp256r1_sha256. The detail says more."
                : "See the detail for what the server objected to.",
            alert,
            List.of(),
            detail);
      default:
        return new Diagnosis(
            Diagnosis.Cause.OTHER,
            "The handshake failed" + alertClause(alert) + ".",
            "This is not a known client mistake; see the detail.",
            alert,
            List.of(),
            detail);
    }
  }

  /** Diagnoses anything that is not a complete, well-formed ClientHello, else returns null. */
  private static Diagnosis diagnoseShape(ClientHelloInfo hello, HandshakeFailure f) {
    int alert = f.alertSent();
    String detail = f.message();
    switch (hello.kind()) {
      case EMPTY:
        if (f.kind() == FailureKind.TIMEOUT) {
          return new Diagnosis(
              Diagnosis.Cause.NOTHING_SENT,
              "The client opened the TCP connection but sent nothing before the server's read timed"
                  + " out. In TLS the client speaks first, so this client is waiting for"
                  + " something else.",
              "Check that the client is configured for HTTPS (TLS from the first byte), not for a"
                  + " plain-text protocol or STARTTLS.",
              alert,
              List.of(),
              detail);
        }
        return new Diagnosis(
            Diagnosis.Cause.NOTHING_SENT,
            "The client opened the TCP connection and closed it without sending anything.",
            "Port probes and health checks do this. If it was your client, it gave up before"
                + " starting TLS: look at its log (common causes: it could not load its key store"
                + " or trust store, or it has no cipher suite it is willing to use).",
            alert,
            List.of(),
            detail);
      case PLAIN_HTTP:
        return new Diagnosis(
            Diagnosis.Cause.PLAIN_HTTP,
            "The client sent a plain-text HTTP request (\""
                + hello.preview()
                + "\") to the TLS port. The server speaks only HTTPS (TLS 1.2 with mutual"
                + " authentication)"
                + alertClause(alert)
                + ".",
            "Use an https:// URL for this port, with a client that can do"
                + " TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 and presents a device certificate, e.g."
                + " `curl -k --tls-max 1.2 --ciphers ECDHE-ECDSA-AES128-CCM8 --cert device.pem"
                + " --key device-key.pem https://HOST:PORT/dcap`.",
            alert,
            List.of(),
            detail);
      case SSLV2_HELLO:
        return new Diagnosis(
            Diagnosis.Cause.SSLV2_HELLO,
            "The client sent an SSL 2.0-format ClientHello (the \"SSLv2Hello\" compatibility"
                + " format, client_version "
                + TlsNames.version(hello.clientVersion())
                + ", "
                + hello.cipherSuites().size()
                + " TLS suites). That format cannot carry the extensions a 2030.5 handshake needs"
                + " (supported_groups, signature_algorithms) and the server accepts only a TLS 1.2"
                + " ClientHello"
                + alertClause(alert)
                + ".",
            "Stop sending the SSLv2 hello: in Java remove \"SSLv2Hello\" from setEnabledProtocols"
                + " (or jdk.tls.client.protocols); for other stacks upgrade the TLS library"
                + " (OpenSSL 1.1.0 and later never send it). Then offer TLS 1.2 with 0xC0AE. "
                + HOW_TO_ENABLE_CCM8,
            alert,
            List.of(),
            detail);
      case NOT_TLS:
        return new Diagnosis(
            Diagnosis.Cause.NOT_TLS,
            "The first bytes on the connection are not a TLS ClientHello: "
                + hello.preview()
                + (hello.problem() != null ? " - " + hello.problem() : "")
                + ". The server speaks only TLS 1.2"
                + alertClause(alert)
                + ".",
            "Point a TLS client at this port. If you did not expect this connection, something"
                + " else (a proxy, health check or port scanner) is connecting to it.",
            alert,
            List.of(),
            detail);
      case TRUNCATED:
        return new Diagnosis(
            Diagnosis.Cause.TRUNCATED_HELLO,
            "The client's ClientHello arrived incomplete ("
                + hello.problem()
                + ")"
                + (f.kind() == FailureKind.PEER_CLOSED
                    ? ": the client closed or reset the connection before sending the rest"
                    : f.kind() == FailureKind.TIMEOUT
                        ? ": the client stopped sending and the server's read timed out"
                        : "")
                + alertClause(alert)
                + ".",
            "Look at the client's log for why it stopped; a proxy or firewall that cuts"
                + " connections can also cause this.",
            alert,
            List.of(),
            detail);
      case TLS_HANDSHAKE:
        if (hello.malformed()) {
          return new Diagnosis(
              Diagnosis.Cause.MALFORMED_HELLO,
              "The client's ClientHello is malformed ("
                  + hello.problem()
                  + ")"
                  + alertClause(alert)
                  + ".",
              "Use a standard TLS library. If this is one, capture the connection (e.g. with"
                  + " Wireshark) and report the bug to its maintainers.",
              alert,
              List.of(),
              detail);
        }
        return null;
      default:
        return null;
    }
  }

  private static List<Finding> helloFindings(ClientHelloInfo hello, int alert) {
    List<Finding> findings = new ArrayList<>();
    String alertText = alertClause(alert);

    if (!hello.offersTls12()) {
      List<Integer> offered = hello.offeredVersions();
      String list = String.join(", ", hello.offeredVersionNames());
      boolean tls13 = offered.stream().anyMatch(v -> v == TLS_1_3 || (v & 0xFF00) == 0x7F00);
      if (tls13) {
        findings.add(
            new Finding(
                Diagnosis.Cause.TLS13_ONLY,
                "The client offered only TLS 1.3 (supported_versions: "
                    + list
                    + "). IEEE 2030.5 requires TLS 1.2 and this server speaks nothing else"
                    + alertText
                    + ".",
                "Allow TLS 1.2 on the client: OpenSSL `-tls1_2`; curl `--tls-max 1.2`; Python"
                    + " `ctx.maximum_version = ssl.TLSVersion.TLSv1_2`; Java"
                    + " `socket.setEnabledProtocols(new String[] {\"TLSv1.2\"})`; GnuTLS"
                    + " `--priority NORMAL:-VERS-ALL:+VERS-TLS1.2:+AES-128-CCM-8`."));
      } else {
        findings.add(
            new Finding(
                Diagnosis.Cause.LEGACY_VERSION_ONLY,
                "The client offers at most "
                    + (offered.isEmpty() ? "an unknown version" : TlsNames.version(max(offered)))
                    + (hello.hasExtension(ExtensionType.supported_versions)
                        ? " (supported_versions: " + list + ")"
                        : " (client_version " + TlsNames.version(hello.clientVersion()) + ")")
                    + ". IEEE 2030.5 requires TLS 1.2"
                    + alertText
                    + ".",
                "Enable TLS 1.2 on the client. Every current TLS library has it on by default, so"
                    + " either a setting limits the version (OpenSSL `-tls1`/`-tls1_1`, curl"
                    + " `--tls-max 1.1`, Java `jdk.tls.client.protocols`) or the library is too old"
                    + " to be used with 2030.5."));
      }
    }

    int ccm8 = CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8;
    if (!hello.offersCipherSuite(ccm8)) {
      StringBuilder reason = new StringBuilder();
      reason
          .append("The client did not offer cipher suite ")
          .append(TlsNames.describeCipherSuite(ccm8))
          .append(", the one suite IEEE 2030.5 allows and the only one this server accepts, so")
          .append(" there is no common suite")
          .append(alertText)
          .append(". It offered ")
          .append(hello.cipherSuites().size())
          .append(hello.cipherSuites().size() == 1 ? " suite" : " suites")
          .append(
              hello.cipherSuites().isEmpty()
                  ? ""
                  : ": "
                      + hello.cipherSuites().stream()
                          .map(TlsNames::cipherSuiteLabel)
                          .collect(Collectors.joining(", ")))
          .append('.');
      List<Integer> versions = hello.offeredVersions();
      if (!versions.isEmpty() && versions.get(0) == TLS_1_3) {
        reason
            .append(" It offered TLS 1.3 first (versions: ")
            .append(String.join(", ", hello.offeredVersionNames()))
            .append("); 2030.5 uses TLS 1.2.");
      }
      List<String> otherCcm =
          hello.cipherSuites().stream()
              .filter(TlsNames::isCcm)
              .map(TlsNames::describeCipherSuite)
              .collect(Collectors.toList());
      if (!otherCcm.isEmpty()) {
        reason
            .append(" It does offer other CCM suites (")
            .append(String.join(", ", otherCcm))
            .append("), but not the ECDHE-ECDSA AES-128 one with the 8-byte tag.");
      }
      String stack = hello.likelyStack();
      if (stack != null) {
        reason
            .append(" The ClientHello looks like ")
            .append(stack)
            .append(", which has no CCM_8 suites at all.");
      }
      findings.add(
          new Finding(
              Diagnosis.Cause.SUITE_NOT_OFFERED,
              reason.toString(),
              HOW_TO_ENABLE_CCM8 + " " + CANNOT_DO_CCM8));
    }

    if (hello.hasExtension(ExtensionType.supported_groups)
        && !hello.supportedGroups().contains(NamedGroup.secp256r1)) {
      findings.add(
          new Finding(
              Diagnosis.Cause.NO_SECP256R1,
              "The client's supported_groups offers "
                  + (hello.supportedGroups().isEmpty()
                      ? "nothing"
                      : String.join(", ", hello.supportedGroupNames()))
                  + " but not secp256r1 (NIST P-256, OpenSSL's prime256v1), the only group a"
                  + " 2030.5 server uses for the ECDHE key exchange"
                  + alertText
                  + ".",
              "Allow secp256r1 on the client: OpenSSL `-groups P-256` (or drop the"
                  + " `-groups`/`-curves` option); curl `--curves prime256v1`; Java"
                  + " `-Djdk.tls.namedGroups=secp256r1` (or leave it unset); GnuTLS"
                  + " `+GROUP-SECP256R1`."));
    }

    if (!hello.hasExtension(ExtensionType.signature_algorithms)) {
      findings.add(
          new Finding(
              Diagnosis.Cause.NO_ECDSA_P256_SHA256,
              "The ClientHello has no signature_algorithms extension, so a TLS 1.2 server must"
                  + " assume the client accepts only SHA-1 signatures (RFC 5246 section"
                  + " 7.4.1.4.1), but a 2030.5 server signs with ecdsa_secp256r1_sha256"
                  + alertText
                  + ".",
              "Use a TLS library that sends signature_algorithms (every TLS 1.2 implementation"
                  + " does) and make sure ecdsa_secp256r1_sha256 is allowed."));
    } else if (!hello.signatureAlgorithms().contains(SignatureScheme.ecdsa_secp256r1_sha256)) {
      findings.add(
          new Finding(
              Diagnosis.Cause.NO_ECDSA_P256_SHA256,
              "The client's signature_algorithms does not include ecdsa_secp256r1_sha256 (0x0403);"
                  + " it offers "
                  + (hello.signatureAlgorithms().isEmpty()
                      ? "nothing"
                      : String.join(", ", hello.signatureAlgorithmNames()))
                  + ". The server's key is ECDSA P-256 and signs with SHA-256, so it cannot"
                  + " produce a signature this client accepts"
                  + alertText
                  + ".",
              "Allow ecdsa_secp256r1_sha256 on the client: OpenSSL `-sigalgs ECDSA+SHA256` (or"
                  + " drop the `-sigalgs` option); Java"
                  + " `-Djdk.tls.client.SignatureSchemes=ecdsa_secp256r1_sha256` (or leave it"
                  + " unset)."));
    }

    if (hello.hasExtension(ExtensionType.ec_point_formats) && !hello.ecPointFormats().contains(0)) {
      findings.add(
          new Finding(
              Diagnosis.Cause.NO_UNCOMPRESSED_POINTS,
              "The client's ec_point_formats does not include uncompressed (0), the only point"
                  + " format the server uses (RFC 8422)"
                  + alertText
                  + ".",
              "Allow the uncompressed point format on the client (every current TLS library"
                  + " does by default)."));
    }
    return findings;
  }

  private static Diagnosis noClientCertificate(int alert, String detail) {
    return new Diagnosis(
        Diagnosis.Cause.NO_CLIENT_CERTIFICATE,
        "The client sent no certificate. IEEE 2030.5 requires mutual TLS: the server asked for"
            + " one (a CertificateRequest for ECDSA certificates signed with"
            + " ecdsa_secp256r1_sha256) and the client answered with an empty Certificate message"
            + alertClause(alert)
            + ".",
        "Give the client its device certificate and key, with the chain (device, MICA and MCA if"
            + " used): OpenSSL `-cert device.pem -key device-key.pem`; curl `--cert device.pem"
            + " --key device-key.pem`; Python `ctx.load_cert_chain('device.pem',"
            + " 'device-key.pem')`; Java: a KeyManager over a key store holding the device key"
            + " entry. A client with a certificate configured still sends none when it does not"
            + " match the request: it must be an ECDSA P-256 certificate issued under the SERCA"
            + " the server trusts.",
        alert,
        List.of(),
        detail);
  }

  private static Diagnosis clientAlert(HandshakeFailure f, boolean goodHello) {
    int received = f.alertReceived();
    String what = TlsNames.describeAlert(received);
    boolean certificateAlert = received >= 42 && received <= 46 || received == 48;
    if (certificateAlert) {
      return new Diagnosis(
          Diagnosis.Cause.SERVER_CERTIFICATE_REJECTED,
          "The client rejected the server's certificate: it sent "
              + what
              + meaningClause(received)
              + ". A 2030.5 server certificate is issued by the 2030.5 root (SERCA) of the"
              + " server's test PKI, not by a public CA, and carries no host name.",
          TRUST_SERVER_FIX,
          f.alertSent(),
          List.of(),
          f.message());
    }
    return new Diagnosis(
        Diagnosis.Cause.CLIENT_ALERT,
        "The client aborted the handshake with "
            + what
            + meaningClause(received)
            + (goodHello ? ", after the server had accepted its ClientHello" : "")
            + ".",
        "Look at the client's log for why it objected to the server's answer (TLS 1.2,"
            + " TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, secp256r1, an ECDSA P-256 certificate and a"
            + " request for the client's certificate).",
        f.alertSent(),
        List.of(),
        f.message());
  }

  private static String alertClause(int alert) {
    return alert < 0 ? "" : "; the server answered with " + TlsNames.describeAlert(alert);
  }

  private static String meaningClause(int alert) {
    String meaning = AlertMeanings.of(alert);
    return meaning == null ? "" : " (" + meaning + ")";
  }

  private static String findingClause(String finding) {
    return finding == null || finding.isBlank() ? "" : ": " + finding;
  }

  private static int max(List<Integer> values) {
    int max = -1;
    for (int v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
