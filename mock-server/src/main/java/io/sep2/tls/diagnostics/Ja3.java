package io.sep2.tls.diagnostics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JA3 TLS client fingerprint (Salesforce, 2017) of a ClientHello: the string {@code
 * SSLVersion,Ciphers,Extensions,EllipticCurves,EllipticCurvePointFormats} with every value in
 * decimal, values within a field joined by {@code -}, GREASE values (RFC 8701) left out and empty
 * fields left empty; and the MD5 of that string in lower-case hex.
 *
 * <p>{@code SSLVersion} is the ClientHello's legacy {@code client_version} (771 for both TLS 1.2
 * and TLS 1.3 clients), not the record version. Extensions are in the order sent. JA3 depends on
 * extension order, so clients that shuffle their extensions (Chrome since version 110) get a new
 * JA3 on every connection; {@link Ja4} sorts and does not have that problem.
 *
 * <p>Cross-checked against Wireshark's {@code tls.handshake.ja3_full} and {@code tls.handshake.ja3}
 * fields.
 */
final class Ja3 {

  private Ja3() {}

  /**
   * Returns the JA3 string, e.g. {@code 771,4865-4866-4867-49195,0-23-65281-10-11,29-23-24,0}.
   *
   * @throws IllegalArgumentException if {@code info} is not a complete, well-formed TLS ClientHello
   *     (see {@link ClientHelloInfo#isCompleteHello()})
   */
  public static String string(ClientHelloInfo info) {
    requireHello(info);
    return info.clientVersion()
        + ","
        + join(info.cipherSuites())
        + ","
        + join(info.extensions())
        + ","
        + join(info.supportedGroups())
        + ","
        + join(info.ecPointFormats());
  }

  /** Returns the MD5 of {@link #string}, 32 lower-case hex digits. */
  public static String hash(ClientHelloInfo info) {
    return md5(string(info));
  }

  /** Returns the MD5 of a JA3 string, 32 lower-case hex digits. */
  static String md5(String ja3) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      return HexFormat.of().formatHex(md5.digest(ja3.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every Java platform", e);
    }
  }

  static void requireHello(ClientHelloInfo info) {
    if (info == null || !info.isCompleteHello() || info.clientVersion() < 0) {
      throw new IllegalArgumentException(
          "not a complete TLS ClientHello: " + (info == null ? "null" : info.kind()));
    }
  }

  private static String join(List<Integer> values) {
    return values.stream()
        .filter(v -> !TlsNames.isGrease(v))
        .map(String::valueOf)
        .collect(Collectors.joining("-"));
  }
}
