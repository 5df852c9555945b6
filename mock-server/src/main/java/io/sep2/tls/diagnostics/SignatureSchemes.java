package io.sep2.tls.diagnostics;

/**
 * Names of TLS signature schemes ({@code signature_algorithms}, RFC 8446 §4.2.3; for TLS 1.2 the
 * same two bytes are the RFC 5246 hash/signature pairs), e.g. {@code 0x0403} to {@code
 * ecdsa_secp256r1_sha256}.
 *
 * <p>A 2030.5 server signs its ServerKeyExchange with its ECDSA P-256 key and SHA-256, so the
 * client must list {@code ecdsa_secp256r1_sha256}. Covers what OpenSSL 3, BoringSSL/Chrome, curl,
 * Python, GnuTLS and Java SunJSSE send, including legacy TLS 1.2 pairs such as {@code dsa_sha256}
 * and {@code ecdsa_sha224} (named as OpenSSL and Wireshark name them). Unknown codes are shown in
 * hex, GREASE codes as {@code GREASE (0x0A0A)}.
 */
public final class SignatureSchemes {

  /** ecdsa_secp256r1_sha256 ({@code 0x0403}): the scheme a 2030.5 server signs with. */
  public static final int ECDSA_SECP256R1_SHA256 = 0x0403;

  private static final CodeTable TABLE =
      CodeTable.parse(
          """
          0101 rsa_pkcs1_md5
          0102 dsa_md5
          0103 ecdsa_md5
          0201 rsa_pkcs1_sha1
          0202 dsa_sha1
          0203 ecdsa_sha1
          0301 rsa_pkcs1_sha224
          0302 dsa_sha224
          0303 ecdsa_sha224
          0401 rsa_pkcs1_sha256
          0402 dsa_sha256
          0403 ecdsa_secp256r1_sha256
          0420 rsa_pkcs1_sha256_legacy
          0501 rsa_pkcs1_sha384
          0502 dsa_sha384
          0503 ecdsa_secp384r1_sha384
          0520 rsa_pkcs1_sha384_legacy
          0601 rsa_pkcs1_sha512
          0602 dsa_sha512
          0603 ecdsa_secp521r1_sha512
          0620 rsa_pkcs1_sha512_legacy
          0704 eccsi_sha256
          0705 iso_ibs1
          0706 iso_ibs2
          0707 iso_chinese_ibs
          0708 sm2sig_sm3
          0709 gostr34102012_256a
          070A gostr34102012_256b
          070B gostr34102012_256c
          070C gostr34102012_256d
          070D gostr34102012_512a
          070E gostr34102012_512b
          070F gostr34102012_512c
          0804 rsa_pss_rsae_sha256
          0805 rsa_pss_rsae_sha384
          0806 rsa_pss_rsae_sha512
          0807 ed25519
          0808 ed448
          0809 rsa_pss_pss_sha256
          080A rsa_pss_pss_sha384
          080B rsa_pss_pss_sha512
          081A ecdsa_brainpoolP256r1tls13_sha256
          081B ecdsa_brainpoolP384r1tls13_sha384
          081C ecdsa_brainpoolP512r1tls13_sha512
          0904 mldsa44
          0905 mldsa65
          0906 mldsa87
          EDED gostr34102012_256_intrinsic
          EEEE gostr34102012_256_legacy
          EFEF gostr34102012_512_legacy
          """);

  private SignatureSchemes() {}

  /** Returns the registered name, or {@code null} when unknown (or GREASE). */
  public static String name(int code) {
    return TABLE.name(code);
  }

  /** Returns the name, {@code GREASE (0x0A0A)}, or the hex code; never {@code null}. */
  public static String label(int code) {
    return TABLE.label(code);
  }

  /** Returns {@code name (0x0403)}, {@code GREASE (0x0A0A)} or {@code 0x1234}. */
  public static String describe(int code) {
    return TABLE.describe(code);
  }
}
