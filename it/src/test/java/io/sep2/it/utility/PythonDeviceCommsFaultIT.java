package io.sep2.it.utility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sep2.junit.With2030_5Server;
import io.sep2.server.CommsFaults;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.utility.Control;
import io.sep2.utility.Program;
import io.sep2.utility.Utility;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python device client lives through losing its utility server: 30 seconds of {@code 503
 * Service Unavailable} with a Retry-After (it waits as asked and carries on), then a few seconds in
 * which the server drops every connection and refuses new ones (it reconnects with back-off). After
 * each it picks up the controls scheduled meanwhile and answers them. An IT: it takes about 45
 * seconds.
 */
class PythonDeviceCommsFaultIT {

  @Test
  @With2030_5Server(pkiSeed = PythonDeviceTest.SEED)
  void thirtySecondsUnavailableAndRefusedConnectionsAreSurvivedAndRecorded(
      Sep2MockServer server, @TempDir Path dir, TestInfo test) throws Exception {
    Utility utility = server.utility();
    Program program = PythonDeviceTest.programWithDefault(utility);
    Duration outage = Duration.ofSeconds(30);
    Duration retryAfter = Duration.ofSeconds(5);
    Duration refusal = Duration.ofSeconds(6);
    PythonDevice.Report run;
    Control duringOutage;
    Control duringRefusal;
    Instant outageEnds;
    Instant refusalEnds;
    try (PythonDevice device =
        PythonDeviceTest.pollingDevice(server, dir, "--duration", "120", "--retry-for", "90")) {
      // 1. every request answered 503 with Retry-After: 5 for 30 s
      server.commsFaults().unavailable(outage, retryAfter);
      outageEnds = Instant.now().plus(outage);
      duringOutage = PythonDeviceTest.schedule(program, PythonDeviceTest.ahead(utility, 600), 60);
      duringOutage.awaitResponse(1, outage.plusSeconds(15));
      assertThat(Instant.now()).isAfterOrEqualTo(outageEnds);
      // it carries on: the control still starts and completes on time
      Instant start = duringOutage.asServed().interval().start();
      utility.clock().set(start);
      duringOutage.awaitResponse(2, Duration.ofSeconds(5));
      utility.clock().set(start.plusSeconds(60));
      duringOutage.awaitResponse(3, Duration.ofSeconds(5));
      // (once the device has its answer: a POST whose answer is lost is sent again, and would
      // be stored twice)
      utility.awaitNextRequest("GET", "/edev/*/derp/*/actderc", Duration.ofSeconds(5));

      // 2. the server drops every connection and refuses new ones for 6 s
      server.commsFaults().refuseHandshakes(refusal).closeConnections();
      refusalEnds = Instant.now().plus(refusal);
      duringRefusal = PythonDeviceTest.schedule(program, PythonDeviceTest.ahead(utility, 600), 60);
      duringRefusal.awaitResponse(1, refusal.plusSeconds(15));
      assertThat(Instant.now()).isAfterOrEqualTo(refusalEnds);
      run = device.stop().assertOk();
    }
    System.out.println(run.pretty());

    // the device's account: 503s spaced as Retry-After asked, connection errors, two recoveries
    List<JsonNode> faults = run.list("faults");
    List<JsonNode> unavailable =
        faults.stream().filter(f -> f.path("status").asInt() == 503).toList();
    assertThat(unavailable).hasSizeBetween(5, 8);
    assertThat(unavailable)
        .allSatisfy(f -> assertThat(f.path("retryAfter").asText()).isEqualTo("5"));
    for (int i = 1; i < unavailable.size(); i++) {
      assertThat(
              unavailable.get(i).path("time").asDouble()
                  - unavailable.get(i - 1).path("time").asDouble())
          .as("seconds between two requests answered 503 with Retry-After: 5")
          .isGreaterThanOrEqualTo(4.9);
    }
    assertThat(faults).anySatisfy(f -> assertThat(f.path("error").asText()).isNotEmpty());
    List<JsonNode> recoveries = run.list("recoveries");
    assertThat(recoveries).hasSize(2);
    assertThat(recoveries.get(0).path("seconds").asDouble()).isBetween(25.0, 45.0);
    assertThat(recoveries.get(1).path("seconds").asDouble()).isBetween(3.0, 20.0);
    assertThat(run.json().path("unreachable").isMissingNode()).isTrue();
    assertThat(run.responseStatuses(duringOutage.mrid().toString())).containsExactly(1, 2, 3);
    assertThat(run.responseStatuses(duringRefusal.mrid().toString())).containsExactly(1);

    // the server's account: both faults recorded, the 503s and refused connections counted
    CommsFaults faultsOnServer = server.commsFaults();
    System.out.println("comms faults recorded by the server: " + faultsOnServer.history());
    assertThat(faultsOnServer.history())
        .anySatisfy(e -> assertThat(e.description()).contains("503"))
        .anySatisfy(e -> assertThat(e.description()).containsIgnoringCase("refus"));
    assertThat(faultsOnServer.answeredWithFault()).isEqualTo(unavailable.size());
    assertThat(faultsOnServer.refusedConnections()).isPositive();
    // the 503s are in the connection records, with the device's identity; the refused
    // connections too (closed before any TLS byte)
    String lfdi = run.json().at("/identity/lfdi").asText();
    List<ConnectionRecord> connections = server.connections();
    assertThat(
            connections.stream()
                .filter(c -> c.clientIdentity() != null && lfdi.equals(c.clientIdentity().lfdi()))
                .flatMap(c -> c.exchanges().stream())
                .filter(e -> e.status() == 503))
        .hasSize(unavailable.size());
    assertThat(connections).anySatisfy(c -> assertThat(c.failed()).isTrue());
    assertThat(duringOutage.responses()).hasSize(3);
    assertThat(duringRefusal.responses()).hasSize(1);
    SchemaCheck.assertValid(utility, test.getDisplayName());
  }
}
