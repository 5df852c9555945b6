/**
 * sep2-testkit's 2030.5 test PKI: generated SERCA &rarr; MCA &rarr; MICA &rarr; device chains
 * ({@link io.sep2.pki.Sep2Pki}), the 2030.5 certificate profile check ({@link
 * io.sep2.pki.profile.ProfileCheck}), LFDI/SFDI ({@link io.sep2.pki.identity.DeviceIdentity}) and
 * key stores in and out ({@link io.sep2.pki.keystore}). Every package is API.
 */
@SuppressWarnings("module") // "sep2" is the protocol's name, digit and all
module io.sep2.pki {
  // ASN1ObjectIdentifier (bcutil via bcprov) appears in Sep2Oids' public constants
  requires transitive org.bouncycastle.provider;
  requires transitive org.bouncycastle.util;
  requires org.bouncycastle.pkix;

  exports io.sep2.pki;
  exports io.sep2.pki.identity;
  exports io.sep2.pki.keystore;
  exports io.sep2.pki.profile;
}
