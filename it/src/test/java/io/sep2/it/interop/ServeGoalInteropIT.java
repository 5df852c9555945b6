package io.sep2.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The interop matrix's second target: the same good clients as {@link InteropMatrixTest} against
 * {@code mvn -o sep2:serve} running as a separate process. A Failsafe IT because the plugin must be
 * installed first (invoker:install, in pre-integration-test). The last test compares the {@code
 * sep2:serve} rows with the README's table.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeGoalInteropIT {

  static final Matrix MATRIX = new Matrix(Target.SERVE_GOAL);

  private static ServeProcess serve;

  @BeforeAll
  static void startServeGoal() throws Exception {
    serve =
        ServeProcess.start(
            Matrix.moduleDirectory().resolve("target/interop/serve-goal"),
            "interop-serve",
            Duration.ofMinutes(3));
  }

  @AfterAll
  static void stopServeGoal() {
    if (serve != null) {
      serve.close();
    }
  }

  @TestFactory
  @Order(1)
  Stream<DynamicTest> clientsThatMustSucceed() {
    return InteropMatrixTest.goodClientTests(MATRIX, serve);
  }

  @Test
  @Order(2)
  void serveGoalExplainsARefusedClientToo() throws Throwable {
    FailingClient gcmOnly = FailingClient.all().get(0);
    MATRIX.record(
        new Matrix.Row(
            Matrix.Section.FAIL,
            0,
            gcmOnly.client(),
            gcmOnly.version().get(),
            Target.SERVE_GOAL,
            gcmOnly.scenario(),
            gcmOnly.expected(),
            false),
        () -> {
          long mark = serve.mark();
          String client =
              FailingClient.sClient(
                  serve.endpoint(), true, "-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-GCM-SHA256");
          assertThat(client).contains(gcmOnly.clientSees());
          String printed =
              serve.recordedSince(mark, o -> o.contains("Fix:"), Duration.ofSeconds(10));
          assertThat(printed)
              .as("what sep2:serve printed about the connection")
              .contains("FAILED  alert 40 handshake_failure  (SUITE_NOT_OFFERED)")
              .contains(gcmOnly.reasonMentions());
        });
  }

  @Test
  @Order(3)
  void readmeMatrixMatchesThisRun() {
    int cases = GoodClient.all().size() + 1;
    int ran = MATRIX.rows().size();
    Assumptions.assumeTrue(
        ran >= cases,
        "only " + ran + " of " + cases + " matrix cases ran (a filtered run): README not compared");
    MATRIX.finish();
  }
}
