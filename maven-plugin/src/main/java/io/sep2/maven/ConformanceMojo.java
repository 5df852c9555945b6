package io.sep2.maven;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.procedure.Procedure;
import io.sep2.procedure.ProcedureReport.Verdict;
import io.sep2.procedure.conformance.ConformanceRunner;
import io.sep2.procedure.conformance.ConformanceSession;
import io.sep2.procedure.conformance.ProcedureSelection;
import io.sep2.procedure.report.ConformanceReport;
import io.sep2.procedure.report.ConformanceReportWriter;
import io.sep2.procedure.report.ProcedureResult;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.record.ConnectionRecord;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs test procedures against a device client that is not Java: starts the 2030.5 mock server of
 * {@code sep2:serve} (same options), prints one ready line, waits for the device and runs the
 * procedures in order, each from a fresh utility state:
 *
 * <pre>
 * mvn sep2:conformance -Dsep2.pki.dir=pki -Dsep2.procedures=SEP2-DISC-01,SEP2-REG-01
 *
 * sep2 conformance ready: https://127.0.0.1:8443/dcap procedures SEP2-DISC-01,SEP2-REG-01
 * PROCEDURE SEP2-DISC-01 RUNNING: Discovery: ...
 * PROCEDURE SEP2-DISC-01 PASSED
 * PROCEDURE SEP2-REG-01 RUNNING: Registration: ...
 * PROCEDURE SEP2-REG-01 FAILED: GO-ON: did not happen: waited 600 s for GET /edev/1/fsa
 * </pre>
 *
 * A procedure prints {@code PROCEDURE <id> PASSED}, {@code PROCEDURE <id> FAILED: <step>: <reason>}
 * or {@code PROCEDURE <id> NOT SUPPORTED: <what>}. The reports go to {@code sep2.reportDir}: {@code
 * index.html} (self-contained), {@code conformance.md}, {@code TEST-sep2-conformance.xml} (JUnit
 * XML for CI) and {@code recordings/}. The build fails when any procedure failed. An operator step
 * ("proceed") is answered by typing {@code proceed} and Enter, or with {@code POST /proceed} on the
 * admin interface ({@code sep2.admin.port}). Needs no project.
 */
@Mojo(name = "conformance", requiresProject = false, threadSafe = true)
public class ConformanceMojo extends AbstractServerMojo {

  private static final String GOAL = "sep2:conformance";

  /**
   * Comma-separated procedure ids, run in this order: built-in ids ({@code SEP2-DISC-01}...), or
   * file names without {@code .yaml} with {@code sep2.procedureDir}. Default: all of them.
   */
  @Parameter(property = "sep2.procedures")
  private String procedures;

  /**
   * A directory of CSIP-AUS procedure files (not part of this kit) to run instead of the built-in
   * catalog. Default: none.
   */
  @Parameter(property = "sep2.procedureDir")
  private File procedureDir;

  /**
   * Each procedure's timeout in seconds on the utility clock (the goal gives it 30 s more of real
   * time); 0 uses each procedure's own (5 to 20 minutes). A silent client fails, never hangs.
   */
  @Parameter(property = "sep2.procedureTimeout", defaultValue = "0")
  private long procedureTimeout;

  /**
   * Seconds the first procedure waits for the device to connect before its time counts; when none
   * connects, the rest are reported as not run. 0 does not wait. Default 300.
   */
  @Parameter(property = "sep2.deviceWait", defaultValue = "300")
  private long deviceWait;

  /**
   * Where the HTML, Markdown and JUnit XML reports and the recordings go. Default {@code
   * target/sep2/conformance} in the working directory.
   */
  @Parameter(property = "sep2.reportDir")
  private File reportDir;

  /**
   * The PEM certificate of the device under test, when it is not the PKI's first device (e.g. a
   * real device certificate trusted with {@code sep2.trust}): out-of-band registrations use it.
   */
  @Parameter(property = "sep2.deviceCertificate")
  private File deviceCertificate;

