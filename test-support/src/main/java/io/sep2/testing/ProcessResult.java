package io.sep2.testing;

import java.util.List;

/**
 * How an external program ended and what it printed.
 *
 * @param command the command line it ran
 * @param exitCode its exit code; -1 when it had to be killed
 * @param stdout its standard output, with its standard error merged in unless the command asked for
 *     them separately
 * @param stderr its standard error when asked for separately, else empty
 * @param killed whether it did not end in time and was killed
 */
public record ProcessResult(
    List<String> command, int exitCode, String stdout, String stderr, boolean killed) {

  private static final int TAIL = 2000;

  public ProcessResult {
    command = List.copyOf(command);
  }

  /** Everything it printed: standard output, then standard error when that was kept apart. */
  public String output() {
    return stdout + stderr;
  }

  /** The command line, for messages. */
  public String commandLine() {
    return String.join(" ", command);
  }

  /** {@code $ command line (exit N)}, a newline, then its output: for transcripts. */
  public String transcript() {
    return "$ " + commandLine() + " (exit " + exitCode + ")\n" + output();
  }

  /**
   * This result when the program exited with 0.
   *
   * @throws AssertionError with the command line, how it ended and the tail of its output
   */
  public ProcessResult assertSuccess() {
    if (killed || exitCode != 0) {
      throw new AssertionError(describeFailure());
    }
    return this;
  }

  /** What went wrong, for a failure message: the command line, how it ended, its last output. */
  public String describeFailure() {
    String out = output();
    String tail = out.length() > TAIL ? "..." + out.substring(out.length() - TAIL) : out;
    return "$ "
        + commandLine()
        + (killed ? "\ndid not end in time and was killed" : "\nexited with " + exitCode)
        + (tail.isBlank() ? " and printed nothing" : "; its output ends with:\n" + tail);
  }
}
