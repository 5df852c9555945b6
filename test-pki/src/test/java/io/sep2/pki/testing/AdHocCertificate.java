package io.sep2.pki.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Test-only builder of certificates outside the generator, for negatives the generator never makes
 * (RSA and P-384 keys, SHA-1 signatures, wrong criticality). The templates {@link #serca()}, {@link
 * #mica(Held)} and {@link #device(Held)} start 2030.5-compliant; each test changes one thing.
 */
public final class AdHocCertificate {

  /** A certificate with its key pair. */
  public record Held(X509Certificate certificate, KeyPair keyPair) {
    public PrivateKey privateKey() {
      return keyPair.getPrivate();
    }
  }

  public static final Provider BC = new BouncyCastleProvider();
  public static final ASN1ObjectIdentifier HMN = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.8.4");
  public static final ASN1ObjectIdentifier ANY_POLICY = new ASN1ObjectIdentifier("2.5.29.32.0");
  public static final ASN1ObjectIdentifier DEVICE_POLICY =
      new ASN1ObjectIdentifier("1.3.6.1.4.1.40732.1.1");
  private static final AtomicLong SERIAL = new AtomicLong(1000);

  private String subject;
  private KeyPair keyPair = ec("secp256r1");
  private Held issuer;
  private String signatureAlgorithm = "SHA256withECDSA";
  private Time notAfter = new Time(new ASN1GeneralizedTime("99991231235959Z"));
  private Date notBefore = Date.from(Instant.parse("2020-01-01T00:00:00Z"));
  private final Map<ASN1ObjectIdentifier, Extension> extensions = new LinkedHashMap<>();
  private boolean keyIdentifiers = true;

  private AdHocCertificate() {}

  /** A compliant SERCA: self-signed, BC CA critical, KU keyCertSign+cRLSign, anyPolicy. */
  public static AdHocCertificate serca() {
    return new AdHocCertificate()
        .subject("O=ad hoc,CN=AD HOC SERCA")
        .extension(Extension.basicConstraints, true, new BasicConstraints(true))
        .extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
        .extension(Extension.certificatePolicies, true, policies(ANY_POLICY));
  }

  /** A compliant MICA (pathLen 0) issued by {@code issuer}. */
  public static AdHocCertificate mica(Held issuer) {
    return new AdHocCertificate()
        .issuedBy(issuer)
        .subject("O=ad hoc,CN=AD HOC MICA")
        .extension(Extension.basicConstraints, true, new BasicConstraints(0))
        .extension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign))
        .extension(Extension.certificatePolicies, true, policies(DEVICE_POLICY));
  }

  /** A compliant device certificate issued by {@code issuer}. */
  public static AdHocCertificate device(Held issuer) {
    return new AdHocCertificate()
        .issuedBy(issuer)
        .subject("")
        .extension(
            Extension.subjectAlternativeName,
            true,
            new GeneralNames(hardwareModuleName("1.3.6.1.4.1.32473", "AH0001")))
        .extension(
            Extension.keyUsage,
            true,
            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement))
        .extension(Extension.certificatePolicies, true, policies(DEVICE_POLICY));
  }

  public AdHocCertificate subject(String dn) {
    this.subject = dn;
    return this;
  }

  public AdHocCertificate keyPair(KeyPair keyPair) {
    this.keyPair = keyPair;
    return this;
  }

  public AdHocCertificate issuedBy(Held issuer) {
    this.issuer = issuer;
    return this;
  }

  /** Signed with its own key, issuer name = subject. */
  public AdHocCertificate selfSigned() {
    this.issuer = null;
    return this;
  }

  public AdHocCertificate signatureAlgorithm(String algorithm) {
    this.signatureAlgorithm = algorithm;
    return this;
  }

  public AdHocCertificate notAfter(Time notAfter) {
    this.notAfter = notAfter;
    return this;
  }

  public AdHocCertificate notBefore(Instant notBefore) {
    this.notBefore = Date.from(notBefore);
    return this;
  }

  /** Adds or replaces an extension. */
  public AdHocCertificate extension(
      ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
    try {
      extensions.put(oid, new Extension(oid, critical, value.toASN1Primitive().getEncoded()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Flips the criticality of an extension already present. */
  public AdHocCertificate critical(ASN1ObjectIdentifier oid, boolean critical) {
    Extension e = extensions.get(oid);
    extensions.put(oid, new Extension(oid, critical, e.getExtnValue()));
    return this;
  }

  public AdHocCertificate without(ASN1ObjectIdentifier oid) {
    extensions.remove(oid);
    return this;
  }

  /** Key identifiers with the given criticality. */
  public AdHocCertificate keyIdentifiers(boolean include) {
    this.keyIdentifiers = include;
    return this;
  }

  public Held build() {
    try {
      X500Name subjectName = new X500Name(subject);
      X500Name issuerName =
          issuer == null
              ? subjectName
              : X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
      PrivateKey signer = issuer == null ? keyPair.getPrivate() : issuer.privateKey();
      SubjectPublicKeyInfo spki =
          SubjectPublicKeyInfo.getInstance(keyPair.getPublic().getEncoded());
      X509v3CertificateBuilder builder =
          new X509v3CertificateBuilder(
              issuerName,
              BigInteger.valueOf(SERIAL.incrementAndGet()),
              new Time(notBefore),
              notAfter,
              subjectName,
              spki);
      List<Extension> all = new ArrayList<>(extensions.values());
      JcaX509ExtensionUtils ids = new JcaX509ExtensionUtils();
      if (keyIdentifiers && !extensions.containsKey(Extension.subjectKeyIdentifier)) {
        all.add(
            new Extension(
                Extension.subjectKeyIdentifier,
                false,
                ids.createSubjectKeyIdentifier(keyPair.getPublic()).getEncoded()));
      }
      if (keyIdentifiers
          && issuer != null
          && !extensions.containsKey(Extension.authorityKeyIdentifier)) {
        all.add(
            new Extension(
                Extension.authorityKeyIdentifier,
                false,
                ids.createAuthorityKeyIdentifier(issuer.keyPair().getPublic()).getEncoded()));
      }
      for (Extension e : all) {
        builder.addExtension(e);
      }
      X509CertificateHolder holder =
          builder.build(
              new JcaContentSignerBuilder(signatureAlgorithm).setProvider(BC).build(signer));
      X509Certificate certificate;
      try {
        certificate = new JcaX509CertificateConverter().getCertificate(holder);
      } catch (CertificateException e) {
        // the JDK refuses an empty subject without subjectAltName; Bouncy Castle reads it
        certificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
      }
      return new Held(certificate, keyPair);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ values

  public static KeyPair ec(String curve) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
      generator.initialize(new ECGenParameterSpec(curve));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static KeyPair rsa(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BC);
      generator.initialize(bits);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static GeneralName hardwareModuleName(String hwType, String serial) {
    ASN1EncodableVector hmn = new ASN1EncodableVector();
    hmn.add(new ASN1ObjectIdentifier(hwType));
    hmn.add(new DEROctetString(serial.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    ASN1EncodableVector otherName = new ASN1EncodableVector();
    otherName.add(HMN);
    otherName.add(new DERTaggedObject(true, 0, new DERSequence(hmn)));
    return new GeneralName(GeneralName.otherName, new DERSequence(otherName));
  }

  public static CertificatePolicies policies(ASN1ObjectIdentifier... oids) {
    PolicyInformation[] info = new PolicyInformation[oids.length];
    for (int i = 0; i < oids.length; i++) {
      info[i] = new PolicyInformation(oids[i]);
    }
    return new CertificatePolicies(info);
  }
}
