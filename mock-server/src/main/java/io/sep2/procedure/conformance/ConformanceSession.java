package io.sep2.procedure.conformance;

import io.sep2.procedure.Event;
import io.sep2.procedure.Procedure;
import io.sep2.procedure.ProcedureReport;
import io.sep2.procedure.ProcedureReport.EndReason;
import io.sep2.procedure.ProcedureReport.Verdict;
import io.sep2.procedure.Step;
import io.sep2.procedure.report.ConformanceReport;
import io.sep2.procedure.report.ConformanceReportWriter;
import io.sep2.procedure.report.ProcedureResult;
import io.sep2.server.Sep2MockServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a list of procedures in the foreground against a device client that is not Java, as {@code
 * mvn sep2:conformance} and {@code java -jar sep2-testkit.jar conformance} do. It prints, one line
 * each:
 *
 * <pre>
 * sep2 conformance ready: https://127.0.0.1:8443/dcap procedures SEP2-DISC-01,SEP2-REG-01
 * PROCEDURE SEP2-DISC-01 RUNNING: Discovery: DeviceCapability, Time, its own EndDevice and its DER
 * PROCEDURE SEP2-DISC-01 PASSED
 * PROCEDURE SEP2-REG-01 RUNNING: Registration: ...
 * PROCEDURE SEP2-REG-01 FAILED: GO-ON: did not happen: waited 600 s for GET /edev/1/fsa
 * sep2 conformance: 1 passed, 1 failed, 0 not supported (of 2)
 * </pre>
 *
 * Each procedure runs from a fresh utility state, until it ends by itself or its {@linkplain
 * ConformanceRunner#limit(Procedure) limit}. The first procedure is set up before the ready line,
 * so nothing the device does once it is told the address is lost, and its limit counts only once
 * the device has connected ({@linkplain Builder#deviceWait(Duration) waiting} up to 5 minutes by
 * default; when none connects, the rest are reported as not run). An operator's "proceed" comes
 * from a console line ({@code proceed}) or the admin interface ({@code POST /proceed}); {@code
 * finish} ends the running procedure at once. After each procedure the report files are (re)written
 * ({@link ConformanceReportWriter}).
 */
public final class ConformanceSession {

  /** The start of the ready line. */
  public static final String READY = "sep2 conformance ready: ";

  private final ConformanceRunner runner;
  private final List<Procedure> procedures;
  private final Path reportDirectory;
  private final String name;
  private final Consumer<String> out;
  private final InputStream console;
  private final Duration deviceWait;
  private final AtomicReference<ProcedureContext> current = new AtomicReference<>();

  private ConformanceSession(Builder b) {
    this.runner = b.runner;
    this.procedures = List.copyOf(b.procedures);
    this.reportDirectory = b.reportDirectory;
    this.name = b.name;
    this.out = b.out;
    this.console = b.console;
    this.deviceWait = b.deviceWait;
  }

  /** Starts a session on {@code runner}'s server. */
  public static Builder builder(ConformanceRunner runner) {
    return new Builder(runner);
  }

  /**
   * Runs every procedure in order and writes the reports.
   *
   * @return the report; {@link ConformanceReport#succeeded()} tells whether none failed
   * @throws UncheckedIOException when a report file cannot be written
   */
  public ConformanceReport run() {
    Sep2MockServer server = runner.server();
    String dcap = server.deviceCapabilityUri().toString();
    List<ProcedureResult> results = new ArrayList<>();
    Instant started = Instant.now();
    startConsole();
    long mark = server.connectionMark();
    boolean device = deviceWait.isZero();
    for (int i = 0; i < procedures.size(); i++) {
      Procedure p = procedures.get(i);
      boolean first = i == 0;
      ProcedureContext context = runner.start(p, first ? deviceWait : Duration.ZERO);
      current.set(context);
      try {
        if (first) {
          server
              .adminUri()
              .ifPresent(
                  uri ->
                      out.accept(
                          "sep2 conformance: admin interface on "
                              + uri
                              + " (POST /proceed for an operator step)"));
          out.accept(
              READY
                  + dcap
                  + " procedures "
                  + String.join(",", procedures.stream().map(Procedure::id).toList()));
        }
        announce(context);
        if (!device && !context.isFinished()) {
          out.accept(
              "sep2 conformance: waiting up to "
                  + deviceWait.toSeconds()
                  + " s for the device to connect to "
                  + dcap);
          device = awaitDevice(server, mark, context);
          if (!device) {
            out.accept(
                "sep2 conformance: no device connected within " + deviceWait.toSeconds() + " s");
          }
        }
        ProcedureResult result =
            device || context.isFinished() ? context.awaitResult() : context.finish();
        results.add(result);
        out.accept(result.statusLine());
      } finally {
        current.set(null);
        context.close();
      }
      if (!device) {
        for (Procedure rest : procedures.subList(i + 1, procedures.size())) {
          ProcedureResult r =
              notRun(rest, "no device connected within " + deviceWait.toSeconds() + " s");
          results.add(r);
          out.accept(r.statusLine());
        }
        write(started, results);
        break;
      }
      write(started, results);
    }
    ConformanceReport report = report(started, results);
    out.accept("sep2 conformance: " + report.counts());
    if (reportDirectory != null) {
      out.accept(
          "sep2 conformance: reports in "
              + reportDirectory
              + " ("
              + ConformanceReportWriter.HTML
              + ", "
              + ConformanceReportWriter.MARKDOWN
              + ", "
              + ConformanceReportWriter.JUNIT_XML
              + ", "
              + ConformanceReportWriter.RECORDINGS
              + "/)");
    }
    return report;
  }

  private void announce(ProcedureContext context) {
    Procedure p = context.procedure();
    out.accept("PROCEDURE " + p.id() + " RUNNING: " + p.title());
    for (String line : p.instructions()) {
      out.accept("  instructions: " + line);
    }
    for (Step s : p.steps()) {
      for (String line : s.instructions()) {
        out.accept("  " + s.name() + ": " + line);
      }
      if (s.event().kind() == Event.Kind.PROCEED) {
        out.accept(
            "  "
                + s.name()
                + " waits for the operator: type 'proceed' and Enter"
                + context
                    .server()
                    .adminUri()
                    .map(u -> ", or POST " + u.resolve("/proceed"))
                    .orElse(""));
      }
    }
  }

  private boolean awaitDevice(Sep2MockServer server, long mark, ProcedureContext context) {
    long deadline = System.nanoTime() + deviceWait.toNanos();
    while (System.nanoTime() - deadline < 0) {
      if (server.connectionMark() > mark) {
        out.accept(
            "sep2 conformance: the device connected"
                + server.connectionsSince(mark).stream()
                    .findFirst()
                    .map(c -> " from " + c.remoteAddress())
                    .orElse(""));
        return true;
      }
      if (context.isFinished()) {
        return true;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  /** The result of a procedure left out: NOT SUPPORTED when it is, otherwise failed, not run. */
  private ProcedureResult notRun(Procedure p, String why) {
    try (ProcedureContext context = runner.start(p)) {
      if (context.isFinished()) {
        return context.awaitResult();
      }
    }
    Instant now = Instant.now();
    ProcedureReport report =
        new ProcedureReport(
            p.id(),
            p.title(),
            Verdict.FAILED,
            "not run: " + why,
            EndReason.STOPPED,
            null,
            now,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    return new ProcedureResult(p, report, now, Duration.ZERO, List.of());
  }

  private ConformanceReport report(Instant started, List<ProcedureResult> results) {
    return new ConformanceReport(
        name, runner.server().deviceCapabilityUri().toString(), started, Instant.now(), results);
  }

  private void write(Instant started, List<ProcedureResult> results) {
    if (reportDirectory != null) {
      ConformanceReportWriter.write(reportDirectory, report(started, results));
    }
  }

  private void startConsole() {
    if (console == null) {
      return;
    }
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(console, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  command(line.strip().toLowerCase(Locale.ROOT));
                }
              } catch (IOException e) {
                // the console went away: the admin interface still proceeds
              }
            },
            "sep2-conformance-console");
    t.setDaemon(true);
    t.start();
  }

  private void command(String line) {
    if (line.isEmpty()) {
      return;
    }
    ProcedureContext context = current.get();
    switch (line) {
      case "proceed", "p" -> {
        if (context == null || context.isFinished()) {
          out.accept("sep2 conformance: proceed: no procedure is running");
        } else {
          context.proceed();
          out.accept("sep2 conformance: proceed sent to " + context.procedure().id());
        }
      }
      case "finish" -> {
        if (context != null && !context.isFinished()) {
          out.accept("sep2 conformance: ending " + context.procedure().id() + " now");
          context.run().finish();
        }
      }
      default ->
          out.accept(
              "sep2 conformance: type 'proceed' (an operator step) or 'finish' (end the running"
                  + " procedure now)");
    }
  }

  /**
   * Builds a {@link ConformanceSession}. Defaults: every built-in procedure, no report files, lines
   * to {@code System.out}, no console, 5 minutes' wait for the device, name {@code
   * sep2-conformance}.
   */
  public static final class Builder {
    private final ConformanceRunner runner;
    private List<Procedure> procedures = io.sep2.procedure.Catalog.all();
    private Path reportDirectory;
    private String name = "sep2-conformance";
    private Consumer<String> out =
        line -> {
          synchronized (System.out) {
            System.out.println(line);
            System.out.flush();
          }
        };
    private InputStream console;
    private Duration deviceWait = Duration.ofMinutes(5);

    private Builder(ConformanceRunner runner) {
      this.runner = Objects.requireNonNull(runner, "runner");
    }

    /**
     * The procedures, in the order they run.
     *
     * @throws IllegalArgumentException when empty
     */
    public Builder procedures(List<Procedure> procedures) {
      if (procedures.isEmpty()) {
        throw new IllegalArgumentException("no procedures to run");
      }
      this.procedures = List.copyOf(procedures);
      return this;
    }

    /** Where the report files go ({@code null}: none). */
    public Builder reportDirectory(Path directory) {
      this.reportDirectory = directory;
      return this;
    }

    /** The suite's name in the reports. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Where the lines go (called from several threads; each call one whole line). */
    public Builder out(Consumer<String> out) {
      this.out = Objects.requireNonNull(out, "out");
      return this;
    }

    /** Operator commands, one a line ({@code null}: none), e.g. {@code System.in}. */
    public Builder console(InputStream console) {
      this.console = console;
      return this;
    }

    /**
     * How long the first procedure waits for the device to connect before its limit starts
     * counting; zero counts from the start. Default 5 minutes.
     *
     * @throws IllegalArgumentException when negative
     */
    public Builder deviceWait(Duration wait) {
      if (wait.isNegative()) {
        throw new IllegalArgumentException("deviceWait must not be negative: " + wait);
      }
      this.deviceWait = wait;
      return this;
    }

    /** The session. */
    public ConformanceSession build() {
      return new ConformanceSession(this);
    }
  }
}
