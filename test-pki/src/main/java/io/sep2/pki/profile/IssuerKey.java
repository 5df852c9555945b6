package io.sep2.pki.profile;

import io.sep2.pki.BouncyCastle;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcECContentVerifierProviderBuilder;

/**
 * A public key made ready, once, to verify the signatures of the certificates it issued: a CA's
 * key, or a root's own for its self-signature.
 *
 * <p>An EC key (all of 2030.5's) is decoded into Bouncy Castle's lightweight ECDSA, which needs no
 * JCA provider (creating a {@code BouncyCastleProvider} took about 0.3 s of a fresh JVM) and keeps
 * the key's precomputed multiples for as long as this object lives: verifying with a key prepared
 * once took 77 µs on the benchmark machine, against 161 µs with the key decoded each time and 810
 * µs with Java 17's SunEC. Other keys are verified through {@link BouncyCastle#provider()}, so a
 * chain that is not 2030.5's is still judged. Immutable and thread-safe.
 */
public final class IssuerKey {

  private final PublicKey key;
  private final ContentVerifierProvider ecVerifiers;

  private IssuerKey(PublicKey key, ContentVerifierProvider ecVerifiers) {
    this.key = key;
    this.ecVerifiers = ecVerifiers;
  }

  /** Prepares {@code key}; an EC key is decoded here, once. */
  public static IssuerKey of(PublicKey key) {
    Objects.requireNonNull(key, "key");
    return new IssuerKey(key, ecVerifiers(key));
  }

  /**
   * Whether {@code certificate}'s signature verifies with this key. False, never an exception, for
   * a signature that does not verify, an algorithm the key cannot do or a malformed certificate.
   */
  public boolean verifies(X509Certificate certificate) {
    try {
      if (ecVerifiers == null) {
        certificate.verify(key, BouncyCastle.provider());
        return true;
      }
      ContentVerifier verifier =
          ecVerifiers.get(
              new AlgorithmIdentifier(new ASN1ObjectIdentifier(certificate.getSigAlgOID())));
      try (OutputStream out = verifier.getOutputStream()) {
        out.write(certificate.getTBSCertificate());
      }
      return verifier.verify(certificate.getSignature());
    } catch (GeneralSecurityException
        | IOException
        | OperatorCreationException
        | RuntimeException e) {
      return false;
    }
  }

  /** Bouncy Castle verifiers for an EC key, or {@code null} for any other key. */
  private static ContentVerifierProvider ecVerifiers(PublicKey key) {
    try {
      AsymmetricKeyParameter parameters = PublicKeyFactory.createKey(key.getEncoded());
      if (!(parameters instanceof ECPublicKeyParameters)) {
        return null;
      }
      return new BcECContentVerifierProviderBuilder(new DefaultDigestAlgorithmIdentifierFinder())
          .build(parameters);
    } catch (IOException | OperatorCreationException | RuntimeException e) {
      return null;
    }
  }
}
