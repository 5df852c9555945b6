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
 * @param clientStack the TLS stack the ClientHello most likely came from, with its evidence and
 *     JA3/JA4 fingerprints; {@code null} when nothing was captured
 */
public record Diagnosis(
    Cause cause,
    String reason,
    String fix,
    int alertSent,
    List<String> alsoNoted,
    String detail,
    ClientStack clientStack) {

  /**
   * The classes of handshake failure the diagnosis recognises, each with the words of its reason
   * and of its fix. A reason is a {@link String#format} pattern whose arguments {@link
   * HandshakeDiagnosis} fills in from the ClientHello and from what the server saw (most take the
   * alert clause, e.g. {@code "; the server answered with alert 40 handshake_failure"}).
   */
  public enum Cause {
    /** The ClientHello does not offer TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 (0xC0AE). */
    SUITE_NOT_OFFERED(
        "The client did not offer cipher suite %s, the one suite IEEE 2030.5 allows and the only"
            + " one this server accepts, so there is no common suite%s. It offered %s.",
        Advice.HOW_TO_ENABLE_CCM8 + " " + Advice.CANNOT_DO_CCM8),
    /** The ClientHello offers TLS 1.3 but not TLS 1.2. */
    TLS13_ONLY(
        "The client offered only TLS 1.3 (supported_versions: %s). IEEE 2030.5 requires TLS 1.2"
            + " and this server speaks nothing else%s.",
        "Allow TLS 1.2 on the client: OpenSSL `-tls1_2`; curl `--tls-max 1.2`; Python"
            + " `ctx.maximum_version = ssl.TLSVersion.TLSv1_2`; Java"
            + " `socket.setEnabledProtocols(new String[] {\"TLSv1.2\"})`; GnuTLS"
            + " `--priority NORMAL:-VERS-ALL:+VERS-TLS1.2:+AES-128-CCM-8`."),
    /** The ClientHello offers only versions older than TLS 1.2. */
    LEGACY_VERSION_ONLY(
        "The client offers at most %s (%s). IEEE 2030.5 requires TLS 1.2%s.",
        "Enable TLS 1.2 on the client. Every current TLS library has it on by default, so either a"
            + " setting limits the version (OpenSSL `-tls1`/`-tls1_1`, curl `--tls-max 1.1`, Java"
            + " `jdk.tls.client.protocols`) or the library is too old to be used with 2030.5."),
    /** The supported_groups extension lacks secp256r1. */
    NO_SECP256R1(
        "The client's supported_groups offers %s but not secp256r1 (NIST P-256, OpenSSL's"
            + " prime256v1), the only group a 2030.5 server uses for the ECDHE key exchange%s.",
        "Allow secp256r1 on the client: OpenSSL `-groups P-256` (or drop the `-groups`/`-curves`"
            + " option); curl `--curves prime256v1`; Java `-Djdk.tls.namedGroups=secp256r1` (or"
            + " leave it unset); GnuTLS `+GROUP-SECP256R1`."),
    /** signature_algorithms lacks ecdsa_secp256r1_sha256 (or is absent). */
    NO_ECDSA_P256_SHA256(
        "%s. The server's key is ECDSA P-256 and signs with SHA-256, so it cannot produce a"
            + " signature this client accepts%s.",
        "Allow ecdsa_secp256r1_sha256 on the client: OpenSSL `-sigalgs ECDSA+SHA256` (or drop the"
            + " `-sigalgs` option); Java"
            + " `-Djdk.tls.client.SignatureSchemes=ecdsa_secp256r1_sha256` (or leave it unset);"
            + " a library that sends no signature_algorithms at all is too old for 2030.5."),
    /** ec_point_formats lacks the uncompressed format. */
    NO_UNCOMPRESSED_POINTS(
        "The client's ec_point_formats does not include uncompressed (0), the only point format"
            + " the server uses (RFC 8422)%s.",
        "Allow the uncompressed point format on the client (every current TLS library does by"
            + " default)."),
    /** The client answered the CertificateRequest without a certificate. */
    NO_CLIENT_CERTIFICATE(
        "The client sent no certificate. IEEE 2030.5 requires mutual TLS: the server asked for one"
            + " (a CertificateRequest for ECDSA certificates signed with ecdsa_secp256r1_sha256)"
            + " and the client answered with an empty Certificate message%s.",
        "Give the client its device certificate and key, with the chain (device, MICA and MCA if"
            + " used): OpenSSL `-cert device.pem -key device-key.pem`; curl `--cert device.pem"
            + " --key device-key.pem`; Python `ctx.load_cert_chain('device.pem',"
            + " 'device-key.pem')`; Java: a KeyManager over a key store holding the device key"
            + " entry. A client with a certificate configured still sends none when it does not"
            + " match the request: it must be an ECDSA P-256 certificate issued under the SERCA"
            + " the server trusts."),
    /** The client's certificate chain does not lead to a trusted SERCA. */
    CLIENT_CERTIFICATE_UNTRUSTED(
        "The client's certificate chain does not lead to a trust anchor the server was started"
            + " with%s%s.",
        "Issue the device certificate from the server's test PKI (its SERCA and MICA) or add your"
            + " SERCA to the server's trust material, and have the client send the whole chain"
            + " (device certificate plus MICA, and MCA if used), not the device certificate"
            + " alone."),
    /** The client's certificate breaks the 2030.5 certificate profile. */
    CLIENT_CERTIFICATE_NOT_PROFILE(
        "The client's certificate chain is trusted but does not meet the IEEE 2030.5 certificate"
            + " profile%s%s.",
        "Reissue the certificate to the 2030.5 profile (IEEE 2030.5 section 6.11: P-256 keys"
            + " signed with ecdsa-with-SHA256; device certificate with an empty subject, a critical"
            + " subjectAltName holding one HardwareModuleName, critical keyUsage and"
            + " certificatePolicies, notAfter 99991231235959Z), or start the server in its lenient"
            + " certificate mode to let the client in while you fix it."),
    /** The client rejected the server's certificate (it sent a certificate alert). */
    SERVER_CERTIFICATE_REJECTED(
        "The client rejected the server's certificate: it sent %s. A 2030.5 server certificate is"
            + " issued by the 2030.5 root (SERCA) of the server's test PKI, not by a public CA, and"
            + " carries no host name.",
        Advice.TRUST_SERVER_FIX),
    /** The client aborted the handshake with some other alert. */
    CLIENT_ALERT(
        "The client aborted the handshake with %s%s.",
        "Look at the client's log for why it objected to the server's answer (TLS 1.2,"
            + " TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, secp256r1, an ECDSA P-256 certificate and a"
            + " request for the client's certificate)."),
    /** Plain HTTP was sent to the TLS port. */
    PLAIN_HTTP(
        "The client sent a plain-text HTTP request (\"%s\") to the TLS port. The server speaks"
            + " only HTTPS (TLS 1.2 with mutual authentication)%s.",
        "Use an https:// URL for this port, with a client that can do"
            + " TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 and presents a device certificate, e.g. `curl -k"
            + " --tls-max 1.2 --ciphers ECDHE-ECDSA-AES128-CCM8 --cert device.pem --key"
            + " device-key.pem https://HOST:PORT/dcap`."),
    /** An SSL 2.0-format hello was sent. */
    SSLV2_HELLO(
        "The client sent an SSL 2.0-format ClientHello (the \"SSLv2Hello\" compatibility format,"
            + " client_version %s, %d TLS suites). That format cannot carry the extensions a 2030.5"
            + " handshake needs (supported_groups, signature_algorithms) and the server accepts"
            + " only a TLS 1.2 ClientHello%s.",
        "Stop sending the SSLv2 hello: in Java remove \"SSLv2Hello\" from setEnabledProtocols (or"
            + " jdk.tls.client.protocols); for other stacks upgrade the TLS library (OpenSSL 1.1.0"
            + " and later never send it). Then offer TLS 1.2 with 0xC0AE. "
            + Advice.HOW_TO_ENABLE_CCM8),
    /** The bytes were not TLS at all. */
    NOT_TLS(
        "The first bytes on the connection are not a TLS ClientHello: %s. The server speaks only"
            + " TLS 1.2%s.",
        "Point a TLS client at this port. If you did not expect this connection, something else (a"
            + " proxy, health check or port scanner) is connecting to it."),
    /** The ClientHello was structurally broken. */
    MALFORMED_HELLO(
        "The client's ClientHello is malformed (%s)%s.",
        "Use a standard TLS library. If this is one, capture the connection (e.g. with Wireshark)"
            + " and report the bug to its maintainers."),
    /** The connection ended in the middle of the ClientHello. */
    TRUNCATED_HELLO(
        "The client's ClientHello arrived incomplete (%s)%s%s.",
        "Look at the client's log for why it stopped; a proxy or firewall that cuts connections"
            + " can also cause this."),
    /** The client connected and sent nothing. */
    NOTHING_SENT(
        "The client opened the TCP connection %s.",
        "If it was your client, check that it is configured for HTTPS (TLS from the first byte),"
            + " not for a plain-text protocol or STARTTLS, and look at its log: a client that gives"
            + " up before starting TLS could not load its key store or trust store, or has no"
            + " cipher suite it is willing to use. Port probes and health checks also do this."),
    /** The client closed or reset the connection after an acceptable ClientHello. */
    CLIENT_CLOSED(
        "The client closed the connection in the middle of the handshake%s.",
        "Look at the client's log. Most often: " + Advice.TRUST_SERVER_FIX),
    /** The client stopped responding mid-handshake. */
    TIMEOUT(
        "The client stopped answering in the middle of the handshake and the server's read timed"
            + " out%s.",
        "Look at the client's log: it may be blocked (on a prompt, a slow certificate check, a"
            + " debugger) or waiting for something the server will not send."),
    /** The server sent an alert the diagnosis cannot attribute to the ClientHello. */
    SERVER_ALERT("The server aborted the handshake with %s%s%s.", "%s"),
    /** The server refused the connection on purpose: a comms fault the test started. */
    COMMS_FAULT(
        "The server closed the connection before the handshake on purpose: a comms fault (%s) was"
            + " in effect.",
        "Nothing to fix on the server side: the test simulates a lost utility server. The client"
            + " should retry with back-off and, meanwhile, follow its DefaultDERControl (or the"
            + " active control until that control ends)."),
    /** Anything else. */
    OTHER("The handshake failed%s.", "This is not a known client mistake; see the detail.");

    private final String reason;
    private final String fix;

    Cause(String reason, String fix) {
      this.reason = reason;
      this.fix = fix;
    }

    /** The reason in plain words, from this cause's pattern and {@code args}. */
    String reason(Object... args) {
      return String.format(java.util.Locale.ROOT, reason, args);
    }

    /** The fix in plain words, from this cause's pattern and {@code args} (most take none). */
    String fix(Object... args) {
      return args.length == 0 ? fix : String.format(java.util.Locale.ROOT, fix, args);
    }
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
   * Returns the lines {@code Client stack: ...}, {@code Reason: ...}, {@code Also: ...}, {@code
   * Fix: ...}, {@code Detail: ...}.
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    if (clientStack != null) {
      lines.add(clientStack.summary());
    }
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
