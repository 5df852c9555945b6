package io.sep2.bench;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.record.ConnectionRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server JVM of the benchmarks: generates the seeded 2030.5 test PKI, starts one {@link
 * Sep2MockServer} with default settings (default resources, client certificate required) and a stub
 * {@code GET /large} ({@link ServerControl#largeBody()}), and prints its port; then follows {@link
 * ServerControl}'s commands. Extra servers ({@code servers k}) each get their own PKI, as separate
 * test classes with their own seed would.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.sep2.bench.Sep2ServerMain [--seed bench] [--port 0]
 *     [--utility true|false] [--max-connections 256]
 * </pre>
 *
 * {@code --utility false}: the plain stub server (WireMock's default resources) instead of the
 * stateful utility server, for the utility-against-stub latency figure.
 */
public final class Sep2ServerMain {

  private Sep2ServerMain() {}

  public static void main(String[] args) throws Exception {
    long mainAt = System.currentTimeMillis();
    long t0 = System.nanoTime();
    String seed = ServerControl.option(args, "--seed", "bench");
    int port = Integer.parseInt(ServerControl.option(args, "--port", "0"));
    boolean utility = Boolean.parseBoolean(ServerControl.option(args, "--utility", "true"));
    int maxConnections = Integer.parseInt(ServerControl.option(args, "--max-connections", "256"));
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    Sep2Pki pki = Sep2Pki.builder().seed(seed).build();
    long t1 = System.nanoTime();
    Sep2MockServer server =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(pki)
                    .port(port)
                    .utilityServer(utility)
                    .maxConnections(maxConnections)
                    .onConnection(
                        record -> {
                          if (record.outcome() == ConnectionRecord.Outcome.SUCCESS) {
                            ok.incrementAndGet();
                          } else {
                            failed.incrementAndGet();
                          }
                        })
                    .build())
            .start();
    long t2 = System.nanoTime();
    server
        .wireMock()
        .stubFor(
            WireMock.get(ServerControl.LARGE_PATH)
                .willReturn(
                    WireMock.aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/sep+xml")
                        .withBody(ServerControl.largeBody())));
    String phases =
        "main=" + mainAt + " pki=" + (t1 - t0) / 1_000_000 + " server=" + (t2 - t1) / 1_000_000;
    List<Sep2MockServer> servers = new ArrayList<>(List.of(server));
    try {
      ServerControl.run(
          server.port(),
          phases,
          k -> {
            for (int i = 0; i < k; i++) {
              Sep2Pki own = Sep2Pki.builder().seed(seed + "-extra-" + servers.size()).build();
              servers.add(new Sep2MockServer(ServerOptions.builder().pki(own).build()).start());
            }
            return servers.size();
          },
          () -> servers.forEach(s -> s.wireMock().resetRequests()),
          () -> new long[] {ok.get(), failed.get()});
    } finally {
      servers.forEach(Sep2MockServer::stop);
    }
    System.exit(0);
  }
}
