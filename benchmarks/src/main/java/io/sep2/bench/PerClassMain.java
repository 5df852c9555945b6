package io.sep2.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLSocketFactory;

/**
 * The JVM of the {@code perclass} benchmark: what one more test class costs in a warm JVM (a
 * Surefire fork that already ran other classes). Per class, ours: the seeded PKI ({@code
 * Sep2Pki.builder().seed(...).build()}, as {@code @With2030_5Server(seed = ...)} makes it), a new
 * {@link Sep2MockServer} with default settings (the utility server), started, one CCM_8 mutual-auth
 * connection with {@code GET /dcap}, stopped. The reference, what {@code @WireMockTest(httpsEnabled
 * = true)} does per class: a new {@link WireMockServer} on dynamic HTTP and HTTPS ports, started,
 * the {@code /dcap} stub added, one HTTPS connection with {@code GET /dcap}, stopped. The clients'
 * TLS set-up is made once for both (a test suite shares it). Ours uses one seed for every class, so
 * after the first its PKI comes from the seed cache, as for test classes that share a seed; a third
 * measurement per round is a class with a seed no other class used, whose PKI is generated. Warm-up
 * classes first, then the three alternate; prints the median wall time and the mean process CPU
 * time per class.
 */
public final class PerClassMain {

  private PerClassMain() {}

  public static void main(String[] args) throws Exception {
    int warmup = Integer.parseInt(ServerControl.option(args, "--warmup", "30"));
    int classes = Integer.parseInt(ServerControl.option(args, "--classes", "40"));
    String body = Files.readString(Path.of(ServerControl.option(args, "--body", "dcap.xml")));
    String seed = "perclass";
    SSLSocketFactory sep2Client = Clients.sep2(Sep2Pki.builder().seed(seed).build());
    SSLSocketFactory wireMockClient = Clients.sunJsseTrustAll();
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[] oursMs = new double[classes];
    double[] refMs = new double[classes];
    double[] freshSeedMs = new double[classes];
    double oursCpu = 0;
    double refCpu = 0;
    double freshSeedCpu = 0;
    for (int i = -warmup; i < classes; i++) {
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      ours(Sep2Pki.builder().seed(seed).build(), sep2Client);
      long t1 = System.nanoTime();
      long c1 = os.getProcessCpuTime();
      wireMock(body, wireMockClient);
      long t2 = System.nanoTime();
      long c2 = os.getProcessCpuTime();
      if (i >= 0) {
        oursMs[i] = (t1 - t0) / 1e6;
        refMs[i] = (t2 - t1) / 1e6;
        oursCpu += (c1 - c0) / 1e6;
        refCpu += (c2 - c1) / 1e6;
      }
      long[] fresh = oursWithASeedOfItsOwn(seed + "-" + i, os);
      if (i >= 0) {
        freshSeedMs[i] = fresh[0] / 1e6;
        freshSeedCpu += fresh[1] / 1e6;
      }
    }
    UtilityBenchMain.result("oursMillis", Stats.percentile(oursMs, 50));
    UtilityBenchMain.result("referenceMillis", Stats.percentile(refMs, 50));
    UtilityBenchMain.result("oursCpuMillis", oursCpu / classes);
    UtilityBenchMain.result("referenceCpuMillis", refCpu / classes);
    UtilityBenchMain.result("freshSeedMillis", Stats.percentile(freshSeedMs, 50));
    UtilityBenchMain.result("freshSeedCpuMillis", freshSeedCpu / classes);
    System.out.println(UtilityBenchMain.DONE);
    System.out.flush();
    System.exit(0);
  }

  private static void ours(Sep2Pki pki, SSLSocketFactory client) throws Exception {
    Sep2MockServer server = new Sep2MockServer(ServerOptions.builder().pki(pki).build()).start();
    try (Http http = Http.open(client, server.port(), 30_000)) {
      http.get("/dcap");
    } finally {
      server.stop();
    }
  }

  /**
   * A class with a seed no other class used, so its PKI is generated, not taken from the seed
   * cache. The device client for that PKI is made outside the measured time (the other two
   * measurements reuse theirs too). Returns the wall and process CPU nanoseconds.
   */
  private static long[] oursWithASeedOfItsOwn(
      String seed, com.sun.management.OperatingSystemMXBean os) throws Exception {
    long c0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    Sep2Pki pki = Sep2Pki.builder().seed(seed).build();
    long t1 = System.nanoTime();
    long c1 = os.getProcessCpuTime();
    SSLSocketFactory client = Clients.sep2(pki);
    long c2 = os.getProcessCpuTime();
    long t2 = System.nanoTime();
    ours(pki, client);
    long t3 = System.nanoTime();
    long c3 = os.getProcessCpuTime();
    return new long[] {(t1 - t0) + (t3 - t2), (c1 - c0) + (c3 - c2)};
  }

  private static void wireMock(String body, SSLSocketFactory client) throws Exception {
    WireMockServer server =
        new WireMockServer(options().bindAddress(Http.HOST).dynamicPort().dynamicHttpsPort());
    server.start();
    try {
      server.stubFor(
          get("/dcap")
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/sep+xml")
                      .withBody(body)));
      try (Http http = Http.open(client, server.httpsPort(), 30_000)) {
        http.get("/dcap");
      }
    } finally {
      server.stop();
    }
  }
}
