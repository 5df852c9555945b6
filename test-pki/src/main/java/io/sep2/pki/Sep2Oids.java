package io.sep2.pki;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Object identifiers of the IEEE 2030.5 certificate profile.
 *
 * <p>2030.5 device certificates carry a {@code certificatePolicies} extension whose OIDs live under
 * the arc {@code 1.3.6.1.4.1.40732}: {@code .1.x} says what kind of device the certificate is for,
 * {@code .2.x} qualifies how it was issued. The device itself is named not by its subject (which is
 * empty) but by a {@code HardwareModuleName} (RFC 4108) in the subjectAltName: the manufacturer's
 * hardware type OID plus the device's serial number.
 */
public final class Sep2Oids {

  /** RFC 4108 {@code id-on-hardwareModuleName}: the otherName form that names a device. */
  public static final ASN1ObjectIdentifier HARDWARE_MODULE_NAME =
      new ASN1ObjectIdentifier("1.3.6.1.5.5.7.8.4");

  /** The 2030.5 policy arc {@code 1.3.6.1.4.1.40732}. */
  public static final ASN1ObjectIdentifier SEP2_ARC = new ASN1ObjectIdentifier("1.3.6.1.4.1.40732");

  /** Policy: a generic (fixed) 2030.5 device. */
  public static final ASN1ObjectIdentifier POLICY_DEVICE_GENERIC = SEP2_ARC.branch("1.1");

  /** Policy: a mobile 2030.5 device. */
  public static final ASN1ObjectIdentifier POLICY_DEVICE_MOBILE = SEP2_ARC.branch("1.2");

  /** Policy: a certificate issued after manufacture. */
  public static final ASN1ObjectIdentifier POLICY_DEVICE_POST_MANUFACTURE = SEP2_ARC.branch("1.3");

  /**
   * Policy qualifier: a test certificate (every certificate this library generates has it, except
   * the SERCA, which carries only {@link #ANY_POLICY}).
   */
  public static final ASN1ObjectIdentifier POLICY_TEST_CERTIFICATE = SEP2_ARC.branch("2.1");

  /** Policy qualifier: a self-signed certificate. */
  public static final ASN1ObjectIdentifier POLICY_SELF_SIGNED = SEP2_ARC.branch("2.2");

  /** Policy qualifier: a service-provider certificate. */
  public static final ASN1ObjectIdentifier POLICY_SERVICE_PROVIDER = SEP2_ARC.branch("2.3");

  /** Policy qualifier: a bulk-issued certificate. */
  public static final ASN1ObjectIdentifier POLICY_BULK_ISSUED = SEP2_ARC.branch("2.4");

  /** X.509 {@code anyPolicy} ({@code 2.5.29.32.0}), carried by the SERCA. */
  public static final ASN1ObjectIdentifier ANY_POLICY = new ASN1ObjectIdentifier("2.5.29.32.0");

  /**
   * The default hardware type OID: {@code 1.3.6.1.4.1.32473}, the private enterprise number that
   * RFC 5612 reserves for documentation. Real devices use their manufacturer's PEN.
   */
  public static final String DEFAULT_HARDWARE_TYPE = "1.3.6.1.4.1.32473";

  private Sep2Oids() {}
}
