package io.sep2.bench;

import java.io.IOException;
import java.util.Locale;

/**
 * Figure 1: the server's CPU time per full mutual-auth CCM_8 handshake (no resumption, each
 * connection also GETs {@code /dcap}), the mock server against {@code openssl s_server}, both under
 * the same {@code openssl s_time -new} client load. The mock server's JVM first gets load until it
 * is steady ({@link #warmUp}: the JIT takes tens of seconds to compile Bouncy Castle's EC
 * arithmetic when it shares 2 cores with the clients), {@code openssl s_server} 2 s; then the
 * servers alternate for {@link Settings#handshakeRounds()} rounds; CPU is summed over the rounds
 * and divided by the handshakes the clients completed.
 */
final class HandshakeBench {

  static final String NAME = "1 handshake";

  /** Warm-up chunk length, and how many consecutive chunks must agree. */
  private static final int CHUNK_SECONDS = 5;

  private static final int STEADY_CHUNKS = 3;
  private static final double STEADY_SPREAD = 1.05;
  private static final int MIN_WARMUP_SECONDS = 20;

  private HandshakeBench() {}

  /**
   * Puts {@code clients} clients on {@code server} in chunks of {@value #CHUNK_SECONDS} s until the
   * last {@value #STEADY_CHUNKS} chunks' CPU per handshake agree within 5 % (after at least {@value
   * #MIN_WARMUP_SECONDS} s), or {@code maxSeconds} have passed.
   */
  static void warmUp(
      Servers.Server server,
      OpenSsl.PemFiles files,
      int clients,
      int maxSeconds,
      Report report,
      String name)
      throws IOException, InterruptedException {
    java.util.ArrayDeque<Double> last = new java.util.ArrayDeque<>();
    int seconds = 0;
    while (seconds < maxSeconds) {
      Load.Result r = Load.run(server, files, clients, CHUNK_SECONDS);
      seconds += CHUNK_SECONDS;
      last.addLast(r.cpuMillisPerHandshake());
      if (last.size() > STEADY_CHUNKS) {
        last.removeFirst();
      }
      double min = last.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
      double max = last.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
      boolean steady =
          seconds >= MIN_WARMUP_SECONDS
              && last.size() == STEADY_CHUNKS
              && max / min <= STEADY_SPREAD;
      report.line(
          String.format(
              Locale.ROOT,
              "[%s] warm-up %d s: %.3f ms CPU per handshake%s",
              name,
              seconds,
              r.cpuMillisPerHandshake(),
              steady ? " (steady)" : ""));
      if (steady) {
        return;
      }
    }
    report.line("[" + name + "] warm-up: not steady after " + maxSeconds + " s, measuring anyway");
  }

  static void run(Settings settings, Servers servers, Report report)
      throws IOException, InterruptedException {
    OpenSsl.PemFiles files = servers.pemFiles();
    Servers.Server ours = servers.sep2();
    Servers.Server reference = servers.openssl();
    int clients = settings.handshakeClients();
    if (settings.warmupSeconds() > 0) {
      warmUp(ours, files, clients, settings.warmupSeconds(), report, NAME);
      Load.run(reference, files, clients, 2);
    }
    long failedBefore = ServerControl.value(Servers.stats(ours), "handshakesFailed");
    Load.Result oursTotal = null;
    Load.Result refTotal = null;
    for (int round = 1; round <= settings.handshakeRounds(); round++) {
      Load.Result o = Load.run(ours, files, clients, settings.handshakeSeconds());
      Load.Result r = Load.run(reference, files, clients, settings.handshakeSeconds());
      report.line(
          String.format(
              Locale.ROOT,
              "[%s] round %d: sep2 %d handshakes %.3f ms CPU each %.0f/s | openssl %d handshakes"
                  + " %.3f ms CPU each %.0f/s",
              NAME,
              round,
              o.handshakes(),
              o.cpuMillisPerHandshake(),
              o.handshakesPerSecond(),
              r.handshakes(),
              r.cpuMillisPerHandshake(),
              r.handshakesPerSecond()));
      oursTotal = oursTotal == null ? o : oursTotal.plus(o);
      refTotal = refTotal == null ? r : refTotal.plus(r);
    }
    long failed = ServerControl.value(Servers.stats(ours), "handshakesFailed") - failedBefore;
    if (failed > 0) {
      throw new IOException(
          failed + " handshakes failed on the mock server during the measurement");
    }
    report.add(
        new Figure(
            NAME,
            "server CPU per full mutual-auth CCM_8 handshake + GET /dcap, " + clients + " clients",
            "ms",
            oursTotal.cpuMillisPerHandshake(),
            "openssl s_server",
            refTotal.cpuMillisPerHandshake(),
            1.0));
    report.add(
        Figure.atLeast(
            NAME,
            "handshakes per second, " + clients + " clients (2 cores shared with the clients)",
            "1/s",
            oursTotal.handshakesPerSecond(),
            "openssl s_server",
            refTotal.handshakesPerSecond(),
            1.5));
  }
}
