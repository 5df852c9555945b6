package io.sep2.pki.identity;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * The identity of an IEEE 2030.5 device as derived from its certificate: the LFDI and the SFDI.
 *
 * <p>2030.5 device certificates have an empty subject, so a server does not recognise a client by
 * name but by the certificate itself. The <b>certificate fingerprint</b> is the SHA-256 hash of the
 * certificate's DER encoding. From it:
 *
 * <ul>
 *   <li>the <b>LFDI</b> (Long Form Device Identifier) is the first 160 bits of the fingerprint,
 *       written as 40 upper-case hex digits. Resources such as {@code EndDevice} carry it as their
 *       {@code lFDI} element;
 *   <li>the <b>SFDI</b> (Short Form Device Identifier) is the first 36 bits of the fingerprint read
 *       as an unsigned decimal number, followed by one check digit chosen so that the sum of
 *       <em>all</em> decimal digits is 0 mod 10 (a plain digit sum, not Luhn). It is meant to be
 *       typed in by an installer. It is not zero-padded: it may have fewer than 12 digits.
 * </ul>
 *
 * Spec vector: fingerprint {@code 3E4F45AB31EDFE5B67E343E5E4562E31984E23E5349E2AD745672ED145EE213A}
 * gives LFDI {@code 3E4F45AB31EDFE5B67E343E5E4562E31984E23E5} and SFDI {@code 167261211391}.
 *
 * <p>An immutable value; {@link #lfdi(X509Certificate)} and {@link #sfdi(X509Certificate)} are
 * shortcuts for the common case.
 *
 * @param fingerprint the SHA-256 fingerprint, 64 upper-case hex digits
 * @param lfdi the LFDI, 40 upper-case hex digits
 * @param sfdi the SFDI, at most 12 decimal digits (36 bits are at most 11 digits, plus the check
 *     digit)
 */
public record DeviceIdentity(String fingerprint, String lfdi, long sfdi) {

  /** Length of a SHA-256 fingerprint in bytes. */
  public static final int FINGERPRINT_BYTES = 32;

  /** Length of an LFDI in hex digits (160 bits). */
  public static final int LFDI_HEX_DIGITS = 40;

  /** Number of leading fingerprint bits that make up the SFDI (before its check digit). */
  public static final int SFDI_BITS = 36;

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  /**
   * Checks consistency: the LFDI must be the first 40 digits of the fingerprint and the SFDI must
   * be derived from it.
   *
   * @throws IllegalArgumentException when the three values do not belong together
   */
  public DeviceIdentity {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(lfdi, "lfdi");
    fingerprint = normalizeHex(fingerprint, FINGERPRINT_BYTES * 2, "fingerprint");
    if (!normalizeHex(lfdi, LFDI_HEX_DIGITS, "lfdi")
        .equals(fingerprint.substring(0, LFDI_HEX_DIGITS))) {
      throw new IllegalArgumentException(
          "lfdi must be the first 40 hex digits of the fingerprint "
              + fingerprint
              + ", was '"
              + lfdi
              + "'");
    }
    lfdi = fingerprint.substring(0, LFDI_HEX_DIGITS);
    long expected = sfdiOfLfdi(lfdi);
    if (sfdi != expected) {
      throw new IllegalArgumentException(
          "sfdi of LFDI " + lfdi + " is " + expected + ", was " + sfdi);
    }
  }

  /** The identity of a certificate: fingerprint, LFDI and SFDI over its DER encoding. */
  public static DeviceIdentity of(X509Certificate certificate) {
    Objects.requireNonNull(certificate, "certificate");
    byte[] der;
    try {
      der = certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException(
          "certificate cannot be DER-encoded: " + certificate.getSubjectX500Principal(), e);
    }
    return ofDer(der);
  }

  /** The identity of a DER-encoded certificate (hashes the bytes as given, does not parse them). */
  public static DeviceIdentity ofDer(byte[] certificateDer) {
    Objects.requireNonNull(certificateDer, "certificateDer");
    SHA256Digest digest = new SHA256Digest();
    digest.update(certificateDer, 0, certificateDer.length);
    byte[] hash = new byte[FINGERPRINT_BYTES];
    digest.doFinal(hash, 0);
    return ofFingerprint(hash);
  }

  /**
   * The identity for a SHA-256 certificate fingerprint.
   *
   * @param sha256 exactly 32 bytes
   * @throws IllegalArgumentException when the array is not 32 bytes long
   */
  public static DeviceIdentity ofFingerprint(byte[] sha256) {
    Objects.requireNonNull(sha256, "sha256");
    if (sha256.length != FINGERPRINT_BYTES) {
      throw new IllegalArgumentException(
          "a SHA-256 fingerprint has 32 bytes, was " + sha256.length);
    }
    String fp = HEX.formatHex(sha256);
    String lfdi = fp.substring(0, LFDI_HEX_DIGITS);
    return new DeviceIdentity(fp, lfdi, sfdiOfLfdi(lfdi));
  }

  /**
   * The identity for a SHA-256 fingerprint in hex, as printed by {@code openssl x509 -fingerprint
   * -sha256} (colons and spaces are ignored, either case).
   *
   * @throws IllegalArgumentException when it is not 64 hex digits
   */
  public static DeviceIdentity ofFingerprint(String sha256Hex) {
    Objects.requireNonNull(sha256Hex, "sha256Hex");
    return ofFingerprint(
        HEX.parseHex(normalizeHex(sha256Hex, FINGERPRINT_BYTES * 2, "fingerprint")));
  }

  /** The LFDI of a certificate: 40 upper-case hex digits. */
  public static String lfdi(X509Certificate certificate) {
    return of(certificate).lfdi();
  }

  /** The SFDI of a certificate: decimal, check digit included, not zero-padded. */
  public static long sfdi(X509Certificate certificate) {
    return of(certificate).sfdi();
  }

  /**
   * The SFDI belonging to an LFDI (the SFDI only depends on the first 36 bits, which the LFDI
   * holds).
   *
   * @param lfdi 40 hex digits, either case
   * @throws IllegalArgumentException when it is not 40 hex digits
   */
  public static long sfdiOfLfdi(String lfdi) {
    Objects.requireNonNull(lfdi, "lfdi");
    String hex = normalizeHex(lfdi, LFDI_HEX_DIGITS, "lfdi");
    // 36 bits = the first 9 hex digits
    long value = Long.parseLong(hex.substring(0, SFDI_BITS / 4), 16);
    return value * 10 + checkDigit(value);
  }

  /**
   * Tells whether a number is a well-formed SFDI: its decimal digits sum to 0 mod 10 and it fits in
   * 36 bits plus a check digit.
   */
  public static boolean isValidSfdi(long sfdi) {
    if (sfdi < 0 || sfdi / 10 >= (1L << SFDI_BITS)) {
      return false;
    }
    return digitSum(sfdi) % 10 == 0;
  }

  /** The SFDI as text, as typed by an installer (no zero padding). */
  public String sfdiText() {
    return Long.toString(sfdi);
  }

  private static int checkDigit(long value) {
    return (10 - digitSum(value) % 10) % 10;
  }

  private static int digitSum(long value) {
    int sum = 0;
    for (long v = value; v > 0; v /= 10) {
      sum += (int) (v % 10);
    }
    return sum;
  }

  /** Strips colons and spaces, checks the digit count and alphabet, returns upper case. */
  private static String normalizeHex(String text, int digits, String what) {
    String compact = text.replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
    if (compact.length() != digits || !compact.chars().allMatch(DeviceIdentity::isHexDigit)) {
      throw new IllegalArgumentException(
          what + " must be " + digits + " hex digits, was '" + text + "'");
    }
    return compact;
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
  }
}
