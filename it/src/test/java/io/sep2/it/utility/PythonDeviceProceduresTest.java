package io.sep2.it.utility;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.junit.Sep2Procedures;
import io.sep2.junit.Sep2ServerExtension;
import io.sep2.procedure.Catalog;
import io.sep2.procedure.conformance.ProcedureContext;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Sep2Procedures} with a client that is not Java: the scripted Python device ({@code
 * interop/sep2_device.py}) is started inside each built-in procedure and passes discovery,
 * registration, DER reporting and metering (it moves the utility clock through the admin interface
 * instead of waiting a minute per reading); the chain variants are aborted as NOT SUPPORTED. Runs
 * on JUnit 5.14 and, in the {@code junit6} execution, on JUnit 6.
 */
class PythonDeviceProceduresTest {

  @RegisterExtension
  static Sep2ServerExtension sep2 =
      Sep2ServerExtension.builder()
          .options(ServerOptions.builder().pkiSeed("python-procedures").adminPort(0))
          .build();

  @TempDir static Path work;

  @Sep2Procedures(
      ids = {
        Catalog.DISCOVERY,
        Catalog.REGISTRATION,
        Catalog.DER_REPORTING,
        Catalog.METERING,
        Catalog.CHAIN_VARIANTS
      })
  void pythonDevice(ProcedureContext procedure) throws Exception {
    Sep2MockServer server = procedure.server();
    Path dir = work.resolve(procedure.procedure().id());
    PythonDevice.Report report =
        procedure.procedure().id().equals(Catalog.METERING)
            ? PythonDevice.run(
                server,
                dir,
                Duration.ofSeconds(90),
                "meter",
                "--pin",
                "111115",
                "--readings",
                "11",
                "--clock-admin",
                server.adminUri().orElseThrow().toString())
            : PythonDevice.run(server, dir, Duration.ofSeconds(90), "flow", "--pin", "111115");
    assertThat(report.json().path("tls").path("cipher").asText())
        .as(report.pretty())
        .isEqualTo("ECDHE-ECDSA-AES128-CCM8");
  }
}
