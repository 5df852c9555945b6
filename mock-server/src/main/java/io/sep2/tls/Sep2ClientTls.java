package io.sep2.tls;

import io.sep2.pki.BouncyCastle;
import io.sep2.pki.HeldCertificate;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/**
 * A Java TLS client set-up that can talk to a 2030.5 server: Bouncy Castle's JSSE provider (BCJSSE)
 * restricted to TLS 1.2 and {@code TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8} (the one suite 2030.5
 * permits; {@link Sep2TlsPolicy} says why), presenting a device certificate and trusting the SERCA,
 * the root of the 2030.5 PKI.
 *
 * <p>The JDK's own provider (SunJSSE) has no CCM cipher suites in any version, so {@code
 * SSLContext.getDefault()} can never connect to a 2030.5 server. BCJSSE has CCM_8 but does not
 * enable it by default. This class uses provider <em>instances</em> and never calls {@code
 * Security.addProvider}, so nothing else in the JVM changes.
 *
 * <pre>{@code
 * HttpClient client = Sep2ClientTls.builder().clientCertificate(pki.device())
 *     .trust(pki.serca().certificate()).build().httpClient();
 * }</pre>
 */
public final class Sep2ClientTls {

  private final SSLContext sslContext;
  private final boolean verifyHostname;

  private Sep2ClientTls(SSLContext sslContext, boolean verifyHostname) {
    this.sslContext = sslContext;
    this.verifyHostname = verifyHostname;
  }

  /** Starts a builder: no client certificate, no trust anchors, host names verified. */
  public static Builder builder() {
    return new Builder();
  }

  /** The BCJSSE {@link SSLContext}; combine with {@link #sslParameters()}. */
  public SSLContext sslContext() {
    return sslContext;
  }

  /** TLS 1.2 and CCM_8 only (and HTTPS host-name verification when enabled). A new copy. */
  public SSLParameters sslParameters() {
    SSLParameters params = new SSLParameters();
    params.setProtocols(new String[] {Sep2TlsPolicy.PROTOCOL_NAME});
    params.setCipherSuites(new String[] {Sep2TlsPolicy.CIPHER_SUITE_NAME});
    if (verifyHostname) {
      params.setEndpointIdentificationAlgorithm("HTTPS");
    }
    return params;
  }

  /** A socket factory whose sockets are restricted to the 2030.5 parameters. */
  public SSLSocketFactory socketFactory() {
    SSLSocketFactory base = sslContext.getSocketFactory();
    SSLParameters params = sslParameters();
    return new RestrictedSocketFactory(base, params);
  }

  /**
   * An HTTP/1.1 {@link HttpClient} (HTTP/2 is not part of 2030.5) over this set-up, with a
   * 10-second connect timeout.
   */
  public HttpClient httpClient() {
    return HttpClient.newBuilder()
        .sslContext(sslContext)
        .sslParameters(sslParameters())
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** Options; see each method for its default. */
  public static final class Builder {
    private HeldCertificate clientCertificate;
    private final List<X509Certificate> trusted = new ArrayList<>();
    private boolean verifyHostname = true;

    private Builder() {}

    /** The device certificate to present. Default: none (the server will refuse the client). */
    public Builder clientCertificate(HeldCertificate device) {
      this.clientCertificate = Objects.requireNonNull(device, "device");
      return this;
    }

    /** Adds trusted roots (normally the SERCA). At least one is required; default: none. */
    public Builder trust(X509Certificate... roots) {
      for (X509Certificate root : roots) {
        trusted.add(Objects.requireNonNull(root, "root"));
      }
      return this;
    }

    /**
     * Whether to check that the server certificate names the host connected to. 2030.5 server
     * certificates carry no host name, so real 2030.5 clients skip this check; the test PKI's
     * server certificate names {@code localhost} and {@code 127.0.0.1} so either style works.
     * Default {@code true}.
     */
    public Builder verifyHostname(boolean verify) {
      this.verifyHostname = verify;
      return this;
    }

    /**
     * Builds the context.
     *
     * @throws IllegalStateException when no root was given to {@link #trust}
     */
    public Sep2ClientTls build() {
      if (trusted.isEmpty()) {
        throw new IllegalStateException("trust(...) at least one root, normally the SERCA");
      }
      try {
        BouncyCastleJsseProvider jsse = new BouncyCastleJsseProvider(BouncyCastle.provider());
        char[] password = "sep2".toCharArray();
        // an in-memory store that is never written: JKS protects the key entry with a cheap
        // transform, where PKCS12 runs PBKDF2 (10,000 rounds, about 0.1 s in a fresh JVM)
        KeyStore keys = KeyStore.getInstance("JKS");
        keys.load(null, null);
        if (clientCertificate != null) {
          keys.setKeyEntry(
              "device",
              clientCertificate.privateKey(),
              password,
              clientCertificate.chainWithoutRoot().toArray(X509Certificate[]::new));
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("PKIX", jsse);
        kmf.init(keys, password);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (int i = 0; i < trusted.size(); i++) {
          trust.setCertificateEntry("root-" + i, trusted.get(i));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX", jsse);
        tmf.init(trust);
        TrustManager[] tms = tmf.getTrustManagers();
        if (!verifyHostname) {
          tms = new TrustManager[] {new NoHostnameTrustManager((X509TrustManager) tms[0])};
        }
        SSLContext context = SSLContext.getInstance("TLS", jsse);
        context.init(kmf.getKeyManagers(), tms, null);
        return new Sep2ClientTls(context, verifyHostname);
      } catch (GeneralSecurityException | IOException e) {
        throw new IllegalStateException("cannot set up the BCJSSE client context: " + e, e);
      }
    }
  }

  /** Checks the chain but never the host name: the 2030.5 style. */
  private static final class NoHostnameTrustManager extends X509ExtendedTrustManager {
    private final X509TrustManager delegate;

    NoHostnameTrustManager(X509TrustManager delegate) {
      this.delegate = delegate;
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      delegate.checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      delegate.checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      delegate.checkServerTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return delegate.getAcceptedIssuers();
    }
  }
}
