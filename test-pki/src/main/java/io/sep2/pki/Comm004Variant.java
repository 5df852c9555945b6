package io.sep2.pki;

/**
 * The defective server chains of conformance test COMM-004 (Advanced Security): a 2030.5 client
 * must refuse each of them with a TLS alert, while it accepts compliant chains of length 2, 3 and
 * 4. {@link Sep2Pki#comm004Server(Comm004Variant)} makes a server certificate whose chain carries
 * the defect, so a vendor can point their client at it and check that it says no.
 */
public enum Comm004Variant {
  /** The issuing CA (MICA) carries a <em>critical</em> extendedKeyUsage extension. */
  ISSUING_CA_CRITICAL_EKU,
  /** The issuing CA carries a nameConstraints extension that is <em>not</em> critical. */
  NAME_CONSTRAINTS_NOT_CRITICAL,
  /** The issuing CA carries a policyMappings extension that is <em>not</em> critical. */
  POLICY_MAPPINGS_NOT_CRITICAL,
  /** The end-entity certificate is self-signed instead of issued by a MICA. */
  SELF_SIGNED_LEAF
}
