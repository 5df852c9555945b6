package io.sep2.pki.profile;

import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The per-certificate rules of the 2030.5 profile. Each method appends the findings for one
 * certificate in one position (any, CA, SERCA, MICA, end entity) to a list.
 */
final class CertificateRules {

  static final String NO_EXPIRY = "99991231235959Z";
  static final ASN1ObjectIdentifier HARDWARE_MODULE_NAME =
      new ASN1ObjectIdentifier("1.3.6.1.5.5.7.8.4");
  static final ASN1ObjectIdentifier ANY_POLICY = new ASN1ObjectIdentifier("2.5.29.32.0");
  static final String DEVICE_POLICY_ARC = "1.3.6.1.4.1.40732.1.";
  static final String ECDSA_WITH_SHA256 = X9ObjectIdentifiers.ecdsa_with_SHA256.getId();

  private static final int DIGITAL_SIGNATURE = 0;
  private static final int KEY_AGREEMENT = 4;
  private static final int KEY_CERT_SIGN = 5;
  private static final int CRL_SIGN = 6;

  private static final Map<Integer, String> NAME_TYPES =
      Map.of(
          GeneralName.otherName, "otherName",
          GeneralName.rfc822Name, "rfc822Name (e-mail)",
          GeneralName.dNSName, "dNSName",
          GeneralName.x400Address, "x400Address",
          GeneralName.directoryName, "directoryName",
          GeneralName.ediPartyName, "ediPartyName",
          GeneralName.uniformResourceIdentifier, "URI",
          GeneralName.iPAddress, "iPAddress",
          GeneralName.registeredID, "registeredID");

  private final List<Finding> out;

  CertificateRules(List<Finding> out) {
    this.out = out;
  }

  private void add(Rule rule, CertificateFacts c, String expected, String actual, String fix) {
    out.add(Finding.of(rule, c.index(), c.subject(), expected, actual, fix));
  }

  // ---------------------------------------------------------------- every certificate

  /** Key, signature algorithm, validity and extension criticality. */
  void common(CertificateFacts c, boolean caPosition, Date now) {
    key(c);
    signature(c);
    validity(c, now);
    criticality(c, caPosition);
  }

