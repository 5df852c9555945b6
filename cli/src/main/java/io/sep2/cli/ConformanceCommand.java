package io.sep2.cli;

import io.sep2.cli.Main.CommandFailure;
import io.sep2.procedure.Procedure;
import io.sep2.procedure.conformance.ConformanceRunner;
import io.sep2.procedure.conformance.ConformanceSession;
import io.sep2.procedure.conformance.ProcedureSelection;
import io.sep2.procedure.report.ConformanceReport;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.record.ConnectionRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code conformance}: test procedures against a device client, as {@code mvn sep2:conformance}.
 */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Runs test procedures against a device client that is not Java, as mvn sep2:conformance:"
          + " starts the 2030.5 mock server (the options of serve), prints one line 'sep2"
          + " conformance ready: https://HOST:PORT/dcap procedures ID,ID', waits for the device"
          + " and runs the procedures in order, each from a fresh utility state.",
      "Per procedure it prints 'PROCEDURE <id> PASSED', 'PROCEDURE <id> FAILED: <step>:"
          + " <reason>' or 'PROCEDURE <id> NOT SUPPORTED: <what>', and writes index.html,"
          + " conformance.md, TEST-sep2-conformance.xml (JUnit XML) and recordings/ to"
          + " --report-dir. Exit status 1 when any procedure failed.",
      "An operator step ('proceed') is answered by typing 'proceed' and Enter, or with POST"
          + " /proceed on the admin interface (--admin-port)."
    })
final class ConformanceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--procedures",
      paramLabel = "ID",
      split = ",",
      description =
          "Procedure ids, run in this order: built-in (SEP2-DISC-01, ...) or, with"
              + " --procedure-dir, file names without .yaml. Default: all of them.")
  List<String> procedures = new ArrayList<>();

  @Option(
      names = "--procedure-dir",
      paramLabel = "DIR",
      description =
          "A directory of CSIP-AUS procedure files (not part of this kit) to run instead of the"
              + " built-in catalog.")
  Path procedureDir;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "0",
      description =
          "Each procedure's timeout on the utility clock (30 s more of real time); 0 uses each"
              + " procedure's own. A silent client fails, never hangs. Default: ${DEFAULT-VALUE}.")
  long timeout;

  @Option(
      names = "--device-wait",
      paramLabel = "SECONDS",
      defaultValue = "300",
      description =
          "How long the first procedure waits for the device to connect before its time counts;"
              + " when none connects the rest are not run. 0 does not wait. Default:"
              + " ${DEFAULT-VALUE}.")
  long deviceWait;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      defaultValue = "target/sep2/conformance",
      description = "Where the reports and recordings go. Default: ${DEFAULT-VALUE}.")
  Path reportDir;

  @Option(
      names = "--device-cert",
      paramLabel = "FILE",
      description =
          "The PEM certificate of the device under test when it is not the PKI's first device"
              + " (out-of-band registrations use it).")
  Path deviceCert;

  @Option(
      names = "--pen",
      defaultValue = "0",
      description = "The IANA PEN mRIDs must end in. Default: ${DEFAULT-VALUE}.")
  long pen;

  @Option(
      names = "--console",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Reads operator commands (proceed, finish) from standard input.")
  boolean console;

  @Mixin ServerOptionsMixin serverOptions;

  /** Standard input, unless a test gives another. */
  InputStream in = System.in;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Procedure> selected;
    try {
      selected =
          ProcedureSelection.select(
              procedures, procedureDir == null ? null : procedureDir.toAbsolutePath());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "conformance: " + e.getMessage(), e);
    }
    if (timeout < 0 || deviceWait < 0) {
      throw new ParameterException(
          spec.commandLine(), "conformance: --timeout and --device-wait must not be negative");
    }
    ConformanceRunner.Builder runner;
    Sep2MockServer server =
        serverOptions.start(
            serverOptions.build(
                serverOptions.toBuilder().onConnection(record -> print(out, record))));
    Thread hook = new Thread(server::stop, "sep2-conformance-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      runner =
          ConformanceRunner.on(server)
              .pen(pen)
              .timeout(timeout > 0 ? Duration.ofSeconds(timeout) : null);
      if (deviceCert != null) {
        runner.client(certificate(deviceCert));
      }
      if (!serverOptions.hasPkiDirectory() && !serverOptions.hasTrust()) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(
            "warning: conformance: no --pki-dir, so the device has no files of this PKI (seed '"
                + server.pki().seed()
                + "'); write them with --pki-dir DIR, or trust your own SERCA with --trust");
        err.flush();
      }
      ConformanceReport report;
      try {
        report =
            ConformanceSession.builder(runner.build())
                .procedures(selected)
                .reportDirectory(reportDir.toAbsolutePath().normalize())
                .deviceWait(Duration.ofSeconds(deviceWait))
                .console(console ? in : null)
                .out(line -> println(out, line))
                .build()
                .run();
      } catch (UncheckedIOException e) {
        throw new CommandFailure(Main.BROKEN, "conformance: " + e.getMessage(), e);
      }
      return report.succeeded() ? 0 : Main.FAILED;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
        server.stop();
      } catch (IllegalStateException shuttingDown) {
        // the hook stops the server
      }
    }
  }

  private X509Certificate certificate(Path file) {
    try (InputStream stream = Files.newInputStream(file)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(stream);
    } catch (IOException | CertificateException | ClassCastException e) {
      throw new ParameterException(
          spec.commandLine(),
          "conformance: --device-cert " + file + " is not a PEM or DER certificate: " + e,
          e);
    }
  }

  /** A connection whose handshake failed is printed with its diagnosis. */
  private static void print(PrintWriter out, ConnectionRecord record) {
    if (record.failed()) {
      println(out, record.toText());
    }
  }

  private static void println(PrintWriter out, String text) {
    synchronized (out) {
      out.println(text);
      out.flush();
    }
  }
}
