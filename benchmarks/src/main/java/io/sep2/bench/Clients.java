package io.sep2.bench;

import io.sep2.pki.Sep2Pki;
import io.sep2.tls.Sep2ClientTls;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/** The TLS clients of the benchmarks. */
final class Clients {

  private Clients() {}

  /**
   * The project's own CCM_8 client set-up (Bouncy Castle JSSE, TLS 1.2, 0xC0AE only) presenting the
   * PKI's first device and trusting its SERCA, host name unchecked (2030.5 style).
   */
  static SSLSocketFactory sep2(Sep2Pki pki) {
    return Sep2ClientTls.builder()
        .clientCertificate(pki.device())
        .trust(pki.serca().certificate())
        .verifyHostname(false)
        .build()
        .socketFactory();
  }

  /**
   * Bouncy Castle JSSE trusting any server, TLS 1.2 only, default cipher suites: the same client
   * library as {@link #sep2}, for WireMock's self-signed RSA certificate. BCJSSE's {@code TLSv1.2}
   * context enables TLS 1.2 and below, and the JDK's {@code jdk.tls.disabledAlgorithms} turns off
   * what is below; checked here, so no socket factory has to restrict each socket.
   */
  static SSLSocketFactory bcjsseTrustAll() {
    try {
      SSLContext context =
          SSLContext.getInstance(
              "TLSv1.2", new BouncyCastleJsseProvider(new BouncyCastleProvider()));
      context.init(null, new TrustManager[] {new TrustAll()}, null);
      String[] protocols = context.getDefaultSSLParameters().getProtocols();
      if (!Arrays.equals(protocols, new String[] {"TLSv1.2"})) {
        throw new IllegalStateException(
            "BCJSSE's TLSv1.2 context enables "
                + Arrays.toString(protocols)
                + ", not TLS 1.2 only");
      }
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The JDK's own SunJSSE trusting any server (what a plain Java client of WireMock uses). */
  static SSLSocketFactory sunJsseTrustAll() {
    try {
      SSLContext context = SSLContext.getInstance("TLS", "SunJSSE");
      context.init(null, new TrustManager[] {new TrustAll()}, null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class TrustAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
