package io.sep2.tls.diagnostics;

/**
 * Names of TLS supported groups ("TLS Supported Groups" registry, RFC 8422/8446/7919 and the
 * post-quantum hybrids), e.g. {@code 0x0017} to {@code secp256r1}.
 *
 * <p>IEEE 2030.5 keys are all on secp256r1 (NIST P-256, OpenSSL {@code prime256v1}); a client whose
 * {@code supported_groups} extension lacks it cannot do ECDHE with a 2030.5 server. Covers what
 * OpenSSL 3, BoringSSL/Chrome (including the Kyber/ML-KEM hybrids), curl, Python, GnuTLS and Java
 * SunJSSE send. Unknown codes are shown in hex, GREASE codes as {@code GREASE (0x0A0A)}.
 */
public final class NamedGroups {

  /** secp256r1 (NIST P-256): the only group a 2030.5 server uses. */
  public static final int SECP256R1 = 0x0017;

  /** x25519: the first group offered by OpenSSL, BoringSSL, Go and rustls. */
  public static final int X25519 = 0x001D;

  private static final CodeTable TABLE =
      CodeTable.parse(
          """
          0001 sect163k1
          0002 sect163r1
          0003 sect163r2
          0004 sect193r1
          0005 sect193r2
          0006 sect233k1
          0007 sect233r1
          0008 sect239k1
          0009 sect283k1
          000A sect283r1
          000B sect409k1
          000C sect409r1
          000D sect571k1
          000E sect571r1
          000F secp160k1
          0010 secp160r1
          0011 secp160r2
          0012 secp192k1
          0013 secp192r1
          0014 secp224k1
          0015 secp224r1
          0016 secp256k1
          0017 secp256r1
          0018 secp384r1
          0019 secp521r1
          001A brainpoolP256r1
          001B brainpoolP384r1
          001C brainpoolP512r1
          001D x25519
          001E x448
          001F brainpoolP256r1tls13
          0020 brainpoolP384r1tls13
          0021 brainpoolP512r1tls13
          0022 GC256A
          0023 GC256B
          0024 GC256C
          0025 GC256D
          0026 GC512A
          0027 GC512B
          0028 GC512C
          0029 curveSM2
          0100 ffdhe2048
          0101 ffdhe3072
          0102 ffdhe4096
          0103 ffdhe6144
          0104 ffdhe8192
          0200 MLKEM512
          0201 MLKEM768
          0202 MLKEM1024
          11EB SecP256r1MLKEM768
          11EC X25519MLKEM768
          11ED SecP384r1MLKEM1024
          11EE curveSM2MLKEM768
          6399 X25519Kyber768Draft00
          639A SecP256r1Kyber768Draft00
          FF01 arbitrary_explicit_prime_curves
          FF02 arbitrary_explicit_char2_curves
          """);

  private NamedGroups() {}

  /** Returns the registered name, or {@code null} when unknown (or GREASE). */
  public static String name(int code) {
    return TABLE.name(code);
  }

  /** Returns the name, {@code GREASE (0x0A0A)}, or the hex code; never {@code null}. */
  public static String label(int code) {
    return TABLE.label(code);
  }

  /** Returns {@code name (0x0017)}, {@code GREASE (0x0A0A)} or {@code 0x1234}. */
  public static String describe(int code) {
    return TABLE.describe(code);
  }
}
