package io.sep2.pki.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rules of the IEEE 2030.5 certificate profile that {@link ProfileCheck} applies, each with the
 * stable id its {@link Finding}s carry.
 *
 * <p>Ids are {@code <scope>.<what>}; the scope says which certificates a rule is about:
 *
 * <ul>
 *   <li>{@code chain.*}: the chain as a whole (order, signatures, root, trust, length);
 *   <li>{@code key.*}, {@code sig.*}, {@code validity.*}, {@code ext.*}: every certificate;
 *   <li>{@code ca.*}: every CA certificate (SERCA, MCA, MICA); the nameConstraints and
 *       policyMappings rules every certificate;
 *   <li>{@code serca.*}: the root, SERCA (the last certificate of the chain when it is self-issued,
 *       or the trust anchor that completed the chain);
 *   <li>{@code mica.*}: the MICA, the CA that issues the end-entity certificate in chains of length
 *       3 and 4;
 *   <li>{@code device.*}: the end-entity certificate, for {@link CertificateRole#DEVICE} and {@link
 *       CertificateRole#SERVER} alike: in 2030.5 a server certificate is a device certificate;
 *   <li>{@code server.*}: only for {@link CertificateRole#SERVER}.
 * </ul>
 *
 * <table>
 *   <caption>All ids</caption>
 *   <tr><th>id</th><th>severity</th><th>raised when</th></tr>
 *   <tr><td>{@code chain.empty}</td><td>ERROR</td><td>no certificate was given</td></tr>
 *   <tr><td>{@code chain.length}</td><td>ERROR</td><td>the chain, root included, is not 2 to 4
 *       certificates long (1 to 3 for role CA)</td></tr>
 *   <tr><td>{@code chain.order}</td><td>ERROR</td><td>a certificate's issuer is not the subject of
 *       the next one (the chain must run leaf first, root last)</td></tr>
 *   <tr><td>{@code chain.signature}</td><td>ERROR</td><td>a certificate's signature does not verify
 *       with the next certificate's public key</td></tr>
 *   <tr><td>{@code chain.multiple-roots}</td><td>ERROR</td><td>a self-signed certificate appears
 *       before the last position: only one root in a path</td></tr>
 *   <tr><td>{@code chain.incomplete}</td><td>WARNING</td><td>the chain does not end with a
 *       self-issued root and no trust anchors were given to complete it, so the SERCA rules were
 *       not checked (with trust anchors, {@code chain.untrusted} is raised instead)</td></tr>
 *   <tr><td>{@code chain.untrusted}</td><td>ERROR</td><td>trust anchors were given and the chain
 *       does not lead to any of them</td></tr>
 *   <tr><td>{@code chain.path-length}</td><td>ERROR</td><td>more CAs follow a CA than its
 *       basicConstraints pathLenConstraint allows</td></tr>
 *   <tr><td>{@code key.type}</td><td>ERROR</td><td>the public key is not an EC key (e.g.
 *       RSA)</td></tr>
 *   <tr><td>{@code key.curve}</td><td>ERROR</td><td>the EC key is not on the named curve secp256r1
 *       (P-256), e.g. P-384 or explicit parameters</td></tr>
 *   <tr><td>{@code sig.algorithm}</td><td>ERROR</td><td>the signature is not ecdsa-with-SHA256
 *       (e.g. SHA-1, SHA-384, RSA)</td></tr>
 *   <tr><td>{@code validity.not-after}</td><td>ERROR</td><td>notAfter is not the GeneralizedTime
 *       {@code 99991231235959Z} ("no well-defined expiration")</td></tr>
 *   <tr><td>{@code validity.not-yet-valid}</td><td>WARNING</td><td>notBefore is in the future
 *       (peers with a correct clock refuse it)</td></tr>
 *   <tr><td>{@code ext.key-usage-not-critical}</td><td>ERROR</td><td>keyUsage present but not
 *       critical</td></tr>
 *   <tr><td>{@code ext.basic-constraints-not-critical}</td><td>ERROR</td><td>basicConstraints
 *       present but not critical</td></tr>
 *   <tr><td>{@code ext.policies-not-critical}</td><td>ERROR</td><td>certificatePolicies present
 *       but not critical</td></tr>
 *   <tr><td>{@code ext.key-identifier-critical}</td><td>ERROR</td><td>subject or authority key
 *       identifier marked critical</td></tr>
 *   <tr><td>{@code ext.unexpected-critical}</td><td>ERROR</td><td>any other extension marked
 *       critical (only keyUsage, basicConstraints, certificatePolicies and an end-entity's
 *       subjectAltName may be)</td></tr>
 *   <tr><td>{@code ca.basic-constraints}</td><td>ERROR</td><td>a CA lacks basicConstraints
 *       CA:TRUE</td></tr>
 *   <tr><td>{@code ca.key-usage}</td><td>ERROR</td><td>an MCA or MICA lacks keyUsage
 *       keyCertSign</td></tr>
 *   <tr><td>{@code ca.policies-missing}</td><td>ERROR</td><td>an MCA or MICA has no
 *       certificatePolicies</td></tr>
 *   <tr><td>{@code ca.subject-empty}</td><td>ERROR</td><td>a CA has an empty subject, so nothing
 *       can name it as issuer</td></tr>
 *   <tr><td>{@code ca.san-present}</td><td>ERROR</td><td>a CA carries a subjectAltName</td></tr>
 *   <tr><td>{@code ca.eku-critical}</td><td>ERROR</td><td>a CA carries a <em>critical</em>
 *       extendedKeyUsage (COMM-004 defect)</td></tr>
 *   <tr><td>{@code ca.name-constraints-present}</td><td>ERROR</td><td>a critical nameConstraints
 *       is present: the profile forbids nameConstraints</td></tr>
 *   <tr><td>{@code ca.name-constraints-not-critical}</td><td>ERROR</td><td>a
 *       <em>non-critical</em> nameConstraints is present (COMM-004 defect; RFC 5280 requires it
 *       critical)</td></tr>
 *   <tr><td>{@code ca.policy-mappings-present}</td><td>ERROR</td><td>a critical policyMappings is
 *       present: the profile forbids policyMappings</td></tr>
 *   <tr><td>{@code ca.policy-mappings-not-critical}</td><td>ERROR</td><td>a
 *       <em>non-critical</em> policyMappings is present (COMM-004 defect)</td></tr>
 *   <tr><td>{@code serca.self-signed}</td><td>ERROR</td><td>the root is not self-signed (its
 *       signature does not verify with its own key, or issuer and subject differ)</td></tr>
 *   <tr><td>{@code serca.key-usage}</td><td>ERROR</td><td>the SERCA lacks keyUsage keyCertSign
 *       and cRLSign</td></tr>
 *   <tr><td>{@code serca.any-policy}</td><td>ERROR</td><td>the SERCA's certificatePolicies lack
 *       anyPolicy {@code 2.5.29.32.0}</td></tr>
 *   <tr><td>{@code mica.path-length}</td><td>ERROR</td><td>the MICA's basicConstraints has no
 *       pathLenConstraint 0</td></tr>
 *   <tr><td>{@code device.subject-not-empty}</td><td>ERROR</td><td>the end-entity subject is not
 *       empty</td></tr>
 *   <tr><td>{@code device.self-signed}</td><td>ERROR</td><td>the end-entity certificate is
 *       self-signed (COMM-004 defect)</td></tr>
 *   <tr><td>{@code device.is-ca}</td><td>ERROR</td><td>the end-entity certificate says CA:TRUE
 *       </td></tr>
 *   <tr><td>{@code device.san-missing}</td><td>ERROR</td><td>the end-entity certificate has no
 *       subjectAltName</td></tr>
 *   <tr><td>{@code device.san-not-critical}</td><td>ERROR</td><td>its subjectAltName is not
 *       critical</td></tr>
 *   <tr><td>{@code device.hardware-module-name}</td><td>ERROR</td><td>its subjectAltName does not
 *       hold exactly one well-formed HardwareModuleName otherName ({@code 1.3.6.1.5.5.7.8.4}: hwType
 *       OID + hwSerialNum octets)</td></tr>
 *   <tr><td>{@code device.san-name-type}</td><td>ERROR</td><td>its subjectAltName holds another
 *       kind of name (role DEVICE: anything else; role SERVER: anything but DNS names and IP
 *       addresses)</td></tr>
 *   <tr><td>{@code device.key-usage}</td><td>ERROR</td><td>keyUsage lacks digitalSignature or
 *       keyAgreement, or has keyCertSign/cRLSign</td></tr>
 *   <tr><td>{@code device.policy}</td><td>ERROR</td><td>certificatePolicies missing or without a
 *       device-type policy {@code 1.3.6.1.4.1.40732.1.x}</td></tr>
 *   <tr><td>{@code server.no-host-name}</td><td>INFO</td><td>the server certificate carries no DNS
 *       name or IP address (2030.5 style): clients must skip the host-name check</td></tr>
 * </table>
 *
 * <p>Each rule also carries the words of its findings: {@link #expected()}, what the profile
 * requires, and {@link #fix()}, how to make it right; only {@link Finding#actual()} is worked out
 * per certificate. Where part of a text depends on the check, the text holds {@code %s} slots
 * (named on the constant) that each finding fills. A rule whose findings call for two different
 * remedies carries a {@link #variantFix()} for its second case, also named on the constant.
 */
public enum Rule {
  /** {@code chain.empty}: no certificate was given. */
  CHAIN_EMPTY(
      "chain.empty",
      Severity.ERROR,
      "at least the end-entity certificate",
      "Pass the certificate chain, leaf first."),
  /**
   * {@code chain.length}: not 2 to 4 certificates (1 to 3 for role CA), root included. Slots: the
   * minimum and maximum length; the variant fix is for role CA.
   */
  CHAIN_LENGTH(
      "chain.length",
      Severity.ERROR,
      "%s to %s certificates, root included",
      "Issue the certificate through SERCA -> [MCA] -> MICA: 2030.5 peers accept chains of 2, 3"
          + " and 4 certificates only.",
      "A 2030.5 CA chain is SERCA, SERCA -> MICA or SERCA -> MCA -> MICA."),
  /**
   * {@code chain.order}: a certificate's issuer is not the subject of the next one. Slots: the next
   * certificate's index and subject.
   */
  CHAIN_ORDER(
      "chain.order",
      Severity.ERROR,
      "issuer equal to the subject of #%s (%s)",
      "Order the chain leaf first, each certificate followed by its issuer, root last."),
  /**
   * {@code chain.signature}: a signature does not verify with the next certificate's key. Slot: the
   * next certificate's index.
   */
  CHAIN_SIGNATURE(
      "chain.signature",
      Severity.ERROR,
      "a signature that verifies with the public key of #%s",
      "Re-issue the certificate with the key of the CA that is in the chain."),
  /** {@code chain.multiple-roots}: a self-signed certificate before the last position. */
  CHAIN_MULTIPLE_ROOTS(
      "chain.multiple-roots",
      Severity.ERROR,
      "one root, the SERCA, at the end of the chain",
      "Remove the extra root; a 2030.5 path has exactly one."),
  /** {@code chain.incomplete}: no root at the end and no trust anchors given to complete it. */
  CHAIN_INCOMPLETE(
      "chain.incomplete",
      Severity.WARNING,
      "a chain ending with the self-signed SERCA, or trust anchors to complete it",
      "Append the SERCA to the chain or pass it as trust anchor so the root can be checked."),
  /** {@code chain.untrusted}: trust anchors given, none of them reached. Slot: their number. */
  CHAIN_UNTRUSTED(
      "chain.untrusted",
      Severity.ERROR,
      "a chain that ends at one of the %s trust anchor(s)",
      "Use certificates issued under the trusted SERCA, or trust the SERCA of this chain."),
  /** {@code chain.path-length}: a CA's pathLenConstraint is exceeded. Slot: the constraint. */
  CHAIN_PATH_LENGTH(
      "chain.path-length",
      Severity.ERROR,
      "at most %s intermediate CA(s) below this CA",
      "Raise or drop the pathLenConstraint of this CA, or shorten the chain."),
  /** {@code key.type}: not an EC public key. */
  KEY_TYPE(
      "key.type",
      Severity.ERROR,
      "an EC public key (id-ecPublicKey 1.2.840.10045.2.1) on secp256r1",
      "Issue the certificate for an ECDSA P-256 key pair; 2030.5 allows no other key type."),
  /**
   * {@code key.curve}: EC key not on the named curve secp256r1. The variant fix is for explicit (or
   * inherited) curve parameters instead of a named curve.
   */
  KEY_CURVE(
      "key.curve",
      Severity.ERROR,
      "named curve secp256r1 / P-256 (1.2.840.10045.3.1.7)",
      "Generate the key on P-256 (secp256r1); the 2030.5 cipher suite and its peers use no other"
          + " curve.",
      "Encode the key with the named-curve OID secp256r1 (RFC 5480), not explicit parameters."),
  /** {@code sig.algorithm}: not signed with ecdsa-with-SHA256. */
  SIG_ALGORITHM(
      "sig.algorithm",
      Severity.ERROR,
      "ecdsa-with-SHA256 (1.2.840.10045.4.3.2)",
      "Have the issuer sign with ECDSA over SHA-256 using its P-256 key."),
  /** {@code validity.not-after}: notAfter is not GeneralizedTime 99991231235959Z. */
  VALIDITY_NOT_AFTER(
      "validity.not-after",
      Severity.ERROR,
      "notAfter GeneralizedTime 99991231235959Z (no well-defined expiration)",
      "Set notAfter to the GeneralizedTime 99991231235959Z; 2030.5 device and CA certificates do"
          + " not expire."),
  /** {@code validity.not-yet-valid}: notBefore lies in the future. Slot: the time checked at. */
  VALIDITY_NOT_YET_VALID(
      "validity.not-yet-valid",
      Severity.WARNING,
      "notBefore in the past (checked at %s)",
      "Back-date notBefore, or fix the clock of the machine that issued it."),
  /** {@code ext.key-usage-not-critical}: keyUsage present but not critical. */
  EXT_KEY_USAGE_NOT_CRITICAL(
      "ext.key-usage-not-critical",
      Severity.ERROR,
      "keyUsage marked critical",
      "Mark the keyUsage extension critical."),
  /** {@code ext.basic-constraints-not-critical}: basicConstraints present but not critical. */
  EXT_BASIC_CONSTRAINTS_NOT_CRITICAL(
      "ext.basic-constraints-not-critical",
      Severity.ERROR,
      "basicConstraints marked critical",
      "Mark the basicConstraints extension critical."),
  /** {@code ext.policies-not-critical}: certificatePolicies present but not critical. */
  EXT_POLICIES_NOT_CRITICAL(
      "ext.policies-not-critical",
      Severity.ERROR,
      "certificatePolicies marked critical",
      "Mark the certificatePolicies extension critical."),
  /**
   * {@code ext.key-identifier-critical}: a key identifier extension is critical. Slot: the
   * extension's name.
   */
  EXT_KEY_IDENTIFIER_CRITICAL(
      "ext.key-identifier-critical",
      Severity.ERROR,
      "%s not critical",
      "Mark the key identifier extensions non-critical (RFC 5280 requires it)."),
  /** {@code ext.unexpected-critical}: another extension is critical. Slot: its OID. */
  EXT_UNEXPECTED_CRITICAL(
      "ext.unexpected-critical",
      Severity.ERROR,
      "only keyUsage, basicConstraints, certificatePolicies and an end entity's subjectAltName"
          + " critical",
      "Mark extension %s non-critical, or leave it out."),
  /**
   * {@code ca.basic-constraints}: a CA without basicConstraints CA:TRUE. The variant fix is for a
   * basicConstraints that says CA:FALSE.
   */
  CA_BASIC_CONSTRAINTS(
      "ca.basic-constraints",
      Severity.ERROR,
      "basicConstraints critical CA:TRUE",
      "Add a critical basicConstraints extension with CA:TRUE.",
      "Set CA:TRUE in basicConstraints, or do not use this certificate as an issuer."),
  /** {@code ca.key-usage}: an MCA/MICA without keyUsage keyCertSign. */
  CA_KEY_USAGE(
      "ca.key-usage",
      Severity.ERROR,
      "keyUsage critical with keyCertSign",
      "Add keyCertSign to a critical keyUsage extension."),
  /** {@code ca.policies-missing}: an MCA/MICA without certificatePolicies. */
  CA_POLICIES_MISSING(
      "ca.policies-missing",
      Severity.ERROR,
      "critical certificatePolicies",
      "Add a critical certificatePolicies extension (e.g. the 2030.5 device policies or"
          + " anyPolicy)."),
  /** {@code ca.subject-empty}: a CA with an empty subject. */
  CA_SUBJECT_EMPTY(
      "ca.subject-empty",
      Severity.ERROR,
      "a non-empty subject name",
      "Give the CA a distinguished name; certificates it issues name it as their issuer."),
  /** {@code ca.san-present}: a CA with a subjectAltName. */
  CA_SAN_PRESENT(
      "ca.san-present",
      Severity.ERROR,
      "no subjectAltName on a CA certificate",
      "Remove the subjectAltName from the CA certificate."),
  /** {@code ca.eku-critical}: a CA with a critical extendedKeyUsage (COMM-004). */
  CA_EKU_CRITICAL(
      "ca.eku-critical",
      Severity.ERROR,
      "no critical extendedKeyUsage on an issuing CA",
      "Remove the extendedKeyUsage from the CA certificate or mark it non-critical."),
  /** {@code ca.name-constraints-present}: a critical nameConstraints. */
  CA_NAME_CONSTRAINTS_PRESENT(
      "ca.name-constraints-present",
      Severity.ERROR,
      "no nameConstraints extension",
      "Remove the nameConstraints extension; the 2030.5 profile does not allow it."),
  /** {@code ca.name-constraints-not-critical}: a non-critical nameConstraints (COMM-004). */
  CA_NAME_CONSTRAINTS_NOT_CRITICAL(
      "ca.name-constraints-not-critical",
      Severity.ERROR,
      "no nameConstraints extension (and never a non-critical one)",
      "Remove the nameConstraints extension; keep it only in a deliberate COMM-004 negative test."),
  /** {@code ca.policy-mappings-present}: a critical policyMappings. */
  CA_POLICY_MAPPINGS_PRESENT(
      "ca.policy-mappings-present",
      Severity.ERROR,
      "no policyMappings extension",
      "Remove the policyMappings extension; the 2030.5 profile does not allow it."),
  /** {@code ca.policy-mappings-not-critical}: a non-critical policyMappings (COMM-004). */
  CA_POLICY_MAPPINGS_NOT_CRITICAL(
      "ca.policy-mappings-not-critical",
      Severity.ERROR,
      "no policyMappings extension (and never a non-critical one)",
      "Remove the policyMappings extension; keep it only in a deliberate COMM-004 negative test."),
  /** {@code serca.self-signed}: the root is not self-signed. */
  SERCA_SELF_SIGNED(
      "serca.self-signed",
      Severity.ERROR,
      "a self-signed root (issuer = subject, signature verifies with its own key)",
      "Use the self-signed SERCA as the root of the chain."),
  /** {@code serca.key-usage}: the SERCA without keyCertSign + cRLSign. */
  SERCA_KEY_USAGE(
      "serca.key-usage",
      Severity.ERROR,
      "keyUsage critical keyCertSign + cRLSign",
      "Give the SERCA a critical keyUsage with keyCertSign and cRLSign."),
  /** {@code serca.any-policy}: the SERCA without anyPolicy. */
  SERCA_ANY_POLICY(
      "serca.any-policy",
      Severity.ERROR,
      "critical certificatePolicies with anyPolicy 2.5.29.32.0",
      "Add anyPolicy (2.5.29.32.0) to the SERCA's critical certificatePolicies."),
  /** {@code mica.path-length}: the MICA without pathLenConstraint 0. */
  MICA_PATH_LENGTH(
      "mica.path-length",
      Severity.ERROR,
      "basicConstraints CA:TRUE, pathLenConstraint 0",
      "Set pathLenConstraint 0 on the MICA: it issues only end-entity certificates."),
  /** {@code device.subject-not-empty}: the end-entity subject is not empty. */
  DEVICE_SUBJECT_NOT_EMPTY(
      "device.subject-not-empty",
      Severity.ERROR,
      "an empty subject (the device is named by the HardwareModuleName in the subjectAltName)",
      "Issue the certificate with an empty subject and a critical subjectAltName."),
  /** {@code device.self-signed}: the end-entity certificate is self-signed (COMM-004). */
  DEVICE_SELF_SIGNED(
      "device.self-signed",
      Severity.ERROR,
      "issued by an MICA (or the SERCA), not self-signed",
      "Have the device certificate issued by the manufacturer's MICA."),
  /** {@code device.is-ca}: the end-entity certificate says CA:TRUE. */
  DEVICE_IS_CA(
      "device.is-ca",
      Severity.ERROR,
      "no basicConstraints CA:TRUE on an end-entity certificate",
      "Leave basicConstraints out of the device certificate, or set CA:FALSE."),
  /**
   * {@code device.san-missing}: no subjectAltName on the end-entity certificate. Slot: what else
   * the role allows in it ({@code ""} for role DEVICE).
   */
  DEVICE_SAN_MISSING(
      "device.san-missing",
      Severity.ERROR,
      "critical subjectAltName with exactly one HardwareModuleName otherName 1.3.6.1.5.5.7.8.4%s",
      "Add a critical subjectAltName holding the device's HardwareModuleName (hwType OID"
          + " 1.3.6.1.4.1.<PEN>, hwSerialNum)."),
  /** {@code device.san-not-critical}: the end-entity subjectAltName is not critical. */
  DEVICE_SAN_NOT_CRITICAL(
      "device.san-not-critical",
      Severity.ERROR,
      "subjectAltName marked critical (the subject is empty)",
      "Mark the subjectAltName critical; RFC 5280 requires it when the subject is empty."),
  /**
   * {@code device.hardware-module-name}: not exactly one well-formed HardwareModuleName. Slot: as
   * for {@link #DEVICE_SAN_MISSING}; the variant fix is for a subjectAltName that cannot be
   * decoded.
   */
  DEVICE_HARDWARE_MODULE_NAME(
      "device.hardware-module-name",
      Severity.ERROR,
      "critical subjectAltName with exactly one HardwareModuleName otherName 1.3.6.1.5.5.7.8.4%s",
      "Put exactly one otherName 1.3.6.1.5.5.7.8.4 with SEQUENCE { hwType OID, hwSerialNum OCTET"
          + " STRING } into the subjectAltName.",
      "Re-issue the certificate with a well-formed subjectAltName."),
  /**
   * {@code device.san-name-type}: a kind of name the role does not allow in the SAN. Slot: what
   * else the role allows ({@code ""} for role DEVICE).
   */
  DEVICE_SAN_NAME_TYPE(
      "device.san-name-type",
      Severity.ERROR,
      "only the HardwareModuleName%s in the subjectAltName",
      "Remove the other names from the subjectAltName."),
  /** {@code device.key-usage}: not digitalSignature + keyAgreement, or CA bits set. */
  DEVICE_KEY_USAGE(
      "device.key-usage",
      Severity.ERROR,
      "keyUsage critical digitalSignature + keyAgreement (no keyCertSign, cRLSign)",
      "Issue the device certificate with a critical keyUsage of digitalSignature and"
          + " keyAgreement."),
  /** {@code device.policy}: no device-type policy 1.3.6.1.4.1.40732.1.x. */
  DEVICE_POLICY(
      "device.policy",
      Severity.ERROR,
      "critical certificatePolicies with a device-type policy 1.3.6.1.4.1.40732.1.x (1 generic, 2"
          + " mobile, 3 post-manufacture)",
      "Add 1.3.6.1.4.1.40732.1.1 (generic device) to the critical certificatePolicies."),
  /** {@code server.no-host-name}: a 2030.5-style server certificate without host names. */
  SERVER_NO_HOST_NAME(
      "server.no-host-name",
      Severity.INFO,
      "DNS names / IP addresses only if clients check host names",
      "Nothing, if clients skip the host-name check as 2030.5 clients do; add the host names for"
          + " curl or browsers.");

  private final String id;
  private final Severity severity;
  private final String expected;
  private final String fix;
  private final String variantFix;

  Rule(String id, Severity severity, String expected, String fix) {
    this(id, severity, expected, fix, null);
  }

  Rule(String id, Severity severity, String expected, String fix, String variantFix) {
    this.id = id;
    this.severity = severity;
    this.expected = expected;
    this.fix = fix;
    this.variantFix = variantFix;
  }

  /** The stable id, e.g. {@code "key.curve"}. */
  public String id() {
    return id;
  }

  /** The severity of this rule's findings. */
  public Severity severity() {
    return severity;
  }

  /**
   * What the profile requires, in words: the {@link Finding#expected()} of this rule's findings,
   * e.g. {@code "named curve secp256r1 / P-256 (1.2.840.10045.3.1.7)"}. May hold {@code %s} slots
   * that each finding fills (e.g. {@code chain.untrusted}: the number of trust anchors).
   */
  public String expected() {
    return expected;
  }

  /**
   * One sentence on how to make it right: the {@link Finding#fix()} of this rule's findings (but
   * see {@link #variantFix()}). May hold {@code %s} slots like {@link #expected()}.
   */
  public String fix() {
    return fix;
  }

  /**
   * The fix for the second case of a rule that has one, e.g. {@code key.curve} for explicit curve
   * parameters rather than a wrong named curve; empty for most rules.
   */
  public Optional<String> variantFix() {
    return Optional.ofNullable(variantFix);
  }

  /** The rule with this id, if any. */
  public static Optional<Rule> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  /**
   * A finding of this rule with its {@link #fix()}.
   *
   * @param slots the values for the {@code %s} slots; {@link #expected()} and {@link #fix()} take
   *     them alike, each as many as it has slots
   */
  Finding finding(int index, String subject, String actual, Object... slots) {
    return Finding.of(
        this, index, subject, expected.formatted(slots), actual, fix.formatted(slots));
  }

  /** Same as {@link #finding}, with the {@link #variantFix()} instead of the fix. */
  Finding variantFinding(int index, String subject, String actual, Object... slots) {
    if (variantFix == null) {
      throw new IllegalStateException(id + " has no variant fix");
    }
    return Finding.of(
        this, index, subject, expected.formatted(slots), actual, variantFix.formatted(slots));
  }

  @Override
  public String toString() {
    return id;
  }
}
