package io.sep2.pki;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.operator.ContentSigner;

/**
 * ecdsa-with-SHA256 with the nonce derived from key and message (RFC 6979), so a seeded PKI signs
 * byte-identical certificates every time. Deterministic ECDSA is as safe as random-nonce ECDSA and
 * verifies with any ECDSA verifier.
 */
final class DeterministicEcdsaSigner implements ContentSigner {

  private static final AlgorithmIdentifier ECDSA_WITH_SHA256 =
      new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);

  private final ECPrivateKeyParameters key;
  private final ByteArrayOutputStream content = new ByteArrayOutputStream(1024);

  DeterministicEcdsaSigner(ECPrivateKeyParameters key) {
    this.key = key;
  }

  @Override
  public AlgorithmIdentifier getAlgorithmIdentifier() {
    return ECDSA_WITH_SHA256;
  }

  @Override
  public OutputStream getOutputStream() {
    return content;
  }

  @Override
  public byte[] getSignature() {
    byte[] data = content.toByteArray();
    SHA256Digest digest = new SHA256Digest();
    digest.update(data, 0, data.length);
    byte[] hash = new byte[32];
    digest.doFinal(hash, 0);
    ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
    signer.init(true, key);
    BigInteger[] rs = signer.generateSignature(hash);
    try {
      return new DERSequence(new ASN1Integer[] {new ASN1Integer(rs[0]), new ASN1Integer(rs[1])})
          .getEncoded();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
