package io.sep2.tls.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Verifies every signature of a certificate path, on every call: each certificate's signature with
 * the public key of the next one (leaf with MICA, MICA with MCA, MCA with SERCA), as OpenSSL's
 * {@code s_server} does on every handshake.
 *
 * <p>Why this is needed next to PKIX path building: the JDK interns the certificates its {@code
 * CertificateFactory} parses (by their encoding) and each certificate remembers the key its
 * signature last verified with, so from the second handshake with the same chain PKIX verifies no
 * signature at all. That is sound, but it is less work than the reference the benchmarks compare
 * with, and the server should not depend on a JDK cache to check what a client sends.
 *
 * <p>ECDSA signatures (the only kind the 2030.5 profile allows) are verified with Bouncy Castle's
 * lightweight API, about 10 times faster than Java 17's SunEC (77 against 810 µs per verification
 * on the benchmark machine) and needing no provider. The public keys of the CAs the server knows
 * (trust anchors and intermediates) are decoded once, so Bouncy Castle keeps its precomputed
 * multiples of each CA key from one handshake to the next, as OpenSSL keeps its CA store parsed.
 * Other key types are verified through {@link X509Certificate#verify(PublicKey)}. Thread-safe.
 */
final class PathSignatures {

  private final Map<ByteBuffer, ContentVerifierProvider> knownKeys;

  /**
   * @param knownCas the CA certificates whose keys verify most signatures (anchors and known
   *     intermediates); their keys are decoded once
   */
  PathSignatures(Collection<X509Certificate> knownCas) {
    Map<ByteBuffer, ContentVerifierProvider> keys = new HashMap<>();
    for (X509Certificate ca : knownCas) {
      PublicKey key = ca.getPublicKey();
      ContentVerifierProvider verifiers = ecVerifiers(key);
      if (verifiers != null) {
        keys.put(ByteBuffer.wrap(key.getEncoded()), verifiers);
      }
    }
    this.knownKeys = Map.copyOf(keys);
  }

  /**
   * The first certificate of the path (leaf first, trust anchor last) whose signature does not
   * verify with its issuer's key, in plain words, or {@code null} when all verify. The last
   * certificate's own signature is not checked here.
   */
  String firstBroken(List<X509Certificate> path) {
    for (int i = 0; i + 1 < path.size(); i++) {
      X509Certificate certificate = path.get(i);
      X509Certificate issuer = path.get(i + 1);
      if (!verifies(certificate, issuer.getPublicKey())) {
        return "the signature of '"
            + certificate.getSubjectX500Principal().getName()
            + "' does not verify with the key of its issuer '"
            + issuer.getSubjectX500Principal().getName()
            + "'";
      }
    }
    return null;
  }

  private boolean verifies(X509Certificate certificate, PublicKey issuerKey) {
    ContentVerifierProvider verifiers = knownKeys.get(ByteBuffer.wrap(issuerKey.getEncoded()));
    if (verifiers == null) {
      verifiers = ecVerifiers(issuerKey);
    }
    try {
      if (verifiers == null) {
        certificate.verify(issuerKey);
        return true;
      }
      ContentVerifier verifier =
          verifiers.get(
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
