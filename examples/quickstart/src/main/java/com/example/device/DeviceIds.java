package com.example.device;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The device's 2030.5 identity, computed from its certificate as IEEE 2030.5 says: the SHA-256
 * fingerprint of the certificate (DER); the LFDI is its first 160 bits (40 hex digits); the SFDI is
 * its first 36 bits as a decimal number followed by a check digit that makes the sum of all digits
 * 0 mod 10.
 *
 * @param lfdi 40 upper-case hex digits
 * @param sfdi the SFDI with its check digit
 */
public record DeviceIds(String lfdi, long sfdi) {

  /** The identity of this certificate. */
  public static DeviceIds of(X509Certificate certificate) {
    try {
      byte[] fingerprint = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      String hex = HexFormat.of().formatHex(fingerprint).toUpperCase(Locale.ROOT);
      long value = new BigInteger(hex.substring(0, 9), 16).longValue(); // the first 36 bits
      return new DeviceIds(hex.substring(0, 40), value * 10 + checkDigit(value));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot fingerprint the device certificate", e);
    }
  }

  private static int checkDigit(long value) {
    int sum = 0;
    for (long v = value; v > 0; v /= 10) {
      sum += (int) (v % 10);
    }
    return (10 - sum % 10) % 10;
  }
}
