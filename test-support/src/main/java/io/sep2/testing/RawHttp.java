package io.sep2.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 by hand over any socket (plain or TLS): writes raw request bytes and reads one response
 * framed by {@code Content-Length}, for tests that need the exact bytes on the wire and no client
 * library in between.
 */
public final class RawHttp {

  private RawHttp() {}

  /**
   * One response: the status code, the raw head (status line and headers, CRLFs kept), the body.
   */
  public record Response(int status, String head, String body) {

    /** The value of the first header {@code name} (any case), or {@code null}. */
    public String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return null;
    }

    /** Head and body as they came on the wire. */
    public String text() {
      return head + body;
    }
  }

  /** Writes {@code text} (ISO-8859-1) and flushes. */
  public static void send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  /** Reads one response whose body is delimited by Content-Length (or absent). */
  public static Response read(Socket socket) throws IOException {
    return read(socket.getInputStream());
  }

  /**
   * Reads one response from {@code in}, body delimited by Content-Length (or absent).
   *
   * @throws EOFException when the connection ends before the head does, with what came
   */
  public static Response read(InputStream in) throws IOException {
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
    String length = new Response(status, headText, "").header("Content-Length");
    byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length));
    return new Response(status, headText, new String(body, StandardCharsets.UTF_8));
  }

  /**
   * Whether the peer has closed: reads (and discards) until end of stream (true) or a reset (true)
   * within the socket's read timeout (false when it passes).
   */
  public static boolean closedByPeer(Socket socket) throws IOException {
    try {
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      while (true) {
        if (in.read(buffer) < 0) {
          return true;
        }
      }
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("reset");
    }
  }
}
