package io.sep2.tls.internal;

import io.sep2.pki.profile.IssuerKey;
import java.nio.ByteBuffer;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * Other key types are verified through the shared Bouncy Castle provider ({@link IssuerKey}).
 * Thread-safe.
 */
final class PathSignatures {

  private final Map<ByteBuffer, IssuerKey> knownKeys;

  /**
   * @param knownCas the CA certificates whose keys verify most signatures (anchors and known
   *     intermediates); their keys are decoded once
   */
  PathSignatures(Collection<X509Certificate> knownCas) {
    Map<ByteBuffer, IssuerKey> keys = new HashMap<>();
    for (X509Certificate ca : knownCas) {
      PublicKey key = ca.getPublicKey();
      keys.put(ByteBuffer.wrap(key.getEncoded()), IssuerKey.of(key));
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
      if (!issuerKey(issuer.getPublicKey()).verifies(certificate)) {
        return "the signature of '"
            + certificate.getSubjectX500Principal().getName()
            + "' does not verify with the key of its issuer '"
            + issuer.getSubjectX500Principal().getName()
            + "'";
      }
    }
    return null;
  }

  private IssuerKey issuerKey(PublicKey key) {
    IssuerKey known = knownKeys.get(ByteBuffer.wrap(key.getEncoded()));
    return known != null ? known : IssuerKey.of(key);
  }
}
