package io.sep2.tls.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.testing.ClientHelloBuilder;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A BoringSSL (Chrome / Postman) shaped ClientHello sent to the real server over a socket: the
 * server must answer with a fatal alert 40 and record why, naming what was offered.
 */
class PostmanLikeClientTest {

  @Test
  void postmanHelloGetsAlert40AndAnExplanation() throws Exception {
    try (Sep2MockServer server =
        new Sep2MockServer(
                ServerOptions.builder().pki(Sep2Pki.builder().seed("postman").build()).build())
            .start()) {
      byte[] alert = new byte[7];
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        socket.setSoTimeout(5000);
        socket.getOutputStream().write(ClientHelloBuilder.boringSslHello().bytes());
        InputStream in = socket.getInputStream();
        int read = in.readNBytes(alert, 0, alert.length);
        assertThat(read).isEqualTo(7);
      }
      // record type 21 (alert), level 2 (fatal), description 40 (handshake_failure)
      assertThat(alert[0]).isEqualTo((byte) 21);
      assertThat(alert[5]).isEqualTo((byte) 2);
      assertThat(alert[6]).isEqualTo((byte) 40);

      server.awaitHandshakes(Duration.ofSeconds(5));
      ConnectionRecord record = server.connections().get(0);
      assertThat(record.diagnosis().cause()).isEqualTo(Diagnosis.Cause.SUITE_NOT_OFFERED);
      assertThat(record.toText())
          .contains(
              "did not offer cipher suite TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8",
              "TLS_AES_128_GCM_SHA256",
              "TLS 1.3 first",
              "BoringSSL",
              "Postman",
              "OpenSSL");
    }
  }

  @Test
  void aHelloWithoutSecureRenegotiationSignalIsStillAnswered() throws Exception {
    // nmap, sslscan and some embedded stacks send neither the SCSV nor renegotiation_info
    try (Sep2MockServer server =
        new Sep2MockServer(
                ServerOptions.builder().pki(Sep2Pki.builder().seed("legacy").build()).build())
            .start()) {
      byte[] hello = ClientHelloBuilder.good2030_5Hello().suites(0xC0AE).bytes();
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        socket.setSoTimeout(5000);
        socket.getOutputStream().write(hello);
        int recordType = socket.getInputStream().read();
        // 22 = handshake (ServerHello follows), not 21 = alert
        assertThat(recordType).isEqualTo(22);
      }
    }
  }
}
