package io.sep2.pki.profile;

import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
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

  /** Ends the actual text of the findings that conformance test COMM-004 is about. */
  private static final String COMM_004 = " (COMM-004 defect: clients must refuse this chain)";

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

  private void add(Rule rule, CertificateFacts c, String actual, Object... slots) {
    out.add(rule.finding(c.index(), c.subject(), actual, slots));
  }

  /** Same as {@link #add}, for the case that the rule's {@link Rule#variantFix()} covers. */
  private void addVariant(Rule rule, CertificateFacts c, String actual, Object... slots) {
    out.add(rule.variantFinding(c.index(), c.subject(), actual, slots));
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
      String oid = algorithm.getAlgorithm().getId();
      add(Rule.KEY_TYPE, c, key.getAlgorithm() + " key (" + oid + size + ")");
      return;
    }
    if (!(algorithm.getParameters() instanceof ASN1ObjectIdentifier curve)) {
      addVariant(
          Rule.KEY_CURVE, c, "explicit or inherited curve parameters instead of a named curve");
    } else if (!SECObjectIdentifiers.secp256r1.equals(curve)) {
      String name = ECNamedCurveTable.getName(curve);
      add(Rule.KEY_CURVE, c, (name == null ? "curve" : name) + " (" + curve.getId() + ")");
    }
  }

  private void signature(CertificateFacts c) {
    String oid = c.certificate().getSigAlgOID();
    if (!ECDSA_WITH_SHA256.equals(oid)) {
      add(Rule.SIG_ALGORITHM, c, c.certificate().getSigAlgName() + " (" + oid + ")");
    }
  }

  private void validity(CertificateFacts c, Date now) {
    ASN1Primitive end = c.tbs().getEndDate().toASN1Primitive();
    if (end instanceof ASN1GeneralizedTime g) {
      if (!NO_EXPIRY.equals(g.getTimeString())) {
        add(Rule.VALIDITY_NOT_AFTER, c, "GeneralizedTime " + g.getTimeString());
      }
    } else if (end instanceof ASN1UTCTime u) {
      add(Rule.VALIDITY_NOT_AFTER, c, "UTCTime " + u.getTime());
    } else {
      add(Rule.VALIDITY_NOT_AFTER, c, end.toString());
    }
    Date notBefore = c.certificate().getNotBefore();
    if (notBefore.after(now)) {
      add(Rule.VALIDITY_NOT_YET_VALID, c, "notBefore " + notBefore.toInstant(), now.toInstant());
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
          add(Rule.EXT_KEY_USAGE_NOT_CRITICAL, c, "keyUsage not critical");
        }
      } else if (oid.equals(Extension.basicConstraints)) {
        if (!critical) {
          add(Rule.EXT_BASIC_CONSTRAINTS_NOT_CRITICAL, c, "basicConstraints not critical");
        }
      } else if (oid.equals(Extension.certificatePolicies)) {
        if (!critical) {
          add(Rule.EXT_POLICIES_NOT_CRITICAL, c, "certificatePolicies not critical");
        }
      } else if (oid.equals(Extension.subjectKeyIdentifier)
          || oid.equals(Extension.authorityKeyIdentifier)) {
        if (critical) {
          String name =
              oid.equals(Extension.subjectKeyIdentifier)
                  ? "subjectKeyIdentifier"
                  : "authorityKeyIdentifier";
          add(Rule.EXT_KEY_IDENTIFIER_CRITICAL, c, name + " critical", name);
        }
      } else if (oid.equals(Extension.subjectAlternativeName)) {
        // end entity: checked by endEntity(); CA: ca.san-present is raised by ca()
        continue;
      } else if (oid.equals(Extension.nameConstraints)) {
        if (critical) {
          add(Rule.CA_NAME_CONSTRAINTS_PRESENT, c, "critical nameConstraints");
        } else {
          add(Rule.CA_NAME_CONSTRAINTS_NOT_CRITICAL, c, "non-critical nameConstraints" + COMM_004);
        }
      } else if (oid.equals(Extension.policyMappings)) {
        if (critical) {
          add(Rule.CA_POLICY_MAPPINGS_PRESENT, c, "critical policyMappings");
        } else {
          add(Rule.CA_POLICY_MAPPINGS_NOT_CRITICAL, c, "non-critical policyMappings" + COMM_004);
        }
      } else if (critical && oid.equals(Extension.extendedKeyUsage) && caPosition) {
        add(Rule.CA_EKU_CRITICAL, c, "critical extendedKeyUsage" + COMM_004);
      } else if (critical) {
        add(Rule.EXT_UNEXPECTED_CRITICAL, c, "critical extension " + oid.getId(), oid.getId());
      }
    }
  }

  // ---------------------------------------------------------------- CAs

  /** Rules for every CA in the chain (SERCA, MCA, MICA); {@code root} adds the SERCA's. */
  void ca(CertificateFacts c, boolean root) {
    if (c.subjectEmpty()) {
      add(Rule.CA_SUBJECT_EMPTY, c, "empty subject");
    }
    if (c.extension(Extension.basicConstraints) == null) {
      add(Rule.CA_BASIC_CONSTRAINTS, c, "no basicConstraints extension");
    } else if (!c.isCa()) {
      addVariant(Rule.CA_BASIC_CONSTRAINTS, c, "basicConstraints CA:FALSE");
    }
    if (c.extension(Extension.subjectAlternativeName) != null) {
      add(Rule.CA_SAN_PRESENT, c, "subjectAltName present");
    }
    boolean[] keyUsage = c.certificate().getKeyUsage();
    if (root) {
      serca(c, keyUsage);
      return;
    }
    if (keyUsage == null || !bit(keyUsage, KEY_CERT_SIGN)) {
      add(Rule.CA_KEY_USAGE, c, keyUsageFound(keyUsage));
    }
    if (c.extension(Extension.certificatePolicies) == null) {
      add(Rule.CA_POLICIES_MISSING, c, "no certificatePolicies extension");
    }
  }

  private void serca(CertificateFacts c, boolean[] keyUsage) {
    if (!c.selfIssued() || !c.selfSigned()) {
      add(
          Rule.SERCA_SELF_SIGNED,
          c,
          c.selfIssued()
              ? "issuer = subject, but the signature does not verify with its own key"
              : "issuer " + c.issuer() + " differs from the subject");
    }
    if (keyUsage == null || !bit(keyUsage, KEY_CERT_SIGN) || !bit(keyUsage, CRL_SIGN)) {
      add(Rule.SERCA_KEY_USAGE, c, keyUsageFound(keyUsage));
    }
    List<String> policies = policies(c);
    if (policies == null || !policies.contains(ANY_POLICY.getId())) {
      add(Rule.SERCA_ANY_POLICY, c, policiesFound(policies));
    }
  }

  /** The MICA, issuer of the end entity in chains of length 3 and 4: pathLen 0. */
  void mica(CertificateFacts c) {
    int pathLen = c.certificate().getBasicConstraints();
    if (pathLen >= 0 && pathLen != 0) {
      add(
          Rule.MICA_PATH_LENGTH,
          c,
          pathLen == Integer.MAX_VALUE ? "no pathLenConstraint" : "pathLenConstraint " + pathLen);
    }
  }

  // ---------------------------------------------------------------- end entity

  /** Rules for the device or server certificate (position 0 for roles DEVICE and SERVER). */
  void endEntity(CertificateFacts c, CertificateRole role) {
    if (!c.subjectEmpty()) {
      add(Rule.DEVICE_SUBJECT_NOT_EMPTY, c, "subject " + c.subject());
    }
    if (c.selfSigned()) {
      add(Rule.DEVICE_SELF_SIGNED, c, "self-signed (COMM-004 defect: peers must refuse it)");
    }
    if (c.isCa()) {
      add(Rule.DEVICE_IS_CA, c, "basicConstraints CA:TRUE");
    }
    subjectAltName(c, role);
    keyUsage(c);
    List<String> policies = policies(c);
    if (policies == null || policies.stream().noneMatch(p -> p.startsWith(DEVICE_POLICY_ARC))) {
      add(Rule.DEVICE_POLICY, c, policiesFound(policies));
    }
  }

  private void subjectAltName(CertificateFacts c, CertificateRole role) {
    boolean server = role == CertificateRole.SERVER;
    // the slot of the expected texts: what else the role allows in the subjectAltName
    String alsoAllowed = server ? " (plus optional DNS names / IP addresses)" : "";
    Extension san = c.extension(Extension.subjectAlternativeName);
    if (san == null) {
      add(Rule.DEVICE_SAN_MISSING, c, "no subjectAltName", alsoAllowed);
      return;
    }
    if (!san.isCritical()) {
      add(Rule.DEVICE_SAN_NOT_CRITICAL, c, "subjectAltName not critical");
    }
    GeneralName[] names;
    try {
      names = GeneralNames.getInstance(san.getParsedValue()).getNames();
    } catch (RuntimeException e) {
      String actual = "a subjectAltName that cannot be decoded: " + e.getMessage();
      addVariant(Rule.DEVICE_HARDWARE_MODULE_NAME, c, actual, alsoAllowed);
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
      } else if (server && (tag == GeneralName.dNSName || tag == GeneralName.iPAddress)) {
        hostName = true;
      } else {
        unexpected.add(NAME_TYPES.getOrDefault(tag, "name type " + tag) + " " + name.getName());
      }
    }
    if (hardwareModuleNames != 1 || !malformed.isEmpty()) {
      String actual =
          hardwareModuleNames
              + " HardwareModuleName(s)"
              + (malformed.isEmpty() ? "" : ", malformed: " + String.join("; ", malformed));
      add(Rule.DEVICE_HARDWARE_MODULE_NAME, c, actual, alsoAllowed);
    }
    if (!unexpected.isEmpty()) {
      String otherAllowed = server ? ", DNS names and IP addresses" : "";
      add(Rule.DEVICE_SAN_NAME_TYPE, c, "also " + String.join(", ", unexpected), otherAllowed);
    }
    if (server && !hostName) {
      add(Rule.SERVER_NO_HOST_NAME, c, "no DNS name or IP address (2030.5 style)");
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
      add(Rule.DEVICE_KEY_USAGE, c, keyUsageFound(keyUsage));
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

  /** The actual text of a policy finding: the policies, or their absence. */
  private static String policiesFound(List<String> policies) {
    return policies == null ? "no certificatePolicies extension" : "policies " + policies;
  }

  /** The actual text of a keyUsage finding: the bits set, or the extension's absence. */
  private static String keyUsageFound(boolean[] keyUsage) {
    return keyUsage == null ? "no keyUsage extension" : "keyUsage " + keyUsageText(keyUsage);
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
