package io.sep2.procedure.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.procedure.Catalog;
import io.sep2.procedure.Procedure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which procedures the goal, the jar and {@code @Sep2Procedures} run. */
class ProcedureSelectionTest {

  static final String FILE =
      """
      Description: Discovery, in a few lines
      Category: Registration
      Classes: [A]
      TargetVersions: [v1.2]
      Preconditions:
        immediate_start: true
      Criteria:
        checks:
          - type: all-steps-complete
            parameters: {}
      Steps:
        GET-DCAP:
          event:
            type: GET-request-received
            parameters: {endpoint: /dcap}
          actions:
            - type: remove-steps
              parameters: {steps: [GET-DCAP]}
      """;

  @Test
  void theCatalogInTheOrderGiven() {
    assertThat(ProcedureSelection.select(List.of(), null)).isEqualTo(Catalog.all());
    assertThat(
            ProcedureSelection.select(
                    ProcedureSelection.split(" SEP2-REG-01, SEP2-DISC-01 ,"), null)
                .stream()
                .map(Procedure::id))
        .containsExactly("SEP2-REG-01", "SEP2-DISC-01");
  }

  @Test
  void unknownAndDuplicateIdsAreRefusedWithTheIdsThereAre() {
    assertThatThrownBy(() -> ProcedureSelection.select(List.of("SEP2-NOPE-01"), null))
        .hasMessageStartingWith("no procedure SEP2-NOPE-01 in the built-in catalog; there are")
        .hasMessageContaining("SEP2-DISC-01, SEP2-TIME-01");
    assertThatThrownBy(() -> ProcedureSelection.split("SEP2-DISC-01,SEP2-DISC-01"))
        .hasMessage("procedure SEP2-DISC-01 is named twice");
  }

  @Test
  void aDirectoryOfProcedureFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("X-01.yaml"), FILE);
    Files.writeString(dir.resolve("X-02.yaml"), FILE.replace("in a few lines", "again"));
    assertThat(ProcedureSelection.select(List.of(), dir).stream().map(Procedure::id))
        .containsExactly("X-01", "X-02");
    assertThat(ProcedureSelection.select(List.of("X-02"), dir))
        .singleElement()
        .satisfies(p -> assertThat(p.title()).isEqualTo("Discovery, again"));
    assertThatThrownBy(() -> ProcedureSelection.select(List.of("ALL-01"), dir))
        .hasMessageContaining("no procedure ALL-01 in " + dir.toAbsolutePath())
        .hasMessageEndingWith("there are X-01, X-02");
    Files.writeString(dir.resolve("X-03.yaml"), FILE.replace("type: remove-steps", "type: nope"));
    assertThatThrownBy(() -> ProcedureSelection.select(List.of("X-03"), dir))
        .hasMessageStartingWith("X-03.yaml:");
    assertThatThrownBy(() -> ProcedureSelection.select(List.of(), dir.resolve("missing")))
        .hasMessageEndingWith("missing does not exist");
  }
}
