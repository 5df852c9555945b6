package io.sep2.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * How much work each benchmark does. {@link #full()} is what BENCHMARKS.md reports; {@link
 * #quick()} only proves the harness still works (the smoke test, well under 30 s) and its figures
 * mean nothing.
 *
 * @param benches which benchmarks to run: {@link #ALL} or some of them
 * @param handshakeClients parallel {@code openssl s_time} clients for the handshake figure
 * @param warmupSeconds at most this much client load on the mock server before its handshakes are
 *     measured (it stops earlier once steady; 0: none)
 * @param handshakeRounds measured rounds, alternating between the servers
 * @param handshakeSeconds length of one round
 * @param startupRuns fresh-JVM start-ups per server
 * @param unmeasuredFirstRuns whether the process benchmarks (start-up, verify-tls) run each command
 *     once unmeasured first (warms the harness's polling clients and the file cache)
 * @param latencyWarmup requests per server before measuring
 * @param latencyRequests measured requests per server and round
 * @param latencyRounds rounds, alternating between the servers
 * @param scalingClients the concurrent client counts of the scaling table
 * @param scalingSeconds load per server and client count
 * @param idleConnections idle kept-alive connections opened for the per-connection memory
 * @param extraServers further idle servers started for the per-server memory
 * @param freshJvms whether the latency and memory figures use server JVMs of their own (otherwise
 *     the shared ones, already used by the other benchmarks: only for {@link #quick()})
 * @param mavenRuns measured Maven runs per command
 * @param mavenLifecycle whether to measure the check inside the build too (not only the goal
 *     against {@code mvn validate})
 * @param serverJvmArgs extra JVM options for the mock server's JVM (e.g. to record a JFR profile)
 * @param root the repository root (for {@code examples/quickstart})
 * @param quick whether these are the {@link #quick} settings (figures without meaning)
 * @param perClassWarmup unmeasured test classes of each kind before the per-class figure
 * @param perClassClasses measured test classes of each kind, alternating
 * @param scaleIdle idle device connections held open for the scale figure
 * @param scalePollers kept-alive clients polling once a second for the scale figure
 * @param scaleSeconds how long the pollers poll
 * @param forkRuns second-fork start-ups per server for the per-fork figure
 */
record Settings(
    Set<String> benches,
    int handshakeClients,
    int warmupSeconds,
    int handshakeRounds,
    int handshakeSeconds,
    int startupRuns,
    boolean unmeasuredFirstRuns,
    int latencyWarmup,
    int latencyRequests,
    int latencyRounds,
    List<Integer> scalingClients,
    int scalingSeconds,
    int idleConnections,
    int extraServers,
    boolean freshJvms,
    int mavenRuns,
    boolean mavenLifecycle,
    List<String> serverJvmArgs,
    Path root,
    boolean quick,
    int perClassWarmup,
    int perClassClasses,
    int scaleIdle,
    int scalePollers,
    int scaleSeconds,
    int forkRuns) {

  static final List<String> ALL =
      List.of(
          "startup",
          "handshake",
          "scaling",
          "latency",
          "memory",
          "verify-tls",
          "perclass",
          "utility",
          "scale",
          "fork");

  /** The settings behind BENCHMARKS.md (about 6 minutes on 2 cores). */
  static Settings full(Path root) {
    return new Settings(
        Set.copyOf(ALL),
        2,
        120,
        3,
        10,
        10,
        true,
        5_000,
        5_000,
        4,
        List.of(1, 2, 4, 8, 64),
        8,
        200,
        5,
        true,
        5,
        true,
        List.of(),
        root,
        false,
        30,
        40,
        1000,
        100,
        30,
        5);
  }

  /** Minimal work: checks that every benchmark runs and produces figures. */
  static Settings quick(Path root) {
    return new Settings(
        Set.copyOf(ALL),
        1,
        0,
        1,
        1,
        1,
        false,
        20,
        50,
        1,
        List.of(2),
        1,
        5,
        1,
        false,
        1,
        false,
        List.of(),
        root,
        true,
        1,
        2,
        20,
        5,
        2,
        1);
  }

  Settings withBenches(Set<String> only) {
    return new Settings(
        Set.copyOf(only),
        handshakeClients,
        warmupSeconds,
        handshakeRounds,
        handshakeSeconds,
        startupRuns,
        unmeasuredFirstRuns,
        latencyWarmup,
        latencyRequests,
        latencyRounds,
        scalingClients,
        scalingSeconds,
        idleConnections,
        extraServers,
        freshJvms,
        mavenRuns,
        mavenLifecycle,
        serverJvmArgs,
        root,
        quick,
        perClassWarmup,
        perClassClasses,
        scaleIdle,
        scalePollers,
        scaleSeconds,
        forkRuns);
  }

  Settings withServerJvmArgs(List<String> args) {
    return new Settings(
        benches,
        handshakeClients,
        warmupSeconds,
        handshakeRounds,
        handshakeSeconds,
        startupRuns,
        unmeasuredFirstRuns,
        latencyWarmup,
        latencyRequests,
        latencyRounds,
        scalingClients,
        scalingSeconds,
        idleConnections,
        extraServers,
        freshJvms,
        mavenRuns,
        mavenLifecycle,
        List.copyOf(args),
        root,
        quick,
        perClassWarmup,
        perClassClasses,
        scaleIdle,
        scalePollers,
        scaleSeconds,
        forkRuns);
  }

  boolean runs(String bench) {
    return benches.contains(bench);
  }
}
