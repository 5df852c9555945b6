package io.sep2.pki;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A certificate together with its private key and the chain that vouches for it.
 *
 * <p>In the 2030.5 PKI the chain runs from the end-entity certificate (a device or server) through
 * the issuing CAs to the root: <b>SERCA</b> (Smart Energy Root CA, the only trust anchor) &rarr;
 * optionally an <b>MCA</b> (Manufacturer CA) &rarr; an <b>MICA</b> (Manufacturer Issuing CA, which
 * signs device certificates) &rarr; device. Immutable.
 */
public final class HeldCertificate {

  private final String name;
  private final X509Certificate certificate;
  private final KeyPair keyPair;
  private final List<X509Certificate> chain;

  HeldCertificate(
      String name, X509Certificate certificate, KeyPair keyPair, List<X509Certificate> issuers) {
    this.name = Objects.requireNonNull(name, "name");
    this.certificate = Objects.requireNonNull(certificate, "certificate");
    this.keyPair = Objects.requireNonNull(keyPair, "keyPair");
    this.chain =
        issuers.isEmpty()
            ? List.of(certificate)
            : java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(certificate), issuers.stream())
                .toList();
  }

  /**
   * Holds key material that was not generated here, e.g. a device identity loaded from a vendor's
   * keystore, so it can be presented by the mock server or a test client.
   *
   * @param name a label for messages, e.g. {@code "device"}
   * @param privateKey the private key of the first certificate
   * @param chainWithRoot the chain, leaf first, ending with the root (or the self-signed leaf
   *     alone)
   * @throws IllegalArgumentException when the chain is empty or the key's algorithm is not that of
   *     the leaf's public key (whether the key is the leaf's own is not checked; {@link
   *     io.sep2.pki.keystore.KeystoreLoader} checks that when it loads a keystore)
   */
  public static HeldCertificate of(
      String name, PrivateKey privateKey, List<X509Certificate> chainWithRoot) {
    Objects.requireNonNull(privateKey, "privateKey");
    if (chainWithRoot == null || chainWithRoot.isEmpty()) {
      throw new IllegalArgumentException("chain of '" + name + "' is empty");
    }
    X509Certificate leaf = chainWithRoot.get(0);
    String keyAlgorithm = privateKey.getAlgorithm();
    String certificateAlgorithm = leaf.getPublicKey().getAlgorithm();
    if (!keyAlgorithm.equals(certificateAlgorithm)) {
      throw new IllegalArgumentException(
          "the private key of '"
              + name
              + "' is "
              + keyAlgorithm
              + " but its certificate holds a "
              + certificateAlgorithm
              + " key");
    }
    return new HeldCertificate(
        name,
        leaf,
        new KeyPair(leaf.getPublicKey(), privateKey),
        List.copyOf(chainWithRoot.subList(1, chainWithRoot.size())));
  }

  /** The name this certificate was given in the builder, e.g. {@code "device-1"} or "serca". */
  public String name() {
    return name;
  }

  /** The certificate itself. */
  public X509Certificate certificate() {
    return certificate;
  }

  /** The certificate's key pair (ECDSA P-256 when {@link Sep2Pki} made it). */
  public KeyPair keyPair() {
    return keyPair;
  }

  /** The certificate's private key (ECDSA P-256 when {@link Sep2Pki} made it). */
  public PrivateKey privateKey() {
    return keyPair.getPrivate();
  }

  /**
   * The chain, leaf first and ending with the root (the SERCA, or the certificate itself when it is
   * self-signed). This is the order a TLS peer sends, plus the root.
   */
  public List<X509Certificate> chain() {
    return chain;
  }

  /**
   * The chain without the root: what a TLS peer should send in its Certificate message. For a
   * self-signed certificate, the certificate itself.
   */
  public List<X509Certificate> chainWithoutRoot() {
    return chain.size() == 1 ? chain : chain.subList(0, chain.size() - 1);
  }

  /** The certificates between this one and the root (MCA, MICA), nearest first; may be empty. */
  public List<X509Certificate> intermediates() {
    return chain.size() <= 2 ? List.of() : chain.subList(1, chain.size() - 1);
  }

  @Override
  public String toString() {
    return "HeldCertificate["
        + name
        + ", subject='"
        + certificate.getSubjectX500Principal().getName()
        + "', serial="
        + certificate.getSerialNumber().toString(16)
        + "]";
  }
}
