package io.sep2.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyMappings;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.bc.BcX509ExtensionUtils;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

/**
 * Mints certificates with exactly the extensions and criticality of the 2030.5 profile (see
 * DESIGN.md, "The 2030.5 certificate profile"), and the COMM-004 defects on request.
 */
final class CertificateMinter {

  /** The 2030.5 "no well-defined expiration" value, as GeneralizedTime. */
  static final String NO_EXPIRY = "99991231235959Z";

  static final X500Name EMPTY_NAME = new X500Name(new RDN[0]);

  private final Date notBefore;

  CertificateMinter(Date notBefore) {
    this.notBefore = notBefore;
  }

  /** A subject plus its key, as the issuer of the next certificate down. */
  record Issuer(X500Name name, ECPrivateKeyParameters key, X509Certificate certificate) {}

  static SubjectPublicKeyInfo spki(ECPrivateKeyParameters key) {
    try {
      return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(SeededKeys.publicKey(key));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  X509Certificate mint(
      Issuer issuer,
      X500Name subject,
      ECPrivateKeyParameters subjectKey,
      BigInteger serial,
      List<Extension> extensions) {
    // a self-signed certificate is its own issuer
    X500Name issuerName = issuer == null ? subject : issuer.name();
    ECPrivateKeyParameters signingKey = issuer == null ? subjectKey : issuer.key();
    SubjectPublicKeyInfo subjectSpki = spki(subjectKey);
    SubjectPublicKeyInfo issuerSpki = spki(signingKey);
    BcX509ExtensionUtils ids = new BcX509ExtensionUtils();
    X509v3CertificateBuilder builder =
        new X509v3CertificateBuilder(
            issuerName,
            serial,
            new Time(notBefore),
            new Time(new ASN1GeneralizedTime(NO_EXPIRY)),
            subject,
            subjectSpki);
    try {
      for (Extension extension : extensions) {
        builder.addExtension(extension);
      }
      builder.addExtension(
          Extension.subjectKeyIdentifier, false, ids.createSubjectKeyIdentifier(subjectSpki));
      if (issuer != null) {
        builder.addExtension(
            Extension.authorityKeyIdentifier,
            false,
            new AuthorityKeyIdentifier(
                ids.createSubjectKeyIdentifier(issuerSpki).getKeyIdentifier()));
      }
      byte[] der = builder.build(new DeterministicEcdsaSigner(signingKey)).getEncoded();
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CertificateException e) {
      throw new IllegalStateException("The JDK cannot parse a certificate we minted", e);
    }
  }

  // ---- extension sets of the 2030.5 profile ----

  static List<Extension> serca() {
    List<Extension> list = new ArrayList<>();
    list.add(ext(Extension.basicConstraints, true, new BasicConstraints(true)));
    list.add(ext(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
    list.add(ext(Extension.certificatePolicies, true, policies(Sep2Oids.ANY_POLICY)));
    return list;
  }

  /** MCA (pathLen absent) or MICA (pathLen 0). */
  static List<Extension> issuingCa(Integer pathLen) {
    List<Extension> list = new ArrayList<>();
    list.add(
        ext(
            Extension.basicConstraints,
            true,
            pathLen == null ? new BasicConstraints(true) : new BasicConstraints(pathLen)));
    list.add(ext(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign)));
    list.add(ext(Extension.certificatePolicies, true, policies(endEntityPolicies())));
    return list;
  }

  /**
   * A device or server certificate: critical SAN with one HardwareModuleName (plus, for a server,
   * host names), keyUsage digitalSignature+keyAgreement, policies generic device + test
   * certificate.
   */
  static List<Extension> endEntity(
      String hardwareType, byte[] hardwareSerial, List<GeneralName> extraNames) {
    List<GeneralName> names = new ArrayList<>();
    names.add(hardwareModuleName(hardwareType, hardwareSerial));
    names.addAll(extraNames);
    List<Extension> list = new ArrayList<>();
    list.add(
        ext(
            Extension.subjectAlternativeName,
            true,
            new GeneralNames(names.toArray(GeneralName[]::new))));
    list.add(
        ext(
            Extension.keyUsage,
            true,
            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement)));
    list.add(ext(Extension.certificatePolicies, true, policies(endEntityPolicies())));
    return list;
  }

  static ASN1ObjectIdentifier[] endEntityPolicies() {
    return new ASN1ObjectIdentifier[] {
      Sep2Oids.POLICY_DEVICE_GENERIC, Sep2Oids.POLICY_TEST_CERTIFICATE
    };
  }

  /** The COMM-004 defect to add to an issuing CA, or nothing. */
  static List<Extension> comm004Defect(Comm004Variant variant) {
    return switch (variant) {
      case ISSUING_CA_CRITICAL_EKU ->
          List.of(
              ext(
                  Extension.extendedKeyUsage,
                  true,
                  new ExtendedKeyUsage(
                      new KeyPurposeId[] {
                        KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth
                      })));
      case NAME_CONSTRAINTS_NOT_CRITICAL ->
          List.of(
              ext(
                  Extension.nameConstraints,
                  false,
                  new NameConstraints(
                      null,
                      new GeneralSubtree[] {
                        new GeneralSubtree(new GeneralName(GeneralName.dNSName, "invalid.example"))
                      })));
      case POLICY_MAPPINGS_NOT_CRITICAL ->
          List.of(
              ext(
                  Extension.policyMappings,
                  false,
                  policyMappingsOf(
                      new CertPolicyIdPair(
                          Sep2Oids.POLICY_DEVICE_GENERIC, Sep2Oids.POLICY_DEVICE_MOBILE))));
      case SELF_SIGNED_LEAF -> List.of();
    };
  }

  /** Helper for a one-entry policyMappings. */
  private record CertPolicyIdPair(ASN1ObjectIdentifier issuer, ASN1ObjectIdentifier subject) {}

  private static PolicyMappings policyMappingsOf(CertPolicyIdPair pair) {
    return new PolicyMappings(
        new org.bouncycastle.asn1.x509.CertPolicyId[] {
          org.bouncycastle.asn1.x509.CertPolicyId.getInstance(pair.issuer())
        },
        new org.bouncycastle.asn1.x509.CertPolicyId[] {
          org.bouncycastle.asn1.x509.CertPolicyId.getInstance(pair.subject())
        });
  }

  static GeneralName hardwareModuleName(String hardwareType, byte[] serial) {
    // HardwareModuleName ::= SEQUENCE { hwType OBJECT IDENTIFIER, hwSerialNum OCTET STRING }
    // OtherName ::= SEQUENCE { type-id OBJECT IDENTIFIER, value [0] EXPLICIT ANY }
    ASN1EncodableVector hmn = new ASN1EncodableVector();
    hmn.add(new ASN1ObjectIdentifier(hardwareType));
    hmn.add(new DEROctetString(serial));
    ASN1EncodableVector otherName = new ASN1EncodableVector();
    otherName.add(Sep2Oids.HARDWARE_MODULE_NAME);
    otherName.add(new DERTaggedObject(true, 0, new DERSequence(hmn)));
    return new GeneralName(GeneralName.otherName, new DERSequence(otherName));
  }

  private static final java.util.regex.Pattern IPV4 =
      java.util.regex.Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");
  private static final java.util.regex.Pattern DNS =
      java.util.regex.Pattern.compile(
          "(?=.{1,253}$)(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

  static boolean isHostName(String name) {
    return name != null
        && (IPV4.matcher(name).matches()
            || (name.contains(":") && name.matches("[0-9A-Fa-f:.]+"))
            || (DNS.matcher(name).matches() && !name.matches("[0-9.]+")));
  }

  static GeneralName hostName(String name) {
    boolean ip = IPV4.matcher(name).matches() || name.contains(":");
    return new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, name);
  }

  private static CertificatePolicies policies(ASN1ObjectIdentifier... oids) {
    PolicyInformation[] info = new PolicyInformation[oids.length];
    for (int i = 0; i < oids.length; i++) {
      info[i] = new PolicyInformation(oids[i]);
    }
    return new CertificatePolicies(info);
  }

  private static Extension ext(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
    try {
      return new Extension(oid, critical, value.toASN1Primitive().getEncoded());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
