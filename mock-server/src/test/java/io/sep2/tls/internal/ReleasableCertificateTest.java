package io.sep2.tls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.pki.Sep2Pki;
import io.sep2.tls.ClientAuth;
import io.sep2.tls.Sep2ClientTls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.TlsServerProtocol;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCertificate;
import org.junit.jupiter.api.Test;

/**
 * The client's chain after a real handshake (Bouncy Castle's TLS server on a loopback socket, a
 * BCJSSE client): kept as encodings only, parsed again when asked, and the connection goes on.
 */
class ReleasableCertificateTest {

  private static final Sep2Pki PKI = Sep2Pki.builder().seed("releasable-certificate").build();

  @Test
  void afterTheHandshakeTheClientChainIsKeptAsItsEncodingsOnlyAndTheHelloStateIsDropped()
      throws Exception {
    ServerTlsCrypto crypto = new ServerTlsCrypto(new SecureRandom());
    Sep2TlsServer server =
        new Sep2TlsServer(
            crypto,
            ServerCredential.of(PKI.server(), crypto),
            ClientAuth.REQUIRED,
            new ClientCertificateVerifier(
                List.of(PKI.serca().certificate()),
                List.of(PKI.mca().get().certificate(), PKI.mica().get().certificate())),
            false,
            null);
    Sep2ClientTls client =
        Sep2ClientTls.builder()
            .clientCertificate(PKI.device())
            .trust(PKI.serca().certificate())
            .verifyHostname(false)
            .build();

    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Integer> echoed =
          CompletableFuture.supplyAsync(
              () -> {
                try (Socket socket = listener.accept()) {
                  TlsServerProtocol protocol =
                      new TlsServerProtocol(socket.getInputStream(), socket.getOutputStream());
                  protocol.accept(server);
                  int b = protocol.getInputStream().read();
                  protocol.getOutputStream().write(b + 1);
                  protocol.getOutputStream().flush();
                  // a second exchange after the chain was released
                  int c = protocol.getInputStream().read();
                  protocol.getOutputStream().write(c + 1);
                  protocol.getOutputStream().flush();
                  protocol.close();
                  return b;
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });
      try (SSLSocket socket =
          (SSLSocket) client.socketFactory().createSocket("127.0.0.1", listener.getLocalPort())) {
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        out.write(41);
        out.flush();
        assertThat(in.read()).isEqualTo(42);

        Certificate kept = server.peerCertificate();
        List<byte[]> sent = new ArrayList<>();
        for (X509Certificate c : PKI.device().chainWithoutRoot()) {
          sent.add(c.getEncoded());
        }
        assertThat(server.verdict().trusted()).isTrue();
        assertThat(server.keepsClientHello()).as("hello state kept after the handshake").isFalse();
        assertThat(kept.getLength()).isEqualTo(sent.size());
        for (int i = 0; i < kept.getLength(); i++) {
          TlsCertificate certificate = kept.getCertificateAt(i);
          assertThat(certificate).isInstanceOf(ReleasableCertificate.class);
          assertThat(((ReleasableCertificate) certificate).parsed())
              .as("parsed form held")
              .isFalse();
          assertThat(certificate.getEncoded()).isEqualTo(sent.get(i));
        }

        out.write(99);
        out.flush();
        assertThat(in.read()).isEqualTo(100);
      }
      assertThat(echoed.get(10, TimeUnit.SECONDS)).isEqualTo(41);
    }
  }

  @Test
  void aReleasedCertificateAnswersAsBouncyCastlesOwnDoes() throws Exception {
    ServerTlsCrypto crypto = new ServerTlsCrypto(new SecureRandom());
    byte[] der = PKI.device().certificate().getEncoded();
    BcTlsCertificate reference = new BcTlsCertificate(crypto, der);
    ReleasableCertificate certificate = (ReleasableCertificate) crypto.createCertificate(der);

    certificate.release();

    assertThat(certificate.parsed()).isFalse();
    assertThat(certificate.getSerialNumber()).isEqualTo(reference.getSerialNumber());
    assertThat(certificate.parsed()).as("parsed again on demand").isTrue();
    assertThat(certificate.getSigAlgOID()).isEqualTo(reference.getSigAlgOID());
    assertThat(certificate.getLegacySignatureAlgorithm())
        .isEqualTo(reference.getLegacySignatureAlgorithm())
        .isEqualTo(SignatureAlgorithm.ecdsa);
    assertThat(certificate.getEncoded()).isEqualTo(reference.getEncoded()).isEqualTo(der);
    assertThat(certificate.createVerifier(SignatureAlgorithm.ecdsa)).isNotNull();
    assertThat(certificate.checkUsageInRole(org.bouncycastle.tls.crypto.TlsCertificateRole.ECDH))
        .isSameAs(certificate);
  }

  @Test
  void aMalformedCertificateFailsWhenReceivedAsBouncyCastlesOwnDoes() {
    ServerTlsCrypto crypto = new ServerTlsCrypto(new SecureRandom());
    byte[] garbage = {0x30, 0x03, 0x02, 0x01, 0x01};

    assertThatThrownBy(() -> crypto.createCertificate(garbage)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> new BcTlsCertificate(crypto, garbage)).isInstanceOf(IOException.class);
  }
}
