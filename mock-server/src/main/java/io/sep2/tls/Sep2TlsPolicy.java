package io.sep2.tls;

import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.EncryptionAlgorithm;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.crypto.TlsCrypto;

/**
 * The TLS parameters IEEE 2030.5 allows, and nothing else.
 *
 * <p>2030.5 (§6.11) mandates TLS 1.2 with exactly one cipher suite, {@code
 * TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8} (0xC0AE): ephemeral ECDH on P-256 for forward secrecy, ECDSA
 * P-256 certificates for mutual authentication, and AES-128 in CCM mode with an 8-byte tag, chosen
 * because small metering and inverter chips have AES-CCM in hardware. Most general-purpose stacks
 * do not offer it at all (the JDK's SunJSSE and BoringSSL have no CCM), which is why a client that
 * works against an ordinary HTTPS server fails against a 2030.5 server with a bare alert 40.
 */
public final class Sep2TlsPolicy {

  /** {@code TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8}, 0xC0AE: the only 2030.5 cipher suite. */
  public static final int CIPHER_SUITE = CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8;

  /** The IANA (and JSSE) name of {@link #CIPHER_SUITE}. */
  public static final String CIPHER_SUITE_NAME = "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8";

  /**
   * The OpenSSL name of {@link #CIPHER_SUITE}, for {@code -cipher} and curl's {@code --ciphers}.
   */
  public static final String OPENSSL_CIPHER_NAME = "ECDHE-ECDSA-AES128-CCM8";

  /** TLS 1.2, the only protocol version. */
  public static final ProtocolVersion PROTOCOL_VERSION = ProtocolVersion.TLSv12;

  /** The JSSE name of {@link #PROTOCOL_VERSION}. */
  public static final String PROTOCOL_NAME = "TLSv1.2";

  /** secp256r1 (P-256), the only group for ECDHE. */
  public static final int NAMED_GROUP = NamedGroup.secp256r1;

  /** ecdsa_secp256r1_sha256, the only signature algorithm. */
  public static final SignatureAndHashAlgorithm SIGNATURE_ALGORITHM =
      SignatureAndHashAlgorithm.getInstance(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa);

  /**
   * Fails loudly when the crypto cannot do what 2030.5 needs. A Bouncy Castle {@code JcaTlsCrypto}
   * over a JCA provider without AES-CCM silently drops 0xC0AE from the supported list; a server on
   * such a crypto would refuse every 2030.5 client with an alert 40.
   *
   * @throws IllegalStateException naming what is missing
   */
  public static void requireSupport(TlsCrypto crypto) {
    StringBuilder missing = new StringBuilder();
    if (!crypto.hasEncryptionAlgorithm(EncryptionAlgorithm.AES_128_CCM_8)) {
      missing.append(" AES-128-CCM-8;");
    }
    if (!crypto.hasNamedGroup(NAMED_GROUP)) {
      missing.append(" ECDH on secp256r1;");
    }
    if (!crypto.hasSignatureAndHashAlgorithm(SIGNATURE_ALGORITHM)) {
      missing.append(" ecdsa_secp256r1_sha256;");
    }
    if (missing.length() > 0) {
      throw new IllegalStateException(
          "The TLS crypto "
              + crypto.getClass().getName()
              + " cannot do what IEEE 2030.5 requires; missing:"
              + missing
              + " use Bouncy Castle's BcTlsCrypto (or JcaTlsCrypto over the BC provider)");
    }
  }

  private Sep2TlsPolicy() {}
}
