package io.sep2.robustness;

import io.sep2.pki.HeldCertificate;
import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.testing.RawHttp;
import io.sep2.testing.RawHttp.Response;
import io.sep2.tls.Sep2ClientTls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLSocket;

/**
 * A well-behaved 2030.5 client (BCJSSE, CCM_8, the PKI's device certificate) on plain sockets: no
 * HttpClient, so no selector threads that would blur the thread counts of the leak checks.
 */
final class GoodClient implements AutoCloseable {

  /** One PKI for all robustness tests (generation is the slow part of a server's start). */
  static final Sep2Pki PKI = Sep2Pki.builder().seed("robustness").build();

  private static final int TIMEOUT_MILLIS = 15_000;

  private final SSLSocket socket;
  private final InputStream in;
  private final OutputStream out;

  private GoodClient(SSLSocket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  /** Connects with {@code device}'s certificate and completes the handshake. */
  static GoodClient connect(Sep2ClientTls tls, int port) throws IOException {
    Socket plain = new Socket();
    try {
      plain.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
      plain.setSoTimeout(TIMEOUT_MILLIS);
      SSLSocket socket =
          (SSLSocket) tls.socketFactory().createSocket(plain, "127.0.0.1", port, true);
      socket.startHandshake();
      return new GoodClient(socket);
    } catch (IOException | RuntimeException e) {
      plain.close();
      throw e;
    }
  }

  /** Completes the handshake over an already connected plain socket. */
  static GoodClient connectOver(Sep2ClientTls tls, Socket plain) throws IOException {
    plain.setSoTimeout(TIMEOUT_MILLIS);
    SSLSocket socket =
        (SSLSocket) tls.socketFactory().createSocket(plain, "127.0.0.1", plain.getPort(), true);
    socket.startHandshake();
    return new GoodClient(socket);
  }

  static Sep2ClientTls tls(Sep2MockServer server) {
    return tls(server, PKI.device());
  }

  static Sep2ClientTls tls(Sep2MockServer server, HeldCertificate device) {
    return server.clientTls(device);
  }

  /** A fresh connection, one GET, closed: the status code (200 when served). */
  static int fetchOnce(Sep2MockServer server, String path) throws IOException {
    try (GoodClient client = connect(tls(server), server.port())) {
      return client.get(path, false).status();
    }
  }

  Response get(String path, boolean keepAlive) throws IOException {
    return send(
        "GET "
            + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/sep+xml; level=-S1\r\n"
            + (keepAlive ? "" : "Connection: close\r\n")
            + "\r\n");
  }

  /** Sends raw request bytes and reads one Content-Length-framed response. */
  Response send(String request) throws IOException {
    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return read();
  }

  /** Reads one Content-Length-framed response. */
  Response read() throws IOException {
    return RawHttp.read(in);
  }

  /** Whether the server ends the connection within {@code timeout} (EOF, alert or reset). */
  boolean closedByServerWithin(Duration timeout) throws IOException {
    if (socket.isClosed()) {
      // the TLS layer closed it already: writing the rest of a refused body failed
      return true;
    }
    socket.setSoTimeout((int) timeout.toMillis());
    try {
      byte[] buffer = new byte[4096];
      while (in.read(buffer) >= 0) {
        // discard
      }
      return true;
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true; // a fatal alert or a reset also ends it
    }
  }

  OutputStream rawOut() {
    return out;
  }

  SSLSocket socket() {
    return socket;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
