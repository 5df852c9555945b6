package io.sep2.tls.diagnostics;

import io.sep2.tls.diagnostics.Diagnosis.Cause;
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
 * like Postman (BoringSSL) sends 16 to 18 suites with TLS 1.3 first and none of them is 0xC0AE.
 *
 * <p>{@link #diagnose} looks at the raw ClientHello ({@link ClientHelloParser}) and at what the
 * server observed ({@link HandshakeFailure}) and names the first problem, lists further ones, and
 * says what to change, naming the stacks that can and cannot do CCM_8. It never throws.
 */
public final class HandshakeDiagnosis {

  private static final int TLS_1_2 = 0x0303;
  private static final int TLS_1_3 = 0x0304;

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
    ClientStack stack = hello == null ? null : ClientStack.identify(hello);
    try {
      Diagnosis d = diagnoseUnchecked(hello, f, stack);
      return new Diagnosis(
          d.cause(), d.reason(), d.fix(), d.alertSent(), d.alsoNoted(), d.detail(), stack);
    } catch (RuntimeException e) {
      return new Diagnosis(
          Cause.OTHER,
          Cause.OTHER.reason(alertClause(f.alertSent())),
          "See the detail.",
          f.alertSent(),
          List.of(),
          f.message() + " (diagnosis failed: " + e + ")",
          stack);
    }
  }

  /**
   * The diagnosis of a connection the server closed on purpose because the test started a comms
   * fault ({@code what} names it, e.g. {@code refuseHandshakes}).
   */
  public static Diagnosis commsFault(String what) {
    return new Diagnosis(
        Cause.COMMS_FAULT,
        Cause.COMMS_FAULT.reason(what),
        Cause.COMMS_FAULT.fix(),
        -1,
        List.of(),
        "connection closed on accept",
        null);
  }

  /**
   * Returns the problems in a complete ClientHello that prevent a 2030.5 handshake, most
   * fundamental first (version, cipher suite, group, signature scheme, point format); empty when
   * the hello offers everything the server needs, or when it is not a complete hello.
   */
  public static List<Cause> helloProblems(ClientHelloInfo hello) {
    if (hello == null || !hello.isCompleteHello()) {
      return List.of();
    }
    return helloFindings(hello, -1, null).stream().map(Finding::cause).toList();
  }

  private record Finding(Cause cause, String reason, String fix) {
    static Finding of(Cause cause, Object... reasonArgs) {
      return new Finding(cause, cause.reason(reasonArgs), cause.fix());
    }
  }

  private static Diagnosis diagnosis(
      Cause cause, HandshakeFailure f, int alert, Object... reasonArgs) {
    return new Diagnosis(
        cause, cause.reason(reasonArgs), cause.fix(), alert, List.of(), f.message(), null);
  }

  private static Diagnosis diagnoseUnchecked(
      ClientHelloInfo hello, HandshakeFailure f, ClientStack stack) {
    int alert = f.alertSent();
    String alertClause = alertClause(alert);
    switch (f.kind()) {
      case NO_CLIENT_CERTIFICATE:
        return diagnosis(Cause.NO_CLIENT_CERTIFICATE, f, alert, alertClause);
      case CLIENT_CERTIFICATE_UNTRUSTED:
        return diagnosis(
            Cause.CLIENT_CERTIFICATE_UNTRUSTED,
            f,
            alert,
            findingClause(f.certificateFinding()),
            alertClause);
      case CLIENT_CERTIFICATE_NOT_PROFILE:
        return diagnosis(
            Cause.CLIENT_CERTIFICATE_NOT_PROFILE,
            f,
            alert,
            findingClause(f.certificateFinding()),
            alertClause);
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
        List<Finding> findings = helloFindings(hello, alert, stack);
        if (!findings.isEmpty()) {
          Finding first = findings.get(0);
          List<String> also = new ArrayList<>();
          for (int i = 1; i < findings.size(); i++) {
            also.add(findings.get(i).reason());
          }
          return new Diagnosis(
              first.cause(), first.reason(), first.fix(), alert, also, f.message(), null);
        }
      }
    }

    boolean goodHello = hello != null && hello.isCompleteHello();
    switch (f.kind()) {
      case ALERT_RECEIVED:
        return clientAlert(f, goodHello);
      case PEER_CLOSED:
        return diagnosis(
            Cause.CLIENT_CLOSED,
            f,
            alert,
            goodHello
                ? ", after a ClientHello the server could accept (TLS 1.2, 0xC0AE, secp256r1,"
                    + " ecdsa_secp256r1_sha256), so the server had already sent its certificate"
                    + " and asked for the client's. Clients do this when they reject the server's"
                    + " certificate without sending an alert, or when they fail or are stopped"
                    + " during the handshake"
                : "");
      case TIMEOUT:
        return diagnosis(
            Cause.TIMEOUT, f, alert, goodHello ? " after an acceptable ClientHello" : "");
      case ALERT_SENT:
        if (alert == AlertDescription.certificate_required) {
          return diagnosis(Cause.NO_CLIENT_CERTIFICATE, f, alert, alertClause);
        }
        if (alert == AlertDescription.unknown_ca) {
          return diagnosis(Cause.CLIENT_CERTIFICATE_UNTRUSTED, f, alert, "", alertClause);
        }
        return new Diagnosis(
            Cause.SERVER_ALERT,
            Cause.SERVER_ALERT.reason(
                TlsNames.describeAlert(alert),
                meaningClause(alert),
                goodHello ? ", although the ClientHello offered everything 2030.5 needs" : ""),
            Cause.SERVER_ALERT.fix(
                f.clientCertificateSent()
                    ? "The client had sent a certificate, so the server most likely objected to"
                        + " it: check that it is an ECDSA P-256 certificate issued under the SERCA"
                        + " the server trusts and that the client signed its CertificateVerify"
                        + " with ecdsa_secp256r1_sha256. The detail says more."
                    : "See the detail for what the server objected to."),
            alert,
            List.of(),
            f.message(),
            null);
      default:
        return diagnosis(Cause.OTHER, f, alert, alertClause);
    }
  }

  /** Diagnoses anything that is not a complete, well-formed ClientHello, else returns null. */
  private static Diagnosis diagnoseShape(ClientHelloInfo hello, HandshakeFailure f) {
    int alert = f.alertSent();
    String alertClause = alertClause(alert);
    switch (hello.kind()) {
      case EMPTY:
        return diagnosis(
            Cause.NOTHING_SENT,
            f,
            alert,
            f.kind() == FailureKind.TIMEOUT
                ? "but sent nothing before the server's read timed out. In TLS the client speaks"
                    + " first, so this client is waiting for something else"
                : "and closed it without sending anything");
      case PLAIN_HTTP:
        return diagnosis(Cause.PLAIN_HTTP, f, alert, hello.preview(), alertClause);
      case SSLV2_HELLO:
        return diagnosis(
            Cause.SSLV2_HELLO,
            f,
            alert,
            TlsNames.version(hello.clientVersion()),
            hello.cipherSuites().size(),
            alertClause);
      case NOT_TLS:
        return diagnosis(
            Cause.NOT_TLS,
            f,
            alert,
            hello.preview() + (hello.problem() != null ? " - " + hello.problem() : ""),
            alertClause);
      case TRUNCATED:
        return diagnosis(
            Cause.TRUNCATED_HELLO,
            f,
            alert,
            hello.problem(),
            f.kind() == FailureKind.PEER_CLOSED
                ? ": the client closed or reset the connection before sending the rest"
                : f.kind() == FailureKind.TIMEOUT
                    ? ": the client stopped sending and the server's read timed out"
                    : "",
            alertClause);
      case TLS_HANDSHAKE:
        return hello.malformed()
            ? diagnosis(Cause.MALFORMED_HELLO, f, alert, hello.problem(), alertClause)
            : null;
      default:
        return null;
    }
  }

  private static List<Finding> helloFindings(ClientHelloInfo hello, int alert, ClientStack stack) {
    List<Finding> findings = new ArrayList<>();
    String alertClause = alertClause(alert);

    if (!hello.offersTls12()) {
      List<Integer> offered = hello.offeredVersions();
      String list = String.join(", ", hello.offeredVersionNames());
      boolean tls13 = offered.stream().anyMatch(v -> v == TLS_1_3 || (v & 0xFF00) == 0x7F00);
      if (tls13) {
        findings.add(Finding.of(Cause.TLS13_ONLY, list, alertClause));
      } else {
        findings.add(
            Finding.of(
                Cause.LEGACY_VERSION_ONLY,
                offered.isEmpty() ? "an unknown version" : TlsNames.version(max(offered)),
                hello.hasExtension(ExtensionType.supported_versions)
                    ? "supported_versions: " + list
                    : "client_version " + TlsNames.version(hello.clientVersion()),
                alertClause));
      }
    }

    int ccm8 = CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8;
    if (!hello.offersCipherSuite(ccm8)) {
      findings.add(suiteNotOffered(hello, alertClause, stack));
    }

    if (hello.hasExtension(ExtensionType.supported_groups)
        && !hello.supportedGroups().contains(NamedGroup.secp256r1)) {
      findings.add(
          Finding.of(
              Cause.NO_SECP256R1,
              hello.supportedGroups().isEmpty()
                  ? "nothing"
                  : String.join(", ", hello.supportedGroupNames()),
              alertClause));
    }

    if (!hello.hasExtension(ExtensionType.signature_algorithms)) {
      findings.add(
          Finding.of(
              Cause.NO_ECDSA_P256_SHA256,
              "The ClientHello has no signature_algorithms extension, so a TLS 1.2 server must"
                  + " assume the client accepts only SHA-1 signatures (RFC 5246 section"
                  + " 7.4.1.4.1)",
              alertClause));
    } else if (!hello.signatureAlgorithms().contains(SignatureScheme.ecdsa_secp256r1_sha256)) {
      findings.add(
          Finding.of(
              Cause.NO_ECDSA_P256_SHA256,
              "The client's signature_algorithms does not include ecdsa_secp256r1_sha256"
                  + " (0x0403); it offers "
                  + (hello.signatureAlgorithms().isEmpty()
                      ? "nothing"
                      : String.join(", ", hello.signatureAlgorithmNames())),
              alertClause));
    }

    if (hello.hasExtension(ExtensionType.ec_point_formats) && !hello.ecPointFormats().contains(0)) {
      findings.add(Finding.of(Cause.NO_UNCOMPRESSED_POINTS, alertClause));
    }
    return findings;
  }

  private static Finding suiteNotOffered(
      ClientHelloInfo hello, String alertClause, ClientStack stack) {
    List<Integer> suites = hello.cipherSuites();
    StringBuilder offered = new StringBuilder();
    offered.append(suites.size()).append(suites.size() == 1 ? " suite" : " suites");
    if (!suites.isEmpty()) {
      offered
          .append(": ")
          .append(
              suites.stream().map(TlsNames::cipherSuiteLabel).collect(Collectors.joining(", ")));
    }
    StringBuilder reason =
        new StringBuilder(
            Cause.SUITE_NOT_OFFERED.reason(
                TlsNames.describeCipherSuite(CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8),
                alertClause,
                offered));
    List<Integer> versions = hello.offeredVersions();
    if (!versions.isEmpty() && versions.get(0) == TLS_1_3) {
      reason
          .append(" It offered TLS 1.3 first (versions: ")
          .append(String.join(", ", hello.offeredVersionNames()))
          .append("); 2030.5 uses TLS 1.2.");
    }
    List<String> otherCcm =
        suites.stream().filter(TlsNames::isCcm).map(TlsNames::describeCipherSuite).toList();
    if (!otherCcm.isEmpty()) {
      reason
          .append(" It does offer other CCM suites (")
          .append(String.join(", ", otherCcm))
          .append("), but not the ECDHE-ECDSA AES-128 one with the 8-byte tag.");
    }
    String fix = Cause.SUITE_NOT_OFFERED.fix();
    if (stack != null && stack.known()) {
      reason.append(" The ClientHello looks like ").append(stack.name());
      reason.append(
          stack.stack().ccm8() == TlsStack.Ccm8Support.NOT_AVAILABLE
              ? ", which has no CCM_8 suites at all."
              : ", which can do CCM_8 once the suite is enabled.");
      // the advice for the client's own stack first, then the general list
      fix = stack.name() + ": " + stack.fixAdvice() + " " + fix;
    }
    return new Finding(Cause.SUITE_NOT_OFFERED, reason.toString(), fix);
  }

  private static Diagnosis clientAlert(HandshakeFailure f, boolean goodHello) {
    int received = f.alertReceived();
    String what = TlsNames.describeAlert(received) + meaningClause(received);
    boolean certificateAlert = received >= 42 && received <= 46 || received == 48;
    if (certificateAlert) {
      return diagnosis(Cause.SERVER_CERTIFICATE_REJECTED, f, f.alertSent(), what);
    }
    return diagnosis(
        Cause.CLIENT_ALERT,
        f,
        f.alertSent(),
        what,
        goodHello ? ", after the server had accepted its ClientHello" : "");
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
