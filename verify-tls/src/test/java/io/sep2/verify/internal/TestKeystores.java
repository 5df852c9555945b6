package io.sep2.verify.internal;

import io.sep2.pki.keystore.KeystoreWriter;
import io.sep2.verify.Finding;
import io.sep2.verify.KeystoreRole;
import io.sep2.verify.KeystoreSpec;
import io.sep2.verify.PasswordSource;
import io.sep2.verify.internal.VerifyContext.JsseSetup;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Keystores for the check tests: broken ones made here, good ones from test-pki. */
final class TestKeystores {

  static final Provider BC = new BouncyCastleProvider();
  static final String PASSWORD = "Unit-Test-Secret-77";
  static final UnaryOperator<String> NO_ENV = name -> null;

  private TestKeystores() {}

  /** A self-signed certificate and key of the given kind in a PKCS12 file. */
  static Path selfSigned(Path file, String keyAlgorithm, String curveOrBits, String sigAlg)
      throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance(keyAlgorithm, BC);
    if (keyAlgorithm.equals("EC")) {
      g.initialize(new ECGenParameterSpec(curveOrBits));
    } else {
      g.initialize(Integer.parseInt(curveOrBits));
    }
    KeyPair pair = g.generateKeyPair();
    X500Name name = new X500Name("CN=" + file.getFileName());
    X509Certificate cert =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        name,
                        BigInteger.ONE,
                        new Date(0),
                        new Date(4102444800000L),
                        name,
                        pair.getPublic())
                    .build(
                        new JcaContentSignerBuilder(sigAlg)
                            .setProvider(BC)
                            .build(pair.getPrivate())));
    KeystoreWriter.writePkcs12(
        file, "device", pair.getPrivate(), List.of(cert), PASSWORD.toCharArray());
    return file;
  }

  static KeystoreSpec spec(Path path, KeystoreRole role, PasswordSource password) {
    return new KeystoreSpec(
        path.getFileName().toString(), role, path, null, null, password, null, List.of());
  }

  static KeystoreResult load(Path path, KeystoreRole role, String password) {
    return KeystoreLoading.load(
        spec(path, role, password == null ? PasswordSource.NONE : PasswordSource.value(password)),
        NO_ENV,
        NO_ENV);
  }

  static VerifyContext context(List<KeystoreResult> keystores) {
    return new VerifyContext(
        keystores,
        List.of("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8"),
        List.of("TLSv1.2"),
        new JsseSetup("none", List.of(), List.of(), null),
        null,
        Duration.ofSeconds(10));
  }

  static List<Finding> run(Check check, List<KeystoreResult> keystores) {
    return check.run(context(keystores));
  }
}
