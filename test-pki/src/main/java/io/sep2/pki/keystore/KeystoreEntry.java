package io.sep2.pki.keystore;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One entry of a {@link LoadedKeystore}: a private key with its certificate chain (a <em>key
 * entry</em>, e.g. a 2030.5 device's identity), or a certificate alone (a <em>trusted
 * certificate</em>, e.g. the SERCA in a truststore).
 *
 * @param alias the entry's alias in the keystore; for PEM files derived from the file name
 * @param privateKey the private key, or null for a trusted certificate
 * @param chain the certificate chain, leaf first; never empty
 */
public record KeystoreEntry(String alias, PrivateKey privateKey, List<X509Certificate> chain) {

  /** Copies the chain and checks it is not empty. */
  public KeystoreEntry {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(chain, "chain");
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("entry '" + alias + "' needs at least one certificate");
    }
  }

  /** Tells whether this is a key entry. */
  public boolean hasPrivateKey() {
    return privateKey != null;
  }

  /** The private key, if this is a key entry. */
  public Optional<PrivateKey> key() {
    return Optional.ofNullable(privateKey);
  }

  /** The entry's own certificate: the first of the chain. */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** Describes the entry without any key material. */
  @Override
  public String toString() {
    return "KeystoreEntry["
        + alias
        + (privateKey == null ? ", trusted certificate" : ", " + privateKey.getAlgorithm() + " key")
        + ", chain="
        + chain.stream()
            .map(c -> "'" + c.getSubjectX500Principal().getName() + "'")
            .collect(Collectors.joining(" <- ", "[", "]"))
        + "]";
  }
}
