package io.sep2.tls.internal;

import java.io.IOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tls.crypto.Tls13Verifier;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsEncryptor;
import org.bouncycastle.tls.crypto.TlsVerifier;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * An X.509 certificate of a Certificate message that can give up its parsed form once the handshake
 * is over.
 *
 * <p>Bouncy Castle keeps the client's chain for the life of the connection (in the connection's
 * security parameters and its session), each certificate parsed into ASN.1 objects: about 11 KiB of
 * heap per idle connection for a 2030.5 device chain of three (BENCHMARKS.md, figure 5). After the
 * handshake the server needs none of it: the client's identity and verdict were taken during the
 * handshake. {@link #release()} drops the parsed form and keeps the DER encoding (about 0.5 KiB);
 * anything that asks later gets the certificate parsed again, so nothing changes for a caller.
 *
 * <p>The constructor parses, so a malformed certificate fails the handshake exactly as a {@link
 * BcTlsCertificate} would. {@link #getEncoded()} returns the encoding the client sent (Bouncy
 * Castle requires it to be DER, so it is what re-encoding would give) without re-encoding it.
 */
final class ReleasableCertificate implements TlsCertificate {

  private final BcTlsCrypto crypto;
  private final byte[] encoding;
  private volatile BcTlsCertificate parsed;

  ReleasableCertificate(BcTlsCrypto crypto, byte[] encoding) throws IOException {
    this.crypto = crypto;
    this.encoding = encoding;
    this.parsed = new BcTlsCertificate(crypto, encoding);
  }

  /** Drops the parsed form; the next call that needs it parses the encoding again. */
  void release() {
    parsed = null;
  }

  /** Whether the parsed form is held (for tests). */
  boolean parsed() {
    return parsed != null;
  }

  private BcTlsCertificate certificate() throws IOException {
    BcTlsCertificate certificate = parsed;
    if (certificate == null) {
      certificate = new BcTlsCertificate(crypto, encoding);
      parsed = certificate;
    }
    return certificate;
  }

  private BcTlsCertificate certificateUnchecked() {
    try {
      return certificate();
    } catch (IOException e) {
      // it parsed when the handshake received it, so it parses again
      throw new IllegalStateException("a certificate that parsed once no longer parses", e);
    }
  }

  @Override
  public byte[] getEncoded() {
    return encoding.clone();
  }

  @Override
  public TlsEncryptor createEncryptor(int tlsCertificateRole) throws IOException {
    return certificate().createEncryptor(tlsCertificateRole);
  }

  @Override
  public TlsVerifier createVerifier(short signatureAlgorithm) throws IOException {
    return certificate().createVerifier(signatureAlgorithm);
  }

  @Override
  public Tls13Verifier createVerifier(int signatureScheme) throws IOException {
    return certificate().createVerifier(signatureScheme);
  }

  @Override
  public byte[] getExtension(ASN1ObjectIdentifier extensionOid) throws IOException {
    return certificate().getExtension(extensionOid);
  }

  @Override
  public BigInteger getSerialNumber() {
    return certificateUnchecked().getSerialNumber();
  }

  @Override
  public String getSigAlgOID() {
    return certificateUnchecked().getSigAlgOID();
  }

  @Override
  public ASN1Encodable getSigAlgParams() throws IOException {
    return certificate().getSigAlgParams();
  }

  @Override
  public short getLegacySignatureAlgorithm() throws IOException {
    return certificate().getLegacySignatureAlgorithm();
  }

  @Override
  public boolean supportsSignatureAlgorithm(short signatureAlgorithm) throws IOException {
    return certificate().supportsSignatureAlgorithm(signatureAlgorithm);
  }

  @Override
  public boolean supportsSignatureAlgorithmCA(short signatureAlgorithm) throws IOException {
    return certificate().supportsSignatureAlgorithmCA(signatureAlgorithm);
  }

  @Override
  public TlsCertificate checkUsageInRole(int tlsCertificateRole) throws IOException {
    certificate().checkUsageInRole(tlsCertificateRole);
    return this;
  }
}
