package io.sep2.tls.diagnostics;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bouncycastle.tls.ExtensionType;

/**
 * The JA4 TLS client fingerprint (FoxIO, 2023) of a ClientHello received over TCP, e.g. {@code
 * t13d1516h2_8daaf6152771_e5627efa2ab1}, in three parts separated by {@code _}:
 *
 * <ol>
 *   <li>{@code t} (TLS over TCP); the highest version offered ({@code 13}, {@code 12}, {@code 11},
 *       {@code 10}, {@code s3}, {@code s2}, or {@code 00} if unknown), taken from {@code
 *       supported_versions} when sent, else from {@code client_version}; {@code d} if the hello
 *       carries a {@code server_name} extension, else {@code i}; the number of cipher suites and
 *       the number of extensions as two digits each (at most 99); the first and last character of
 *       the first ALPN value ({@code 00} without ALPN; the first and last hex digit of that value
 *       when either end is not an ASCII letter or digit);
 *   <li>the first 12 hex digits of the SHA-256 of the cipher suites as 4-digit lower-case hex,
 *       sorted, comma-separated;
 *   <li>the first 12 hex digits of the SHA-256 of the extensions, sorted the same way but without
 *       {@code server_name} (0000) and ALPN (0010), then {@code _} and the signature algorithms in
 *       the order sent (no {@code _} when there are none).
 * </ol>
 *
 * GREASE values are ignored everywhere; SCSVs count as suites. An empty list hashes to {@code
 * 000000000000}. Order-insensitive by design: a client that shuffles its extensions keeps its JA4.
 *
 * <p>Cross-checked against the expected values of FoxIO's own test captures. One limit: {@link
 * ClientHelloInfo} keeps ALPN names in a printable form where a non-printable byte reads {@code
 * \xNN}; that form is decoded back to bytes here, so an ALPN name that literally contains the four
 * characters {@code \x41} would be read as {@code A}.
 */
final class Ja4 {

  private static final int ALPN = 0x0010;
  private static final int SNI = 0x0000;

  private Ja4() {}

  /**
   * Returns the JA4 fingerprint.
   *
   * @throws IllegalArgumentException if {@code info} is not a complete, well-formed TLS ClientHello
   */
  public static String fingerprint(ClientHelloInfo info) {
    Ja3.requireHello(info);
    String ciphers = sortedHex(info.cipherSuites(), false);
    String extensions = sortedHex(info.extensions(), true);
    String sigalgs = hexInOrder(info.signatureAlgorithms());
    return prefix(info)
        + "_"
        + truncatedSha256(ciphers)
        + "_"
        + (extensions.isEmpty()
            ? "000000000000"
            : truncatedSha256(sigalgs.isEmpty() ? extensions : extensions + "_" + sigalgs));
  }

  /**
   * Returns the raw form {@code JA4_r}: the same three parts with the lists written out instead of
   * hashed, e.g. {@code t13d1516h2_002f,0035,..._0005,000a,..._0403,0804,...}.
   */
  public static String raw(ClientHelloInfo info) {
    Ja3.requireHello(info);
    String sigalgs = hexInOrder(info.signatureAlgorithms());
    return prefix(info)
        + "_"
        + sortedHex(info.cipherSuites(), false)
        + "_"
        + sortedHex(info.extensions(), true)
        + (sigalgs.isEmpty() ? "" : "_" + sigalgs);
  }

  private static String prefix(ClientHelloInfo info) {
    long suites = info.cipherSuites().stream().filter(v -> !TlsNames.isGrease(v)).count();
    long extensions = info.extensions().stream().filter(v -> !TlsNames.isGrease(v)).count();
    return "t"
        + version(info)
        + (info.hasExtension(SNI) ? "d" : "i")
        + twoDigits(suites)
        + twoDigits(extensions)
        + alpn(info);
  }

  private static String version(ClientHelloInfo info) {
    int version = info.clientVersion();
    if (info.hasExtension(ExtensionType.supported_versions)) {
      version =
          info.supportedVersions().stream()
              .filter(v -> !TlsNames.isGrease(v))
              .max(Integer::compare)
              .orElse(version);
    }
    switch (version) {
      case 0x0304:
        return "13";
      case 0x0303:
        return "12";
      case 0x0302:
        return "11";
      case 0x0301:
        return "10";
      case 0x0300:
        return "s3";
      case 0x0002:
        return "s2";
      case 0xFEFF:
        return "d1";
      case 0xFEFD:
        return "d2";
      case 0xFEFC:
        return "d3";
      default:
        return "00";
    }
  }

  private static String twoDigits(long count) {
    return String.format(Locale.ROOT, "%02d", Math.min(count, 99));
  }

  private static String alpn(ClientHelloInfo info) {
    if (!info.hasExtension(ALPN) || info.alpnProtocols().isEmpty()) {
      return "00";
    }
    byte[] first = unescape(info.alpnProtocols().get(0));
    if (first.length == 0) {
      return "00";
    }
    int a = first[0] & 0xFF;
    int z = first[first.length - 1] & 0xFF;
    if (isAlphanumeric(a) && isAlphanumeric(z)) {
      return "" + (char) a + (char) z;
    }
    String hex = HexFormat.of().formatHex(first);
    return "" + hex.charAt(0) + hex.charAt(hex.length() - 1);
  }

  private static boolean isAlphanumeric(int c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** Decodes ClientHelloParser's printable form ({@code \xNN} for non-printable bytes). */
  static byte[] unescape(String printable) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(printable.length());
    for (int i = 0; i < printable.length(); i++) {
      char c = printable.charAt(i);
      if (c == '\\'
          && i + 3 < printable.length()
          && printable.charAt(i + 1) == 'x'
          && isHexDigit(printable.charAt(i + 2))
          && isHexDigit(printable.charAt(i + 3))) {
        out.write(Integer.parseInt(printable.substring(i + 2, i + 4), 16));
        i += 3;
      } else {
        out.write(c & 0xFF);
      }
    }
    return out.toByteArray();
  }

  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
  }

  private static String sortedHex(List<Integer> values, boolean dropSniAndAlpn) {
    return values.stream()
        .filter(v -> !TlsNames.isGrease(v))
        .filter(v -> !dropSniAndAlpn || (v != SNI && v != ALPN))
        .sorted()
        .map(Ja4::hex4)
        .collect(Collectors.joining(","));
  }

  private static String hexInOrder(List<Integer> values) {
    return values.stream()
        .filter(v -> !TlsNames.isGrease(v))
        .map(Ja4::hex4)
        .collect(Collectors.joining(","));
  }

  private static String hex4(int value) {
    return String.format(Locale.ROOT, "%04x", value & 0xFFFF);
  }

  private static String truncatedSha256(String text) {
    if (text.isEmpty()) {
      return "000000000000";
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
