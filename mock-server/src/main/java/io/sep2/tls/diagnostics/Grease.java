package io.sep2.tls.diagnostics;

/**
 * GREASE values (RFC 8701): reserved codes of the form {@code 0x?A?A} (both bytes equal, low nibble
 * {@code A}) that BoringSSL-based clients (Chrome, Postman, Electron) sprinkle into cipher suite,
 * group, version and extension lists so that servers learn to ignore unknown values. A server must
 * never select one; their presence is a strong hint that the client is BoringSSL-based.
 */
public final class Grease {

  private Grease() {}

  /** Returns whether {@code code} is one of the sixteen GREASE values {@code 0x0A0A ... 0xFAFA}. */
  public static boolean isGrease(int code) {
    return (code & 0x0F0F) == 0x0A0A && ((code >> 8) & 0xFF) == (code & 0xFF);
  }
}
