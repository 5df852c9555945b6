package io.sep2.server.internal.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.testing.Tshark;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the server's own {@code capture} option records a real TLS 1.2 CCM_8 handshake with
 * mutual authentication and {@code GET /dcap}; the pcapng carries the TLS secrets in a Decryption
 * Secrets Block, so tshark shows the request and the 200 response decrypted from the file alone (no
 * key log file is written). tshark is required (CI installs it); without it the test fails.
 */
@Timeout(120)
class DecryptedCaptureTest {

  @TempDir Path dir;

  @Test
  void tsharkDecryptsGetDcapFromTheServersCaptureAlone() throws Exception {
    Sep2Pki pki = Sep2Pki.builder().seed("pcapng").build();
    Path file = dir.resolve("comm003.pcapng");
    String response;
    try (Sep2MockServer server =
        new Sep2MockServer(ServerOptions.builder().pki(pki).capture(file).build()).start()) {
      try (SSLSocket socket =
          (SSLSocket)
              server
                  .clientTls(pki.device())
                  .socketFactory()
                  .createSocket("127.0.0.1", server.port())) {
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
    } // stop() writes what is still buffered and closes the file
    assertThat(response).startsWith("HTTP/1.1 200");
    assertThat(dir.resolve("keys.log")).doesNotExist();

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

  @Test
  void aCaptureFileThatCannotBeWrittenIsAConfigurationErrorAtStart() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");
    Path file = notADirectory.resolve("capture.pcapng");

    assertThatThrownBy(() -> new Sep2MockServer(ServerOptions.builder().capture(file).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capture file")
        .hasMessageContaining(file.toString())
        .hasMessageContaining("cannot be written");
  }
}
