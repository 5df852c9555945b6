package io.sep2.tls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server decides about a client's chain: trusted when it builds a path to the SERCA (with
 * the intermediates the server knows) and passes the device profile; otherwise why not.
 */
class ClientCertificateVerifierTest {

  private static ClientCertificateVerifier verifierFor(Sep2Pki pki) {
    List<X509Certificate> intermediates = new ArrayList<>();
    pki.mca().ifPresent(h -> intermediates.add(h.certificate()));
    pki.mica().ifPresent(h -> intermediates.add(h.certificate()));
    return new ClientCertificateVerifier(
        List.of(pki.serca().certificate()), intermediates, DeviceProfile::errorsOf);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4})
  void aDeviceChainOfEveryLengthIsTrustedAsSentAndAsLeafOnly(int chainLength) {
    Sep2Pki pki =
        Sep2Pki.builder().seed("verifier-" + chainLength).chainLength(chainLength).build();
    ClientCertificateVerifier verifier = verifierFor(pki);
    X509Certificate leaf = pki.device().certificate();

    ClientCertificateVerifier.Verdict sent = verifier.verify(pki.device().chainWithoutRoot());
    ClientCertificateVerifier.Verdict leafOnly = verifier.verify(List.of(leaf));

    for (ClientCertificateVerifier.Verdict v : List.of(sent, leafOnly)) {
      assertThat(v.trusted()).as(String.valueOf(v.problem())).isTrue();
      assertThat(v.problem()).isNull();
      assertThat(v.identity().lfdi()).isEqualTo(DeviceIdentity.of(leaf).lfdi());
      assertThat(v.subject()).isEmpty();
    }
  }

  @Test
  void aLeafWhoseIntermediatesAreUnknownDoesNotChain() {
    Sep2Pki pki = Sep2Pki.builder().seed("verifier-unknown-intermediates").build();
    ClientCertificateVerifier verifier =
        new ClientCertificateVerifier(
            List.of(pki.serca().certificate()), List.of(), DeviceProfile::errorsOf);

    ClientCertificateVerifier.Verdict v = verifier.verify(List.of(pki.device().certificate()));

    assertThat(v.trusted()).isFalse();
    assertThat(v.untrustedIssuer()).isTrue();
    assertThat(v.problem()).contains("does not chain to a trusted root", "SERCA");
  }

  @Test
  void aDeviceOfAnotherPkiDoesNotChain() {
    ClientCertificateVerifier verifier =
        verifierFor(Sep2Pki.builder().seed("verifier-ours").build());
    Sep2Pki other = Sep2Pki.builder().seed("verifier-theirs").build();

    ClientCertificateVerifier.Verdict v = verifier.verify(other.device().chainWithoutRoot());

    assertThat(v.trusted()).isFalse();
    assertThat(v.untrustedIssuer()).isTrue();
    assertThat(v.problem()).contains("does not chain to a trusted root");
  }

  @Test
  void aTrustedChainThatBreaksTheDeviceProfileIsRefusedAsSuch() {
    Sep2Pki pki = Sep2Pki.builder().seed("verifier-profile").build();
    ClientCertificateVerifier verifier = verifierFor(pki);

    // the server's certificate chains to the same SERCA but is no device certificate
    ClientCertificateVerifier.Verdict v = verifier.verify(pki.server().chainWithoutRoot());

    assertThat(v.trusted()).isFalse();
    assertThat(v.untrustedIssuer()).isFalse();
    assertThat(v.problem()).contains("violates the IEEE 2030.5 certificate profile");
  }

  @Test
  void theSameChainIsCheckedAgainOnEveryCall() {
    Sep2Pki pki = Sep2Pki.builder().seed("verifier-cache").build();
    ClientCertificateVerifier verifier = verifierFor(pki);

    ClientCertificateVerifier.Verdict first = verifier.verify(pki.device().chainWithoutRoot());
    ClientCertificateVerifier.Verdict second = verifier.verify(pki.device().chainWithoutRoot());

    assertThat(second).isNotSameAs(first).isEqualTo(first);
    assertThat(second.trusted()).isTrue();
  }
}