  private void key(CertificateFacts c) {
    AlgorithmIdentifier algorithm = c.tbs().getSubjectPublicKeyInfo().getAlgorithm();
    if (!X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm.getAlgorithm())) {
      PublicKey key = c.certificate().getPublicKey();
      String size =
          key instanceof RSAPublicKey rsa ? ", " + rsa.getModulus().bitLength() + " bits" : "";
      add(
          Rule.KEY_TYPE,
          c,
          "an EC public key (id-ecPublicKey 1.2.840.10045.2.1) on secp256r1",
          key.getAlgorithm() + " key (" + algorithm.getAlgorithm().getId() + size + ")",
          "Issue the certificate for an ECDSA P-256 key pair; 2030.5 allows no other key type.");
      return;
    }
    ASN1Encodable parameters = algorithm.getParameters();
    if (parameters instanceof ASN1ObjectIdentifier curve) {
      if (!SECObjectIdentifiers.secp256r1.equals(curve)) {
        String name = ECNamedCurveTable.getName(curve);
        add(
            Rule.KEY_CURVE,
            c,
            "named curve secp256r1 / P-256 (1.2.840.10045.3.1.7)",
            (name == null ? "curve" : name) + " (" + curve.getId() + ")",
            "Generate the key on P-256 (secp256r1); the 2030.5 cipher suite and its peers use no"
                + " other curve.");
      }
    } else {
      add(
          Rule.KEY_CURVE,
          c,
          "named curve secp256r1 / P-256 (1.2.840.10045.3.1.7)",
          "explicit or inherited curve parameters instead of a named curve",
          "Encode the key with the named-curve OID secp256r1 (RFC 5480), not explicit"
              + " parameters.");
    }
  }

  private void signature(CertificateFacts c) {
    String oid = c.certificate().getSigAlgOID();
    if (!ECDSA_WITH_SHA256.equals(oid)) {
      add(
          Rule.SIG_ALGORITHM,
          c,
          "ecdsa-with-SHA256 (" + ECDSA_WITH_SHA256 + ")",
          c.certificate().getSigAlgName() + " (" + oid + ")",
          "Have the issuer sign with ECDSA over SHA-256 using its P-256 key.");
    }
  }

  private void validity(CertificateFacts c, Date now) {
    ASN1Primitive end = c.tbs().getEndDate().toASN1Primitive();
    String actual;
    if (end instanceof ASN1GeneralizedTime g) {
      actual = "GeneralizedTime " + g.getTimeString();
      if (NO_EXPIRY.equals(g.getTimeString())) {
        actual = null;
      }
    } else if (end instanceof ASN1UTCTime u) {
      actual = "UTCTime " + u.getTime();
    } else {
      actual = end.toString();
    }
    if (actual != null) {
      add(
          Rule.VALIDITY_NOT_AFTER,
          c,
          "notAfter GeneralizedTime " + NO_EXPIRY + " (no well-defined expiration)",
          actual,
          "Set notAfter to the GeneralizedTime 99991231235959Z; 2030.5 device and CA certificates"
              + " do not expire.");
    }
    if (c.certificate().getNotBefore().after(now)) {
      add(
          Rule.VALIDITY_NOT_YET_VALID,
          c,
          "notBefore in the past (checked at " + now.toInstant() + ")",
          "notBefore " + c.certificate().getNotBefore().toInstant(),
          "Back-date notBefore, or fix the clock of the machine that issued it.");
    }
  }

  private void criticality(CertificateFacts c, boolean caPosition) {
    Extensions extensions = c.extensions();
    if (extensions == null) {
      return;
    }
    for (ASN1ObjectIdentifier oid : extensions.getExtensionOIDs()) {
      boolean critical = extensions.getExtension(oid).isCritical();
      if (oid.equals(Extension.keyUsage)) {
        if (!critical) {
          add(
              Rule.EXT_KEY_USAGE_NOT_CRITICAL,
              c,
              "keyUsage marked critical",
              "keyUsage not critical",
              "Mark the keyUsage extension critical.");
        }
      } else if (oid.equals(Extension.basicConstraints)) {
        if (!critical) {
          add(
              Rule.EXT_BASIC_CONSTRAINTS_NOT_CRITICAL,
              c,
              "basicConstraints marked critical",
              "basicConstraints not critical",
              "Mark the basicConstraints extension critical.");
        }
      } else if (oid.equals(Extension.certificatePolicies)) {
        if (!critical) {
          add(
              Rule.EXT_POLICIES_NOT_CRITICAL,
              c,
              "certificatePolicies marked critical",
              "certificatePolicies not critical",
              "Mark the certificatePolicies extension critical.");
        }
      } else if (oid.equals(Extension.subjectKeyIdentifier)
          || oid.equals(Extension.authorityKeyIdentifier)) {
        if (critical) {
          String name =
              oid.equals(Extension.subjectKeyIdentifier)
                  ? "subjectKeyIdentifier"
                  : "authorityKeyIdentifier";
          add(
              Rule.EXT_KEY_IDENTIFIER_CRITICAL,
              c,
              name + " not critical",
              name + " critical",
              "Mark the key identifier extensions non-critical (RFC 5280 requires it).");
        }
      } else if (oid.equals(Extension.subjectAlternativeName)) {
        // end entity: checked by endEntity(); CA: ca.san-present is raised by ca()
        continue;
      } else if (oid.equals(Extension.nameConstraints)) {
        if (critical) {
          add(
              Rule.CA_NAME_CONSTRAINTS_PRESENT,
              c,
              "no nameConstraints extension",
              "critical nameConstraints",
              "Remove the nameConstraints extension; the 2030.5 profile does not allow it.");
        } else {
          add(
              Rule.CA_NAME_CONSTRAINTS_NOT_CRITICAL,
              c,
              "no nameConstraints extension (and never a non-critical one)",
              "non-critical nameConstraints (COMM-004 defect: clients must refuse this chain)",
              "Remove the nameConstraints extension; keep it only in a deliberate COMM-004"
                  + " negative test.");
        }
      } else if (oid.equals(Extension.policyMappings)) {
        if (critical) {
          add(
              Rule.CA_POLICY_MAPPINGS_PRESENT,
              c,
              "no policyMappings extension",
              "critical policyMappings",
              "Remove the policyMappings extension; the 2030.5 profile does not allow it.");
        } else {
          add(
              Rule.CA_POLICY_MAPPINGS_NOT_CRITICAL,
              c,
              "no policyMappings extension (and never a non-critical one)",
              "non-critical policyMappings (COMM-004 defect: clients must refuse this chain)",
              "Remove the policyMappings extension; keep it only in a deliberate COMM-004"
                  + " negative test.");
        }
      } else if (critical && oid.equals(Extension.extendedKeyUsage) && caPosition) {
        add(
            Rule.CA_EKU_CRITICAL,
            c,
            "no critical extendedKeyUsage on an issuing CA",
            "critical extendedKeyUsage (COMM-004 defect: clients must refuse this chain)",
            "Remove the extendedKeyUsage from the CA certificate or mark it non-critical.");
      } else if (critical) {
        add(
            Rule.EXT_UNEXPECTED_CRITICAL,
            c,
            "only keyUsage, basicConstraints, certificatePolicies and an end entity's"
                + " subjectAltName critical",
            "critical extension " + oid.getId(),
            "Mark extension " + oid.getId() + " non-critical, or leave it out.");
      }
    }
  }

  // ---------------------------------------------------------------- CAs

  /** Rules for every CA in the chain (SERCA, MCA, MICA); {@code root} adds the SERCA's. */
  void ca(CertificateFacts c, boolean root) {
    if (c.subjectEmpty()) {
      add(
          Rule.CA_SUBJECT_EMPTY,
          c,
          "a non-empty subject name",
          "empty subject",
          "Give the CA a distinguished name; certificates it issues name it as their issuer.");
    }
    if (c.extension(Extension.basicConstraints) == null) {
      add(
          Rule.CA_BASIC_CONSTRAINTS,
          c,
          "basicConstraints critical CA:TRUE",
          "no basicConstraints extension",
          "Add a critical basicConstraints extension with CA:TRUE.");
    } else if (!c.isCa()) {
      add(
          Rule.CA_BASIC_CONSTRAINTS,
          c,
          "basicConstraints critical CA:TRUE",
          "basicConstraints CA:FALSE",
          "Set CA:TRUE in basicConstraints, or do not use this certificate as an issuer.");
    }
    if (c.extension(Extension.subjectAlternativeName) != null) {
      add(
          Rule.CA_SAN_PRESENT,
          c,
          "no subjectAltName on a CA certificate",
          "subjectAltName present",
          "Remove the subjectAltName from the CA certificate.");
    }
    boolean[] keyUsage = c.certificate().getKeyUsage();
    if (root) {
      serca(c, keyUsage);
      return;
    }
    if (keyUsage == null || !bit(keyUsage, KEY_CERT_SIGN)) {
      add(
          Rule.CA_KEY_USAGE,
          c,
          "keyUsage critical with keyCertSign",
          keyUsage == null ? "no keyUsage extension" : "keyUsage " + keyUsageText(keyUsage),
          "Add keyCertSign to a critical keyUsage extension.");
    }
    if (c.extension(Extension.certificatePolicies) == null) {
      add(
          Rule.CA_POLICIES_MISSING,
          c,
          "critical certificatePolicies",
          "no certificatePolicies extension",
          "Add a critical certificatePolicies extension (e.g. the 2030.5 device policies or"
              + " anyPolicy).");
    }
  }

  private void serca(CertificateFacts c, boolean[] keyUsage) {
    if (!c.selfIssued() || !c.selfSigned()) {
      add(
          Rule.SERCA_SELF_SIGNED,
          c,
          "a self-signed root (issuer = subject, signature verifies with its own key)",
          c.selfIssued()
              ? "issuer = subject, but the signature does not verify with its own key"
              : "issuer " + c.issuer() + " differs from the subject",
          "Use the self-signed SERCA as the root of the chain.");
    }
    if (keyUsage == null || !bit(keyUsage, KEY_CERT_SIGN) || !bit(keyUsage, CRL_SIGN)) {
      add(
          Rule.SERCA_KEY_USAGE,
          c,
          "keyUsage critical keyCertSign + cRLSign",
          keyUsage == null ? "no keyUsage extension" : "keyUsage " + keyUsageText(keyUsage),
          "Give the SERCA a critical keyUsage with keyCertSign and cRLSign.");
    }
    List<String> policies = policies(c);
    if (policies == null || !policies.contains(ANY_POLICY.getId())) {
      add(
          Rule.SERCA_ANY_POLICY,
          c,
          "critical certificatePolicies with anyPolicy " + ANY_POLICY.getId(),
          policies == null ? "no certificatePolicies extension" : "policies " + policies,
          "Add anyPolicy (2.5.29.32.0) to the SERCA's critical certificatePolicies.");
    }
  }

  /** The MICA, issuer of the end entity in chains of length 3 and 4: pathLen 0. */
  void mica(CertificateFacts c) {
    int pathLen = c.certificate().getBasicConstraints();
    if (pathLen >= 0 && pathLen != 0) {
      add(
          Rule.MICA_PATH_LENGTH,
          c,
          "basicConstraints CA:TRUE, pathLenConstraint 0",
          pathLen == Integer.MAX_VALUE ? "no pathLenConstraint" : "pathLenConstraint " + pathLen,
          "Set pathLenConstraint 0 on the MICA: it issues only end-entity certificates.");
    }
  }

  // ---------------------------------------------------------------- end entity

  /** Rules for the device or server certificate (position 0 for roles DEVICE and SERVER). */
  void endEntity(CertificateFacts c, CertificateRole role) {
    if (!c.subjectEmpty()) {
      add(
          Rule.DEVICE_SUBJECT_NOT_EMPTY,
          c,
          "an empty subject (the device is named by the HardwareModuleName in the"
              + " subjectAltName)",
          "subject " + c.subject(),
          "Issue the certificate with an empty subject and a critical subjectAltName.");
    }
    if (c.selfSigned()) {
      add(
          Rule.DEVICE_SELF_SIGNED,
          c,
          "issued by an MICA (or the SERCA), not self-signed",
          "self-signed (COMM-004 defect: peers must refuse it)",
          "Have the device certificate issued by the manufacturer's MICA.");
    }
    if (c.isCa()) {
      add(
          Rule.DEVICE_IS_CA,
          c,
          "no basicConstraints CA:TRUE on an end-entity certificate",
          "basicConstraints CA:TRUE",
          "Leave basicConstraints out of the device certificate, or set CA:FALSE.");
    }
    subjectAltName(c, role);
    keyUsage(c);
    List<String> policies = policies(c);
    if (policies == null || policies.stream().noneMatch(p -> p.startsWith(DEVICE_POLICY_ARC))) {
      add(
          Rule.DEVICE_POLICY,
          c,
          "critical certificatePolicies with a device-type policy "
              + DEVICE_POLICY_ARC
              + "x (1 generic, 2 mobile, 3 post-manufacture)",
          policies == null ? "no certificatePolicies extension" : "policies " + policies,
          "Add 1.3.6.1.4.1.40732.1.1 (generic device) to the critical certificatePolicies.");
    }
  }

  private void subjectAltName(CertificateFacts c, CertificateRole role) {
    Extension san = c.extension(Extension.subjectAlternativeName);
    String expected =
        "critical subjectAltName with exactly one HardwareModuleName otherName "
            + HARDWARE_MODULE_NAME.getId()
            + (role == CertificateRole.SERVER ? " (plus optional DNS names / IP addresses)" : "");
    if (san == null) {
      add(
          Rule.DEVICE_SAN_MISSING,
          c,
          expected,
          "no subjectAltName",
          "Add a critical subjectAltName holding the device's HardwareModuleName (hwType OID"
              + " 1.3.6.1.4.1.<PEN>, hwSerialNum).");
      return;
    }
    if (!san.isCritical()) {
      add(
          Rule.DEVICE_SAN_NOT_CRITICAL,
          c,
          "subjectAltName marked critical (the subject is empty)",
          "subjectAltName not critical",
          "Mark the subjectAltName critical; RFC 5280 requires it when the subject is empty.");
    }
    GeneralName[] names;
    try {
      names = GeneralNames.getInstance(san.getParsedValue()).getNames();
    } catch (RuntimeException e) {
      add(
          Rule.DEVICE_HARDWARE_MODULE_NAME,
          c,
          expected,
          "a subjectAltName that cannot be decoded: " + e.getMessage(),
          "Re-issue the certificate with a well-formed subjectAltName.");
      return;
    }
    int hardwareModuleNames = 0;
    List<String> malformed = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    boolean hostName = false;
    for (GeneralName name : names) {
      int tag = name.getTagNo();
      if (tag == GeneralName.otherName) {
        ASN1Sequence other;
        ASN1ObjectIdentifier typeId;
        try {
          other = ASN1Sequence.getInstance(name.getName());
          typeId = ASN1ObjectIdentifier.getInstance(other.getObjectAt(0));
        } catch (RuntimeException e) {
          malformed.add("undecodable otherName: " + e.getMessage());
          continue;
        }
        if (HARDWARE_MODULE_NAME.equals(typeId)) {
          hardwareModuleNames++;
          String problem = hardwareModuleNameProblem(other);
          if (problem != null) {
            malformed.add(problem);
          }
        } else {
          unexpected.add("otherName " + typeId.getId());
        }
      } else if (role == CertificateRole.SERVER
          && (tag == GeneralName.dNSName || tag == GeneralName.iPAddress)) {
        hostName = true;
      } else {
        unexpected.add(NAME_TYPES.getOrDefault(tag, "name type " + tag) + " " + name.getName());
      }
    }
    if (hardwareModuleNames != 1 || !malformed.isEmpty()) {
      add(
          Rule.DEVICE_HARDWARE_MODULE_NAME,
          c,
          expected,
          hardwareModuleNames
              + " HardwareModuleName(s)"
              + (malformed.isEmpty() ? "" : ", malformed: " + String.join("; ", malformed)),
          "Put exactly one otherName 1.3.6.1.5.5.7.8.4 with SEQUENCE { hwType OID, hwSerialNum"
              + " OCTET STRING } into the subjectAltName.");
    }
    if (!unexpected.isEmpty()) {
      add(
          Rule.DEVICE_SAN_NAME_TYPE,
          c,
          role == CertificateRole.SERVER
              ? "only the HardwareModuleName, DNS names and IP addresses in the subjectAltName"
              : "only the HardwareModuleName in the subjectAltName",
          "also " + String.join(", ", unexpected),
          "Remove the other names from the subjectAltName.");
    }
    if (role == CertificateRole.SERVER && !hostName) {
      add(
          Rule.SERVER_NO_HOST_NAME,
          c,
          "DNS names / IP addresses only if clients check host names",
          "no DNS name or IP address (2030.5 style)",
          "Nothing, if clients skip the host-name check as 2030.5 clients do; add the host names"
              + " for curl or browsers.");
    }
  }

  /** Null when {@code otherName} holds a well-formed HardwareModuleName, else the problem. */
  private static String hardwareModuleNameProblem(ASN1Sequence otherName) {
    try {
      if (otherName.size() != 2) {
        return "otherName has " + otherName.size() + " elements";
      }
      ASN1TaggedObject value = ASN1TaggedObject.getInstance(otherName.getObjectAt(1));
      if (value.getTagNo() != 0) {
        return "value tagged [" + value.getTagNo() + "] instead of [0]";
      }
      ASN1Sequence hmn = ASN1Sequence.getInstance(value.getExplicitBaseObject());
      if (hmn.size() != 2) {
        return "HardwareModuleName has " + hmn.size() + " elements instead of 2";
      }
      ASN1ObjectIdentifier.getInstance(hmn.getObjectAt(0));
      if (ASN1OctetString.getInstance(hmn.getObjectAt(1)).getOctets().length == 0) {
        return "hwSerialNum is empty";
      }
      return null;
    } catch (RuntimeException e) {
      return "not SEQUENCE { hwType OID, hwSerialNum OCTET STRING }: " + e.getMessage();
    }
  }

  private void keyUsage(CertificateFacts c) {
    boolean[] keyUsage = c.certificate().getKeyUsage();
    if (keyUsage == null
        || !bit(keyUsage, DIGITAL_SIGNATURE)
        || !bit(keyUsage, KEY_AGREEMENT)
        || bit(keyUsage, KEY_CERT_SIGN)
        || bit(keyUsage, CRL_SIGN)) {
      add(
          Rule.DEVICE_KEY_USAGE,
          c,
          "keyUsage critical digitalSignature + keyAgreement (no keyCertSign, cRLSign)",
          keyUsage == null ? "no keyUsage extension" : "keyUsage " + keyUsageText(keyUsage),
          "Issue the device certificate with a critical keyUsage of digitalSignature and"
              + " keyAgreement.");
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The policy OIDs, or null without a certificatePolicies extension (or an undecodable one). */
  private static List<String> policies(CertificateFacts c) {
    Extension extension = c.extension(Extension.certificatePolicies);
    if (extension == null) {
      return null;
    }
    List<String> oids = new ArrayList<>();
    try {
      for (PolicyInformation info :
          CertificatePolicies.getInstance(extension.getParsedValue()).getPolicyInformation()) {
        oids.add(info.getPolicyIdentifier().getId());
      }
    } catch (RuntimeException e) {
      return null;
    }
    return oids;
  }

  private static boolean bit(boolean[] keyUsage, int bit) {
    return keyUsage.length > bit && keyUsage[bit];
  }

  private static String keyUsageText(boolean[] keyUsage) {
    String[] names = {
      "digitalSignature",
      "nonRepudiation",
      "keyEncipherment",
      "dataEncipherment",
      "keyAgreement",
      "keyCertSign",
      "cRLSign",
      "encipherOnly",
      "decipherOnly"
    };
    List<String> set = new ArrayList<>();
    for (int i = 0; i < keyUsage.length && i < names.length; i++) {
      if (keyUsage[i]) {
        set.add(names[i]);
      }
    }
    return set.isEmpty() ? "(no bits)" : String.join(" + ", set);
  }
}
