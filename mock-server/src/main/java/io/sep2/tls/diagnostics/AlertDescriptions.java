package io.sep2.tls.diagnostics;

/**
 * Names and plain-word meanings of TLS alert descriptions (RFC 5246 §7.2, RFC 8446 §6).
 *
 * <p>An alert is the only thing a TLS peer tells the other side when it gives up, and it is terse:
 * alert 40 {@code handshake_failure} merely says "I could not agree on a set of security parameters
 * with what you offered" - typically no common cipher suite, group or signature scheme - without
 * saying which. That is why the mock server explains each failure itself.
 */
public final class AlertDescriptions {

  /** handshake_failure (40): no acceptable set of parameters (usually: no common cipher suite). */
  public static final int HANDSHAKE_FAILURE = 40;

  /** bad_certificate (42): a certificate was corrupt or failed a check. */
  public static final int BAD_CERTIFICATE = 42;

  /** unknown_ca (48): the certificate chain does not lead to a trusted CA. */
  public static final int UNKNOWN_CA = 48;

  /** protocol_version (70): no TLS version both sides support. */
  public static final int PROTOCOL_VERSION = 70;

  /** certificate_required (116, TLS 1.3): the peer sent no certificate although one is required. */
  public static final int CERTIFICATE_REQUIRED = 116;

  private static final CodeTable TABLE =
      CodeTable.parse(
          """
          0000 close_notify
          000A unexpected_message
          0014 bad_record_mac
          0015 decryption_failed
          0016 record_overflow
          001E decompression_failure
          0028 handshake_failure
          0029 no_certificate
          002A bad_certificate
          002B unsupported_certificate
          002C certificate_revoked
          002D certificate_expired
          002E certificate_unknown
          002F illegal_parameter
          0030 unknown_ca
          0031 access_denied
          0032 decode_error
          0033 decrypt_error
          003C export_restriction
          0046 protocol_version
          0047 insufficient_security
          0050 internal_error
          0056 inappropriate_fallback
          005A user_canceled
          0064 no_renegotiation
          006D missing_extension
          006E unsupported_extension
          006F certificate_unobtainable
          0070 unrecognized_name
          0071 bad_certificate_status_response
          0072 bad_certificate_hash_value
          0073 unknown_psk_identity
          0074 certificate_required
          0078 no_application_protocol
          0079 ech_required
          """);

  private AlertDescriptions() {}

  /** Returns the alert's name (e.g. {@code handshake_failure}), or {@code null} when unknown. */
  public static String name(int code) {
    return TABLE.name(code);
  }

  /**
   * Returns what the alert usually means in plain words, or {@code null} when there is nothing more
   * to say than its name.
   */
  public static String meaning(int code) {
    switch (code) {
      case 10:
        return "a message arrived that was not expected at this point of the handshake";
      case 20:
        return "a record failed its integrity check (wrong keys or a broken cipher implementation)";
      case 40:
        return "no acceptable set of security parameters (cipher suite, group, signature scheme)";
      case 42:
        return "a certificate was corrupt or failed a check";
      case 43:
        return "a certificate is of an unsupported type (wrong key type or curve)";
      case 44:
        return "a certificate was revoked";
      case 45:
        return "a certificate has expired or is not yet valid";
      case 46:
        return "a certificate could not be accepted (often: not trusted, or the host name did not"
            + " match)";
      case 47:
        return "a field in a handshake message had an unacceptable value";
      case 48:
        return "the certificate chain does not lead to a trusted CA";
      case 50:
        return "a message could not be decoded";
      case 51:
        return "a signature or the Finished check did not verify";
      case 70:
        return "no TLS version both sides support";
      case 71:
        return "the parameters offered are weaker than required";
      case 80:
        return "an internal error unrelated to the peer";
      case 86:
        return "the client retried with a lower version although both support a higher one";
      case 90:
        return "the user or application cancelled the handshake";
      case 109:
        return "a required extension is missing";
      case 112:
        return "the server name (SNI) is not recognised";
      case 116:
        return "a certificate is required but none was sent";
      case 120:
        return "no common application protocol (ALPN)";
      default:
        return null;
    }
  }

  /**
   * Returns {@code "alert 40 handshake_failure"}, {@code "alert 200"} for an unknown code, or
   * {@code "no alert"} for a negative code (meaning: none was sent).
   */
  public static String describe(int code) {
    if (code < 0) {
      return "no alert";
    }
    String name = TABLE.name(code);
    return name == null ? "alert " + code : "alert " + code + " " + name;
  }
}