  /** The IANA Private Enterprise Number mRIDs must end in. Default 0. */
  @Parameter(property = "sep2.pen", defaultValue = "0")
  private long pen;

  /** Reads operator commands ({@code proceed}, {@code finish}) from the console. Default true. */
  @Parameter(property = "sep2.console", defaultValue = "true")
  private boolean console;

  /** Bouncy Castle's JSSE logs every security property it reads at INFO; kept here, quiet. */
  private static final Logger BCJSSE_LOG = Logger.getLogger("org.bouncycastle.jsse");

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    BCJSSE_LOG.setLevel(Level.SEVERE);
    Path reports =
        (reportDir != null
                ? reportDir.toPath()
                : Path.of(System.getProperty("user.dir"), "target", "sep2", "conformance"))
            .toAbsolutePath()
            .normalize();
    List<Procedure> selected = procedures();
    Sep2MockServer server = start(build(serverOptions(ConformanceMojo::print)));
    Thread hook = new Thread(server::stop, "sep2-conformance-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      Sep2Pki pki = server.pki();
      DeviceIdentity device = DeviceIdentity.of(pki.device().certificate());
      getLog()
          .info(
              GOAL
                  + ": PKI seed '"
                  + pki.seed()
                  + "'"
                  + (pkiDir == null ? " (in memory)" : ", files in " + pkiDirectory())
                  + "; device LFDI "
                  + device.lfdi()
                  + "; "
                  + selected.size()
                  + " procedures");
      if (pkiDir == null && trust == null) {
        getLog()
            .warn(
                GOAL
                    + ": no sep2.pki.dir, so the device has no files of this PKI; write them with"
                    + " -Dsep2.pki.dir=DIR, or trust your own SERCA with -Dsep2.trust");
      }
      ConformanceRunner.Builder r =
          ConformanceRunner.on(server)
              .pen(pen)
              .timeout(procedureTimeout > 0 ? Duration.ofSeconds(procedureTimeout) : null);
      if (deviceCertificate != null) {
        r.client(certificate(deviceCertificate.toPath()));
      }
      ConformanceReport report;
      try {
        report =
            ConformanceSession.builder(r.build())
                .procedures(selected)
                .reportDirectory(reports)
                .deviceWait(Duration.ofSeconds(Math.max(0, deviceWait)))
                .console(console ? System.in : null)
                .out(ConformanceMojo::println)
                .build()
                .run();
      } catch (UncheckedIOException e) {
        throw new MojoExecutionException(GOAL + ": " + e.getMessage(), e);
      }
      if (!report.succeeded()) {
        throw new MojoFailureException(
            GOAL
                + ": "
                + report.failedCount()
                + " of "
                + report.results().size()
                + " procedures failed ("
                + String.join(
                    ", ",
                    report.results().stream()
                        .filter(x -> x.verdict() == Verdict.FAILED)
                        .map(ProcedureResult::id)
                        .toList())
                + "); see "
                + reports.resolve(ConformanceReportWriter.HTML));
      }
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
        server.stop();
      } catch (IllegalStateException shuttingDown) {
        // the hook stops the server
      }
    }
  }

  private List<Procedure> procedures() throws MojoFailureException {
    try {
      return ProcedureSelection.select(
          ProcedureSelection.split(procedures),
          procedureDir == null ? null : procedureDir.toPath().toAbsolutePath());
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(GOAL + ": " + e.getMessage(), e);
    }
  }

  @Override
  String goal() {
    return GOAL;
  }

  static X509Certificate certificate(Path file) throws MojoFailureException {
    try (InputStream in = Files.newInputStream(file)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException | CertificateException | ClassCastException e) {
      throw new MojoFailureException(
          GOAL + ": sep2.deviceCertificate " + file + " is not a PEM or DER certificate: " + e, e);
    }
  }

  /** A connection whose handshake failed is printed with its diagnosis. */
  private static void print(ConnectionRecord record) {
    if (record.failed()) {
      println(record.toText());
    }
  }

  private static void println(String text) {
    PrintStream out = System.out;
    synchronized (out) {
      out.println(text);
      out.flush();
    }
  }
}
