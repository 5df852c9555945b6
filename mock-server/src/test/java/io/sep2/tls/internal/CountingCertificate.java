package io.sep2.tls.internal;

import java.math.BigInteger;
import java.security.Principal;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.x500.X500Principal;

/**
 * A test seam: a certificate that delegates everything to another one and counts how often the
 * profile check verifies its self-signature.
 *
 * <p>The profile check verifies ECDSA signatures with Bouncy Castle's lightweight API ({@code
 * IssuerKey}) on the certificate's TBS part and signature, so no {@code verify} method of this
 * class is called; what is counted is each request for this certificate's public key made by the
 * profile check's self-signature test ({@code CertificateFacts.selfSigned}), which fetches the key
 * exactly once per verification. It also counts how often its signature bytes are read ({@code
 * IssuerKey} reads them once per verification; PKIX calls {@code verify}, which this class passes
 * on) and can answer altered signature bytes while {@code verify} still succeeds, as when the JDK
 * answers from its cache.
 */
final class CountingCertificate extends X509Certificate {

  private final X509Certificate delegate;
  private final AtomicInteger selfSignatureChecks = new AtomicInteger();
  private final AtomicInteger signatureReads = new AtomicInteger();
  private final boolean alterSignature;

  CountingCertificate(X509Certificate delegate) {
    this(delegate, false);
  }

  private CountingCertificate(X509Certificate delegate, boolean alterSignature) {
    this.delegate = delegate;
    this.alterSignature = alterSignature;
  }

  /**
   * A certificate whose {@code verify} methods succeed (they are passed on to the real one) but
   * whose {@link #getSignature()} answers the signature with its last bit flipped.
   */
  static CountingCertificate withAlteredSignatureBytes(X509Certificate delegate) {
    return new CountingCertificate(delegate, true);
  }

  int signatureReads() {
    return signatureReads.get();
  }

  int selfSignatureChecks() {
    return selfSignatureChecks.get();
  }

  private static final String SELF_SIGNATURE_TEST_CLASS = "io.sep2.pki.profile.CertificateFacts";
  private static final String SELF_SIGNATURE_TEST_METHOD = "selfSigned";

  private void countIfCalledBySelfSignatureTest() {
    boolean calledBySelfSignatureTest =
        StackWalker.getInstance()
            .walk(
                frames ->
                    frames
                        .skip(2) // this method and getPublicKey
                        .findFirst()
                        .filter(
                            f ->
                                f.getClassName().equals(SELF_SIGNATURE_TEST_CLASS)
                                    && f.getMethodName().equals(SELF_SIGNATURE_TEST_METHOD))
                        .isPresent());
    if (calledBySelfSignatureTest) {
      selfSignatureChecks.incrementAndGet();
    }
  }

  @Override
  public void verify(PublicKey key)
      throws CertificateException,
          java.security.NoSuchAlgorithmException,
          java.security.InvalidKeyException,
          java.security.NoSuchProviderException,
          java.security.SignatureException {
    delegate.verify(key);
  }

  @Override
  public void verify(PublicKey key, String sigProvider)
      throws CertificateException,
          java.security.NoSuchAlgorithmException,
          java.security.InvalidKeyException,
          java.security.NoSuchProviderException,
          java.security.SignatureException {
    delegate.verify(key, sigProvider);
  }

  @Override
  public void verify(PublicKey key, Provider sigProvider)
      throws CertificateException,
          java.security.NoSuchAlgorithmException,
          java.security.InvalidKeyException,
          java.security.SignatureException {
    delegate.verify(key, sigProvider);
  }

  @Override
  public byte[] getEncoded() throws CertificateEncodingException {
    return delegate.getEncoded();
  }

  @Override
  public String toString() {
    return delegate.toString();
  }

  @Override
  public PublicKey getPublicKey() {
    countIfCalledBySelfSignatureTest();
    return delegate.getPublicKey();
  }

  @Override
  public void checkValidity() throws CertificateExpiredException, CertificateNotYetValidException {
    delegate.checkValidity();
  }

  @Override
  public void checkValidity(Date date)
      throws CertificateExpiredException, CertificateNotYetValidException {
    delegate.checkValidity(date);
  }

  @Override
  public int getVersion() {
    return delegate.getVersion();
  }

  @Override
  public BigInteger getSerialNumber() {
    return delegate.getSerialNumber();
  }

  @Override
  @SuppressWarnings("deprecation")
  public Principal getIssuerDN() {
    return delegate.getIssuerDN();
  }

  @Override
  @SuppressWarnings("deprecation")
  public Principal getSubjectDN() {
    return delegate.getSubjectDN();
  }

  @Override
  public X500Principal getIssuerX500Principal() {
    return delegate.getIssuerX500Principal();
  }

  @Override
  public X500Principal getSubjectX500Principal() {
    return delegate.getSubjectX500Principal();
  }

  @Override
  public Date getNotBefore() {
    return delegate.getNotBefore();
  }

  @Override
  public Date getNotAfter() {
    return delegate.getNotAfter();
  }

  @Override
  public byte[] getTBSCertificate() throws CertificateEncodingException {
    return delegate.getTBSCertificate();
  }

  @Override
  public byte[] getSignature() {
    signatureReads.incrementAndGet();
    byte[] signature = delegate.getSignature();
    if (alterSignature) {
      signature[signature.length - 1] ^= 1;
    }
    return signature;
  }

  @Override
  public String getSigAlgName() {
    return delegate.getSigAlgName();
  }

  @Override
  public String getSigAlgOID() {
    return delegate.getSigAlgOID();
  }

  @Override
  public byte[] getSigAlgParams() {
    return delegate.getSigAlgParams();
  }

  @Override
  public boolean[] getIssuerUniqueID() {
    return delegate.getIssuerUniqueID();
  }

  @Override
  public boolean[] getSubjectUniqueID() {
    return delegate.getSubjectUniqueID();
  }

  @Override
  public boolean[] getKeyUsage() {
    return delegate.getKeyUsage();
  }

  @Override
  public List<String> getExtendedKeyUsage() throws CertificateParsingException {
    return delegate.getExtendedKeyUsage();
  }

  @Override
  public int getBasicConstraints() {
    return delegate.getBasicConstraints();
  }

  @Override
  public Collection<List<?>> getSubjectAlternativeNames() throws CertificateParsingException {
    return delegate.getSubjectAlternativeNames();
  }

  @Override
  public Collection<List<?>> getIssuerAlternativeNames() throws CertificateParsingException {
    return delegate.getIssuerAlternativeNames();
  }

  @Override
  public boolean hasUnsupportedCriticalExtension() {
    return delegate.hasUnsupportedCriticalExtension();
  }

  @Override
  public Set<String> getCriticalExtensionOIDs() {
    return delegate.getCriticalExtensionOIDs();
  }

  @Override
  public Set<String> getNonCriticalExtensionOIDs() {
    return delegate.getNonCriticalExtensionOIDs();
  }

  @Override
  public byte[] getExtensionValue(String oid) {
    return delegate.getExtensionValue(oid);
  }
}
