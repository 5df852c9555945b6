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
import java.util.Objects;

/**
 * Delivers Notifications the 2030.5 way: an HTTP POST over TLS 1.2 with
 * TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, the utility server presenting its own certificate as the TLS
 * client, the device's server certificate checked against the test PKI's SERCA (and any further
 * anchors), no host-name check (2030.5 certificates carry no host name).
 *
 * <p>The TLS client is made when the first Notification is sent, not with the server: most servers
 * never notify anyone, and making it (a BCJSSE context, Bouncy Castle's JCA provider, an HTTP
 * client with its selector thread) was 40 % of a fresh JVM's server start (BENCHMARKS.md, figure
 * 2).
 */
public final class TlsNotificationSender implements NotificationSender {

  /** How long one attempt may take, from connecting to the answer: {@value} seconds. */
  public static final int TIMEOUT_SECONDS = 5;

  private final HeldCertificate serverCertificate;
  private final List<X509Certificate> anchors;
  private volatile HttpClient client;

  /**
   * Sends as {@code serverCertificate}, trusting device certificates that chain to {@code anchors}.
   */
  public TlsNotificationSender(HeldCertificate serverCertificate, List<X509Certificate> anchors) {
    this.serverCertificate = Objects.requireNonNull(serverCertificate, "serverCertificate");
    this.anchors = List.copyOf(anchors);
  }

  /** Whether the TLS client has been made (a Notification was sent); for tests. */
  boolean started() {
    return client != null;
  }

  private HttpClient client() {
    HttpClient made = client;
    if (made == null) {
      synchronized (this) {
        made = client;
        if (made == null) {
          Sep2ClientTls tls =
              Sep2ClientTls.builder()
                  .clientCertificate(serverCertificate)
                  .trust(anchors.toArray(X509Certificate[]::new))
                  .verifyHostname(false)
                  .build();
          made =
              HttpClient.newBuilder()
                  .sslContext(tls.sslContext())
                  .sslParameters(tls.sslParameters())
                  .version(HttpClient.Version.HTTP_1_1)
                  .connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                  .build();
          client = made;
        }
      }
    }
    return made;
  }

  @Override
  public int send(URI uri, byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(TIMEOUT_SECONDS))
            .header("Content-Type", Sep2Xml.CONTENT_TYPE)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return client().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
