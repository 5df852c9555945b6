package io.sep2.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExternalCommandTest {

  @TempDir Path dir;

  @Test
  void feedsStdinAndCapturesOutputAndExitCode() {
    ProcessResult r =
        Tool.SH.command("-c", "cat; echo oops >&2; exit 3").stdin("hello\n").in(dir).run();

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.killed()).isFalse();
    assertThat(r.output()).contains("hello\n").contains("oops");
    assertThat(r.stderr()).isEmpty();
    assertThat(r.transcript()).startsWith("$ " + r.commandLine() + " (exit 3)\nhello");
  }

  @Test
  void keepsStderrApartWhenAsked() {
    ProcessResult r = Tool.SH.command("-c", "echo out; echo err >&2").separateStderr().run();

    assertThat(r.stdout()).isEqualTo("out\n");
    assertThat(r.stderr()).isEqualTo("err\n");
    assertThat(r.output()).isEqualTo("out\nerr\n");
  }

  @Test
  void killsTheWholeProcessTreeAfterTheTimeout() throws Exception {
    long started = System.nanoTime();
    ProcessResult r =
        Tool.SH
            .command("-c", "sleep 60 & echo child $!; wait")
            .timeout(Duration.ofMillis(500))
            .run();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    assertThat(r.killed()).isTrue();
    assertThat(r.exitCode()).isEqualTo(-1);
    long child = Long.parseLong(r.output().replaceAll("(?s).*child (\\d+).*", "$1"));
    assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    assertThatThrownBy(r::assertSuccess)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("$ " + r.commandLine())
        .hasMessageContaining("did not end in time and was killed")
        .hasMessageContaining("child " + child);
  }

  @Test
  void aFailureNamesTheCommandAndTheTailOfItsOutput() {
    ProcessResult r = Tool.SH.command("-c", "seq 1 5000; exit 2").run();

    assertThatThrownBy(r::assertSuccess)
        .hasMessageStartingWith("$ " + r.commandLine() + "\nexited with 2")
        .hasMessageContaining("5000")
        .hasMessageNotContaining("\n1\n");
  }

  @Test
  void aMissingToolFailsNamingItsDebianPackage() {
    assertThatThrownBy(() -> ExternalCommand.of("no-such-program-sep2").run())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no-such-program-sep2 is not installed")
        .hasMessageContaining("never skipped");
    assertThat(Tool.notInstalled("tshark"))
        .hasMessageContaining("apt-get install -y tshark")
        .hasMessageContaining("never skipped");
    assertThat(Tool.notInstalled("gnutls-cli")).hasMessageContaining("install -y gnutls-bin");
  }

  @Test
  void talksToARunningProgramLineByLine() throws Exception {
    try (RunningProcess p =
        Tool.SH.command("-c", "echo ready; while read l; do echo \"got $l\"; done").start()) {
      assertThat(p.awaitLine(l -> l.equals("ready"), Duration.ofSeconds(10))).isEqualTo("ready");
      long mark = p.mark();
      p.writeLine("one");
      p.writeLine("two");
      assertThat(p.awaitLine(l -> l.startsWith("got"), Duration.ofSeconds(10)))
          .isEqualTo("got one");
      assertThat(p.awaitLine(l -> l.startsWith("got"), Duration.ofSeconds(10)))
          .isEqualTo("got two");
      assertThat(p.outputSince(mark)).isEqualTo("got one\ngot two\n");
      p.closeInput();
      ProcessResult r = p.await(Duration.ofSeconds(10));
      assertThat(r.exitCode()).isZero();
      assertThatThrownBy(() -> p.awaitLine(l -> true, Duration.ofSeconds(1)))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("ended first");
    }
  }

  @Test
  void stopLetsTheProgramPrintItsLastWords() {
    try (RunningProcess p =
        Tool.SH
            .command(
                "-c", "trap 'echo stopping; exit 0' TERM; echo up; while :; do sleep 0.1; done")
            .start()) {
      assertThat(p.awaitOutput(o -> o.contains("up"), Duration.ofSeconds(10))).isTrue();
      ProcessResult r = p.stop(Duration.ofSeconds(10));
      assertThat(r.killed()).isFalse();
      assertThat(r.output()).contains("stopping");
    }
  }

  @Test
  void keepsOnlyTheTailWhenAsked() {
    try (RunningProcess p = Tool.SH.command("-c", "seq 1 100000").keepLast(1000).start()) {
      ProcessResult r = p.await(Duration.ofSeconds(20));
      assertThat(r.output().length()).isLessThanOrEqualTo(1000);
      assertThat(r.output()).endsWith("100000\n");
      assertThat(p.mark()).isEqualTo(seqLength(100000));
    }
  }

  private static long seqLength(int n) {
    long total = 0;
    for (int i = 1; i <= n; i++) {
      total += Integer.toString(i).length() + 1;
    }
    return total;
  }
}
