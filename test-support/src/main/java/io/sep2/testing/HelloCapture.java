package io.sep2.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocket;

/**
 * Captures the first bytes a real TLS client sends, with a plain {@link ServerSocket} on loopback
 * that never answers: an external program ({@code PORT} in its arguments is replaced by the port)
 * or a Java client running in a thread. Reads until a complete ClientHello arrived.
 */
public final class HelloCapture {

  static final long CONNECT_TIMEOUT_MILLIS = 15_000;
  static final int READ_TIMEOUT_MILLIS = 5_000;
  private static final int MAX_BYTES = 16 * 1024;

  private HelloCapture() {}

  /** Like {@link #fromCommand(ExternalCommand)}, for {@code program args...}. */
  public static byte[] fromCommand(String... command) throws IOException {
    return fromCommand(ExternalCommand.of(List.of(command)));
  }

  /**
   * Runs {@code command} (with {@code PORT} in its arguments replaced by a fresh loopback port),
   * accepts its first connection, reads until a complete ClientHello arrived, then closes and ends
   * the process. A client that never connects fails the test with its output.
   */
  public static byte[] fromCommand(ExternalCommand command) throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(250);
      String port = Integer.toString(server.getLocalPort());
      List<String> cmd = new ArrayList<>();
      for (String part : command.command()) {
        cmd.add(part.replace("PORT", port));
      }
      try (RunningProcess process = ExternalCommand.of(cmd).start()) {
        process.closeInput();
        long deadline = System.currentTimeMillis() + CONNECT_TIMEOUT_MILLIS;
        while (true) {
          try (Socket socket = server.accept()) {
            return readHello(socket);
          } catch (SocketTimeoutException e) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
              ProcessResult result = process.await(Duration.ZERO);
              throw new AssertionError("client did not connect: " + result.describeFailure());
            }
          }
        }
      }
    }
  }

  /**
   * Runs {@code client} in a daemon thread with the port of a fresh loopback server socket and
   * returns what it sent first. The client sees the connection close without an answer.
   */
  public static byte[] fromThread(String name, IntConsumer client) throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout((int) CONNECT_TIMEOUT_MILLIS);
      int port = server.getLocalPort();
      Thread thread = new Thread(() -> client.accept(port), name);
      thread.setDaemon(true);
      thread.start();
      try {
        try (Socket socket = server.accept()) {
          return readHello(socket);
        }
      } finally {
        try {
          thread.join(10_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** The hello of a Java TLS client made by {@code factory}, connecting to {@code 127.0.0.1}. */
  public static byte[] fromSocketFactory(SocketFactory factory) throws IOException {
    return fromThread(
        "hello-capture",
        port -> {
          try (SSLSocket s =
              (SSLSocket) factory.createSocket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(READ_TIMEOUT_MILLIS);
            s.startHandshake();
          } catch (IOException expected) {
            // the capture closes the connection after the hello
          }
        });
  }

  /**
   * Sends stored hello bytes over a loopback connection and returns what the capturing side read:
   * the way to put recorded or built hellos through the same path as live ones.
   */
  public static byte[] replay(byte[] hello) throws IOException {
    return fromThread(
        "replay",
        port -> {
          try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(hello);
            out.flush();
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            socket.getInputStream().read();
          } catch (IOException e) {
            // the capturing side closes without answering
          }
        });
  }

  /** Reads until a complete hello arrived, the client stops, or 16 KiB arrived. */
  public static byte[] readHello(Socket socket) throws IOException {
    socket.setSoTimeout(READ_TIMEOUT_MILLIS);
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    InputStream in = socket.getInputStream();
    while (captured.size() < MAX_BYTES) {
      int n;
      try {
        n = in.read(buffer);
      } catch (SocketTimeoutException e) {
        break;
      }
      if (n < 0) {
        break;
      }
      captured.write(buffer, 0, n);
      if (complete(captured.toByteArray())) {
        break;
      }
    }
    return captured.toByteArray();
  }

  /**
   * Whether {@code bytes} hold a whole first handshake message (possibly fragmented over several
   * records), or are no TLS handshake at all (plain HTTP, say), so that waiting for more is
   * useless.
   */
  static boolean complete(byte[] bytes) {
    ByteArrayOutputStream handshake = new ByteArrayOutputStream();
    int off = 0;
    while (off < bytes.length) {
      if ((bytes[off] & 0xFF) != TlsEncoding.HANDSHAKE) {
        return true;
      }
      if (off + 5 > bytes.length) {
        break;
      }
      int length = ((bytes[off + 3] & 0xFF) << 8) | (bytes[off + 4] & 0xFF);
      int available = Math.min(length, bytes.length - off - 5);
      handshake.write(bytes, off + 5, available);
      off += 5 + length;
    }
    byte[] h = handshake.toByteArray();
    if (h.length < 4) {
      return false;
    }
    int messageLength = ((h[1] & 0xFF) << 16) | ((h[2] & 0xFF) << 8) | (h[3] & 0xFF);
    return h.length >= 4 + messageLength;
  }
}
