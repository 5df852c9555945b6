package io.sep2.pki.keystore;

/**
 * The keystore file formats {@link KeystoreLoader} reads and {@link KeystoreWriter} writes.
 *
 * <p>2030.5 devices are typically provisioned with PEM files (OpenSSL, embedded stacks) or a PKCS12
 * bundle; Java tooling also meets the legacy JKS format.
 */
public enum KeystoreFormat {
  /**
   * PKCS#12 ({@code .p12}, {@code .pfx}): the Java 17 default keystore type; written with
   * AES-256-CBC / PBKDF2-HMAC-SHA256 and an HMAC-SHA256 MAC, which OpenSSL 3 opens without {@code
   * -legacy}.
   */
  PKCS12,
  /** Java KeyStore ({@code .jks}), the pre-Java-9 default; read only. */
  JKS,
  /**
   * PEM text: {@code CERTIFICATE} blocks plus optionally one private key as PKCS#8 ({@code PRIVATE
   * KEY}, {@code ENCRYPTED PRIVATE KEY}) or SEC1 ({@code EC PRIVATE KEY}, optionally with OpenSSL
   * {@code Proc-Type}/{@code DEK-Info} encryption).
   */
  PEM
}
