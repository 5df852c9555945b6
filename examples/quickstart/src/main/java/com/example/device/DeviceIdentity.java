package com.example.device;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The device's 2030.5 identity, from its certificate: the LFDI is the first 160 bits of the
 * certificate's SHA-256 fingerprint (40 hex digits); the SFDI its first 36 bits as a decimal number
 * followed by a check digit that makes the sum of all digits a multiple of 10.
 *
 * @param lfdi 40 upper-case hex digits
 * @param sfdi the short form, with its check digit
 */
public record DeviceIdentity(String lfdi, long sfdi) {

  /** The identity of this certificate. */
  public static DeviceIdentity of(X509Certificate certificate) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      String hex = HexFormat.of().formatHex(digest).toUpperCase(Locale.ROOT);
      String lfdi = hex.substring(0, 40);
      String digits = Long.toString(Long.parseLong(hex.substring(0, 9), 16));
      int sum = digits.chars().map(c -> c - '0').sum();
      int check = (10 - sum % 10) % 10;
      return new DeviceIdentity(lfdi, Long.parseLong(digits + check));
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot fingerprint the device certificate", e);
    }
  }
}
