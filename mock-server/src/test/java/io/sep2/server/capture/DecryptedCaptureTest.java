package io.sep2.server.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.testing.Tshark;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a real TLS 1.2 CCM_8 handshake with mutual authentication and {@code GET /dcap}
 * through a recording proxy in front of the mock server; the pcapng written, with the server's key
 * log embedded, shows the request and the 200 response decrypted in tshark with no other file.
 * tshark is required (CI installs it); without it the test fails.
 */
@Timeout(120)
class DecryptedCaptureTest {

  @TempDir Path dir;

  @Test
  void tsharkDecryptsGetDcapFromTheFileAlone() throws Exception {
    Sep2Pki pki = Sep2Pki.builder().seed("pcapng").build();
    Path keys = dir.resolve("keys.log");
    Path file = dir.resolve("dcap.pcapng");
    String response;
    int proxyPort;
    try (Sep2MockServer server = Sep2MockServer.builder().pki(pki).keyLog(keys).build().start();
        PcapngWriter pcap = PcapngWriter.builder(file).keyLogFile(keys).open();
        RecordingProxy proxy =
            new RecordingProxy(new InetSocketAddress(server.host(), server.port()), pcap)) {
      proxyPort = proxy.port();
      try (SSLSocket socket =
          (SSLSocket)
              server.clientTls(pki.device()).socketFactory().createSocket("127.0.0.1", proxyPort)) {
        socket.setSoTimeout(10_000);
        socket.startHandshake();
        assertThat(socket.getSession().getCipherSuite())
            .isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8");
        OutputStream out = socket.getOutputStream();
        out.write(
            ("GET /dcap HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (proxy.finishedConnections() < 1 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(proxy.finishedConnections()).isEqualTo(1);
    }
    assertThat(response).startsWith("HTTP/1.1 200");
    assertThat(Files.readString(keys)).startsWith("CLIENT_RANDOM ");

    String http = Tshark.read(file, "-Y", "http");
    String fields =
        Tshark.read(
            file,
            "-Y",
            "http",
            "-T",
            "fields",
            "-e",
            "http.request.uri",
            "-e",
            "http.response.code");

    assertThat(http).contains("GET /dcap HTTP/1.1").contains("200");
    assertThat(fields.lines().map(String::strip)).contains("/dcap", "200");
    // the suite Wireshark saw negotiated, from the ServerHello
    assertThat(
            Tshark.read(
                file,
                "-Y",
                "tls.handshake.type == 2",
                "-T",
                "fields",
                "-e",
                "tls.handshake.ciphersuite"))
        .contains("0xc0ae");
  }
}
