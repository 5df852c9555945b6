package io.sep2.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.tls.diagnostics.ClientHelloInfo;
import io.sep2.tls.diagnostics.ClientHelloParser;
import io.sep2.tls.diagnostics.Diagnosis;
import io.sep2.tls.diagnostics.HandshakeDiagnosis;
import io.sep2.tls.diagnostics.HandshakeFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile first flights against the running server over 127.0.0.1: every one must end in an alert
 * or a close within the handshake timeout (never a stuck connection, never an uncaught exception,
 * never an undiagnosed record), and a good client is served afterwards. Also fuzzes the diagnostics
 * parser directly.
 *
 * <p>Bounded and reproducible. Properties: {@code sep2.fuzz.tries} (inputs sent, default 10,000),
 * {@code sep2.fuzz.seed}, {@code sep2.fuzz.only} (replay one input), {@code sep2.fuzz.parallel}
 * (clients in flight, default 16), {@code sep2.fuzz.seconds} (time cap, default 240), {@code
 * sep2.fuzz.parser.tries} (direct parser inputs, default 15,000).
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class MalformedTlsFuzzTest {

  static final long SEED = Long.getLong("sep2.fuzz.seed", 0x2030_5006L);
  private static final int TRIES = Figures.intProperty("sep2.fuzz.tries", 10_000);
  private static final long ONLY = Long.getLong("sep2.fuzz.only", -1L);
  private static final int PARALLEL = Figures.intProperty("sep2.fuzz.parallel", 16);
  private static final int MAX_SECONDS = Figures.intProperty("sep2.fuzz.seconds", 240);
  private static final int PARSER_TRIES = Figures.intProperty("sep2.fuzz.parser.tries", 15_000);

  /** Short, so inputs that stop half-way are cut quickly. */
  private static final Duration HANDSHAKE_TIMEOUT = Duration.ofMillis(500);

  /** Scheduling slack on a loaded 2-core machine: the close must come within timeout + this. */
  private static final Duration SLACK = Duration.ofSeconds(3);

  /** Marks the parser's last-resort catch: it must never be needed. */
  private static final String PARSER_GAVE_UP = "the diagnostics parser could not read";

  @BeforeAll
  static void warmUp() throws Exception {
    Warmup.once();
  }

  /** What the client saw. */
  enum Seen {
    ALERT,
    CLOSED_WITHOUT_ALERT,
    RESET_BY_CLIENT
  }

  @Test
  void everyHostileInputGetsAnAlertOrACloseAndAGoodClientIsServedAfterwards() throws Exception {
    ResourceSnapshot.around("fuzz/network", this::fuzzTheServer);
  }

  private void fuzzTheServer() throws Exception {
    HostileInputs inputs = new HostileInputs(SEED);
    Queue<String> serverProblems = new ConcurrentLinkedQueue<>();
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    Queue<String> uncaught = new ConcurrentLinkedQueue<>();
    Map<String, LongAdder> causes = new ConcurrentHashMap<>();
    Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
    Map<Seen, LongAdder> seen = new ConcurrentHashMap<>();
    LongAdder recorded = new LongAdder();
    AtomicLong lastHostile = new AtomicLong(Long.MAX_VALUE);
    AtomicLong slowestCloseNanos = new AtomicLong();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(t.getName() + ": " + e));
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
    long started = System.nanoTime();
    long tried;
    try (Sep2MockServer server =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(GoodClient.PKI)
                    .handshakeTimeout(HANDSHAKE_TIMEOUT)
                    .idleTimeout(Duration.ofSeconds(2))
                    .onConnection(
                        r -> {
                          if (r.id() <= lastHostile.get()) {
                            check(r, serverProblems, causes, recorded);
                          }
                        })
                    .build())
            .start()) {
      InetSocketAddress address = new InetSocketAddress("127.0.0.1", server.port());
      AtomicLong next = new AtomicLong(ONLY >= 0 ? ONLY : 0);
      long end = ONLY >= 0 ? ONLY + 1 : TRIES;
      long deadline = started + TimeUnit.SECONDS.toNanos(MAX_SECONDS);
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < PARALLEL; w++) {
        workers.add(
            pool.submit(
                () -> {
                  long i;
                  while ((i = next.getAndIncrement()) < end && System.nanoTime() < deadline) {
                    HostileInputs.Input input = inputs.input(i);
                    kinds.computeIfAbsent(input.kind(), k -> new LongAdder()).increment();
                    try {
                      long t0 = System.nanoTime();
                      Seen s = send(address, input);
                      seen.computeIfAbsent(s, k -> new LongAdder()).increment();
                      slowestCloseNanos.accumulateAndGet(System.nanoTime() - t0, Math::max);
                    } catch (IOException | RuntimeException e) {
                      failures.add(input.describe() + "\n  -> " + e);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      tried = Math.min(next.get(), end) - (ONLY >= 0 ? ONLY : 0);
      assertThat(server.awaitHandshakes(Duration.ofSeconds(10)))
          .as("no handshake still running")
          .isTrue();
      long accepted = server.connectionMark();
      lastHostile.set(accepted);
      long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (recorded.sum() < accepted && System.nanoTime() < waitUntil) {
        Thread.sleep(20);
      }
      assertThat(recorded.sum())
          .as("every accepted connection ended and was recorded")
          .isEqualTo(accepted);
      for (int i = 0; i < 3; i++) {
        assertThat(GoodClient.fetchOnce(server, "/dcap"))
            .as("good client after the fuzz")
            .isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Figures.record(
        "fuzz/network",
        String.format(
            Locale.ROOT,
            "%d hostile inputs (seed %d, %d in parallel) in %.1f s; client saw %s; failures %d;"
                + " server problems %d; uncaught exceptions %d; slowest end %d ms (handshake"
                + " timeout %d ms)",
            tried,
            SEED,
            PARALLEL,
            seconds,
            sorted(seen),
            failures.size(),
            serverProblems.size(),
            uncaught.size(),
            TimeUnit.NANOSECONDS.toMillis(slowestCloseNanos.get()),
            HANDSHAKE_TIMEOUT.toMillis()));
    Figures.record("fuzz/network", "inputs by kind: " + sorted(kinds));
    Figures.record("fuzz/network", "server diagnoses: " + sorted(causes));
    assertThat(failures).as("inputs the server did not end in time").isEmpty();
    assertThat(serverProblems).as("connections recorded wrongly").isEmpty();
    assertThat(uncaught).as("uncaught exceptions").isEmpty();
    assertThat(tried)
        .as("inputs tried within %d s (raise sep2.fuzz.seconds on a slow machine)", MAX_SECONDS)
        .isEqualTo(ONLY >= 0 ? 1 : TRIES);
  }

  private static <K> Map<String, Long> sorted(Map<K, LongAdder> counts) {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(String.valueOf(k), v.sum()));
    return out;
  }

  /** The server's record of a hostile connection: failed, diagnosed, parser never gave up. */
  private static void check(
      ConnectionRecord r,
      Queue<String> problems,
      Map<String, LongAdder> causes,
      LongAdder recorded) {
    try {
      if (r.outcome() != ConnectionRecord.Outcome.FAILED) {
        problems.add("#" + r.id() + " outcome " + r.outcome() + ": " + r.toText());
      } else if (r.diagnosis() == null || r.diagnosis().reason().isBlank()) {
        problems.add("#" + r.id() + " has no diagnosis");
      } else {
        causes.computeIfAbsent(r.diagnosis().cause().name(), k -> new LongAdder()).increment();
      }
      ClientHelloInfo hello = r.clientHello();
      if (hello != null && hello.problem() != null && hello.problem().contains(PARSER_GAVE_UP)) {
        problems.add("#" + r.id() + " parser gave up: " + hello.problem());
      }
      if (r.end() == null) {
        problems.add("#" + r.id() + " reported before it ended");
      }
      r.toDetailedText();
    } catch (RuntimeException e) {
      problems.add("#" + r.id() + " cannot be rendered: " + e);
    } finally {
      recorded.increment();
    }
  }

  /** Sends one input as its {@link HostileInputs.Ending} says and waits for the server's end. */
  private static Seen send(InetSocketAddress address, HostileInputs.Input input)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(address, 10_000);
      socket.setTcpNoDelay(true);
      OutputStream out = socket.getOutputStream();
      byte[] bytes = input.bytes();
      try {
        for (int off = 0; off < bytes.length; off += input.chunk()) {
          out.write(bytes, off, Math.min(input.chunk(), bytes.length - off));
          out.flush();
        }
      } catch (IOException e) {
        // the server already refused and closed: what follows must see that too
      }
      switch (input.ending()) {
        case RESET -> {
          socket.setSoLinger(true, 0);
          return Seen.RESET_BY_CLIENT;
        }
        case HALF_CLOSE -> {
          try {
            socket.shutdownOutput();
          } catch (IOException e) {
            // already reset by the server
          }
        }
        case STAY -> {
          // keep sending nothing: the server's handshake timeout must end it
        }
      }
      socket.setSoTimeout((int) HANDSHAKE_TIMEOUT.plus(SLACK).toMillis());
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          if (received.size() < 65536) {
            received.write(buffer, 0, n);
          }
        }
      } catch (SocketTimeoutException e) {
        throw new IOException(
            "the server did not end the connection within "
                + HANDSHAKE_TIMEOUT.plus(SLACK).toMillis()
                + " ms of the client's last byte",
            e);
      } catch (IOException e) {
        // reset by the server after its alert: ended
      }
      return containsAlert(received.toByteArray()) ? Seen.ALERT : Seen.CLOSED_WITHOUT_ALERT;
    }
  }

  /** Whether the server's bytes hold an alert record (walking the record headers). */
  static boolean containsAlert(byte[] data) {
    int pos = 0;
    while (pos + 5 <= data.length) {
      if (data[pos] == 21) {
        return true;
      }
      pos += 5 + (((data[pos + 3] & 0xFF) << 8) | (data[pos + 4] & 0xFF));
    }
    return false;
  }

  @Test
  void theDiagnosticsParserNeverThrowsOrGivesUpOnHostileInputs() {
    HostileInputs inputs = new HostileInputs(SEED + 1);
    HandshakeFailure[] failures = {
      HandshakeFailure.alertSent(40, "handshake_failure(40)"),
      HandshakeFailure.alertSent(80, null),
      HandshakeFailure.peerClosed("EOF"),
      HandshakeFailure.timeout("the client did not complete the TLS handshake within 500 ms"),
      HandshakeFailure.alertReceived(46, true),
      HandshakeFailure.untrustedClientCertificate(48, "no path"),
      new HandshakeFailure(null, -7, 999, null, false, null),
    };
    Map<String, LongAdder> kinds = new TreeMap<>();
    long started = System.nanoTime();
    int tried = 0;
    for (long i = 0; i < PARSER_TRIES; i++) {
      byte[] data = inputs.input(i).bytes();
      if (i % 7 == 3 && data.length > 1) {
        // the server's capture may stop anywhere: also parse a prefix, and at an offset
        data = java.util.Arrays.copyOf(data, (int) (i % data.length));
      }
      try {
        ClientHelloInfo info =
            i % 11 == 5
                ? ClientHelloParser.parse(data, (int) (i % 5) - 1, data.length + 3)
                : ClientHelloParser.parse(data);
        kinds.computeIfAbsent(info.kind().name(), k -> new LongAdder()).increment();
        assertThat(info.problem() == null || !info.problem().contains(PARSER_GAVE_UP))
            .as("parser gave up on input #%d: %s", i, info.problem())
            .isTrue();
        info.summary();
        info.cipherSuiteNames();
        info.offeredVersions();
        info.clientStack();
        HandshakeDiagnosis.helloProblems(info);
        Diagnosis d = HandshakeDiagnosis.diagnose(info, failures[(int) (i % failures.length)]);
        assertThat(d.reason()).isNotBlank();
        d.toText();
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError(
            "diagnostics failed on " + inputs.input(i).describe() + " (seed " + (SEED + 1) + ")",
            e);
      }
      tried++;
    }
    Figures.record(
        "fuzz/parser",
        String.format(
            Locale.ROOT,
            "%d hostile inputs to ClientHelloParser.parse + HandshakeDiagnosis.diagnose in %.1f s:"
                + " 0 exceptions, 0 give-ups; kinds %s",
            tried,
            (System.nanoTime() - started) / 1e9,
            kinds));
  }
}
