package io.sep2.it.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.it.interop.Matrix.Row;
import io.sep2.it.interop.Matrix.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README check of the interop matrix on a scratch README: versions may differ between machines,
 * but a missing, extra or red row fails; update mode rewrites only its targets' rows, only between
 * the markers.
 */
class MatrixReadmeCheckTest {

  @TempDir Path root;
  Path module;

  private static Row good(String client, String version, String target, boolean passed) {
    return new Row(
        Section.SUCCEED, 0, client, version, target, GoodClient.CASE, GoodClient.EXPECTED, passed);
  }

  @BeforeEach
  void readme() throws Exception {
    module = root.resolve("it");
    Files.createDirectories(module);
    Files.writeString(
        root.resolve("README.md"),
        "# Title\n\nSome text.\n\n" + Matrix.BEGIN + "\n" + Matrix.END + "\n\nMore text.\n");
    Matrix first = new Matrix(module, Target.EXTENSION);
    first.add(good("curl", "curl 7.88.1", Target.EXTENSION, true));
    first.add(good("gnutls-cli", "gnutls-cli 3.7.9", Target.EXTENSION, true));
    first.finish(true);
    Matrix second = new Matrix(module, Target.SERVE_GOAL);
    second.add(good("curl", "curl 7.88.1", Target.SERVE_GOAL, true));
    second.finish(true);
  }

  private String readmeText() throws Exception {
    return Files.readString(root.resolve("README.md"));
  }

  @Test
  void updateWritesBothTargetsBetweenTheMarkersOnly() throws Exception {
    String text = readmeText();
    assertThat(text).startsWith("# Title\n\nSome text.\n\n" + Matrix.BEGIN + "\n| Client |");
    assertThat(text).endsWith(Matrix.END + "\n\nMore text.\n");
    assertThat(text.indexOf("| curl | curl 7.88.1 | @With2030_5Server"))
        .isLessThan(text.indexOf("| gnutls-cli |"))
        .isLessThan(text.indexOf("| curl | curl 7.88.1 | sep2:serve"));
    assertThat(Files.readString(module.resolve("target/interop-matrix.md")))
        .contains("| gnutls-cli |", "| sep2:serve |");
  }

  @Test
  void otherVersionsDoNotFail() {
    Matrix run = new Matrix(module, Target.EXTENSION);
    run.add(good("curl", "curl 8.14.1 (OpenSSL/3.5.1)", Target.EXTENSION, true));
    run.add(good("gnutls-cli", "gnutls-cli 3.8.9", Target.EXTENSION, true));
    run.finish(false);
  }

  @Test
  void aReadmeRowTheRunDidNotTryFails() {
    Matrix run = new Matrix(module, Target.EXTENSION);
    run.add(good("curl", "curl 7.88.1", Target.EXTENSION, true));
    assertThatThrownBy(() -> run.finish(false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("in the README but not tried (or not green) in this run: gnutls-cli")
        .hasMessageContaining("-Dsep2.interop.updateReadme=true");
  }

  @Test
  void aRowMissingFromTheReadmeFails() {
    Matrix run = new Matrix(module, Target.EXTENSION);
    run.add(good("curl", "curl 7.88.1", Target.EXTENSION, true));
    run.add(good("gnutls-cli", "gnutls-cli 3.7.9", Target.EXTENSION, true));
    run.add(good("wolfssl client", "5.7", Target.EXTENSION, true));
    assertThatThrownBy(() -> run.finish(false))
        .hasMessageContaining("tried by this run but not in the README: wolfssl client");
  }

  @Test
  void aRedRowFailsAndIsNotWrittenToTheReadme() throws Exception {
    Matrix run = new Matrix(module, Target.EXTENSION);
    run.add(good("curl", "curl 7.88.1", Target.EXTENSION, true));
    run.add(good("gnutls-cli", "gnutls-cli 3.7.9", Target.EXTENSION, false));
    assertThatThrownBy(() -> run.finish(false))
        .hasMessageContaining("not green in this run: gnutls-cli");
    String before = readmeText();
    assertThatThrownBy(() -> run.finish(true)).hasMessageContaining("Not rewriting");
    assertThat(readmeText()).isEqualTo(before);
  }

  @Test
  void onlyTheRunsTargetsAreCompared() {
    // the sep2:serve rows are checked by the run of that target, not by this one
    Matrix run = new Matrix(module, Target.SERVE_GOAL);
    run.add(good("curl", "curl 7.88.1", Target.SERVE_GOAL, true));
    run.finish(false);
  }
}
