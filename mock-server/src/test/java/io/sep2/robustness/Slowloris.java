package io.sep2.robustness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A slow client: writes {@code bytes} one at a time, one every {@code interval}, and watches for
 * the server ending the connection between bytes. Reports how long the server let it live.
 */
final class Slowloris {

  /** How a slow client ended: cut by the server after {@code lived}, or it ran out of bytes. */
  record Outcome(boolean cutByServer, Duration lived, int bytesSent) {}

  private Slowloris() {}

  /**
   * Trickles {@code bytes} over {@code socket} (already connected; for a TLS socket every byte
   * becomes its own record).
   */
  static Outcome trickle(Socket socket, byte[] bytes, Duration interval) throws IOException {
    long start = System.nanoTime();
    OutputStream out = socket.getOutputStream();
    InputStream in = socket.getInputStream();
    socket.setSoTimeout((int) interval.toMillis());
    int sent = 0;
    for (byte b : bytes) {
      try {
        out.write(b & 0xFF);
        out.flush();
        sent++;
      } catch (IOException e) {
        return new Outcome(true, since(start), sent);
      }
      if (serverEnded(in)) {
        return new Outcome(true, since(start), sent);
      }
    }
    return new Outcome(false, since(start), sent);
  }

  /** Waits up to the socket's read timeout; true when the server closed, reset or sent an alert. */
  private static boolean serverEnded(InputStream in) {
    try {
      int b = in.read();
      if (b < 0) {
        return true;
      }
      // an alert or an error answer: the server is ending the conversation; drain to the end
      in.readAllBytes();
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
