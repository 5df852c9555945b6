package io.sep2.server.bench;

import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.tls.Sep2ClientTls;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.net.ssl.SSLSocket;

/**
 * A bench main (not a test): start-up of the mock server with its PKI, and handshake + GET latency,
 * with the BCJSSE helper client. Run:
 *
 * <pre>
 * mvn -q -pl junit-extension test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp junit-extension/target/test-classes:junit-extension/target/classes:$(cat /tmp/cp.txt) \
 *     io.sep2.server.bench.ServerBench [iterations]
 * </pre>
 *
 * The first line is measured from JVM start (this class's first statement runs after the JVM is up,
 * so add the JVM's own start of about 50 ms) to the first DeviceCapability response.
 */
public final class ServerBench {

  private ServerBench() {}

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    long t0 = System.nanoTime();
    Sep2MockServer server =
        new Sep2MockServer(
                ServerOptions.builder().pki(Sep2Pki.builder().seed("bench").build()).build())
            .start();
    long started = System.nanoTime();
    Sep2ClientTls tls = server.clientTls(server.pki().device());
    String first = getOnce(tls, server.port());
    long firstResponse = System.nanoTime();
    if (!first.startsWith("HTTP/1.1 200")) {
      throw new IllegalStateException("unexpected answer: " + first);
    }
    System.out.printf(
        "start-up: PKI + server start %.0f ms; first CCM_8 response %.0f ms after main(); %d ms"
            + " after JVM start%n",
        (started - t0) / 1e6, (firstResponse - t0) / 1e6, System.currentTimeMillis() - jvmStart);

    // warm-up
    for (int i = 0; i < iterations / 4; i++) {
      getOnce(tls, server.port());
    }
    double[] fresh = new double[iterations];
    for (int i = 0; i < iterations; i++) {
      long s = System.nanoTime();
      getOnce(tls, server.port());
      fresh[i] = (System.nanoTime() - s) / 1e6;
    }
    print("new connection (full mutual-auth handshake) + GET /dcap", fresh);

    double[] kept = new double[iterations];
    try (SSLSocket socket = open(tls, server.port())) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      for (int i = 0; i < iterations / 4; i++) {
        request(in, out, true);
      }
      for (int i = 0; i < iterations; i++) {
        long s = System.nanoTime();
        request(in, out, true);
        kept[i] = (System.nanoTime() - s) / 1e6;
      }
    }
    print("GET /dcap on a kept-alive connection", kept);
    server.stop();
  }

  private static void print(String what, double[] ms) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%s: median %.2f ms, p90 %.2f ms, min %.2f ms (n=%d)%n",
        what,
        sorted[sorted.length / 2],
        sorted[(int) (sorted.length * 0.9)],
        sorted[0],
        sorted.length);
  }

  private static SSLSocket open(Sep2ClientTls tls, int port) throws Exception {
    SSLSocket socket = (SSLSocket) tls.socketFactory().createSocket("127.0.0.1", port);
    socket.setSoTimeout(10_000);
    socket.startHandshake();
    return socket;
  }

  private static String getOnce(Sep2ClientTls tls, int port) throws Exception {
    try (SSLSocket socket = open(tls, port)) {
      return request(socket.getInputStream(), socket.getOutputStream(), false);
    }
  }

  /** Sends GET /dcap and reads one response (Content-Length framed). */
  private static String request(InputStream in, OutputStream out, boolean keepAlive)
      throws Exception {
    out.write(
        ("GET /dcap HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + (keepAlive ? "" : "Connection: close\r\n")
                + "\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IllegalStateException("connection closed in the response head: " + head);
      }
      head.append((char) b);
    }
    int length = 0;
    for (String line : head.toString().split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    in.readNBytes(length);
    return head.toString();
  }
}
