package io.sep2.procedure.conformance;

import io.sep2.procedure.Procedure;
import io.sep2.procedure.ProcedureRun;
import io.sep2.procedure.ProcedureRunner;
import io.sep2.procedure.report.ProcedureResult;
import io.sep2.server.Sep2MockServer;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Runs procedures one at a time for a device client, each with a time limit, and returns {@link
 * ProcedureResult}s for the reports. Each procedure runs from a fresh utility state ({@link
 * ProcedureRunner}).
 *
 * <p>The timeout of a procedure is its own ({@link Procedure#timeout()}, on the utility clock)
 * unless {@linkplain Builder#timeout(Duration) one is given}; whichever applies, the run is also
 * ended {@value #GRACE_SECONDS} s of real time after it, so a client that stays silent, or a clock
 * set back, never hangs the caller.
 *
 * <pre>{@code
 * ConformanceRunner runner = ConformanceRunner.on(server).timeout(Duration.ofMinutes(2)).build();
 * ProcedureResult result =
 *     runner.run(Catalog.get(Catalog.DISCOVERY), p -> myClient.start(p.deviceCapabilityUri()));
 * }</pre>
 */
public final class ConformanceRunner {

  /** Real time allowed beyond a procedure's timeout: {@value} s. */
  public static final long GRACE_SECONDS = 30;

  private final Sep2MockServer server;
  private final Duration timeout;
  private final Duration tick;
  private final X509Certificate client;
  private final long pen;

  private ConformanceRunner(Builder b) {
    this.server = b.server;
    this.timeout = b.timeout;
    this.tick = b.tick;
    this.client = b.client;
    this.pen = b.pen;
  }

  /** Starts a runner for {@code server} (running, with its utility server). */
  public static Builder on(Sep2MockServer server) {
    return new Builder(server);
  }

  /** The server. */
  public Sep2MockServer server() {
    return server;
  }

  /** The timeout a procedure runs with, on the utility clock. */
  public Duration timeout(Procedure procedure) {
    return timeout != null ? timeout : procedure.timeout();
  }

  /** The real-time limit of a procedure: its timeout plus {@value #GRACE_SECONDS} s. */
  public Duration limit(Procedure procedure) {
    return timeout(procedure).plusSeconds(GRACE_SECONDS);
  }

  /**
   * Starts {@code procedure}: resets the utility, runs its set-up. A procedure that is not
   * supported has ended already.
   *
   * @throws IllegalStateException when a procedure is already running on the server
   */
  public ProcedureContext start(Procedure procedure) {
    return start(procedure, Duration.ZERO);
  }

  /** As {@link #start(Procedure)}, with {@code extra} time on the timeout and the limit. */
  ProcedureContext start(Procedure procedure, Duration extra) {
    Objects.requireNonNull(procedure, "procedure");
    ProcedureRunner.Builder b =
        ProcedureRunner.on(server).tick(tick).pen(pen).timeout(timeout(procedure).plus(extra));
    if (client != null) {
      b.client(client);
    }
    Instant started = Instant.now();
    ProcedureRun run = b.build().start(procedure);
    return new ProcedureContext(server, run, limit(procedure).plus(extra), started);
  }

  /**
   * Runs {@code procedure} with {@code client}: starts it, starts the client (unless the procedure
   * is not supported), waits for it to end or its limit, and returns the result.
   *
   * @param client the client under test, or {@code null} when it runs by itself (e.g. a device
   *     started before)
   * @throws Exception what the client threw (the run is then ended)
   */
  public ProcedureResult run(Procedure procedure, DeviceClient client) throws Exception {
    try (ProcedureContext context = start(procedure)) {
      if (client != null && !context.isFinished()) {
        try {
          client.start(context);
        } catch (Exception | Error e) {
          context.finish();
          throw e;
        }
      }
      return context.awaitResult();
    }
  }

  /**
   * Builds a {@link ConformanceRunner}. Defaults: each procedure's own timeout, a tick of 100 ms,
   * the PKI's first device certificate as the client under test, IANA PEN 0.
   */
  public static final class Builder {
    private final Sep2MockServer server;
    private Duration timeout;
    private Duration tick = Duration.ofMillis(100);
    private X509Certificate client;
    private long pen;

    private Builder(Sep2MockServer server) {
      this.server = Objects.requireNonNull(server, "server");
    }

    /**
     * The timeout of every procedure, on the utility clock, instead of each one's own ({@code
     * null}: each one's own).
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder timeout(Duration timeout) {
      if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
        throw new IllegalArgumentException("a timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** How often waits and timeouts are looked at (default 100 ms). */
    public Builder tick(Duration tick) {
      this.tick = Objects.requireNonNull(tick, "tick");
      return this;
    }

    /** The certificate of the client under test (out-of-band registrations use it). */
    public Builder client(X509Certificate certificate) {
      this.client = certificate;
      return this;
    }

    /** The IANA Private Enterprise Number mRIDs must end in (default 0). */
    public Builder pen(long pen) {
      this.pen = pen;
      return this;
    }

    /** The runner. */
    public ConformanceRunner build() {
      return new ConformanceRunner(this);
    }
  }
}
