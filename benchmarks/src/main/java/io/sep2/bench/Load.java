package io.sep2.bench;

import io.sep2.testing.ExternalCommand;
import io.sep2.testing.ProcessResult;
import io.sep2.testing.RunningProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Client load for the handshake figures: {@code n} parallel {@code openssl s_time -new} processes
 * against one server for a few seconds, with the server's CPU time read from {@code /proc} before
 * and after and its resident memory sampled while they run.
 */
final class Load {

  /**
   * What one load run did.
   *
   * @param clients parallel clients
   * @param handshakes full handshakes (each with GET /dcap) the clients completed
   * @param wallSeconds from starting the first client to the last one's exit
   * @param serverCpuSeconds the server's user + system CPU time in that window
   * @param peakRssBytes the server's highest resident set size sampled (every 100 ms)
   */
  record Result(
      int clients,
      long handshakes,
      double wallSeconds,
      double serverCpuSeconds,
      long peakRssBytes) {

    double handshakesPerSecond() {
      return handshakes / wallSeconds;
    }

    double cpuMillisPerHandshake() {
      return serverCpuSeconds * 1000 / handshakes;
    }

    Result plus(Result o) {
      return new Result(
          clients,
          handshakes + o.handshakes,
          wallSeconds + o.wallSeconds,
          serverCpuSeconds + o.serverCpuSeconds,
          Math.max(peakRssBytes, o.peakRssBytes));
    }
  }

  private Load() {}

  /** Runs {@code clients} clients against {@code server} for {@code seconds}. */
  static Result run(Servers.Server server, OpenSsl.PemFiles files, int clients, int seconds)
      throws IOException, InterruptedException {
    List<RunningProcess> running = new ArrayList<>();
    long pid = server.pid();
    double cpu0 = ProcFs.cpuSeconds(pid);
    long peakRss = ProcFs.rssBytes(pid);
    long t0 = System.nanoTime();
    try {
      for (int i = 0; i < clients; i++) {
        running.add(
            ExternalCommand.of(OpenSsl.clientCommand(files, server.port(), seconds))
                .in(files.directory())
                .named("openssl s_time #" + i)
                .keepLast(Servers.TRANSCRIPT)
                .start());
      }
      long deadline = t0 + Duration.ofSeconds(seconds + 60L).toNanos();
      while (running.stream().anyMatch(RunningProcess::isAlive)) {
        if (System.nanoTime() > deadline) {
          throw new IOException(
              "openssl s_time clients did not finish within " + (seconds + 60) + " s");
        }
        if (!server.process().isAlive()) {
          throw new IOException("the server died under load:\n" + server.process().output());
        }
        peakRss = Math.max(peakRss, ProcFs.rssBytes(pid));
        Thread.sleep(100);
      }
      long t1 = System.nanoTime();
      double cpu1 = ProcFs.cpuSeconds(pid);
      long handshakes = 0;
      for (RunningProcess client : running) {
        ProcessResult exit = client.await(Duration.ofSeconds(10));
        if (exit.killed() || exit.exitCode() != 0) {
          throw new IOException(client + ": " + exit.describeFailure());
        }
        handshakes += OpenSsl.connections(exit.output());
      }
      if (handshakes == 0) {
        throw new IOException("no handshake completed");
      }
      return new Result(clients, handshakes, (t1 - t0) / 1e9, cpu1 - cpu0, peakRss);
    } finally {
      running.forEach(RunningProcess::close);
    }
  }
}
