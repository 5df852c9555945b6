package io.sep2.bench;

import io.sep2.pki.Sep2Pki;
import io.sep2.tls.Sep2ClientTls;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
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
   * library as {@link #sep2}, for WireMock's self-signed RSA certificate.
   */
  static SSLSocketFactory bcjsseTrustAll() {
    try {
      SSLContext context =
          SSLContext.getInstance("TLS", new BouncyCastleJsseProvider(new BouncyCastleProvider()));
      context.init(null, new TrustManager[] {new TrustAll()}, null);
      return new Tls12Only(context.getSocketFactory());
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

  /** Enables only TLS 1.2 on every socket, like {@link Sep2ClientTls}. */
  private static final class Tls12Only extends SSLSocketFactory {
    private final SSLSocketFactory base;

    Tls12Only(SSLSocketFactory base) {
      this.base = base;
    }

    private Socket restrict(Socket socket) {
      ((SSLSocket) socket).setEnabledProtocols(new String[] {"TLSv1.2"});
      return socket;
    }

    @Override
    public String[] getDefaultCipherSuites() {
      return base.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
      return base.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose)
        throws IOException {
      return restrict(base.createSocket(s, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return restrict(base.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
        throws IOException {
      return restrict(base.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return restrict(base.createSocket(host, port));
    }

    @Override
    public Socket createSocket(
        InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
      return restrict(base.createSocket(address, port, localAddress, localPort));
    }
  }
}
