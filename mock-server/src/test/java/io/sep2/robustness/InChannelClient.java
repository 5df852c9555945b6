package io.sep2.robustness;

import io.sep2.pki.HeldCertificate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.tls.AlertLevel;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ContentType;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsClientProtocol;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * A 2030.5 client on Bouncy Castle's low-level TLS API that, after a good mutual-auth handshake,
 * can put arbitrary handshake messages into the encrypted channel: a second ClientHello (a
 * renegotiation attempt) or junk. Neither BCJSSE nor SunJSSE will renegotiate on request, so this
 * is the in-process way to try it.
 */
final class InChannelClient implements AutoCloseable {

  private static final BcTlsCrypto CRYPTO = new BcTlsCrypto(new SecureRandom());

  /** Exposes the protected record writer. */
  private static final class Protocol extends TlsClientProtocol {
    Protocol(InputStream in, OutputStream out) {
      super(in, out);
    }

    void writeHandshakeRecord(byte[] message) throws IOException {
      safeWriteRecord(ContentType.handshake, message, 0, message.length);
    }
  }

  private final Socket socket;
  private final Protocol protocol;
  private final Client client;

  private InChannelClient(Socket socket, Protocol protocol, Client client) {
    this.socket = socket;
    this.protocol = protocol;
    this.client = client;
  }

  static InChannelClient connect(int port, HeldCertificate device) throws IOException {
    return connect(port, device.privateKey(), device.chainWithoutRoot());
  }

  /** Connects presenting {@code chain} (leaf first) with {@code key}, or no certificate. */
  static InChannelClient connect(int port, PrivateKey key, List<X509Certificate> chain)
      throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(10_000);
      Protocol protocol = new Protocol(socket.getInputStream(), socket.getOutputStream());
      Client client = new Client(key, chain);
      protocol.connect(client);
      return new InChannelClient(socket, protocol, client);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  /** Writes {@code message} as an encrypted handshake record. */
  void sendHandshakeMessage(byte[] message) throws IOException {
    protocol.writeHandshakeRecord(message);
  }

  /** Sends raw request text and reads one response; returns its status line. */
  String sendRaw(String request) throws IOException {
    OutputStream out = protocol.getOutputStream();
    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return readResponse();
  }

  /** GET /dcap on this connection; returns the status line, or throws when the server ended it. */
  String get(String path) throws IOException {
    OutputStream out = protocol.getOutputStream();
    out.write(
        ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return readResponse();
  }

  private String readResponse() throws IOException {
    InputStream in = protocol.getInputStream();
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new java.io.EOFException("closed by the server");
      }
      head.write(b);
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        in.readNBytes(Integer.parseInt(line.substring(15).trim()));
      }
    }
    return text.substring(0, text.indexOf("\r\n"));
  }

  /** Reads until the server ends the connection; true when it did so within the socket timeout. */
  boolean endedByServer(int timeoutMillis) throws IOException {
    socket.setSoTimeout(timeoutMillis);
    try {
      InputStream in = protocol.getInputStream();
      byte[] buffer = new byte[1024];
      while (in.read(buffer) >= 0) {
        // discard
      }
      return true;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true; // a fatal alert from the server or a reset
    }
  }

  /** Alerts the server sent (level:description), in order. */
  List<String> alertsReceived() {
    return List.copyOf(client.alerts);
  }

  @Override
  public void close() throws IOException {
    try {
      protocol.close();
    } catch (IOException e) {
      // already closed by the server
    }
    socket.close();
  }

  private static final class Client extends DefaultTlsClient {
    private final PrivateKey key;
    private final List<X509Certificate> chain;
    final List<String> alerts = new java.util.concurrent.CopyOnWriteArrayList<>();

    Client(PrivateKey key, List<X509Certificate> chain) {
      super(CRYPTO);
      this.key = key;
      this.chain = chain;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
      return ProtocolVersion.TLSv12.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
      return new int[] {CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8};
    }

    @Override
    public void notifyAlertReceived(short alertLevel, short alertDescription) {
      alerts.add((alertLevel == AlertLevel.fatal ? "fatal:" : "warning:") + alertDescription);
    }

    @Override
    public TlsAuthentication getAuthentication() {
      return new TlsAuthentication() {
        @Override
        public void notifyServerCertificate(TlsServerCertificate serverCertificate) {
          // the test trusts its own server
        }

        @Override
        public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
          if (key == null) {
            return null; // no certificate: an empty Certificate message
          }
          AsymmetricKeyParameter signingKey = PrivateKeyFactory.createKey(key.getEncoded());
          TlsCertificate[] certificates = new TlsCertificate[chain.size()];
          for (int i = 0; i < certificates.length; i++) {
            try {
              certificates[i] = CRYPTO.createCertificate(chain.get(i).getEncoded());
            } catch (CertificateEncodingException e) {
              throw new IOException(e);
            }
          }
          return new BcDefaultTlsCredentialedSigner(
              new TlsCryptoParameters(context),
              CRYPTO,
              signingKey,
              new Certificate(certificates),
              new SignatureAndHashAlgorithm(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
        }
      };
    }
  }
}
