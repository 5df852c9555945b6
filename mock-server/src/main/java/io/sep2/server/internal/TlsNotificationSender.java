package io.sep2.server.internal;

import io.sep2.model.Sep2Xml;
import io.sep2.pki.HeldCertificate;
import io.sep2.tls.Sep2ClientTls;
import io.sep2.utility.internal.NotificationSender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * Delivers Notifications the 2030.5 way: an HTTP POST over TLS 1.2 with
 * TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, the utility server presenting its own certificate as the TLS
 * client, the device's server certificate checked against the test PKI's SERCA (and any further
 * anchors), no host-name check (2030.5 certificates carry no host name).
 */
public final class TlsNotificationSender implements NotificationSender {

  /** How long one attempt may take, from connecting to the answer: {@value} seconds. */
  public static final int TIMEOUT_SECONDS = 5;

  private final HttpClient client;

  /**
   * Sends as {@code serverCertificate}, trusting device certificates that chain to {@code anchors}.
   */
  public TlsNotificationSender(HeldCertificate serverCertificate, List<X509Certificate> anchors) {
    Sep2ClientTls tls =
        Sep2ClientTls.builder()
            .clientCertificate(serverCertificate)
            .trust(anchors.toArray(X509Certificate[]::new))
            .verifyHostname(false)
            .build();
    this.client =
        HttpClient.newBuilder()
            .sslContext(tls.sslContext())
            .sslParameters(tls.sslParameters())
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS))
            .build();
  }

  @Override
  public int send(URI uri, byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
            .header("Content-Type", Sep2Xml.CONTENT_TYPE)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
