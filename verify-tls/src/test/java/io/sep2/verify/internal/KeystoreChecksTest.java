package io.sep2.verify.internal;

import static io.sep2.verify.internal.TestKeystores.PASSWORD;
import static io.sep2.verify.internal.TestKeystores.load;
import static io.sep2.verify.internal.TestKeystores.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.verify.Finding;
import io.sep2.verify.KeystoreRole;
import io.sep2.verify.KeystoreSpec;
import io.sep2.verify.PasswordSource;
import io.sep2.verify.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeystoreChecksTest {

  @TempDir static Path dir;
  static Sep2Pki pki;
  static PkiFiles files;

  @BeforeAll
  static void writePki() {
    pki = Sep2Pki.builder().seed("keystore-checks").chainLength(3).build();
    files = PkiFiles.write(pki, dir.resolve("pki"), PASSWORD.toCharArray());
  }

  private static List<String> ids(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).map(Finding::id).toList();
  }

  @Test
  void aCompliantSetUpPassesEveryKeystoreCheck() {
    List<KeystoreResult> keystores =
        List.of(
            load(files.deviceKeystore(), KeystoreRole.DEVICE, PASSWORD),
            load(files.truststore(), KeystoreRole.TRUSTSTORE, PASSWORD),
            KeystoreLoading.load(
                new KeystoreSpec(
                    "server-chain.pem",
                    KeystoreRole.SERVER,
                    files.serverChain(),
                    files.serverKey(),
                    null,
                    PasswordSource.NONE,
                    null,
                    List.of()),
                TestKeystores.NO_ENV,
                TestKeystores.NO_ENV));
    for (Check check :
        List.of(
            new KeystoreLoadsCheck(),
            new CertificateProfileCheck(),
            new KeyMatchesCertificateCheck(),
            new TruststoreAnchorsCheck(),
            new DeviceIdentityCheck())) {
      List<Finding> findings = run(check, keystores);
      assertThat(findings).as(check.name()).isNotEmpty();
      assertThat(ids(findings, Severity.ERROR)).as(check.name()).isEmpty();
      assertThat(ids(findings, Severity.WARNING)).as(check.name()).isEmpty();
    }
    DeviceIdentity id = DeviceIdentity.of(pki.device().certificate());
    assertThat(run(new DeviceIdentityCheck(), keystores))
        .singleElement()
        .satisfies(
            f -> assertThat(f.actual()).isEqualTo("LFDI " + id.lfdi() + "  SFDI " + id.sfdi()));
    assertThat(run(new TruststoreAnchorsCheck(), keystores))
        .extracting(Finding::id)
        .containsExactly("truststore.serca", "truststore.anchors", "truststore.anchors");
  }

  @Test
  void loadFailuresHaveDistinctIdsAndNeverThePassword() throws Exception {
    Path corrupt = Files.write(dir.resolve("corrupt.p12"), new byte[] {0x30, (byte) 0x82, 1, 2, 3});
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
    List<KeystoreResult> keystores =
        List.of(
            load(dir.resolve("missing.p12"), KeystoreRole.DEVICE, PASSWORD),
            load(files.deviceKeystore(), KeystoreRole.DEVICE, "Wrong-" + PASSWORD),
            load(corrupt, KeystoreRole.DEVICE, PASSWORD),
            load(text, KeystoreRole.TRUSTSTORE, PASSWORD),
            load(files.deviceKeystore(), KeystoreRole.DEVICE, null),
            KeystoreLoading.load(
                TestKeystores.spec(
                    files.deviceKeystore(), KeystoreRole.DEVICE, PasswordSource.env("NO_SUCH_VAR")),
                TestKeystores.NO_ENV,
                TestKeystores.NO_ENV),
            KeystoreLoading.load(
                new KeystoreSpec(
                    "device.p12",
                    KeystoreRole.DEVICE,
                    files.deviceKeystore(),
                    null,
                    null,
                    PasswordSource.value(PASSWORD),
                    "no-such-alias",
                    List.of()),
                TestKeystores.NO_ENV,
                TestKeystores.NO_ENV),
            load(files.serca(), KeystoreRole.DEVICE, null));
    List<Finding> findings = run(new KeystoreLoadsCheck(), keystores);
    assertThat(findings)
        .extracting(Finding::id)
        .containsExactly(
            "keystore.missing",
            "keystore.wrong-password",
            "keystore.corrupt",
            "keystore.not-a-keystore",
            "keystore.password-missing",
            "keystore.password-unset",
            "keystore.alias-missing",
            "keystore.no-private-key");
    assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(findings.get(0).actual()).contains("missing.p12").contains("does not exist");
    assertThat(findings.get(5).actual()).contains("NO_SUCH_VAR");
    assertThat(findings.toString()).doesNotContain(PASSWORD);
  }

  @Test
  void rsaP384AndSha1CertificatesEachFailWithTheirOwnProfileId() throws Exception {
    KeystoreResult rsa =
        load(
            TestKeystores.selfSigned(dir.resolve("rsa.p12"), "RSA", "2048", "SHA256withRSA"),
            KeystoreRole.DEVICE,
            PASSWORD);
    KeystoreResult p384 =
        load(
            TestKeystores.selfSigned(dir.resolve("p384.p12"), "EC", "secp384r1", "SHA256withECDSA"),
            KeystoreRole.DEVICE,
            PASSWORD);
    KeystoreResult sha1 =
        load(
            TestKeystores.selfSigned(dir.resolve("sha1.p12"), "EC", "secp256r1", "SHA1withECDSA"),
            KeystoreRole.DEVICE,
            PASSWORD);
    List<Finding> findings = run(new CertificateProfileCheck(), List.of(rsa, p384, sha1));
    assertThat(errorIdsOf(findings, "rsa.p12")).contains("profile.key.type");
    assertThat(errorIdsOf(findings, "p384.p12"))
        .contains("profile.key.curve")
        .doesNotContain("profile.key.type", "profile.sig.algorithm");
    assertThat(errorIdsOf(findings, "sha1.p12"))
        .contains("profile.sig.algorithm")
        .doesNotContain("profile.key.type", "profile.key.curve");
    assertThat(run(new KeyMatchesCertificateCheck(), List.of(rsa, p384, sha1)))
        .extracting(Finding::id)
        .containsOnly("key.matches");
  }

  private static List<String> errorIdsOf(List<Finding> findings, String label) {
    return findings.stream()
        .filter(f -> f.severity() == Severity.ERROR && f.subject().startsWith(label))
        .map(Finding::id)
        .toList();
  }

  @Test
  void aTruststoreOfAnotherSercaDoesNotAnchorTheDevice() {
    PkiFiles other =
        PkiFiles.write(
            Sep2Pki.builder().seed("other").build(), dir.resolve("other"), PASSWORD.toCharArray());
    List<KeystoreResult> keystores =
        List.of(
            load(files.deviceKeystore(), KeystoreRole.DEVICE, PASSWORD),
            load(other.serca(), KeystoreRole.TRUSTSTORE, null));
    assertThat(run(new TruststoreAnchorsCheck(), keystores))
        .extracting(Finding::id, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("truststore.serca", Severity.OK),
            org.assertj.core.groups.Tuple.tuple("truststore.untrusted", Severity.ERROR));
    assertThat(run(new TruststoreAnchorsCheck(), List.of(keystores.get(0))))
        .extracting(Finding::id)
        .containsExactly("truststore.not-configured");
  }

  @Test
  void noKeystoresIsAWarning() {
    assertThat(run(new KeystoreLoadsCheck(), List.of()))
        .extracting(Finding::id, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("keystore.none-configured", Severity.WARNING));
  }
}
