package io.sep2.robustness;

import io.sep2.testing.HelloCapture;
import io.sep2.tls.Sep2ClientTls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;

/**
 * Real ClientHellos to start hostile inputs from, captured on a plain socket from the BCJSSE 2030.5
 * client (TLS 1.2, CCM_8 only) and from the JDK's SunJSSE (TLS 1.3 first, no CCM). The
 * BoringSSL-shaped one (Chrome/Postman) is built byte by byte: {@link
 * io.sep2.testing.ClientHelloBuilder#boringSslHello()}.
 */
final class Hellos {

  private static volatile byte[] good2030_5;
  private static volatile byte[] sunJsse;

  private Hellos() {}

  /** The hello of the project's own 2030.5 client, as one TLS record. */
  static byte[] good2030_5() {
    if (good2030_5 == null) {
      Sep2ClientTls tls =
          Sep2ClientTls.builder()
              .clientCertificate(GoodClient.PKI.device())
              .trust(GoodClient.PKI.serca().certificate())
              .build();
      good2030_5 = capture(tls.socketFactory());
    }
    return good2030_5.clone();
  }

  /** The hello of the JDK's default TLS client (SunJSSE), as one TLS record. */
  static byte[] sunJsseDefault() {
    if (sunJsse == null) {
      try {
        sunJsse = capture(SSLContext.getDefault().getSocketFactory());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return sunJsse.clone();
  }

  private static byte[] capture(SocketFactory factory) {
    try {
      return HelloCapture.fromSocketFactory(factory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot capture a ClientHello: " + e, e);
    }
  }
}
