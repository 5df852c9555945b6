package io.sep2.tls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.profile.CertificateRole;
import io.sep2.pki.profile.Finding;
import io.sep2.pki.profile.ProfileCheck;
import io.sep2.pki.profile.Severity;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
    return new ClientCertificateVerifier(List.of(pki.serca().certificate()), intermediates);
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
        new ClientCertificateVerifier(List.of(pki.serca().certificate()), List.of());

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

  /** The certificate with one bit of its signature flipped: it parses, but does not verify. */
  private static X509Certificate withBrokenSignature(X509Certificate certificate) throws Exception {
    byte[] der = certificate.getEncoded();
    der[der.length - 1] ^= 1; // the last byte of the ECDSA signature's s
    return (X509Certificate)
        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
  }

  @Test
  void aLeafWithABadSignatureIsRefusedByPathValidation() throws Exception {
    Sep2Pki pki = Sep2Pki.builder().seed("verifier-bad-leaf").build();
    ClientCertificateVerifier verifier = verifierFor(pki);
    List<X509Certificate> chain = new ArrayList<>(pki.device().chainWithoutRoot());
    chain.set(0, withBrokenSignature(chain.get(0)));

    ClientCertificateVerifier.Verdict v = verifier.verify(chain);

    assertThat(v.trusted()).isFalse();
    assertThat(v.untrustedIssuer()).isTrue();
    assertThat(v.problem()).contains("does not chain to a trusted root");
  }

  @Test
  void anIntermediateWithABadSignatureIsRefusedByPathValidation() throws Exception {
    Sep2Pki pki = Sep2Pki.builder().seed("verifier-bad-mica").chainLength(3).build();
    // the server knows no intermediate, so the client's altered MICA is the only way up
    ClientCertificateVerifier verifier =
        new ClientCertificateVerifier(List.of(pki.serca().certificate()), List.of());
    X509Certificate mica = pki.mica().orElseThrow().certificate();
    List<X509Certificate> good = List.of(pki.device().certificate(), mica);
    List<X509Certificate> bad = List.of(pki.device().certificate(), withBrokenSignature(mica));

    assertThat(verifier.verify(good).trusted()).isTrue();
    ClientCertificateVerifier.Verdict v = verifier.verify(bad);
    assertThat(v.trusted()).isFalse();
    assertThat(v.untrustedIssuer()).isTrue();
    assertThat(v.problem()).contains("does not chain to a trusted root");
  }

  @Test
  void aProfileViolationReadsAsTheStandaloneProfileCheckReportsIt() {
    Sep2Pki pki = Sep2Pki.builder().seed("verifier-profile-message").build();
    ClientCertificateVerifier verifier = verifierFor(pki);
    String standalone =
        ProfileCheck.check(pki.server().chain(), CertificateRole.DEVICE).stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .map(Finding::toString)
            .collect(Collectors.joining("; "));

    ClientCertificateVerifier.Verdict v = verifier.verify(pki.server().chainWithoutRoot());

    assertThat(standalone).isNotEmpty();
    assertThat(v.trusted()).isFalse();
    assertThat(v.untrustedIssuer()).isFalse();
    assertThat(v.problem())
        .isEqualTo(
            "the client certificate violates the IEEE 2030.5 certificate profile: " + standalone);
  }

  @Test
  void theAnchorsSelfSignatureIsVerifiedOnceNotInEveryHandshake() {
    Sep2Pki pki = Sep2Pki.builder().seed("verifier-anchor-once").build();
    CountingCertificate serca = new CountingCertificate(pki.serca().certificate());
    List<X509Certificate> intermediates = new ArrayList<>();
    pki.mca().ifPresent(h -> intermediates.add(h.certificate()));
    pki.mica().ifPresent(h -> intermediates.add(h.certificate()));

    ClientCertificateVerifier verifier =
        new ClientCertificateVerifier(List.of(serca), intermediates);
    assertThat(serca.selfSignatureChecks()).as("at construction").isEqualTo(1);
    for (int handshake = 0; handshake < 3; handshake++) {
      ClientCertificateVerifier.Verdict v = verifier.verify(pki.device().chainWithoutRoot());
      assertThat(v.trusted()).as(String.valueOf(v.problem())).isTrue();
    }

    assertThat(serca.selfSignatureChecks()).as("after three handshakes").isEqualTo(1);
  }

  @Test
  void anAnchorWhoseSelfSignatureIsBrokenIsReportedOnEveryHandshakeButVerifiedOnce()
      throws Exception {
    Sep2Pki pki = Sep2Pki.builder().seed("verifier-broken-anchor").build();
    CountingCertificate serca =
        new CountingCertificate(withBrokenSignature(pki.serca().certificate()));
    List<X509Certificate> intermediates = new ArrayList<>();
    pki.mca().ifPresent(h -> intermediates.add(h.certificate()));
    pki.mica().ifPresent(h -> intermediates.add(h.certificate()));
    ClientCertificateVerifier verifier =
        new ClientCertificateVerifier(List.of(serca), intermediates);

    for (int handshake = 0; handshake < 2; handshake++) {
      ClientCertificateVerifier.Verdict v = verifier.verify(pki.device().chainWithoutRoot());
      assertThat(v.trusted()).isFalse();
      assertThat(v.untrustedIssuer()).isFalse();
      assertThat(v.problem())
          .contains("serca.self-signed", "the signature does not verify with its own key");
    }
    assertThat(serca.selfSignatureChecks()).isEqualTo(1);
  }

  @Test
  void everySignatureOfThePathIsVerifiedInEveryHandshakeNotLeftToTheJdksCache() {
    Sep2Pki pki = Sep2Pki.builder().seed("verifier-every-signature").build();
    CountingCertificate leaf = new CountingCertificate(pki.device().certificate());
    CountingCertificate mica = new CountingCertificate(pki.mica().orElseThrow().certificate());
    CountingCertificate mca = new CountingCertificate(pki.mca().orElseThrow().certificate());
    ClientCertificateVerifier verifier =
        new ClientCertificateVerifier(List.of(pki.serca().certificate()), List.of(mca, mica));

    for (int handshake = 0; handshake < 3; handshake++) {
      ClientCertificateVerifier.Verdict v = verifier.verify(List.of(leaf));
      assertThat(v.trusted()).as(String.valueOf(v.problem())).isTrue();
    }

    assertThat(leaf.signatureReads()).as("leaf, verified with the MICA's key").isEqualTo(3);
    assertThat(mica.signatureReads()).as("MICA, verified with the MCA's key").isEqualTo(3);
    assertThat(mca.signatureReads()).as("MCA, verified with the SERCA's key").isEqualTo(3);
  }

  @Test
  void aSignatureThatPathBuildingAcceptsFromTheJdksCacheButThatDoesNotVerifyIsRefused() {
    Sep2Pki pki = Sep2Pki.builder().seed("verifier-cached-verdict").build();
    ClientCertificateVerifier verifier = verifierFor(pki);
    // verify() succeeds as the JDK's cached verdict would; the signature bytes do not verify
    CountingCertificate leaf =
        CountingCertificate.withAlteredSignatureBytes(pki.device().certificate());

    ClientCertificateVerifier.Verdict v = verifier.verify(List.of(leaf));

    assertThat(v.trusted()).isFalse();
    assertThat(v.untrustedIssuer()).isFalse();
    assertThat(v.problem())
        .startsWith("the client certificate chain is invalid: the signature of '")
        .contains("does not verify with the key of its issuer '")
        .contains(pki.mica().orElseThrow().certificate().getSubjectX500Principal().getName());
  }
}
