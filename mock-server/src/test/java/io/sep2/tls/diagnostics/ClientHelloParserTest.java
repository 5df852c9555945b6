package io.sep2.tls.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.testing.ClientHelloBuilder;
import io.sep2.testing.TlsEncoding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ClientHelloParserTest {

  @Test
  void readsBoringSslLikeHelloWithGreaseAndTls13First() {
    ClientHelloInfo info = ClientHelloParser.parse(ClientHelloBuilder.boringSslHello().bytes());

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TLS_HANDSHAKE);
    assertThat(info.isCompleteHello()).isTrue();
    assertThat(info.problem()).isNull();
    assertThat(info.recordVersion()).isEqualTo(0x0301);
    assertThat(info.clientVersion()).isEqualTo(0x0303);
    assertThat(info.sessionIdLength()).isEqualTo(32);
    assertThat(info.cipherSuites())
        .containsExactly(
            0x0A0A, 0x1301, 0x1302, 0x1303, 0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC013,
            0xC014, 0x009C, 0x009D, 0x002F, 0x0035);
    assertThat(info.cipherSuiteNames())
        .startsWith("GREASE (0x0A0A)", "TLS_AES_128_GCM_SHA256 (0x1301)")
        .contains("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256 (0xCCA9)")
        .endsWith("TLS_RSA_WITH_AES_256_CBC_SHA (0x0035)");
    assertThat(info.offersCipherSuite(0xC0AE)).isFalse();
    assertThat(info.supportedVersions()).containsExactly(0x3A3A, 0x0304, 0x0303);
    assertThat(info.offeredVersions()).containsExactly(0x0304, 0x0303);
    assertThat(info.offeredVersionNames()).containsExactly("TLS 1.3", "TLS 1.2");
    assertThat(info.offersTls12()).isTrue();
    assertThat(info.offersTls13()).isTrue();
    assertThat(info.supportedGroupNames())
        .containsExactly("GREASE (0x2A2A)", "x25519", "secp256r1", "secp384r1");
    assertThat(info.signatureAlgorithmNames())
        .containsExactly(
            "ecdsa_secp256r1_sha256",
            "rsa_pss_rsae_sha256",
            "rsa_pkcs1_sha256",
            "ecdsa_secp384r1_sha384",
            "rsa_pss_rsae_sha384",
            "rsa_pkcs1_sha384",
            "rsa_pss_rsae_sha512",
            "rsa_pkcs1_sha512");
    assertThat(info.keyShareGroups()).containsExactly(0x2A2A, 0x001D);
    assertThat(info.serverName()).isEqualTo("localhost");
    assertThat(info.alpnProtocols()).containsExactly("h2", "http/1.1");
    assertThat(info.ecPointFormats()).containsExactly(0);
    assertThat(info.renegotiationInfo()).isTrue();
    assertThat(info.renegotiationScsv()).isFalse();
    assertThat(info.extensionNames())
        .startsWith("GREASE (0x1A1A)", "server_name")
        .contains("application_settings_old", "compress_certificate", "padding");
    assertThat(info.hasGrease()).isTrue();
    assertThat(info.clientStack().stack()).isEqualTo(TlsStack.BORINGSSL);
    assertThat(info.summary())
        .contains("ClientHello: TLS 1.0 record, client_version TLS 1.2")
        .contains("versions offered GREASE (0x3A3A), TLS 1.3, TLS 1.2")
        .contains("16 suites: GREASE (0x0A0A), TLS_AES_128_GCM_SHA256 (0x1301)")
        .contains("groups: GREASE (0x2A2A), x25519, secp256r1, secp384r1")
        .contains("SNI: localhost; ALPN: h2, http/1.1");
  }

  @Test
  void reassemblesHelloFragmentedOverManyRecords() {
    byte[] whole = ClientHelloBuilder.boringSslHello().bytes();
    byte[] fragmented = ClientHelloBuilder.boringSslHello().records(7);
    ClientHelloInfo one = ClientHelloParser.parse(whole);
    ClientHelloInfo many = ClientHelloParser.parse(fragmented);

    assertThat(many.kind()).isEqualTo(ClientHelloInfo.Kind.TLS_HANDSHAKE);
    assertThat(many.cipherSuites()).isEqualTo(one.cipherSuites());
    assertThat(many.extensions()).isEqualTo(one.extensions());
    assertThat(many.serverName()).isEqualTo("localhost");
    assertThat(many.problem()).contains("fragmented over").contains("records");
    assertThat(many.malformed()).isFalse();
  }

  @Test
  void ignoresWhatFollowsACompleteHello() {
    byte[] hello = ClientHelloBuilder.good2030_5Hello().bytes();
    byte[] withTail = Arrays.copyOf(hello, hello.length + 6);
    // TLS 1.3 middlebox-compatibility change_cipher_spec record after the hello
    System.arraycopy(new byte[] {20, 3, 3, 0, 1, 1}, 0, withTail, hello.length, 6);

    ClientHelloInfo info = ClientHelloParser.parse(withTail);

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TLS_HANDSHAKE);
    assertThat(info.problem()).isNull();
    assertThat(info.offersCipherSuite(0xC0AE)).isTrue();
    assertThat(info.bytesCaptured()).isEqualTo(withTail.length);
  }

  @Test
  void truncatedHelloKeepsOnlyCompleteFields() {
    byte[] hello = ClientHelloBuilder.boringSslHello().bytes();
    // cut inside the extensions: suites are complete, later extensions are not
    byte[] cut = Arrays.copyOf(hello, 140);

    ClientHelloInfo info = ClientHelloParser.parse(cut);

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TRUNCATED);
    assertThat(info.cipherSuites()).hasSize(16);
    assertThat(info.serverName()).isEqualTo("localhost");
    assertThat(info.supportedVersions()).isEmpty();
    assertThat(info.problem())
        .contains("declares")
        .contains("only " + (140 - 9) + " arrived")
        .contains("ended inside a record");
  }

  @Test
  void truncatedInsideSuiteListReportsNoSuites() {
    byte[] hello = ClientHelloBuilder.boringSslHello().bytes();
    byte[] cut = Arrays.copyOf(hello, 5 + 4 + 2 + 32 + 1 + 32 + 2 + 10);

    ClientHelloInfo info = ClientHelloParser.parse(cut);

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TRUNCATED);
    assertThat(info.clientVersion()).isEqualTo(0x0303);
    assertThat(info.sessionIdLength()).isEqualTo(32);
    assertThat(info.cipherSuites()).isEmpty();
    assertThat(info.problem()).contains("cipher_suites list");
  }

  @Test
  void shortRecordHeaderIsTruncated() {
    assertThat(ClientHelloParser.parse(new byte[] {22}).kind())
        .isEqualTo(ClientHelloInfo.Kind.TRUNCATED);
    ClientHelloInfo three = ClientHelloParser.parse(new byte[] {22, 3, 1});
    assertThat(three.kind()).isEqualTo(ClientHelloInfo.Kind.TRUNCATED);
    assertThat(three.recordVersion()).isEqualTo(0x0301);
    assertThat(ClientHelloParser.parse(new byte[] {22, 3, 1, 0, 50}).kind())
        .isEqualTo(ClientHelloInfo.Kind.TRUNCATED);
  }

  @Test
  void emptyAndNullInputsAreEmpty() {
    assertThat(ClientHelloParser.parse(new byte[0]).kind()).isEqualTo(ClientHelloInfo.Kind.EMPTY);
    assertThat(ClientHelloParser.parse(null).kind()).isEqualTo(ClientHelloInfo.Kind.EMPTY);
    assertThat(ClientHelloParser.parse(new byte[10], 20, 5).kind())
        .isEqualTo(ClientHelloInfo.Kind.EMPTY);
    assertThat(ClientHelloParser.parse(new byte[0]).summary()).contains("sent no bytes");
  }

  @Test
  void plainHttpIsRecognisedWithRequestLine() {
    byte[] request =
        "GET /dcap HTTP/1.1\r\nHost: localhost\r\nAccept: application/sep+xml\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    ClientHelloInfo info = ClientHelloParser.parse(request);

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.PLAIN_HTTP);
    assertThat(info.preview()).isEqualTo("GET /dcap HTTP/1.1");
    assertThat(
            ClientHelloParser.parse("POST /mup HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII))
                .kind())
        .isEqualTo(ClientHelloInfo.Kind.PLAIN_HTTP);
    assertThat(
            ClientHelloParser.parse("PRI * HTTP/2.0\r\n".getBytes(StandardCharsets.US_ASCII))
                .kind())
        .isEqualTo(ClientHelloInfo.Kind.PLAIN_HTTP);
  }

  @Test
  void sslv2CompatibilityHelloIsRecognised() {
    // As sent by old Java with "SSLv2Hello" enabled: version TLS 1.0, three 3-byte cipher specs
    ByteArrayOutputStream msg = new ByteArrayOutputStream();
    msg.write(1); // CLIENT-HELLO
    TlsEncoding.u16(msg, 0x0301);
    TlsEncoding.u16(msg, 9); // cipher spec length
    TlsEncoding.u16(msg, 0); // session id length
    TlsEncoding.u16(msg, 16); // challenge length
    msg.writeBytes(new byte[] {0, 0, 0x2F, 0, 0, 0x35, 1, 0, (byte) 0x80});
    msg.writeBytes(new byte[16]);
    byte[] body = msg.toByteArray();
    byte[] record = new byte[body.length + 2];
    record[0] = (byte) (0x80 | (body.length >> 8));
    record[1] = (byte) body.length;
    System.arraycopy(body, 0, record, 2, body.length);

    ClientHelloInfo info = ClientHelloParser.parse(record);

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.SSLV2_HELLO);
    assertThat(info.clientVersion()).isEqualTo(0x0301);
    assertThat(info.cipherSuites()).containsExactly(0x002F, 0x0035);
    assertThat(info.problem()).contains("1 SSL 2.0-only cipher kinds");
    assertThat(info.summary())
        .startsWith("SSLv2-format ClientHello, client_version TLS 1.0; 2 suites");
  }

  @Test
  void garbageIsNotTlsWithHexPreview() {
    ClientHelloInfo ssh =
        ClientHelloParser.parse("SSH-2.0-OpenSSH_9.2\r\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(ssh.kind()).isEqualTo(ClientHelloInfo.Kind.NOT_TLS);
    assertThat(ssh.preview())
        .startsWith("53 53 48 2D 32 2E 30")
        .contains("(\"SSH-2.0-OpenSSH_")
        .contains("...");
    assertThat(ssh.problem()).contains("SSH");

    ClientHelloInfo zeros = ClientHelloParser.parse(new byte[3]);
    assertThat(zeros.kind()).isEqualTo(ClientHelloInfo.Kind.NOT_TLS);
    assertThat(zeros.preview()).isEqualTo("00 00 00 (\"...\")");

    ClientHelloInfo badVersion = ClientHelloParser.parse(HexFormat.of().parseHex("1604010005"));
    assertThat(badVersion.kind()).isEqualTo(ClientHelloInfo.Kind.NOT_TLS);
    assertThat(badVersion.problem()).contains("record version 04xx");

    ClientHelloInfo alert =
        ClientHelloParser.parse(HexFormat.of().parseHex("150303000202 28".replace(" ", "")));
    assertThat(alert.kind()).isEqualTo(ClientHelloInfo.Kind.NOT_TLS);
    assertThat(alert.problem()).contains("alert record");
  }

  @Test
  void serverHelloInsteadOfClientHelloIsNotTls() {
    byte[] hello = ClientHelloBuilder.good2030_5Hello().bytes();
    hello[5] = 2; // handshake type server_hello

    ClientHelloInfo info = ClientHelloParser.parse(hello);

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.NOT_TLS);
    assertThat(info.problem()).contains("type 2 (server_hello), not a ClientHello");
  }

  @Test
  void inconsistentInnerLengthIsMalformed() {
    byte[] hello = ClientHelloBuilder.good2030_5Hello().bytes();
    int suitesLengthAt = 5 + 4 + 2 + 32 + 1 + 32;
    hello[suitesLengthAt] = (byte) 0x7F; // cipher_suites length far beyond the message

    ClientHelloInfo info = ClientHelloParser.parse(hello);

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TLS_HANDSHAKE);
    assertThat(info.malformed()).isTrue();
    assertThat(info.isCompleteHello()).isFalse();
    assertThat(info.problem()).contains("malformed ClientHello").contains("cipher_suites list");
  }

  @Test
  void hugeRecordAndMessageLengthsAreTolerated() {
    byte[] hello = ClientHelloBuilder.good2030_5Hello().bytes();
    hello[3] = (byte) 0xFF;
    hello[4] = (byte) 0xFF; // record length 65535
    hello[6] = (byte) 0xFF; // handshake length 16 MiB

    ClientHelloInfo info = ClientHelloParser.parse(hello);

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TRUNCATED);
    assertThat(info.problem()).contains("65535 bytes, more than the TLS limit of 16384");
    assertThat(info.cipherSuites()).containsExactly(0xC0AE, 0x00FF);
  }

  @Test
  void helloWithoutExtensionsIsLegal() {
    ClientHelloInfo info =
        ClientHelloParser.parse(
            ClientHelloBuilder.hello()
                .clientVersion(0x0302)
                .suites(0x002F, 0x0035)
                .noExtensions()
                .bytes());

    assertThat(info.kind()).isEqualTo(ClientHelloInfo.Kind.TLS_HANDSHAKE);
    assertThat(info.problem()).isNull();
    assertThat(info.extensions()).isEmpty();
    assertThat(info.offeredVersions()).containsExactly(0x0302);
    assertThat(info.offersTls12()).isFalse();
    assertThat(info.summary()).contains("groups: (not sent); sigalgs: (not sent); SNI: (none)");
  }

  @Test
  void nameTablesCoverTheUsualSuspects() {
    assertThat(TlsNames.cipherSuite(0xC0AE)).isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8");
    assertThat(TlsNames.cipherSuite(0x00FF)).isEqualTo("TLS_EMPTY_RENEGOTIATION_INFO_SCSV");
    assertThat(TlsNames.cipherSuite(0x5600)).isEqualTo("TLS_FALLBACK_SCSV");
    assertThat(TlsNames.cipherSuite(0x1305)).isEqualTo("TLS_AES_128_CCM_8_SHA256");
    assertThat(TlsNames.cipherSuite(0x000A)).isEqualTo("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
    assertThat(TlsNames.cipherSuiteLabel(0xFAFA)).isEqualTo("GREASE (0xFAFA)");
    assertThat(TlsNames.cipherSuiteLabel(0xABCD)).isEqualTo("0xABCD");
    assertThat(TlsNames.describeCipherSuite(0xC0AE))
        .isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 (0xC0AE)");
    assertThat(TlsNames.isCcm(0xC0AC)).isTrue();
    assertThat(TlsNames.isCcm(0xC02B)).isFalse();
    assertThat(TlsNames.group(0x11EC)).isEqualTo("X25519MLKEM768");
    assertThat(TlsNames.group(0x6399)).isEqualTo("X25519Kyber768Draft00");
    assertThat(TlsNames.group(0x0100)).isEqualTo("ffdhe2048");
    assertThat(TlsNames.signatureScheme(0x0402)).isEqualTo("dsa_sha256");
    assertThat(TlsNames.signatureScheme(0x0303)).isEqualTo("ecdsa_sha224");
    assertThat(TlsNames.extension(0xFE0D)).isEqualTo("encrypted_client_hello");
    assertThat(TlsNames.version(0x7F1C)).isEqualTo("TLS 1.3 draft 28");
    assertThat(TlsNames.version(0x0A0A)).isEqualTo("GREASE (0x0A0A)");
    assertThat(TlsNames.describeAlert(40)).isEqualTo("alert 40 handshake_failure");
    assertThat(TlsNames.describeAlert(-1)).isEqualTo("no alert");
    assertThat(TlsNames.isGrease(0x0A0A)).isTrue();
    assertThat(TlsNames.isGrease(0x0A1A)).isFalse();
    assertThat(TlsNames.isGrease(0x0A0B)).isFalse();
  }
}
