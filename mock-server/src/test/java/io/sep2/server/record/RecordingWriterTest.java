package io.sep2.server.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sep2.server.internal.ConnectionRecorder;
import io.sep2.tls.ClientIdentity;
import io.sep2.tls.diagnostics.HandshakeFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingWriterTest {

  @TempDir Path dir;

  private static List<ConnectionRecord> twoConnections() {
    ConnectionRecorder ok =
        new ConnectionRecorder(1, "127.0.0.1:50000", ConnectionRecordTest.steppingClock());
    ok.handshakeSucceeded(
        0x0303,
        0xC0AE,
        0x0017,
        new ClientIdentity("3E4F45AB31EDFE5B67E343E5E4562E31984E23E5", "167261211391", "", true));
    ok.exchange(ConnectionRecordTest.dcap());
    ok.closed();

    ConnectionRecorder failed =
        new ConnectionRecorder(2, "127.0.0.1:50001", ConnectionRecordTest.steppingClock());
    failed.clientHello(ConnectionRecordTest.postmanHello());
    failed.handshakeFailed(HandshakeFailure.alertSent(40, "TlsFatalAlert: handshake_failure(40)"));
    failed.closed();
    return List.of(ok.snapshot(), failed.snapshot());
  }

  @Test
  void writesTextAndJsonWithStableFields() throws Exception {
    List<Path> files =
        RecordingWriter.write(dir.resolve("MyTest/reads dcap"), "reads dcap()", twoConnections());

    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("reads_dcap.txt", "reads_dcap.json");
    String text = Files.readString(files.get(0), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "#1 127.0.0.1:50000  SUCCESS  TLS 1.2 TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 secp256r1")
        .contains("\n\n#2 127.0.0.1:50001  FAILED  alert 40 handshake_failure")
        .contains("    < <DeviceCapability href=\"/dcap\" pollRate=\"900\"/>")
        .contains("  Reason: The client did not offer cipher suite");

    JsonNode root = new ObjectMapper().readTree(files.get(1).toFile());
    assertThat(root.get("name").asText()).isEqualTo("reads dcap()");
    assertThat(root.get("format").asInt()).isEqualTo(1);
    JsonNode ok = root.get("connections").get(0);
    assertThat(ok.get("id").asLong()).isEqualTo(1);
    assertThat(ok.get("remoteAddress").asText()).isEqualTo("127.0.0.1:50000");
    assertThat(ok.get("start").asText()).isEqualTo("2025-06-01T10:00:00Z");
    assertThat(ok.get("end").asText()).isEqualTo("2025-06-01T10:00:00.025Z");
    assertThat(ok.get("durationMillis").asLong()).isEqualTo(25);
    assertThat(ok.get("outcome").asText()).isEqualTo("SUCCESS");
    assertThat(ok.get("protocolVersion").asText()).isEqualTo("TLS 1.2");
    assertThat(ok.get("cipherSuite").asText()).isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8");
    assertThat(ok.get("namedGroup").asText()).isEqualTo("secp256r1");
    assertThat(ok.get("clientIdentity").get("lfdi").asText())
        .isEqualTo("3E4F45AB31EDFE5B67E343E5E4562E31984E23E5");
    assertThat(ok.get("clientIdentity").get("sfdi").asText()).isEqualTo("167261211391");
    assertThat(ok.get("clientIdentity").get("trusted").asBoolean()).isTrue();
    assertThat(ok.get("alertSent").isNull()).isTrue();
    assertThat(ok.get("diagnosis").isNull()).isTrue();
    assertThat(ok.get("clientHello").isNull()).isTrue();
    JsonNode exchange = ok.get("exchanges").get(0);
    assertThat(exchange.get("method").asText()).isEqualTo("GET");
    assertThat(exchange.get("uri").asText()).isEqualTo("/dcap");
    assertThat(exchange.get("status").asInt()).isEqualTo(200);
    assertThat(exchange.get("start").asText()).isEqualTo("2025-06-01T10:00:00.100Z");
    assertThat(exchange.get("requestHeaders").get(0).get("name").asText()).isEqualTo("Accept");
    assertThat(exchange.get("responseHeaders").get(0).get("value").asText())
        .isEqualTo("application/sep+xml");
    assertThat(exchange.get("responseBody").asText()).startsWith("<DeviceCapability");

    JsonNode failed = root.get("connections").get(1);
    assertThat(failed.get("outcome").asText()).isEqualTo("FAILED");
    assertThat(failed.get("alertSent").get("code").asInt()).isEqualTo(40);
    assertThat(failed.get("alertSent").get("name").asText()).isEqualTo("handshake_failure");
    assertThat(failed.get("diagnosis").get("cause").asText()).isEqualTo("SUITE_NOT_OFFERED");
    assertThat(failed.get("diagnosis").get("reason").asText()).contains("0xC0AE");
    assertThat(failed.get("diagnosis").get("detail").asText()).contains("handshake_failure(40)");
    JsonNode hello = failed.get("clientHello");
    assertThat(hello.get("kind").asText()).isEqualTo("TLS_HANDSHAKE");
    assertThat(hello.get("clientVersion").get("code").asText()).isEqualTo("0x0303");
    assertThat(hello.get("clientVersion").get("name").asText()).isEqualTo("TLS 1.2");
    assertThat(hello.get("cipherSuites")).hasSize(16);
    assertThat(hello.get("cipherSuites").get(1).get("code").asText()).isEqualTo("0x1301");
    assertThat(hello.get("cipherSuites").get(1).get("name").asText())
        .isEqualTo("TLS_AES_128_GCM_SHA256");
    assertThat(hello.get("supportedVersions").get(1).get("name").asText()).isEqualTo("TLS 1.3");
    assertThat(hello.get("serverName").asText()).isEqualTo("localhost");
    assertThat(hello.get("alpnProtocols").get(0).asText()).isEqualTo("h2");
    assertThat(hello.get("renegotiationInfo").asBoolean()).isTrue();
  }

  @Test
  void rewritingReplacesFilesAndEmptyListsAreFine() throws Exception {
    RecordingWriter.write(dir, "t", twoConnections());
    List<Path> files = RecordingWriter.write(dir, "t", List.of());

    assertThat(Files.readString(files.get(0))).isEqualTo("No connections.\n");
    assertThat(new ObjectMapper().readTree(files.get(1).toFile()).get("connections")).isEmpty();
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("t.txt", "t.json");
    }
  }

  @Test
  void sanitisesNamesForEveryFileSystem() {
    assertThat(RecordingWriter.sanitize("readsDcap()")).isEqualTo("readsDcap");
    assertThat(RecordingWriter.sanitize("[1] client=\"curl\" <ccm8>"))
        .isEqualTo("1_client_curl_ccm8");
    assertThat(RecordingWriter.sanitize("../../etc/passwd")).isEqualTo("etc_passwd");
    assertThat(RecordingWriter.sanitize("a/b\\c:d*e?f|g")).isEqualTo("a_b_c_d_e_f_g");
    assertThat(RecordingWriter.sanitize("CON")).isEqualTo("_CON");
    assertThat(RecordingWriter.sanitize("nul.txt")).isEqualTo("_nul.txt");
    assertThat(RecordingWriter.sanitize("Ümlaut façade")).isEqualTo("mlaut_fa_ade");
    assertThat(RecordingWriter.sanitize("...")).isEqualTo("recording");
    assertThat(RecordingWriter.sanitize("")).isEqualTo("recording");
    assertThat(RecordingWriter.sanitize(null)).isEqualTo("recording");
    String longName = "x".repeat(300);
    String other = "x".repeat(299) + "y";
    assertThat(RecordingWriter.sanitize(longName)).hasSize(100);
    assertThat(RecordingWriter.sanitize(longName)).isNotEqualTo(RecordingWriter.sanitize(other));
  }
}
