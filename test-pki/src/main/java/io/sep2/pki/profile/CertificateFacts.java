package io.sep2.pki.profile;

import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.TBSCertificate;

/**
 * One certificate of a checked chain, parsed once: its position, printable subject, the Bouncy
 * Castle view of its TBS part, and its signature checks. Whether it is self-signed is verified at
 * most once, or given when already known (see {@link ProfileCheck#forValidatedPaths}).
 *
 * <p>Signatures are verified by {@link IssuerKey}: an ECDSA signature (all of 2030.5's) with Bouncy
 * Castle's lightweight API, which needs no JCA provider; other key types through the shared
 * provider, so a chain that is not 2030.5's is still judged, not refused.
 */
final class CertificateFacts {

  private final X509Certificate certificate;
  private final int index;
  private final String subject;
  private final TBSCertificate tbs;
  private Boolean selfSigned;

  CertificateFacts(X509Certificate certificate, int index) {
    this.certificate = Objects.requireNonNull(certificate, "certificate");
    this.index = index;
    this.subject = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
    try {
      this.tbs = Certificate.getInstance(certificate.getEncoded()).getTBSCertificate();
    } catch (CertificateEncodingException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "certificate #" + index + " (" + subject + ") cannot be DER-decoded: " + e.getMessage(),
          e);
    }
  }

  /**
   * Facts whose self-signature verdict is already known, so that {@link #selfSigned()} verifies
   * nothing.
   */
  CertificateFacts(X509Certificate certificate, int index, boolean selfSigned) {
    this(certificate, index);
    this.selfSigned = selfSigned;
  }

  X509Certificate certificate() {
    return certificate;
  }

  int index() {
    return index;
  }

  /** The RFC 2253 subject, {@code ""} when empty. */
  String subject() {
    return subject;
  }

  String issuer() {
    return certificate.getIssuerX500Principal().getName(X500Principal.RFC2253);
  }

  boolean subjectEmpty() {
    return subject.isEmpty();
  }

  TBSCertificate tbs() {
    return tbs;
  }

  /** The extension with this OID, or null. */
  Extension extension(ASN1ObjectIdentifier oid) {
    Extensions extensions = tbs.getExtensions();
    return extensions == null ? null : extensions.getExtension(oid);
  }

  Extensions extensions() {
    return tbs.getExtensions();
  }

  /** Issuer and subject are the same name (which a root's are). */
  boolean selfIssued() {
    return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
  }

  /** The certificate's signature verifies with its own public key. */
  boolean selfSigned() {
    if (selfSigned == null) {
      selfSigned = verifiesWith(certificate.getPublicKey());
    }
    return selfSigned;
  }

  /** The certificate's signature verifies with the given key. */
  boolean verifiesWith(PublicKey key) {
    return IssuerKey.of(key).verifies(certificate);
  }

  /** The two certificates have the same public key. */
  static boolean sameKey(X509Certificate a, X509Certificate b) {
    return Arrays.equals(a.getPublicKey().getEncoded(), b.getPublicKey().getEncoded());
  }

  /** Is a CA by basicConstraints. */
  boolean isCa() {
    return certificate.getBasicConstraints() >= 0;
  }

  /** The same certificate, or one with the same subject and public key. */
  boolean sameAs(X509Certificate other) {
    return certificate.equals(other)
        || (certificate.getSubjectX500Principal().equals(other.getSubjectX500Principal())
            && sameKey(certificate, other));
  }
}
