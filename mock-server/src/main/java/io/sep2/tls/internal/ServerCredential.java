package io.sep2.tls.internal;

import io.sep2.pki.HeldCertificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCrypto;

/**
 * The server's private key and the certificate chain it presents, prepared once in Bouncy Castle's
 * form so each handshake only signs. The chain is sent leaf first without the root, as TLS expects.
 * Immutable.
 */
public final class ServerCredential {

  private final AsymmetricKeyParameter privateKey;
  private final List<X509Certificate> chain;
  private final Certificate tlsChain;

  private ServerCredential(
      AsymmetricKeyParameter privateKey, List<X509Certificate> chain, Certificate tlsChain) {
    this.privateKey = privateKey;
    this.chain = chain;
    this.tlsChain = tlsChain;
  }

  /**
   * Prepares {@code held} for {@code crypto}.
   *
   * @throws IllegalArgumentException when the key is not an EC P-256 key
   */
  public static ServerCredential of(HeldCertificate held, TlsCrypto crypto) {
    try {
      AsymmetricKeyParameter key = PrivateKeyFactory.createKey(held.privateKey().getEncoded());
      if (!(key instanceof ECPrivateKeyParameters ec)
          || ec.getParameters().getCurve().getFieldSize() != 256) {
        throw new IllegalArgumentException(
            "a 2030.5 server key must be ECDSA P-256, was " + held.privateKey().getAlgorithm());
      }
      List<X509Certificate> sent = held.chainWithoutRoot();
      TlsCertificate[] certs = new TlsCertificate[sent.size()];
      for (int i = 0; i < certs.length; i++) {
        certs[i] = crypto.createCertificate(sent.get(i).getEncoded());
      }
      return new ServerCredential(key, sent, new Certificate(certs));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("cannot encode the server certificate: " + e, e);
    }
  }

  AsymmetricKeyParameter privateKey() {
    return privateKey;
  }

  Certificate tlsChain() {
    return tlsChain;
  }

  /** The chain the server sends, leaf first, without the root. */
  public List<X509Certificate> chain() {
    return chain;
  }
}
