package com.example.device;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.X509Certificate;
import java.util.Collections;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/**
 * The device's TLS set-up, the way a vendor writes it: IEEE 2030.5 allows only TLS 1.2 with
 * TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, which the JDK's own TLS (SunJSSE) does not implement, so the
 * client uses Bouncy Castle's JSSE provider and enables that one suite.
 */
public final class DeviceTls {

  /** The only cipher suite 2030.5 allows. */
  public static final String CCM_8 = "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8";

  private DeviceTls() {}

  /**
   * A BCJSSE context presenting the device key store and trusting the trust store (both PKCS12).
   */
  public static SSLContext fromKeystores(Path deviceKeystore, Path truststore, char[] password)
      throws GeneralSecurityException, IOException {
    BouncyCastleJsseProvider jsse = new BouncyCastleJsseProvider(new BouncyCastleProvider());
    KeyManagerFactory keys = KeyManagerFactory.getInstance("PKIX", jsse);
    keys.init(load(deviceKeystore, password), password);
    TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX", jsse);
    trust.init(load(truststore, password));
    SSLContext context = SSLContext.getInstance("TLS", jsse);
    context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
    return context;
  }

  /** The device's own certificate: the first key entry of its key store. */
  public static X509Certificate deviceCertificate(Path deviceKeystore, char[] password)
      throws GeneralSecurityException, IOException {
    KeyStore store = load(deviceKeystore, password);
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias)) {
        return (X509Certificate) store.getCertificate(alias);
      }
    }
    throw new KeyStoreException(deviceKeystore + " holds no key entry");
  }

  /** TLS 1.2 and CCM_8 only. */
  public static SSLParameters parameters() {
    SSLParameters parameters = new SSLParameters();
    parameters.setProtocols(new String[] {"TLSv1.2"});
    parameters.setCipherSuites(new String[] {CCM_8});
    return parameters;
  }

  private static KeyStore load(Path file, char[] password)
      throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password);
    }
    return store;
  }
}
