package io.sep2.pki.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.pki.Comm004Variant;
import io.sep2.pki.HeldCertificate;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.keystore.PkiFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509KeyManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JDK's own PKIX validator and JSSE trust/key managers accept the generated PKI. */
class JdkPathValidationTest {

  @TempDir Path dir;

  private static PKIXCertPathValidatorResult validate(Sep2Pki pki, HeldCertificate held)
      throws Exception {
    CertPath path =
        CertificateFactory.getInstance("X.509").generateCertPath(held.chainWithoutRoot());
    PKIXParameters parameters = new PKIXParameters(Set.of(pki.trustAnchor()));
    parameters.setRevocationEnabled(false);
    // require the 2030.5 generic-device policy through the whole path
    parameters.setExplicitPolicyRequired(true);
    parameters.setInitialPolicies(Set.of("1.3.6.1.4.1.40732.1.1"));
    return (PKIXCertPathValidatorResult)
        CertPathValidator.getInstance("PKIX").validate(path, parameters);
  }

  @ParameterizedTest(name = "chain length {0}")
  @ValueSource(ints = {2, 3, 4})
  void pkixValidatesDeviceAndServerChains(int chainLength) throws Exception {
    Sep2Pki pki = Sep2Pki.builder().seed("jdk-pkix").chainLength(chainLength).build();

    for (HeldCertificate held : List.of(pki.device(), pki.server())) {
      PKIXCertPathValidatorResult result = validate(pki, held);

      assertThat(result.getTrustAnchor().getTrustedCert()).isEqualTo(pki.serca().certificate());
      assertThat(result.getPublicKey()).isEqualTo(held.certificate().getPublicKey());
      assertThat(result.getPolicyTree()).isNotNull();
    }
  }

  @Test
  void pkixRefusesTheSelfSignedComm004Leaf() {
    Sep2Pki pki = Sep2Pki.builder().seed("jdk-pkix").build();

    assertThatThrownBy(() -> validate(pki, pki.comm004Server(Comm004Variant.SELF_SIGNED_LEAF)))
        .isInstanceOf(CertPathValidatorException.class);
  }

  @Test
  void jsseManagersUseTheExportedKeystores() throws Exception {
    Sep2Pki pki = Sep2Pki.builder().seed("jdk-jsse").build();
    PkiFiles files = PkiFiles.write(pki, dir);
    char[] password = PkiFiles.DEFAULT_PASSWORD.toCharArray();

    KeyStore trust = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(files.truststore())) {
      trust.load(in, password);
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
    tmf.init(trust);
    X509TrustManager trustManager = (X509TrustManager) tmf.getTrustManagers()[0];
    X509Certificate[] deviceChain = pki.device().chainWithoutRoot().toArray(X509Certificate[]::new);
    X509Certificate[] serverChain = pki.server().chainWithoutRoot().toArray(X509Certificate[]::new);

    trustManager.checkClientTrusted(deviceChain, "EC");
    trustManager.checkServerTrusted(serverChain, "ECDHE_ECDSA");
    assertThat(trustManager.getAcceptedIssuers()).containsExactly(pki.serca().certificate());

    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(files.deviceKeystore())) {
      keys.load(in, password);
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance("PKIX");
    kmf.init(keys, password);
    X509KeyManager keyManager = (X509KeyManager) kmf.getKeyManagers()[0];
    String alias = keyManager.chooseClientAlias(new String[] {"EC"}, null, null);

    assertThat(alias).isNotNull();
    assertThat(keyManager.getCertificateChain(alias))
        .containsExactlyElementsOf(pki.device().chain());
  }
}
