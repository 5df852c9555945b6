package io.sep2.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.pki.Comm004Variant;
import io.sep2.pki.Sep2Pki;
import io.sep2.procedure.ProcedureReport.Verdict;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** SEP2-SEC-02 (COMM-004) on a server presenting a self-signed leaf instead of a 2030.5 chain. */
class ChainVariantsProcedureTest {

  @Test
  void aClientThatRefusesTheDefectiveChainPasses() {
    try (Sep2MockServer server =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(Sep2Pki.builder().seed("chain-variants").build())
                    .comm004(Comm004Variant.SELF_SIGNED_LEAF)
                    .build())
            .start()) {
      ProcedureRunner runner = ProcedureRunner.on(server).tick(Duration.ofMillis(20)).build();
      try (ProcedureRun run = runner.start(Catalog.get(Catalog.CHAIN_VARIANTS))) {
        assertThatThrownBy(() -> new ScriptedClient(server).get("/dcap"))
            .isInstanceOf(IllegalStateException.class);
        server.awaitHandshakes(Duration.ofSeconds(2));
        server.utility().clock().advance(Duration.ofSeconds(61));
        ProcedureReport report = run.awaitReport(Duration.ofSeconds(10));
        assertThat(report.verdict()).as(report.toText()).isEqualTo(Verdict.PASSED);
        assertThat(report.criteria().get(0).detail())
            .contains("refused the defective chain (SELF_SIGNED_LEAF)");
      }
    }
  }
}
