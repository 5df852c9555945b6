package io.sep2.robustness;

import io.sep2.pki.HeldCertificate;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Device certificates that a correct 2030.5 server must not trust. */
final class DefectiveDevices {

  private static final BouncyCastleProvider BC = new BouncyCastleProvider();

  private DefectiveDevices() {}

  /**
   * {@code device} re-issued by the same MICA with its subjectAltName (the HardwareModuleName) not
   * critical. With the device's empty subject, RFC 5280 forbids this and the JDK refuses to parse
   * the certificate at all.
   */
  static X509Certificate withNonCriticalSan(HeldCertificate device, HeldCertificate mica) {
    return withNonCritical(device, mica, Extension.subjectAlternativeName);
  }

  /**
   * {@code device} re-issued by the same MICA with its keyUsage not critical (a profile error the
   * JDK still parses). The chain still validates to the SERCA.
   */
  static X509Certificate withNonCriticalKeyUsage(HeldCertificate device, HeldCertificate mica) {
    return withNonCritical(device, mica, Extension.keyUsage);
  }

  private static X509Certificate withNonCritical(
      HeldCertificate device,
      HeldCertificate mica,
      org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
    try {
      X509CertificateHolder template = new JcaX509CertificateHolder(device.certificate());
      X509v3CertificateBuilder builder = new X509v3CertificateBuilder(template);
      Extension extension = template.getExtension(oid);
      builder.replaceExtension(oid, false, extension.getParsedValue());
      PrivateKey issuerKey = mica.privateKey();
      return new JcaX509CertificateConverter()
          .setProvider(BC)
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BC).build(issuerKey)));
    } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
      throw new IllegalStateException(e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
