package io.sep2.tls.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a TLS handshake with the mock 2030.5 server failed, in plain words, and what to change.
 * Produced by {@link HandshakeDiagnosis#diagnose}; shown in test failure messages and recordings.
 *
 * @param cause the machine-readable class of the failure
 * @param reason what went wrong, in plain words (one paragraph, no stack trace)
 * @param fix what to change on the client, in plain words with concrete settings
 * @param alertSent the TLS alert description the server sent (e.g. 40), or {@code -1} for none
 * @param alsoNoted further problems in the ClientHello that would fail the handshake once the main
 *     one is fixed (empty when none)
 * @param detail the technical detail the server observed (exception message), or {@code null}
 */
public record Diagnosis(
    Cause cause, String reason, String fix, int alertSent, List<String> alsoNoted, String detail) {

  /** The classes of handshake failure the diagnosis recognises. */
  public enum Cause {
    /** The ClientHello does not offer TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 (0xC0AE). */
    SUITE_NOT_OFFERED,
    /** The ClientHello offers TLS 1.3 but not TLS 1.2. */
    TLS13_ONLY,
    /** The ClientHello offers only versions older than TLS 1.2. */
    LEGACY_VERSION_ONLY,
    /** The supported_groups extension lacks secp256r1. */
    NO_SECP256R1,
    /** signature_algorithms lacks ecdsa_secp256r1_sha256 (or is absent). */
    NO_ECDSA_P256_SHA256,
    /** ec_point_formats lacks the uncompressed format. */
    NO_UNCOMPRESSED_POINTS,
    /** The client answered the CertificateRequest without a certificate. */
    NO_CLIENT_CERTIFICATE,
    /** The client's certificate chain does not lead to a trusted SERCA. */
    CLIENT_CERTIFICATE_UNTRUSTED,
    /** The client's certificate breaks the 2030.5 certificate profile. */
    CLIENT_CERTIFICATE_NOT_PROFILE,
    /** The client rejected the server's certificate (it sent a certificate alert). */
    SERVER_CERTIFICATE_REJECTED,
    /** The client aborted the handshake with some other alert. */
    CLIENT_ALERT,
    /** Plain HTTP was sent to the TLS port. */
    PLAIN_HTTP,
    /** An SSL 2.0-format hello was sent. */
    SSLV2_HELLO,
    /** The bytes were not TLS at all. */
    NOT_TLS,
    /** The ClientHello was structurally broken. */
    MALFORMED_HELLO,
    /** The connection ended in the middle of the ClientHello. */
    TRUNCATED_HELLO,
    /** The client connected and sent nothing. */
    NOTHING_SENT,
    /** The client closed or reset the connection after an acceptable ClientHello. */
    CLIENT_CLOSED,
    /** The client stopped responding mid-handshake. */
    TIMEOUT,
    /** The server sent an alert the diagnosis cannot attribute to the ClientHello. */
    SERVER_ALERT,
    /** Anything else. */
    OTHER
  }

  /** Copies {@code alsoNoted} ({@code null} becomes empty). */
  public Diagnosis {
    alsoNoted = alsoNoted == null ? List.of() : List.copyOf(alsoNoted);
    if (cause == null) {
      cause = Cause.OTHER;
    }
  }

  /** Returns e.g. {@code "alert 40 handshake_failure"} or {@code "no alert"}. */
  public String alertText() {
    return TlsNames.describeAlert(alertSent);
  }

  /**
   * Returns the lines {@code Reason: ...}, {@code Also: ...}, {@code Fix: ...}, {@code Detail:
   * ...}.
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("Reason: " + reason);
    for (String also : alsoNoted) {
      lines.add("Also: " + also);
    }
    lines.add("Fix: " + fix);
    if (detail != null && !detail.isBlank()) {
      lines.add("Detail: " + detail);
    }
    return lines;
  }

  /** Returns {@link #lines()} joined with newlines. */
  public String toText() {
    return String.join("\n", lines());
  }
}
