package io.sep2.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.pki.Comm004Variant;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.keystore.KeystoreWriter;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.testing.ProcessResult;
import io.sep2.testing.SClient;
import io.sep2.tls.ClientAuth;
import io.sep2.tls.Sep2ClientTls;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server behaviour: binding, client-auth modes, trust, key log, COMM-004 chains. */
class Sep2MockServerTest {

  static final Sep2Pki PKI = Sep2Pki.builder().seed("server-test").build();

  @TempDir Path dir;

  static HttpResponse<String> fetch(HttpClient client, URI uri) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void bindsLoopbackOnAFreePortAndFreesItAtOnceOnStop() throws Exception {
    Sep2MockServer server = new Sep2MockServer(ServerOptions.builder().pki(PKI).build()).start();
    int port = server.port();
    assertThat(server.baseUri()).isEqualTo(URI.create("https://127.0.0.1:" + port));
    assertThat(server.deviceCapabilityUri().getPath()).isEqualTo("/dcap");
    assertThat(fetch(server.httpClient(), server.deviceCapabilityUri()).statusCode())
        .isEqualTo(200);

    server.stop();

    assertThat(server.isRunning()).isFalse();
    try (ServerSocket again =
        new ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress())) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
  }

  @Test
  void aFixedPortInUseFailsWithHostAndPort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Sep2MockServer server =
          new Sep2MockServer(ServerOptions.builder().pki(PKI).port(taken.getLocalPort()).build());
      assertThatThrownBy(server::start)
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("127.0.0.1:" + taken.getLocalPort());
    }
  }

  @Test
  void optionalAndNoneLetAClientWithoutCertificateIn() throws Exception {
    for (ClientAuth mode : new ClientAuth[] {ClientAuth.OPTIONAL, ClientAuth.NONE}) {
      try (Sep2MockServer server =
          new Sep2MockServer(ServerOptions.builder().pki(PKI).clientAuth(mode).build()).start()) {
        HttpClient anonymous =
            Sep2ClientTls.builder().trust(PKI.serca().certificate()).build().httpClient();

        assertThat(fetch(anonymous, server.deviceCapabilityUri()).statusCode())
            .as("mode %s", mode)
            .isEqualTo(200);
        ConnectionRecord record = server.connections().get(0);
        assertThat(record.clientIdentity().present()).isFalse();
      }
    }
  }

  @Test
  void aDeviceFromAVendorsOwnPkiIsAcceptedOnceItsRootIsTrusted() throws Exception {
    Sep2Pki vendor = Sep2Pki.builder().seed("vendor").build();
    try (Sep2MockServer server =
        new Sep2MockServer(
                ServerOptions.builder().pki(PKI).trust(vendor.serca().certificate()).build())
            .start()) {
      HttpClient device =
          Sep2ClientTls.builder()
              .clientCertificate(vendor.device())
              .trust(PKI.serca().certificate())
              .build()
              .httpClient();

      assertThat(fetch(device, server.deviceCapabilityUri()).statusCode()).isEqualTo(200);
      ConnectionRecord record = server.connections().get(0);
      assertThat(record.clientIdentity().lfdi())
          .isEqualTo(DeviceIdentity.of(vendor.device().certificate()).lfdi());
      assertThat(record.clientIdentity().trusted()).isTrue();
    }
  }

  @Test
  void aClientSendingOnlyItsLeafIsCompletedWithTheKnownMica() throws Exception {
    Path leaf = dir.resolve("leaf.pem");
    Path key = dir.resolve("key.pem");
    KeystoreWriter.writeCertificatesPem(leaf, List.of(PKI.device().certificate()));
    KeystoreWriter.writePrivateKeyPem(key, PKI.device().privateKey());
    try (Sep2MockServer server =
        new Sep2MockServer(ServerOptions.builder().pki(PKI).build()).start()) {
      ProcessResult result =
          SClient.connect("127.0.0.1", server.port())
              .tls12Ccm8()
              .cert(leaf, key)
              .options("-quiet", "-ign_eof")
              .command()
              .stdin("GET /dcap HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
              .timeout(Duration.ofSeconds(15))
              .run();

      assertThat(result.output()).contains("HTTP/1.1 200");
    }
  }

  @Test
  void keyLogHoldsTheSecretOpensslAlsoDerived() throws Exception {
    PkiFiles files = PkiFiles.write(PKI, dir.resolve("pki"));
    Path ours = dir.resolve("server-keys.log");
    Path theirs = dir.resolve("openssl-keys.log");
    try (Sep2MockServer server =
        new Sep2MockServer(ServerOptions.builder().pki(PKI).keyLog(ours).build()).start()) {
      SClient.connect("127.0.0.1", server.port())
          .tls12Ccm8()
          .cert(files.deviceChain(), files.deviceKey())
          .options("-keylogfile", theirs.toString(), "-brief")
          .command()
          .timeout(Duration.ofSeconds(15))
          .run();
      server.awaitHandshakes(Duration.ofSeconds(5));
    }
    String line = Files.readString(ours).trim();
    assertThat(line).matches("CLIENT_RANDOM [0-9a-f]{64} [0-9a-f]{96}");
    assertThat(Files.readString(theirs).toLowerCase()).contains(line.toLowerCase());
  }

  @Test
  void presentsEachComm004Chain() throws Exception {
    for (Comm004Variant variant : Comm004Variant.values()) {
      try (Sep2MockServer server =
          new Sep2MockServer(ServerOptions.builder().pki(PKI).comm004(variant).build()).start()) {
        assertThat(server.serverCertificate()).isSameAs(PKI.comm004Server(variant));
        ProcessResult result =
            SClient.connect("127.0.0.1", server.port())
                .tls12Ccm8()
                .options("-showcerts")
                .command()
                .timeout(Duration.ofSeconds(15))
                .run();
        String expectedSubject =
            variant == Comm004Variant.SELF_SIGNED_LEAF
                ? "self-signed server"
                : "MICA " + variant.name();
        assertThat(result.output()).as("variant %s", variant).contains(expectedSubject);
      }
    }
  }

  @Test
  void aLongRunKeepsTheNewestConnectionsAndRequestsOnly() throws Exception {
    try (Sep2MockServer server =
        new Sep2MockServer(ServerOptions.builder().pki(PKI).retainedConnections(20).build())
            .start()) {
      javax.net.ssl.SSLSocketFactory tls = server.clientTls(PKI.device()).socketFactory();
      for (int i = 0; i < 45; i++) {
        try (java.net.Socket socket = tls.createSocket("127.0.0.1", server.port())) {
          socket.setSoTimeout(10_000);
          socket
              .getOutputStream()
              .write(
                  ("GET /dcap?n=" + i + " HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
                      .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          socket.getInputStream().readAllBytes();
        }
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (System.nanoTime() < deadline
          && !server.connections().stream().allMatch(c -> c.end() != null)) {
        Thread.sleep(10);
      }

      // at least the newest 20, at most a tenth more: forgetting walks every record, so the
      // server does it every 2 connections here, not on each one
      List<ConnectionRecord> kept = server.connections();
      assertThat(kept).hasSizeBetween(20, 22);
      assertThat(kept.get(kept.size() - 1).id()).isEqualTo(45);
      List<String> journal =
          server.wireMock().getAllServeEvents().stream().map(e -> e.getRequest().getUrl()).toList();
      assertThat(journal).hasSizeBetween(20, 22).contains("/dcap?n=44").doesNotContain("/dcap?n=0");
    }
  }

  @Test
  void connectionLimitClosesExtraConnectionsAndKeepsServing() throws Exception {
    try (Sep2MockServer server =
        new Sep2MockServer(ServerOptions.builder().pki(PKI).maxConnections(1).build()).start()) {
      try (java.net.Socket idle = new java.net.Socket("127.0.0.1", server.port())) {
        // the only worker is busy with an idle handshake; a second connection is closed at once
        Thread.sleep(200);
        try (java.net.Socket extra = new java.net.Socket("127.0.0.1", server.port())) {
          extra.setSoTimeout(5000);
          assertThat(extra.getInputStream().read()).isEqualTo(-1);
        }
      }
      server.awaitHandshakes(Duration.ofSeconds(5));
      Thread.sleep(200);
      assertThat(fetch(server.httpClient(), server.deviceCapabilityUri()).statusCode())
          .isEqualTo(200);
    }
  }
}
