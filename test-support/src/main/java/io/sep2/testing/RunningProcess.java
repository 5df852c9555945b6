package io.sep2.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * An external program started by {@link ExternalCommand#start()}: write to its standard input, wait
 * for what it prints, wait for its end. Its output is read as it comes, so it never blocks on a
 * full pipe. {@link #close()} ends it and every process it started, so a {@code try}-with-resources
 * block never leaves one behind.
 */
public final class RunningProcess implements AutoCloseable {

  private static final Duration CLOSE_GRACE = Duration.ofSeconds(3);
  private static final long READER_JOIN_MILLIS = 5000;

  private final String name;
  private final List<String> command;
  private final Process process;
  private final ProcessOutput stdout;
  private final ProcessOutput stderr;

  RunningProcess(
      String name, List<String> command, Process process, boolean separateStderr, int keepLast) {
    this.name = name;
    this.command = List.copyOf(command);
    this.process = process;
    this.stdout = new ProcessOutput(process.getInputStream(), keepLast, name + "-stdout");
    this.stderr =
        separateStderr
            ? new ProcessOutput(process.getErrorStream(), keepLast, name + "-stderr")
            : null;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** The command line, for messages. */
  public String commandLine() {
    return String.join(" ", command);
  }

  /** Writes {@code text} to the program's standard input (ignored once it has exited). */
  public void write(String text) {
    try {
      OutputStream in = process.getOutputStream();
      in.write(text.getBytes(StandardCharsets.UTF_8));
      in.flush();
    } catch (IOException e) {
      // the program has exited or closed its input; its output tells why
    }
  }

  /** Writes {@code line} and a newline to the program's standard input. */
  public void writeLine(String line) {
    write(line + "\n");
  }

  /** Closes the program's standard input: it reads end-of-file. */
  public void closeInput() {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // already gone
    }
  }

  /** What the program printed so far (standard error too, unless kept apart). */
  public String output() {
    return stdout.text();
  }

  /** What it printed to standard error so far, when that is kept apart; else empty. */
  public String stderr() {
    return stderr == null ? "" : stderr.text();
  }

  /** A position in {@link #output()}, for {@link #outputSince}. */
  public long mark() {
    return stdout.mark();
  }

  /** What the program printed after {@code mark}. */
  public String outputSince(long mark) {
    return stdout.since(mark);
  }

  /**
   * Waits until {@link #output()} satisfies {@code condition}, the program's output ends, or {@code
   * limit} passes.
   *
   * @return whether the condition was met
   */
  public boolean awaitOutput(Predicate<String> condition, Duration limit) {
    return stdout.await(condition, System.nanoTime() + limit.toNanos());
  }

  /**
   * Waits for the next output line that satisfies {@code matches}; lines before it, and lines
   * returned by earlier calls, are skipped.
   *
   * @throws IOException when the program's output ends or {@code limit} passes first, with the
   *     output
   */
  public String awaitLine(Predicate<String> matches, Duration limit) throws IOException {
    String line = stdout.nextLine(matches, System.nanoTime() + limit.toNanos());
    if (line == null) {
      throw new IOException(
          this
              + (isAlive() ? " printed no such line within " + limit : " ended first")
              + "; its output:\n"
              + output());
    }
    return line;
  }

  /**
   * Waits for the program's end; kills it (and its child processes) after {@code limit}.
   *
   * @return how it ended and all it printed
   */
  public ProcessResult await(Duration limit) {
    boolean ended = waitFor(limit);
    if (!ended) {
      kill();
    }
    return result(!ended);
  }

  /**
   * Asks the program and its child processes to stop (SIGTERM), and kills them when they have not
   * ended after {@code grace}. Unlike {@link Process#destroy()}, this leaves the output pipes open,
   * so what the program prints while it shuts down is still read.
   *
   * @return how it ended and all it printed; {@code killed} when it had to be killed
   */
  public ProcessResult stop(Duration grace) {
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroy);
    process.toHandle().destroy();
    boolean ended = waitFor(grace);
    if (!ended) {
      kill();
    }
    return result(!ended);
  }

  /**
   * Closes the program's standard input, then stops it and its child processes (SIGTERM, killed
   * after 3 s) unless they have all ended. Idempotent.
   */
  @Override
  public void close() {
    closeInput();
    if (process.isAlive() || process.descendants().findAny().isPresent()) {
      stop(CLOSE_GRACE);
    }
  }

  @Override
  public String toString() {
    return name + "[pid " + process.pid() + "]";
  }

  private boolean waitFor(Duration limit) {
    try {
      return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void kill() {
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroyForcibly);
    process.toHandle().destroyForcibly();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    try {
      process.waitFor(5, TimeUnit.SECONDS);
      for (ProcessHandle child : children) {
        long left = deadline - System.nanoTime();
        if (left > 0) {
          child.onExit().get(left, TimeUnit.NANOSECONDS);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // the rest is the operating system's business
    }
  }

  private ProcessResult result(boolean killed) {
    stdout.awaitEnd(READER_JOIN_MILLIS);
    if (stderr != null) {
      stderr.awaitEnd(READER_JOIN_MILLIS);
    }
    int exit = killed || process.isAlive() ? -1 : process.exitValue();
    return new ProcessResult(command, exit, output(), stderr(), killed);
  }
}
