package io.sep2.robustness;

import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Runs every code path once before a baseline is taken, so the leak checks compare like with like:
 * classes loaded, jars opened, static caches (cipher tables, WireMock, Jackson) filled.
 */
final class Warmup {

  private static boolean done;

  private Warmup() {}

  static synchronized void once() throws Exception {
    if (done) {
      return;
    }
    Hellos.good2030_5();
    Hellos.sunJsseDefault();
    try (Sep2MockServer server =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(GoodClient.PKI)
                    .handshakeTimeout(Duration.ofSeconds(20))
                    .idleTimeout(Duration.ofSeconds(20))
                    .build())
            .start()) {
      for (int i = 0; i < 3; i++) {
        GoodClient.fetchOnce(server, "/dcap");
        try (GoodClient client = GoodClient.connect(GoodClient.tls(server), server.port())) {
          client.get("/tm", true);
          client.send("GET /x HTTP/1.1\r\nHost: a\r\nX-Long: " + "a".repeat(9000) + "\r\n\r\n");
        }
        for (byte[] bad : new byte[][] {Hellos.sunJsseDefault(), "GET /".getBytes(), {22, 3}}) {
          try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(bad);
            s.shutdownOutput();
            s.getInputStream().readAllBytes();
          } catch (IOException ignored) {
            // resets are fine here
          }
        }
      }
      server.awaitHandshakes(Duration.ofSeconds(5));
    }
    done = true;
  }
}
