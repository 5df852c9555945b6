package io.sep2.pki.profile;

/**
 * What the first certificate of a chain handed to {@link ProfileCheck} is for, which decides the
 * rules it is held to.
 *
 * <p>In IEEE 2030.5 clients and servers alike hold <em>device certificates</em> from the
 * manufacturing PKI (SERCA &rarr; [MCA] &rarr; MICA &rarr; device): empty subject, a critical
 * subjectAltName with exactly one HardwareModuleName, keyUsage digitalSignature + keyAgreement. The
 * two end-entity roles differ only in what else the subjectAltName may hold.
 */
public enum CertificateRole {
  /**
   * A 2030.5 device (client) certificate: the subjectAltName holds the HardwareModuleName and
   * nothing else. Chain length 2 to 4, root included.
   */
  DEVICE,
  /**
   * A 2030.5 server certificate: a device certificate whose subjectAltName may also carry DNS names
   * and IP addresses, so that clients which check host names accept it. 2030.5 servers usually
   * carry none (clients then skip the host-name check). Chain length 2 to 4, root included.
   */
  SERVER,
  /**
   * A CA chain: the first certificate is an MICA, an MCA or the SERCA itself, and every certificate
   * is held to the CA rules. Chain length 1 to 3, root included.
   */
  CA
}
