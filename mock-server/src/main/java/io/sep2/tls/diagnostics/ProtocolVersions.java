package io.sep2.tls.diagnostics;

/**
 * Names of SSL/TLS/DTLS protocol version codes as they appear on the wire, e.g. {@code 0x0303} to
 * {@code TLS 1.2}. IEEE 2030.5 requires TLS 1.2 ({@code 0x0303}); TLS 1.3 ({@code 0x0304}) is
 * offered only in the {@code supported_versions} extension, while the ClientHello's legacy {@code
 * client_version} field stays at {@code 0x0303}.
 */
public final class ProtocolVersions {

  /** SSL 3.0. */
  public static final int SSL_3_0 = 0x0300;

  /** TLS 1.0. */
  public static final int TLS_1_0 = 0x0301;

  /** TLS 1.1. */
  public static final int TLS_1_1 = 0x0302;

  /** TLS 1.2: the only version IEEE 2030.5 allows. */
  public static final int TLS_1_2 = 0x0303;

  /** TLS 1.3. */
  public static final int TLS_1_3 = 0x0304;

  private ProtocolVersions() {}

  /**
   * Returns e.g. {@code "TLS 1.2"}, {@code "SSL 2.0"}, {@code "DTLS 1.2"}, {@code "TLS 1.3 draft
   * 28"}, {@code "GREASE (0x1A1A)"}, or the hex code for anything else; {@code "?"} for a negative
   * (unknown) code.
   */
  public static String name(int code) {
    if (code < 0) {
      return "?";
    }
    switch (code) {
      case 0x0002:
        return "SSL 2.0";
      case SSL_3_0:
        return "SSL 3.0";
      case TLS_1_0:
        return "TLS 1.0";
      case TLS_1_1:
        return "TLS 1.1";
      case TLS_1_2:
        return "TLS 1.2";
      case TLS_1_3:
        return "TLS 1.3";
      case 0xFEFF:
        return "DTLS 1.0";
      case 0xFEFD:
        return "DTLS 1.2";
      case 0xFEFC:
        return "DTLS 1.3";
      default:
        break;
    }
    if (Grease.isGrease(code)) {
      return "GREASE (" + CodeTable.hex(code) + ")";
    }
    if ((code & 0xFF00) == 0x7F00) {
      return "TLS 1.3 draft " + (code & 0xFF);
    }
    return CodeTable.hex(code);
  }
}
