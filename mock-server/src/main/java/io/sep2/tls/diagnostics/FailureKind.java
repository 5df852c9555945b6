package io.sep2.tls.diagnostics;

/** How a TLS handshake on the mock server ended without success, as seen by the server. */
public enum FailureKind {
  /**
   * The server aborted the handshake and sent a fatal alert (Bouncy Castle threw {@code
   * TlsFatalAlert}), e.g. alert 40 {@code handshake_failure} when no offered cipher suite is
   * acceptable or alert 70 {@code protocol_version} when TLS 1.2 is not offered.
   */
  ALERT_SENT,
  /**
   * The client aborted the handshake with a fatal alert (Bouncy Castle threw {@code
   * TlsFatalAlertReceived}); most often the client did not trust the server's certificate.
   */
  ALERT_RECEIVED,
  /** The client answered the server's CertificateRequest with an empty Certificate message. */
  NO_CLIENT_CERTIFICATE,
  /** The client's certificate chain does not lead to a trust anchor the server was given. */
  CLIENT_CERTIFICATE_UNTRUSTED,
  /** The client's certificate chain is trusted but violates the IEEE 2030.5 certificate profile. */
  CLIENT_CERTIFICATE_NOT_PROFILE,
  /** The client closed or reset the TCP connection before the handshake finished. */
  PEER_CLOSED,
  /** The client stopped sending during the handshake and the server's read timed out. */
  TIMEOUT,
  /** Anything else (e.g. an internal error in the server). */
  OTHER
}
