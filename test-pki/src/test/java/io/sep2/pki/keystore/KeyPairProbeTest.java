package io.sep2.pki.keystore;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.BouncyCastle;
import io.sep2.pki.Sep2Pki;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

class KeyPairProbeTest {

  private static final Sep2Pki PKI = Sep2Pki.builder().seed("key-pair-probe").build();

  @Test
  void aDeviceKeyBelongsToItsCertificateAndToNoOther() {
    assertThat(
            KeyPairProbe.mismatch(
                PKI.device().privateKey(), PKI.device().certificate().getPublicKey()))
        .isEmpty();
    assertThat(
            KeyPairProbe.matches(
                PKI.device().privateKey(), PKI.server().certificate().getPublicKey()))
        .isFalse();
    assertThat(
            KeyPairProbe.mismatch(
                PKI.device().privateKey(), PKI.server().certificate().getPublicKey()))
        .contains(
            "a signature made with the private key does not verify with the certificate's public"
                + " key");
  }

  @Test
  void aCurveTheJdkDroppedIsProbedWithBouncyCastle() throws Exception {
    // SunEC has had no brainpool curves since Java 16: the probe falls back to Bouncy Castle
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.provider());
    generator.initialize(new ECGenParameterSpec("brainpoolP256r1"));
    KeyPair pair = generator.generateKeyPair();
    KeyPair other = generator.generateKeyPair();

    assertThat(KeyPairProbe.mismatch(pair.getPrivate(), pair.getPublic())).isEmpty();
    assertThat(KeyPairProbe.matches(pair.getPrivate(), other.getPublic())).isFalse();
  }

  @Test
  void keysOfDifferentAlgorithmsAreNamed() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    KeyPair pair = rsa.generateKeyPair();

    assertThat(KeyPairProbe.matches(pair.getPrivate(), pair.getPublic())).isTrue();
    assertThat(KeyPairProbe.mismatch(pair.getPrivate(), PKI.device().certificate().getPublicKey()))
        .hasValueSatisfying(
            problem ->
                assertThat(problem)
                    .startsWith("the key cannot be used with the certificate's EC public key"));
  }
}
