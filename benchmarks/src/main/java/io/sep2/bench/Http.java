package io.sep2.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTPS connection of the benchmark client: the same few lines of HTTP/1.1 for every server (no
 * client library in between), a GET written in one piece and the answer read by {@code
 * Content-Length} or chunked framing.
 */
final class Http implements AutoCloseable {

  static final String HOST = "127.0.0.1";

  private final SSLSocket socket;
  private final InputStream in;
  private final OutputStream out;

  private Http(SSLSocket socket) throws IOException {
    this.socket = socket;
    this.in = new BufferedInputStream(socket.getInputStream(), 8192);
    this.out = socket.getOutputStream();
  }

  /** Connects, completes the TLS handshake and returns the open connection. */
  static Http open(SSLSocketFactory tls, int port, int timeoutMillis) throws IOException {
    Socket tcp = new Socket();
    try {
      tcp.setTcpNoDelay(true);
      tcp.setSoTimeout(timeoutMillis);
      tcp.connect(new InetSocketAddress(HOST, port), timeoutMillis);
      SSLSocket socket = (SSLSocket) tls.createSocket(tcp, HOST, port, true);
      socket.startHandshake();
      return new Http(socket);
    } catch (IOException | RuntimeException e) {
      tcp.close();
      throw e;
    }
  }

  /** The negotiated cipher suite. */
  String cipherSuite() {
    return socket.getSession().getCipherSuite();
  }

  /**
   * GETs {@code path} on this kept-alive connection.
   *
   * @return the body
   * @throws IOException when the status is not 200
   */
  byte[] get(String path) throws IOException {
    Reply reply = request("GET", path, null);
    if (reply.status() != 200) {
      throw new IOException("GET " + path + " answered: " + reply.head());
    }
    return reply.body();
  }

  /**
   * One answer: its status, head (status line and headers) and body.
   *
   * @param status the HTTP status code
   * @param head the status line and header lines
   * @param body the body, empty when there is none
   */
  record Reply(int status, String head, byte[] body) {
    /** The value of header {@code name} (case-insensitive), or {@code null}. */
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  /**
   * Sends {@code method path} with {@code body} ({@code application/sep+xml}; none when {@code
   * null}) on this kept-alive connection and reads the whole answer.
   */
  Reply request(String method, String path, byte[] body) throws IOException {
    StringBuilder request =
        new StringBuilder(method)
            .append(' ')
            .append(path)
            .append(" HTTP/1.1\r\nHost: ")
            .append(HOST)
            .append("\r\nAccept: application/sep+xml\r\n");
    if (body != null) {
      request
          .append("Content-Type: application/sep+xml\r\nContent-Length: ")
          .append(body.length)
          .append("\r\n");
    }
    byte[] head = request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    if (body == null) {
      out.write(head);
    } else {
      byte[] all = Arrays.copyOf(head, head.length + body.length);
      System.arraycopy(body, 0, all, head.length, body.length);
      out.write(all);
    }
    out.flush();
    String answer = readHead();
    int status = Integer.parseInt(answer.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String line : answer.split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(line.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      return new Reply(status, answer, readChunked());
    }
    if (length < 0) {
      if (status == 204 || status == 304 || (status >= 100 && status < 200)) {
        return new Reply(status, answer, new byte[0]);
      }
      throw new IOException(
          method + " " + path + ": neither Content-Length nor chunked: " + answer);
    }
    return new Reply(status, answer, readExactly((int) length));
  }

  private String readHead() throws IOException {
    StringBuilder head = new StringBuilder(256);
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed in the response head: " + head);
      }
      head.append((char) b);
      int n = head.length();
      if (b == '\n'
          && n >= 4
          && head.charAt(n - 2) == '\r'
          && head.charAt(n - 3) == '\n'
          && head.charAt(n - 4) == '\r') {
        return head.toString();
      }
    }
  }

  private byte[] readChunked() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine();
      int semicolon = sizeLine.indexOf(';');
      int size =
          Integer.parseInt(
              (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
      if (size == 0) {
        while (!readLine().isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      body.write(readExactly(size));
      readLine();
    }
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (b != '\r') {
        line.append((char) b);
      }
    }
    if (b < 0) {
      throw new IOException("connection closed in a chunked body");
    }
    return line.toString();
  }

  private byte[] readExactly(int length) throws IOException {
    byte[] body = in.readNBytes(length);
    if (body.length != length) {
      throw new IOException("connection closed after " + body.length + " of " + length + " bytes");
    }
    return body;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // best effort
    }
  }
}
