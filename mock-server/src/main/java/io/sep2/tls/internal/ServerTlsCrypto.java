package io.sep2.tls.internal;

import java.io.IOException;
import java.security.SecureRandom;
import org.bouncycastle.crypto.modes.AEADBlockCipher;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateEntry;
import org.bouncycastle.tls.CertificateType;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * The mock server's Bouncy Castle crypto (lightweight API, no JCA provider): {@link BcTlsCrypto},
 * except that the X.509 certificates it makes from Certificate messages are {@link
 * ReleasableCertificate}s, so a connection can drop its peer's parsed chain after the handshake
 * ({@link #releaseParsed(Certificate)}), and its AES-CCM keeps no copy of a record ({@link
 * InPlaceCcm}): the heap an idle connection holds stays small.
 */
public final class ServerTlsCrypto extends BcTlsCrypto {

  public ServerTlsCrypto(SecureRandom random) {
    super(random);
  }

  /** AES-CCM that keeps no copy of a record ({@link InPlaceCcm}). */
  @Override
  protected AEADBlockCipher createAEADBlockCipher_AES_CCM() {
    return new InPlaceCcm();
  }

  @Override
  public TlsCertificate createCertificate(short type, byte[] encoding) throws IOException {
    if (type == CertificateType.X509) {
      return new ReleasableCertificate(this, encoding);
    }
    return super.createCertificate(type, encoding);
  }

  /**
   * Drops the parsed form of every certificate of {@code chain} this crypto made; their encodings
   * stay. {@code null} or an empty chain is fine.
   */
  static void releaseParsed(Certificate chain) {
    if (chain == null) {
      return;
    }
    for (CertificateEntry entry : chain.getCertificateEntryList()) {
      if (entry.getCertificate() instanceof ReleasableCertificate certificate) {
        certificate.release();
      }
    }
  }
}
