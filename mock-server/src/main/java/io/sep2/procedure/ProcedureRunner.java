package io.sep2.procedure;

import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Runs {@link Procedure}s against a running {@link Sep2MockServer} with its stateful utility
 * server. Each run first resets the utility to a fresh state (so the procedure's {@code /edev/1} is
 * the first EndDevice), then runs the procedure's set-up, waits for its start checks, and follows
 * the client's requests. One run at a time per server.
 *
 * <pre>{@code
 * ProcedureRunner runner = ProcedureRunner.on(server).build();
 * try (ProcedureRun run = runner.start(Catalog.get("SEP2-DISC-01"))) {
 *   myClient.discover(server.deviceCapabilityUri());
 *   ProcedureReport report = run.awaitReport(Duration.ofSeconds(30));
 *   assertThat(report.passed()).as(report.toText()).isTrue();
 * }
 * }</pre>
 */
public final class ProcedureRunner {

  private static final Map<Sep2MockServer, Engine> ACTIVE =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private final Sep2MockServer server;
  private final X509Certificate client;
  private final Duration timeout;
  private final Duration tick;
  private final long pen;

  private ProcedureRunner(Builder b) {
    this.server = b.server;
    this.client = b.client;
    this.timeout = b.timeout;
    this.tick = b.tick;
    this.pen = b.pen;
  }

  /** Starts a runner for {@code server} (which must be running, with its utility server). */
  public static Builder on(Sep2MockServer server) {
    return new Builder(server);
  }

  /**
   * Starts running {@code procedure}. A procedure that is not {@linkplain Procedure#isSupported()
   * supported} ends at once with a {@code NOT_SUPPORTED} report.
   *
   * @throws IllegalStateException when a run is already going on this server, or the server is not
   *     running
   */
  public ProcedureRun start(Procedure procedure) {
    Objects.requireNonNull(procedure, "procedure");
    if (!server.isRunning()) {
      throw new IllegalStateException("the server is not running: start() it first");
    }
    Procedure p = procedure;
    if (server.options().comm004().isEmpty()
        && procedure.criteria().stream().anyMatch(c -> c.type().equals("comm-004-chain-refused"))) {
      p =
          procedure.toBuilder()
              .setup(
                  Action.of(
                      "needs-defective-chain",
                      Map.of(
                          "what",
                          "a server started with ServerOptions.builder().comm004(variant)")))
              .build();
    }
    DeviceIdentity identity = DeviceIdentity.of(client);
    Engine engine =
        new Engine(
            server,
            p,
            new Engine.Options(
                identity.lfdi(),
                identity.sfdi(),
                timeout != null ? timeout : procedure.timeout(),
                tick,
                pen));
    synchronized (ACTIVE) {
      Engine running = ACTIVE.get(server);
      if (running != null && !running.done().isDone()) {
        throw new IllegalStateException(
            "a procedure is already running on this server; finish() it first");
      }
      ACTIVE.put(server, engine);
    }
    ProcedureRun run = new ProcedureRun(engine, p, () -> ACTIVE.remove(server, engine));
    engine.start();
    return run;
  }

  /**
   * Runs {@code procedure} until it ends by itself or {@code limit} (real time) passes, whichever
   * comes first, and returns the report.
   */
  public ProcedureReport run(Procedure procedure, Duration limit) {
    try (ProcedureRun run = start(procedure)) {
      return run.awaitReport(limit);
    }
  }

  /**
   * Builds a {@link ProcedureRunner}. Defaults: the client under test is the PKI's first device
   * certificate; each procedure's own timeout; a tick of 100 ms (how often waits and timeouts are
   * looked at); IANA PEN 0 (what mRIDs and aggregator LFDIs must end in).
   */
  public static final class Builder {
    private final Sep2MockServer server;
    private X509Certificate client;
    private Duration timeout;
    private Duration tick = Duration.ofMillis(100);
    private long pen;

    private Builder(Sep2MockServer server) {
      this.server = Objects.requireNonNull(server, "server");
    }

    /** The certificate of the client under test (out-of-band registrations use it). */
    public Builder client(X509Certificate certificate) {
      this.client = Objects.requireNonNull(certificate, "certificate");
      return this;
    }

    /** A timeout for every procedure, on the utility clock, instead of each one's own. */
    public Builder timeout(Duration timeout) {
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("a timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** How often (real time) waits, proceed timeouts and the timeout are looked at. */
    public Builder tick(Duration tick) {
      this.tick = Objects.requireNonNull(tick, "tick");
      return this;
    }

    /** The IANA Private Enterprise Number mRIDs end in (8 decimal digits); default 0. */
    public Builder pen(long pen) {
      this.pen = pen;
      return this;
    }

    /** The runner. */
    public ProcedureRunner build() {
      if (client == null) {
        client = server.pki().device().certificate();
      }
      return new ProcedureRunner(this);
    }
  }
}
