/**
 * How IEEE 2030.5 names a device: the LFDI and SFDI derived from its certificate's SHA-256
 * fingerprint ({@link io.sep2.pki.identity.DeviceIdentity}).
 */
package io.sep2.pki.identity;
