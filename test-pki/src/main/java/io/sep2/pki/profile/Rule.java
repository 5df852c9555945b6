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
 *   <li>{@code ca.*}: every CA certificate (SERCA, MCA, MICA);
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
 *       self-signed root and no trust anchor completes it, so the SERCA rules were not
 *       checked</td></tr>
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
 */
public enum Rule {
  /** {@code chain.empty}: no certificate was given. */
  CHAIN_EMPTY("chain.empty", Severity.ERROR),
  /** {@code chain.length}: not 2 to 4 certificates (1 to 3 for role CA), root included. */
  CHAIN_LENGTH("chain.length", Severity.ERROR),
  /** {@code chain.order}: a certificate's issuer is not the subject of the next one. */
  CHAIN_ORDER("chain.order", Severity.ERROR),
  /** {@code chain.signature}: a signature does not verify with the next certificate's key. */
  CHAIN_SIGNATURE("chain.signature", Severity.ERROR),
  /** {@code chain.multiple-roots}: a self-signed certificate before the last position. */
  CHAIN_MULTIPLE_ROOTS("chain.multiple-roots", Severity.ERROR),
  /** {@code chain.incomplete}: no root at the end and no trust anchor completes the chain. */
  CHAIN_INCOMPLETE("chain.incomplete", Severity.WARNING),
  /** {@code chain.untrusted}: trust anchors given, none of them reached. */
  CHAIN_UNTRUSTED("chain.untrusted", Severity.ERROR),
  /** {@code chain.path-length}: a CA's pathLenConstraint is exceeded. */
  CHAIN_PATH_LENGTH("chain.path-length", Severity.ERROR),
  /** {@code key.type}: not an EC public key. */
  KEY_TYPE("key.type", Severity.ERROR),
  /** {@code key.curve}: EC key not on the named curve secp256r1. */
  KEY_CURVE("key.curve", Severity.ERROR),
  /** {@code sig.algorithm}: not signed with ecdsa-with-SHA256. */
  SIG_ALGORITHM("sig.algorithm", Severity.ERROR),
  /** {@code validity.not-after}: notAfter is not GeneralizedTime 99991231235959Z. */
  VALIDITY_NOT_AFTER("validity.not-after", Severity.ERROR),
  /** {@code validity.not-yet-valid}: notBefore lies in the future. */
  VALIDITY_NOT_YET_VALID("validity.not-yet-valid", Severity.WARNING),
  /** {@code ext.key-usage-not-critical}: keyUsage present but not critical. */
  EXT_KEY_USAGE_NOT_CRITICAL("ext.key-usage-not-critical", Severity.ERROR),
  /** {@code ext.basic-constraints-not-critical}: basicConstraints present but not critical. */
  EXT_BASIC_CONSTRAINTS_NOT_CRITICAL("ext.basic-constraints-not-critical", Severity.ERROR),
  /** {@code ext.policies-not-critical}: certificatePolicies present but not critical. */
  EXT_POLICIES_NOT_CRITICAL("ext.policies-not-critical", Severity.ERROR),
  /** {@code ext.key-identifier-critical}: a key identifier extension is critical. */
  EXT_KEY_IDENTIFIER_CRITICAL("ext.key-identifier-critical", Severity.ERROR),
  /** {@code ext.unexpected-critical}: another extension is critical. */
  EXT_UNEXPECTED_CRITICAL("ext.unexpected-critical", Severity.ERROR),
  /** {@code ca.basic-constraints}: a CA without basicConstraints CA:TRUE. */
  CA_BASIC_CONSTRAINTS("ca.basic-constraints", Severity.ERROR),
  /** {@code ca.key-usage}: an MCA/MICA without keyUsage keyCertSign. */
  CA_KEY_USAGE("ca.key-usage", Severity.ERROR),
  /** {@code ca.policies-missing}: an MCA/MICA without certificatePolicies. */
  CA_POLICIES_MISSING("ca.policies-missing", Severity.ERROR),
  /** {@code ca.subject-empty}: a CA with an empty subject. */
  CA_SUBJECT_EMPTY("ca.subject-empty", Severity.ERROR),
  /** {@code ca.san-present}: a CA with a subjectAltName. */
  CA_SAN_PRESENT("ca.san-present", Severity.ERROR),
  /** {@code ca.eku-critical}: a CA with a critical extendedKeyUsage (COMM-004). */
  CA_EKU_CRITICAL("ca.eku-critical", Severity.ERROR),
  /** {@code ca.name-constraints-present}: a critical nameConstraints. */
  CA_NAME_CONSTRAINTS_PRESENT("ca.name-constraints-present", Severity.ERROR),
  /** {@code ca.name-constraints-not-critical}: a non-critical nameConstraints (COMM-004). */
  CA_NAME_CONSTRAINTS_NOT_CRITICAL("ca.name-constraints-not-critical", Severity.ERROR),
  /** {@code ca.policy-mappings-present}: a critical policyMappings. */
  CA_POLICY_MAPPINGS_PRESENT("ca.policy-mappings-present", Severity.ERROR),
  /** {@code ca.policy-mappings-not-critical}: a non-critical policyMappings (COMM-004). */
  CA_POLICY_MAPPINGS_NOT_CRITICAL("ca.policy-mappings-not-critical", Severity.ERROR),
  /** {@code serca.self-signed}: the root is not self-signed. */
  SERCA_SELF_SIGNED("serca.self-signed", Severity.ERROR),
  /** {@code serca.key-usage}: the SERCA without keyCertSign + cRLSign. */
  SERCA_KEY_USAGE("serca.key-usage", Severity.ERROR),
  /** {@code serca.any-policy}: the SERCA without anyPolicy. */
  SERCA_ANY_POLICY("serca.any-policy", Severity.ERROR),
  /** {@code mica.path-length}: the MICA without pathLenConstraint 0. */
  MICA_PATH_LENGTH("mica.path-length", Severity.ERROR),
  /** {@code device.subject-not-empty}: the end-entity subject is not empty. */
  DEVICE_SUBJECT_NOT_EMPTY("device.subject-not-empty", Severity.ERROR),
  /** {@code device.self-signed}: the end-entity certificate is self-signed (COMM-004). */
  DEVICE_SELF_SIGNED("device.self-signed", Severity.ERROR),
  /** {@code device.is-ca}: the end-entity certificate says CA:TRUE. */
  DEVICE_IS_CA("device.is-ca", Severity.ERROR),
  /** {@code device.san-missing}: no subjectAltName on the end-entity certificate. */
  DEVICE_SAN_MISSING("device.san-missing", Severity.ERROR),
  /** {@code device.san-not-critical}: the end-entity subjectAltName is not critical. */
  DEVICE_SAN_NOT_CRITICAL("device.san-not-critical", Severity.ERROR),
  /** {@code device.hardware-module-name}: not exactly one well-formed HardwareModuleName. */
  DEVICE_HARDWARE_MODULE_NAME("device.hardware-module-name", Severity.ERROR),
  /** {@code device.san-name-type}: a kind of name the role does not allow in the SAN. */
  DEVICE_SAN_NAME_TYPE("device.san-name-type", Severity.ERROR),
  /** {@code device.key-usage}: not digitalSignature + keyAgreement, or CA bits set. */
  DEVICE_KEY_USAGE("device.key-usage", Severity.ERROR),
  /** {@code device.policy}: no device-type policy 1.3.6.1.4.1.40732.1.x. */
  DEVICE_POLICY("device.policy", Severity.ERROR),
  /** {@code server.no-host-name}: a 2030.5-style server certificate without host names. */
  SERVER_NO_HOST_NAME("server.no-host-name", Severity.INFO);

  private final String id;
  private final Severity severity;

  Rule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /** The stable id, e.g. {@code "key.curve"}. */
  public String id() {
    return id;
  }

  /** The severity of this rule's findings. */
  public Severity severity() {
    return severity;
  }

  /** The rule with this id, if any. */
  public static Optional<Rule> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
