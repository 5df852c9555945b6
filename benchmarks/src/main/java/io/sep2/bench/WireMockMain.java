package io.sep2.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference server JVM: WireMock's own HTTPS (Jetty with the JDK's SunJSSE and WireMock's
 * built-in keystore), plain HTTP off, a stub {@code GET /large} with {@link
 * ServerControl#largeBody()} and one stub {@code GET /dcap} answering the body of the file given
 * (the mock server's DeviceCapability document) as {@code application/sep+xml}; then {@link
 * ServerControl}'s commands.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.sep2.bench.WireMockMain --body dcap.xml [--port 0]
 * </pre>
 */
public final class WireMockMain {

  private WireMockMain() {}

  public static void main(String[] args) throws Exception {
    long mainAt = System.currentTimeMillis();
    long t0 = System.nanoTime();
    int port = Integer.parseInt(ServerControl.option(args, "--port", "0"));
    String body = Files.readString(Path.of(ServerControl.option(args, "--body", "dcap.xml")));
    WireMockServer server = start(port, body);
    String phases = "main=" + mainAt + " server=" + (System.nanoTime() - t0) / 1_000_000;
    List<WireMockServer> servers = new ArrayList<>(List.of(server));
    try {
      ServerControl.run(
          server.httpsPort(),
          phases,
          k -> {
            for (int i = 0; i < k; i++) {
              servers.add(start(0, body));
            }
            return servers.size();
          },
          () -> servers.forEach(WireMockServer::resetRequests),
          () -> new long[] {0, 0});
    } finally {
      servers.forEach(WireMockServer::stop);
    }
    System.exit(0);
  }

  static WireMockServer start(int port, String body) {
    WireMockServer server =
        new WireMockServer(options().bindAddress("127.0.0.1").httpDisabled(true).httpsPort(port));
    server.start();
    server.stubFor(
        get("/dcap")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/sep+xml")
                    .withBody(body)));
    server.stubFor(
        get(ServerControl.LARGE_PATH)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/sep+xml")
                    .withBody(ServerControl.largeBody())));
    return server;
  }
}
