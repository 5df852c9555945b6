package io.sep2.pki.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.pki.Sep2Pki;
import io.sep2.testing.ExternalCommand;
import io.sep2.testing.ProcessResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed, same bytes: in this JVM, in a second JVM, and when replaying a random seed. */
class DeterminismTest {

  @TempDir Path dir;

  @Test
  void seededPkiIsByteIdenticalInASeparateJvm() throws Exception {
    List<String> here = SeededPkiDigest.lines("team-a");

    ProcessResult other =
        ExternalCommand.java(SeededPkiDigest.class, List.of(), "team-a")
            .in(dir)
            .run()
            .assertSuccess();

    assertThat(other.output().lines().toList()).isEqualTo(here);
    // 3 chain lengths x (2 devices, server, 4 COMM-004 servers) + 1+2+3 CAs; cert + key each
    assertThat(here).hasSize(2 * (3 * 7 + 1 + 2 + 3));
  }

  @Test
  void seedsSeparatePkis() throws Exception {
    assertThat(SeededPkiDigest.lines("team-a"))
        .doesNotContainAnyElementsOf(SeededPkiDigest.lines("team-b"));
  }

  @Test
  void randomSeedCanBeReplayed() throws Exception {
    Sep2Pki random = Sep2Pki.builder().build();
    Sep2Pki replay = Sep2Pki.builder().seed(random.seed()).build();
    Sep2Pki another = Sep2Pki.builder().build();

    assertThat(replay.device().certificate().getEncoded())
        .isEqualTo(random.device().certificate().getEncoded());
    assertThat(replay.server().privateKey().getEncoded())
        .isEqualTo(random.server().privateKey().getEncoded());
    assertThat(another.seed()).isNotEqualTo(random.seed());
    assertThat(another.serca().certificate()).isNotEqualTo(random.serca().certificate());
  }
}
