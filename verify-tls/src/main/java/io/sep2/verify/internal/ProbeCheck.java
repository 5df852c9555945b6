package io.sep2.verify.internal;

import io.sep2.pki.BouncyCastle;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.keystore.KeystoreEntry;
import io.sep2.pki.profile.CertificateRole;
import io.sep2.tls.Sep2TlsPolicy;
import io.sep2.verify.Finding;
import io.sep2.verify.KeystoreRole;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/**
 * Check 6 (only with {@code probe}): a CCM_8-only BCJSSE client (TLS 1.2, {@code
 * TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8}, the first device keystore as client certificate, the
 * truststore as trust anchors, no host-name check) connects to the given 2030.5 server, reports the
 * negotiated parameters ({@code probe.handshake}), runs the 2030.5 profile check on the chain the
 * server presented ({@code profile.*} findings with subject {@code probe server}; {@code
 * probe.server-untrusted} when no truststore SERCA anchors it) and GETs its DeviceCapability
 * ({@code probe.dcap}; the URL's path, {@code /dcap} when it has none).
 */
public final class ProbeCheck implements Check {

  private static final String ACCEPT = "application/sep+xml; level=-S1";

  @Override
  public String name() {
    return "probe";
  }

  @Override
  public List<Finding> run(VerifyContext context) {
    URI probe = context.probe();
    if (probe == null) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    String subject = Subjects.url(probe);
    if (!"https".equalsIgnoreCase(probe.getScheme()) || probe.getHost() == null) {
      out.add(
          Finding.error(
              "probe.url",
              subject,
              "an https://HOST[:PORT][/path] URL of a 2030.5 server",
              "not an https URL with a host",
              "Set <probe> (-Dsep2.probe) to e.g. https://server.example:8443/dcap."));
      return out;
    }
    URI target = dcap(probe);
    List<KeystoreResult> devices = context.loaded(KeystoreRole.DEVICE);
    KeystoreEntry device = devices.isEmpty() ? null : devices.get(0).entry();
    if (device == null) {
      out.add(
          Finding.warning(
              "probe.no-client-certificate",
              subject,
              "a device keystore to present, as 2030.5 requires mutual authentication",
              "no loaded device keystore: the probe connects without a client certificate",
              "Configure a device keystore; expect the server to refuse the handshake"
                  + " without one."));
    }
    List<X509Certificate> trusted = context.trustedCertificates();
    CapturingTrustManager capture;
    SSLContext sslContext;
    Provider jsse = new BouncyCastleJsseProvider(BouncyCastle.provider());
    try {
      capture = new CapturingTrustManager(trusted.isEmpty() ? null : pkix(jsse, trusted));
      sslContext = SSLContext.getInstance("TLS", jsse);
      sslContext.init(
          device == null ? null : keyManagers(jsse, device),
          new javax.net.ssl.TrustManager[] {capture},
          null);
    } catch (GeneralSecurityException | IOException e) {
      out.add(
          Finding.error(
              "probe.handshake",
              subject,
              "a BCJSSE client set-up",
              Messages.causes(e),
              "Check the device keystore and truststore."));
      return out;
    }
    SSLParameters params = new SSLParameters();
    params.setProtocols(new String[] {Sep2TlsPolicy.PROTOCOL_NAME});
    params.setCipherSuites(new String[] {Sep2TlsPolicy.CIPHER_SUITE_NAME});
    HttpClient http =
        HttpClient.newBuilder()
            .sslContext(sslContext)
            .sslParameters(params)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(context.timeout())
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .header("Accept", ACCEPT)
            .timeout(context.timeout())
            .GET()
            .build();
    HttpResponse<String> response = null;
    String error = null;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      error = Messages.causes(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    }
    List<X509Certificate> serverChain = capture.chain.get();
    SSLSession session = response == null ? null : response.sslSession().orElse(null);
    if (session != null) {
      out.add(
          Finding.ok(
              "probe.handshake",
              subject,
              session.getProtocol()
                  + " "
                  + session.getCipherSuite()
                  + "; client certificate "
                  + (device == null ? "none" : "LFDI " + DeviceIdentity.lfdi(device.certificate()))
                  + "; server certificate "
                  + (serverChain == null || serverChain.isEmpty()
                      ? "?"
                      : "LFDI " + DeviceIdentity.lfdi(serverChain.get(0)))));
    } else {
      out.add(
          Finding.error(
              "probe.handshake",
              subject,
              "TLS 1.2 with " + Sep2TlsPolicy.CIPHER_SUITE_NAME + " and mutual authentication",
              (error == null ? "no TLS session" : error)
                  + (capture.problem.get() == null
                      ? ""
                      : " | server chain not trusted: " + capture.problem.get()),
              "An alert 40 handshake_failure means the server offers no CCM_8 or TLS 1.2; alert"
                  + " 42/48 that it refused the device certificate; a trust error that the"
                  + " truststore lacks the server's SERCA."));
    }
    if (serverChain != null && !serverChain.isEmpty()) {
      if (!trusted.isEmpty() && capture.problem.get() != null) {
        out.add(
            Finding.error(
                "probe.server-untrusted",
                "probe server",
                "a server chain that ends at a SERCA in the truststore",
                capture.problem.get(),
                "Trust the server's SERCA, or point the probe at a server of your SERCA."));
      } else if (trusted.isEmpty()) {
        out.add(
            Finding.warning(
                "probe.server-untrusted",
                "probe server",
                "a truststore to verify the server chain with",
                "no truststore is configured: the server's chain was accepted unverified",
                "Configure the truststore the client uses (role truststore)."));
      }
      out.addAll(
          CertificateProfileCheck.check(
              "probe server", serverChain, CertificateRole.SERVER, trusted));
    }
    if (response != null) {
      String body = response.body() == null ? "" : response.body();
      String type = response.headers().firstValue("Content-Type").orElse("no Content-Type");
      if (response.statusCode() == 200 && body.contains("DeviceCapability")) {
        out.add(
            Finding.ok(
                "probe.dcap",
                subject,
                "GET " + target.getPath() + " -> 200 " + type + ", a DeviceCapability"));
      } else {
        out.add(
            Finding.error(
                "probe.dcap",
                subject,
                "200 with a DeviceCapability (application/sep+xml)",
                "GET "
                    + target.getPath()
                    + " -> "
                    + response.statusCode()
                    + " "
                    + type
                    + ", "
                    + body.length()
                    + " characters"
                    + (body.contains("DeviceCapability") ? "" : " without DeviceCapability"),
                "Point the probe at the server's DeviceCapability URL, e.g. https://HOST/dcap."));
      }
    }
    return out;
  }

