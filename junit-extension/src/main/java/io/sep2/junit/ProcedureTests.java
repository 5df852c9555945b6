package io.sep2.junit;

import io.sep2.procedure.Procedure;
import io.sep2.procedure.ProcedureReport.Verdict;
import io.sep2.procedure.conformance.ConformanceRunner;
import io.sep2.procedure.conformance.DeviceClient;
import io.sep2.procedure.conformance.ProcedureSelection;
import io.sep2.procedure.report.ConformanceReport;
import io.sep2.procedure.report.ConformanceReportWriter;
import io.sep2.procedure.report.ProcedureFailure;
import io.sep2.procedure.report.ProcedureResult;
import io.sep2.server.Sep2MockServer;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * One JUnit test per procedure, as dynamic tests of a {@code @TestFactory}: each runs the procedure
 * from a fresh utility state, starts your client inside it, and passes, fails with the failing step
 * and its evidence as the message, or is aborted (reported as skipped) with the reason when the
 * procedure is NOT SUPPORTED. For the annotation form see {@link Sep2Procedures}.
 *
 * <pre>{@code
 * @With2030_5Server(pkiSeed = "team-a")
 * class MyDeviceConformanceTest {
 *   @TestFactory
 *   Stream<DynamicTest> conformance(Sep2MockServer server) {
 *     return ProcedureTests.on(server)
 *         .client(procedure -> myClient.start(procedure.deviceCapabilityUri()))
 *         .reportDirectory(Path.of("target/sep2/conformance/my-device"))
 *         .dynamicTests(Catalog.DISCOVERY, Catalog.REGISTRATION, Catalog.DER_REPORTING);
 *   }
 * }
 * }</pre>
 *
 * Runs on JUnit 5.14 and 6. Not thread-safe: the dynamic tests of one factory run one after the
 * other (a server runs one procedure at a time).
 */
public final class ProcedureTests {

  private final ConformanceRunner runner;
  private final DeviceClient client;
  private final Path reportDirectory;
  private final String name;
  private final List<ProcedureResult> results = new ArrayList<>();
  private Instant started;

  private ProcedureTests(Builder b) {
    ConformanceRunner.Builder r =
        ConformanceRunner.on(b.server).timeout(b.timeout).tick(b.tick).pen(b.pen);
    if (b.client != null) {
      r.client(b.client);
    }
    this.runner = r.build();
    this.client = b.deviceClient;
    this.reportDirectory = b.reportDirectory;
    this.name = b.name;
  }

  /** Starts a builder for tests on {@code server} (running, with its utility server). */
  public static Builder on(Sep2MockServer server) {
    return new Builder(server);
  }

  /** A dynamic test per built-in procedure named by {@code ids} (none: the whole catalog). */
  public Stream<DynamicTest> dynamicTests(String... ids) {
    return dynamicTests(ProcedureSelection.select(Arrays.asList(ids), null));
  }

  /** A dynamic test per procedure, in order. */
  public Stream<DynamicTest> dynamicTests(List<Procedure> procedures) {
    return procedures.stream().map(p -> DynamicTest.dynamicTest(displayName(p), () -> run(p)));
  }

  /**
   * Runs {@code procedure} with the client and checks the result, as one dynamic test does.
   *
   * @return the result, when it passed
   * @throws AssertionFailedError when it failed: the failing step, its evidence, the report
   * @throws TestAbortedException when it is NOT SUPPORTED
   */
  public ProcedureResult run(Procedure procedure) throws Exception {
    if (started == null) {
      started = Instant.now();
    }
    ProcedureResult result = runner.run(procedure, client);
    add(result);
    return check(result);
  }

  /** The results so far. */
  public List<ProcedureResult> results() {
    return List.copyOf(results);
  }

  private void add(ProcedureResult result) {
    results.add(result);
    if (reportDirectory != null) {
      ConformanceReportWriter.write(
          reportDirectory,
          new ConformanceReport(
              name,
              runner.server().deviceCapabilityUri().toString(),
              started,
              Instant.now(),
              results));
    }
  }

  /** {@code SEP2-DISC-01 Discovery: ...}: how a procedure's test is named. */
  public static String displayName(Procedure procedure) {
    return procedure.id() + " " + procedure.title();
  }

  /**
   * Turns a result into the test's outcome: returns it when it passed, throws {@link
   * AssertionFailedError} (the failing step and reason, the evidence, then the whole report) when
   * it failed, {@link TestAbortedException} (what is not supported) when it was not supported.
   */
  public static ProcedureResult check(ProcedureResult result) {
    if (result.verdict() == Verdict.NOT_SUPPORTED) {
      throw new TestAbortedException(result.statusLine());
    }
    if (result.verdict() == Verdict.FAILED) {
      String where =
          result.failure().map(ProcedureFailure::message).orElse(result.report().summary());
      throw new AssertionFailedError(
          result.id() + " FAILED: " + where + "\n\n" + result.report().toText());
    }
    return result;
  }

  /**
   * Builds {@link ProcedureTests}. Defaults: no client (a device you start yourself), each
   * procedure's own timeout, a tick of 100 ms, the PKI's first device certificate, PEN 0, no report
   * files.
   */
  public static final class Builder {
    private final Sep2MockServer server;
    private DeviceClient deviceClient;
    private Duration timeout;
    private Duration tick = Duration.ofMillis(100);
    private X509Certificate client;
    private long pen;
    private Path reportDirectory;
    private String name = "sep2-procedures";

    private Builder(Sep2MockServer server) {
      this.server = Objects.requireNonNull(server, "server");
    }

    /**
     * The client under test, started inside each procedure once its set-up is done (it gets the
     * DeviceCapability URI and the server); it may run to its end or start and return.
     */
    public Builder client(DeviceClient client) {
      this.deviceClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /** Every procedure's timeout on the utility clock (real time: 30 s more), not its own. */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** How often waits and timeouts are looked at (default 100 ms). */
    public Builder tick(Duration tick) {
      this.tick = Objects.requireNonNull(tick, "tick");
      return this;
    }

    /** The certificate of the client under test (default: the PKI's first device). */
    public Builder deviceCertificate(X509Certificate certificate) {
      this.client = Objects.requireNonNull(certificate, "certificate");
      return this;
    }

    /** The IANA PEN mRIDs must end in (default 0). */
    public Builder pen(long pen) {
      this.pen = pen;
      return this;
    }

    /**
     * Writes the HTML, Markdown and JUnit XML reports and the recordings here after each procedure
     * ({@link ConformanceReportWriter}). Default: none.
     */
    public Builder reportDirectory(Path directory) {
      this.reportDirectory = directory;
      return this;
    }

    /** The name of the run in the reports (default {@code sep2-procedures}). */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The tests' factory. */
    public ProcedureTests build() {
      return new ProcedureTests(this);
    }

    /** Same as {@code build().dynamicTests(ids)}. */
    public Stream<DynamicTest> dynamicTests(String... ids) {
      return build().dynamicTests(ids);
    }

    /** Same as {@code build().dynamicTests(procedures)}. */
    public Stream<DynamicTest> dynamicTests(List<Procedure> procedures) {
      return build().dynamicTests(procedures);
    }
  }
}
