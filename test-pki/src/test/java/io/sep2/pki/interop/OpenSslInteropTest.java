package io.sep2.pki.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Comm004Variant;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.keystore.KeystoreException;
import io.sep2.pki.keystore.KeystoreLoader;
import io.sep2.pki.keystore.KeystoreWriter;
import io.sep2.pki.keystore.LoadedKeystore;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.testing.ProcessResult;
import io.sep2.testing.Tool;
import java.nio.file.Path;
import java.security.interfaces.ECPrivateKey;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves the generated PKI and the exported files with OpenSSL (3.0 on the build machine). Fails,
 * never skips, when {@code openssl} is missing.
 *
 * <p>{@code openssl verify} accepts the chains in its default mode, with {@code -x509_strict}, and
 * with policy checking ({@code -policy_check -explicit_policy -policy 1.3.6.1.4.1.40732.1.1}): the
 * critical certificatePolicies are processed properly because every CA carries either anyPolicy
 * (SERCA) or the device policy (MCA, MICA), so no flag needs turning off.
 */
class OpenSslInteropTest {

  private static final String PASSWORD = "interop-pass";

  @TempDir Path dir;

  private PkiFiles write(int chainLength) {
    Sep2Pki pki = Sep2Pki.builder().seed("openssl-" + chainLength).chainLength(chainLength).build();
    return PkiFiles.write(pki, dir);
  }

  private ProcessResult openssl(String... args) {
    return Tool.OPENSSL.command(args).in(dir).run();
  }

  /** {@code openssl pkcs12 -info -nokeys} of {@code keystore} opened with {@code password}. */
  private ProcessResult pkcs12Info(String keystore, String password) {
    return openssl("pkcs12", "-info", "-nokeys", "-passin", "pass:" + password, "-in", keystore);
  }

  @ParameterizedTest(name = "chain length {0}")
  @ValueSource(ints = {2, 3, 4})
  void opensslVerifyAcceptsEveryChainInEveryMode(int chainLength) {
    write(chainLength);
    String[][] modes = {
      {},
      {"-x509_strict"},
      {"-policy_check", "-explicit_policy", "-policy", "1.3.6.1.4.1.40732.1.1"},
      {"-x509_strict", "-purpose", "sslclient"}
    };
    for (String chain : new String[] {"device-chain.pem", "server-chain.pem"}) {
      for (String[] mode : modes) {
        String[] args = new String[mode.length + 6];
        args[0] = "verify";
        System.arraycopy(mode, 0, args, 1, mode.length);
        int i = mode.length + 1;
        args[i++] = "-CAfile";
        args[i++] = "serca.pem";
        args[i++] = "-untrusted";
        args[i++] = chain;
        args[i] = chain;

        ProcessResult result = openssl(args).assertSuccess();

        assertThat(result.output()).as(String.join(" ", args)).contains(chain + ": OK");
      }
    }
  }

