package io.sep2.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Preconditions name the bad value; defaults are what the javadoc says. */
class Sep2PkiBuilderTest {

  @Test
  void defaults() {
    Sep2Pki pki = Sep2Pki.builder().build();

    assertThat(pki.chainLength()).isEqualTo(4);
    assertThat(pki.mca()).isPresent();
    assertThat(pki.mica()).isPresent();
    assertThat(pki.devices()).extracting(HeldCertificate::name).containsExactly("device-1");
    assertThat(pki.hardwareType()).isEqualTo(Sep2Oids.DEFAULT_HARDWARE_TYPE);
    assertThat(pki.serverHostnames()).containsExactly("localhost", "127.0.0.1");
    assertThat(pki.seed()).hasSize(32);
    assertThat(pki.device().chain()).hasSize(4);
    assertThat(pki.device().chainWithoutRoot()).hasSize(3);
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> Sep2Pki.builder().chainLength(5)).hasMessageContaining("was 5");
    assertThatThrownBy(() -> Sep2Pki.builder().hardwareType("abc")).hasMessageContaining("'abc'");
    assertThatThrownBy(() -> Sep2Pki.builder().serverHostnames("1.2"))
        .hasMessageContaining("'1.2'");
    assertThatThrownBy(() -> Sep2Pki.builder().addDevice("a", "x").addDevice("a", "y"))
        .hasMessageContaining("duplicate device name 'a'");
    assertThatThrownBy(() -> Sep2Pki.builder().build().device("nope"))
        .hasMessageContaining("nope")
        .hasMessageContaining("device-1");
  }

  @Test
  void hostNamesMayBeDnsOrIpv4OrIpv6() {
    Sep2Pki pki = Sep2Pki.builder().serverHostnames("sep2.test", "10.0.0.1", "::1").build();

    assertThat(pki.serverHostnames()).containsExactly("sep2.test", "10.0.0.1", "::1");
  }

  @Test
  void comm004CaIsNamedAsAMicaAtEveryChainLength() {
    for (int length = 2; length <= 4; length++) {
      Sep2Pki pki = Sep2Pki.builder().seed("names").chainLength(length).build();
      HeldCertificate bad = pki.comm004Server(Comm004Variant.ISSUING_CA_CRITICAL_EKU);

      assertThat(bad.chain().get(1).getSubjectX500Principal().getName())
          .contains("MICA ISSUING_CA_CRITICAL_EKU")
          .doesNotContain("SERCA");
      assertThat(bad.chain().get(bad.chain().size() - 1)).isEqualTo(pki.serca().certificate());
    }
  }
}
