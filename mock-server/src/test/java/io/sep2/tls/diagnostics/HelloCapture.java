package io.sep2.tls.diagnostics;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Captures the first bytes a real TLS client sends, with a plain {@link ServerSocket} that never
 * answers: an external program ({@code PORT} in its arguments is replaced by the port) or a Java
 * client running in a thread. Shared by the tests that check what real clients send.
 */
final class HelloCapture {

  static final long CONNECT_TIMEOUT_MILLIS = 15_000;
  static final int READ_TIMEOUT_MILLIS = 5_000;

  private HelloCapture() {}

  /** Like {@link #captureBytes} and parsed. */
  static ClientHelloInfo capture(String... command) throws Exception {
    return ClientHelloParser.parse(captureBytes(command));
  }

  /**
   * Runs {@code command} (with {@code PORT} replaced by a fresh loopback port), accepts its first
   * connection, reads until a complete ClientHello arrived, then closes and kills the process. A
   * client that never connects fails the test with its output.
   */
  static byte[] captureBytes(String... command) throws Exception {
    Path log = Files.createTempFile("sep2-client", ".log");
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(250);
      String port = Integer.toString(server.getLocalPort());
      List<String> cmd = new ArrayList<>();
      for (String part : command) {
        cmd.add(part.replace("PORT", port));
      }
      Process process =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      try {
        long deadline = System.currentTimeMillis() + CONNECT_TIMEOUT_MILLIS;
        while (true) {
          try (Socket socket = server.accept()) {
            return readHello(socket);
          } catch (SocketTimeoutException e) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
              throw new AssertionError(
                  "client did not connect: "
                      + String.join(" ", cmd)
                      + (process.isAlive() ? "" : " (exit " + process.exitValue() + ")")
                      + "\n"
                      + Files.readString(log));
            }
          }
        }
      } finally {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /**
   * Runs {@code client} in a daemon thread with the port of a fresh loopback server socket and
   * returns what it sent first. The client sees the connection close without an answer.
   */
  static byte[] captureFromThread(String name, IntConsumer client) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout((int) CONNECT_TIMEOUT_MILLIS);
      int port = server.getLocalPort();
      Thread thread = new Thread(() -> client.accept(port), name);
      thread.setDaemon(true);
      thread.start();
      try (Socket socket = server.accept()) {
        return readHello(socket);
      } finally {
        thread.join(10_000);
      }
    }
  }

  /** Reads until the parser sees a complete hello, the client stops, or 16 KiB arrived. */
  static byte[] readHello(Socket socket) throws IOException {
    socket.setSoTimeout(READ_TIMEOUT_MILLIS);
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    InputStream in = socket.getInputStream();
    while (captured.size() < 16 * 1024) {
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
      ClientHelloInfo soFar = ClientHelloParser.parse(captured.toByteArray());
      if (soFar.kind() != ClientHelloInfo.Kind.TRUNCATED) {
        break;
      }
    }
    return Arrays.copyOf(captured.toByteArray(), captured.size());
  }
}
