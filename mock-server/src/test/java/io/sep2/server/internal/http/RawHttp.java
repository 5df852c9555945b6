package io.sep2.server.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Writes raw request bytes and reads one response, for tests that need exact bytes on the wire. */
final class RawHttp {

  private RawHttp() {}

  /** One parsed response: status line, raw head and body. */
  record RawResponse(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return null;
    }
  }

  static void send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  /** Reads one response whose body is delimited by Content-Length (or absent). */
  static RawResponse read(Socket socket) throws IOException {
    return read(socket.getInputStream());
  }

  /** Reads one response from {@code in}, body delimited by Content-Length (or absent). */
  static RawResponse read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("connection closed after " + head.size() + " bytes: " + head);
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String headText = head.toString(StandardCharsets.ISO_8859_1);
    int status = Integer.parseInt(headText.substring(9, 12));
    RawResponse headOnly = new RawResponse(status, headText, "");
    String length = headOnly.header("Content-Length");
    int n = length == null ? 0 : Integer.parseInt(length);
    byte[] body = in.readNBytes(n);
    return new RawResponse(status, headText, new String(body, StandardCharsets.UTF_8));
  }

  /** Whether the peer has closed: reads until EOF (true) or a reset (true) within the timeout. */
  static boolean closedByPeer(Socket socket) throws IOException {
    try {
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      while (true) {
        if (in.read(buffer) < 0) {
          return true;
        }
      }
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("reset");
    }
  }
}
