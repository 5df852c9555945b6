package io.sep2.pki.keystore;

import io.sep2.pki.BouncyCastle;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a private key belongs to a public key (a certificate's): a probe is signed with the
 * private key and verified with the public key. EC keys are probed with SHA256withECDSA, RSA with
 * SHA256withRSA, Ed25519 and Ed448 with themselves; for any other algorithm only the two keys'
 * algorithm names are compared.
 *
 * <p>The JDK's own providers do the probe when they take the key (SunEC for a P-256 key), so no
 * Bouncy Castle provider is created for it: creating one registers thousands of algorithms and took
 * about 0.3 s of every {@code sep2:verify-tls} run. Keys the JDK cannot use (a curve SunEC dropped
 * in Java 16, such as brainpoolP256r1) are probed with {@link BouncyCastle#provider()}.
 */
public final class KeyPairProbe {

  private static final byte[] PROBE =
      "sep2-testkit key/certificate probe".getBytes(StandardCharsets.US_ASCII);

  private KeyPairProbe() {}

  /** True when a signature made with {@code privateKey} verifies with {@code publicKey}. */
  public static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
    return mismatch(privateKey, publicKey).isEmpty();
  }

  /**
   * Empty when the keys belong together, otherwise what is wrong, in words for a finding: {@code "a
   * signature made with the private key does not verify with the certificate's public key"}, or why
   * the probe could not be made.
   */
  public static Optional<String> mismatch(PrivateKey privateKey, PublicKey publicKey) {
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(publicKey, "publicKey");
    String algorithm =
        switch (privateKey.getAlgorithm()) {
          case "EC", "ECDSA" -> "SHA256withECDSA";
          case "RSA" -> "SHA256withRSA";
          case "Ed25519", "EdDSA" -> "Ed25519";
          case "Ed448" -> "Ed448";
          default -> null;
        };
    if (algorithm == null) {
      return privateKey.getAlgorithm().equals(publicKey.getAlgorithm())
          ? Optional.empty()
          : Optional.of(
              "a "
                  + privateKey.getAlgorithm()
                  + " key with a "
                  + publicKey.getAlgorithm()
                  + " certificate");
    }
    boolean verified;
    try {
      try {
        verified = probe(algorithm, privateKey, publicKey, null);
      } catch (GeneralSecurityException | RuntimeException jdkCannot) {
        // e.g. SunEC's "Curve not supported" (a SignatureException from sign()): Bouncy Castle
        // decides, and its failure is the one reported
        verified = probe(algorithm, privateKey, publicKey, BouncyCastle.provider());
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      return Optional.of(
          "the key cannot be used with the certificate's "
              + publicKey.getAlgorithm()
              + " public key: "
              + e);
    }
    return verified
        ? Optional.empty()
        : Optional.of(
            "a signature made with the private key does not verify with the certificate's"
                + " public key");
  }

  private static boolean probe(
      String algorithm, PrivateKey privateKey, PublicKey publicKey, Provider provider)
      throws GeneralSecurityException {
    Signature signer = signature(algorithm, provider);
    signer.initSign(privateKey);
    signer.update(PROBE);
    byte[] signature = signer.sign();
    Signature verifier = signature(algorithm, provider);
    verifier.initVerify(publicKey);
    verifier.update(PROBE);
    return verifier.verify(signature);
  }

  /** {@code provider}'s, or with {@code null} the first of the JVM's providers that has it. */
  private static Signature signature(String algorithm, Provider provider)
      throws GeneralSecurityException {
    return provider == null
        ? Signature.getInstance(algorithm)
        : Signature.getInstance(algorithm, provider);
  }
}