  @Test
  void opensslVerifyRefusesTheSelfSignedComm004Leaf() {
    Sep2Pki pki = Sep2Pki.builder().seed("openssl-comm004").build();
    PkiFiles.write(pki, dir);
    KeystoreWriter.writeCertificatesPem(
        dir.resolve("self.pem"), pki.comm004Server(Comm004Variant.SELF_SIGNED_LEAF).chain());

    ProcessResult result = openssl("verify", "-CAfile", "serca.pem", "self.pem");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.output()).contains("self-signed certificate");
  }

  @Test
  void opensslShowsTheProfileExtensions() {
    write(4);

    String device =
        openssl("x509", "-in", "device-chain.pem", "-noout", "-text").assertSuccess().output();
    assertThat(device)
        .contains("Signature Algorithm: ecdsa-with-SHA256")
        .contains("ASN1 OID: prime256v1")
        .contains("Not After : Dec 31 23:59:59 9999 GMT")
        .containsPattern("Subject: *\\n")
        .contains("X509v3 Subject Alternative Name: critical")
        .contains("othername: 1.3.6.1.5.5.7.8.4::")
        .contains("X509v3 Key Usage: critical")
        .contains("Digital Signature, Key Agreement")
        .contains("X509v3 Certificate Policies: critical")
        .contains("Policy: 1.3.6.1.4.1.40732.1.1")
        .containsPattern("X509v3 Subject Key Identifier: *\\n")
        .containsPattern("X509v3 Authority Key Identifier: *\\n")
        .doesNotContain("Name Constraints")
        .doesNotContain("Policy Mappings");
    assertThat(openssl("asn1parse", "-in", "device-chain.pem").assertSuccess().output())
        .contains("GENERALIZEDTIME   :99991231235959Z");

    String serca = openssl("x509", "-in", "serca.pem", "-noout", "-text").assertSuccess().output();
    assertThat(serca)
        .contains("X509v3 Basic Constraints: critical")
        .contains("CA:TRUE")
        .contains("X509v3 Key Usage: critical")
        .contains("Certificate Sign, CRL Sign")
        .contains("X509v3 Certificate Policies: critical")
        .contains("Policy: X509v3 Any Policy")
        .doesNotContain("Subject Alternative Name");

    String mica = openssl("x509", "-in", "mica.pem", "-noout", "-text").assertSuccess().output();
    assertThat(mica).contains("X509v3 Basic Constraints: critical").contains("CA:TRUE, pathlen:0");
    String mca = openssl("x509", "-in", "mca.pem", "-noout", "-text").assertSuccess().output();
    assertThat(mca).contains("X509v3 Basic Constraints: critical").contains("Certificate Sign");
  }

  @Test
  void opensslOpensTheKeystoresWithoutLegacyAlgorithms() {
    PkiFiles files = write(4);

    String device = pkcs12Info("device.p12", PkiFiles.DEFAULT_PASSWORD).assertSuccess().output();
    assertThat(device)
        .contains("MAC: sha256")
        .contains("PBES2, PBKDF2, AES-256-CBC")
        .doesNotContain("RC2")
        .doesNotContain("3DES");
    assertThat(count(device, "-----BEGIN CERTIFICATE-----")).isEqualTo(4);

    String trust = pkcs12Info("truststore.p12", PkiFiles.DEFAULT_PASSWORD).assertSuccess().output();
    assertThat(count(trust, "-----BEGIN CERTIFICATE-----")).isEqualTo(1);

    ProcessResult wrong = pkcs12Info("device.p12", "nope");
    assertThat(wrong.exitCode()).isNotZero();
    assertThat(wrong.output()).containsIgnoringCase("mac");
    assertThat(files.deviceKeystore()).exists();
  }

  @Test
  void keyFilesBelongToTheirCertificates() {
    write(3);
    for (String who : new String[] {"device", "server"}) {
      String fromKey = openssl("pkey", "-in", who + "-key.pem", "-pubout").assertSuccess().output();
      String fromCert =
          openssl("x509", "-in", who + "-chain.pem", "-noout", "-pubkey").assertSuccess().output();

      assertThat(fromKey).as(who).isEqualTo(fromCert).contains("BEGIN PUBLIC KEY");
    }
  }

  @Test
  void lfdiMatchesOpensslSha256Fingerprint() {
    Sep2Pki pki = Sep2Pki.builder().seed("openssl-lfdi").build();
    PkiFiles.write(pki, dir);

    String output =
        openssl("x509", "-in", "device-chain.pem", "-noout", "-fingerprint", "-sha256")
            .assertSuccess()
            .output();
    Matcher m = Pattern.compile("Fingerprint=([0-9A-F:]+)").matcher(output);
    assertThat(m.find()).as(output).isTrue();

    assertThat(DeviceIdentity.ofFingerprint(m.group(1)))
        .isEqualTo(DeviceIdentity.of(pki.device().certificate()));
  }

  @Test
  void opensslReadsTheEncryptedPkcs8Key() {
    Sep2Pki pki = Sep2Pki.builder().seed("openssl-p8").build();
    KeystoreWriter.writePrivateKeyPem(
        dir.resolve("enc.pem"), pki.device().privateKey(), PASSWORD.toCharArray());

    assertThat(
            openssl("pkey", "-in", "enc.pem", "-passin", "pass:" + PASSWORD, "-noout").exitCode())
        .isZero();
    assertThat(openssl("pkey", "-in", "enc.pem", "-passin", "pass:wrong", "-noout").exitCode())
        .isNotZero();
    assertThat(openssl("asn1parse", "-in", "enc.pem").assertSuccess().output())
        .contains("PBES2")
        .contains("aes-256-cbc")
        .contains("hmacWithSHA256");
  }

  @Test
  void loaderReadsWhatOpensslWrites() {
    Sep2Pki pki = Sep2Pki.builder().seed("openssl-made").build();
    PkiFiles.write(pki, dir);
    openssl(
            "pkcs12",
            "-export",
            "-in",
            "device-chain.pem",
            "-inkey",
            "device-key.pem",
            "-certfile",
            "serca.pem",
            "-name",
            "from-openssl",
            "-passout",
            "pass:" + PASSWORD,
            "-out",
            "openssl.p12")
        .assertSuccess();
    openssl("ec", "-in", "device-key.pem", "-out", "sec1.pem").assertSuccess();
    openssl(
            "ec",
            "-in",
            "device-key.pem",
            "-aes256",
            "-passout",
            "pass:" + PASSWORD,
            "-out",
            "sec1-enc.pem")
        .assertSuccess();
    openssl(
            "pkcs8",
            "-topk8",
            "-in",
            "device-key.pem",
            "-v2",
            "aes-256-cbc",
            "-passout",
            "pass:" + PASSWORD,
            "-out",
            "p8-enc.pem")
        .assertSuccess();

    LoadedKeystore p12 = KeystoreLoader.load(dir.resolve("openssl.p12"), PASSWORD.toCharArray());
    assertThat(p12.keyEntry().alias()).isEqualTo("from-openssl");
    assertThat(p12.keyEntry().chain()).containsExactlyInAnyOrderElementsOf(pki.device().chain());
    assertThat(p12.keyEntry().certificate()).isEqualTo(pki.device().certificate());
    for (String key : new String[] {"sec1.pem", "sec1-enc.pem", "p8-enc.pem"}) {
      LoadedKeystore pem =
          KeystoreLoader.loadPem(
              dir.resolve("device-chain.pem"), dir.resolve(key), PASSWORD.toCharArray());
      assertThat(((ECPrivateKey) pem.keyEntry().privateKey()).getS())
          .as(key)
          .isEqualTo(((ECPrivateKey) pki.device().privateKey()).getS());
    }
    assertThat(
            Assertions.catchThrowableOfType(
                    KeystoreException.class,
                    () -> KeystoreLoader.load(dir.resolve("openssl.p12"), "wrong".toCharArray()))
                .problem())
        .isEqualTo(KeystoreException.Problem.WRONG_PASSWORD);
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