  private static URI dcap(URI probe) {
    String path = probe.getRawPath();
    if (path == null || path.isEmpty() || path.equals("/")) {
      return URI.create("https://" + probe.getRawAuthority().replaceFirst("^.*@", "") + "/dcap");
    }
    return URI.create(
        "https://"
            + probe.getRawAuthority().replaceFirst("^.*@", "")
            + path
            + (probe.getRawQuery() == null ? "" : "?" + probe.getRawQuery()));
  }

  private static javax.net.ssl.KeyManager[] keyManagers(Provider jsse, KeystoreEntry device)
      throws GeneralSecurityException, IOException {
    char[] password = "sep2-probe".toCharArray();
    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(null, null);
    List<X509Certificate> chain = device.chain();
    List<X509Certificate> sent =
        chain.size() > 1 && HeldCertificates.selfIssued(chain.get(chain.size() - 1))
            ? chain.subList(0, chain.size() - 1)
            : chain;
    keys.setKeyEntry("device", device.privateKey(), password, sent.toArray(X509Certificate[]::new));
    KeyManagerFactory kmf = KeyManagerFactory.getInstance("PKIX", jsse);
    kmf.init(keys, password);
    return kmf.getKeyManagers();
  }

  private static X509TrustManager pkix(Provider jsse, List<X509Certificate> trusted)
      throws GeneralSecurityException, IOException {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    for (int i = 0; i < trusted.size(); i++) {
      trust.setCertificateEntry("anchor-" + i, trusted.get(i));
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX", jsse);
    tmf.init(trust);
    return (X509TrustManager) tmf.getTrustManagers()[0];
  }

  /**
   * Keeps the chain the server presented and whether it was trusted; never checks the host name
   * (2030.5 server certificates carry none). Without a delegate every chain is accepted.
   */
  private static final class CapturingTrustManager extends X509ExtendedTrustManager {
    final AtomicReference<List<X509Certificate>> chain = new AtomicReference<>();
    final AtomicReference<String> problem = new AtomicReference<>();
    private final X509TrustManager delegate;

    CapturingTrustManager(X509TrustManager delegate) {
      this.delegate = delegate;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certs, String authType)
        throws CertificateException {
      chain.set(List.copyOf(Arrays.asList(certs)));
      if (delegate == null) {
        return;
      }
      try {
        delegate.checkServerTrusted(certs, authType);
      } catch (CertificateException e) {
        problem.set(Messages.causes(e));
        throw e;
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certs, String authType, Socket socket)
        throws CertificateException {
      checkServerTrusted(certs, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] certs, String authType, SSLEngine engine)
        throws CertificateException {
      checkServerTrusted(certs, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certs, String authType)
        throws CertificateException {
      throw new CertificateException("a probe client does not accept clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certs, String authType, Socket socket)
        throws CertificateException {
      checkClientTrusted(certs, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] certs, String authType, SSLEngine engine)
        throws CertificateException {
      checkClientTrusted(certs, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return delegate == null ? new X509Certificate[0] : delegate.getAcceptedIssuers();
    }
  }
}
