package io.sep2.pki.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import org.junit.jupiter.api.Test;

class IssuerKeyTest {

  private static final Sep2Pki PKI = Sep2Pki.builder().seed("issuer-key").build();
  private static final Sep2Pki OTHER = Sep2Pki.builder().seed("issuer-key-other").build();

  @Test
  void aCaKeyVerifiesWhatItIssuedAndNothingElse() {
    IssuerKey mica = IssuerKey.of(PKI.mica().orElseThrow().certificate().getPublicKey());

    assertThat(mica.verifies(PKI.device().certificate())).isTrue();
    assertThat(mica.verifies(PKI.device().certificate())).as("again, same key object").isTrue();
    assertThat(mica.verifies(OTHER.device().certificate())).isFalse();
    assertThat(mica.verifies(PKI.mica().orElseThrow().certificate()))
        .as("the MICA itself was signed by the MCA")
        .isFalse();
  }

  @Test
  void aRootsOwnKeyVerifiesItsSelfSignature() {
    assertThat(
            IssuerKey.of(PKI.serca().certificate().getPublicKey())
                .verifies(PKI.serca().certificate()))
        .isTrue();
  }
}
