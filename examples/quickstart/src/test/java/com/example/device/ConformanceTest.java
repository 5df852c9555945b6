package com.example.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sep2.junit.Sep2Procedures;
import io.sep2.junit.With2030_5Server;
import io.sep2.procedure.Catalog;
import io.sep2.procedure.conformance.ProcedureContext;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The built-in conformance procedures against this device client, one test each, in every {@code
 * mvn verify}: the procedure sets the utility up (a program with its default control, the poll and
 * post rates, a control on a schedule...), this method runs the client, and the procedure judges
 * what the client did. A failing procedure fails its test with the step that failed and the
 * requests that show it; the reports go to {@code target/sep2/conformance/}.
 *
 * <p>Not here: SEP2-MTR-01 (this client posts one reading, not one per postRate), SEP2-CTL-01 (it
 * reads the DefaultDERControl once), SEP2-SUB-01 (it polls, it does not subscribe) and the
 * procedures a real device would run for minutes (comms loss), and SEP2-CTL-04 (it follows its first
program only); see the README of sep2-testkit.
 */
@With2030_5Server(pkiSeed = "quickstart")
class ConformanceTest {

  static final String PIN = DeviceClientTest.PIN;

  /**
   * COMM-003, discovery, time, registration and DER reporting: the client's whole flow, once.
   * Registration with the wrong pIN: the client must stop, and it does (it throws).
   */
  @Sep2Procedures(
      ids = {
        Catalog.SECURITY,
        Catalog.DISCOVERY,
        Catalog.TIME,
        Catalog.REGISTRATION,
        Catalog.WRONG_PIN,
        Catalog.DER_REPORTING
      })
  void deviceFlow(ProcedureContext procedure) throws Exception {
    DeviceClient client = DeviceClientTest.client(procedure.server(), new Inverter());
    if (procedure.procedure().id().equals(Catalog.WRONG_PIN)) {
      IOException stopped = assertThrows(IOException.class, () -> client.run(PIN));
      System.out.println("the client stopped: " + stopped.getMessage());
      // the procedure watches for 2 minutes (utility time) that the client does not go on
      procedure.clock().advance(Duration.ofMinutes(3));
      return;
    }
    client.run(PIN);
  }

  /**
   * Controls on a schedule: a control two minutes ahead lasting five (answered received, started,
   * completed), one with a randomized start, and one the utility cancels once the client has
   * received it (answered cancelled). The test moves the utility clock on (30 s every 100 ms) while
   * the client polls; the client follows the utility's time from /tm, as a real device does.
   */
  @Sep2Procedures(ids = {Catalog.SCHEDULED_CONTROL, Catalog.RANDOMIZED_START, Catalog.CANCEL})
  void controlsOnASchedule(ProcedureContext procedure) throws Exception {
    DeviceClient client = DeviceClientTest.client(procedure.server(), new Inverter());
    client.run(PIN);
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    try {
      clock.scheduleAtFixedRate(
          () -> procedure.clock().advance(Duration.ofSeconds(30)), 0, 100, TimeUnit.MILLISECONDS);
      Map<String, List<Integer>> sent =
          client.followControls(Duration.ofMillis(100), Duration.ofSeconds(30));
      System.out.println(procedure.procedure().id() + ": the client answered " + sent);
      if (procedure.procedure().id().equals(Catalog.SCHEDULED_CONTROL)) {
        assertEquals(List.of(List.of(1, 2, 3)), List.copyOf(sent.values()));
      }
    } finally {
      clock.shutdownNow();
    }
  }
}
