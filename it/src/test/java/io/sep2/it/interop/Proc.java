package io.sep2.it.interop;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An external program (openssl, curl, python3, node, gnutls-cli, testssl, mvn) run with a time
 * limit, stdout and stderr merged. Every process is killed (with its descendants) by {@link
 * #close()}, so a test can never leave one behind or hang.
 */
final class Proc implements AutoCloseable {

  /** What a finished program printed and how it ended; {@code exitCode} -1 when it was killed. */
  record Result(int exitCode, String output) {}

  private final List<String> command;
  private final Process process;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final Thread reader;

  private Proc(List<String> command, Path workingDirectory) throws IOException {
    this.command = List.copyOf(command);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (workingDirectory != null) {
      builder.directory(workingDirectory.toFile());
    }
    this.process = builder.start();
    this.reader = new Thread(this::pump, "proc-" + command.get(0));
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code command} (its first element must be an installed program). */
  static Proc start(List<String> command, Path workingDirectory) throws IOException {
    return new Proc(command, workingDirectory);
  }

  /**
   * Runs {@code command} to its end, feeding it {@code stdin} ({@code null}: none), or kills it.
   */
  static Result run(List<String> command, String stdin, Duration limit) throws IOException {
    try (Proc proc = start(command, null)) {
      if (stdin != null) {
        proc.write(stdin);
      }
      proc.closeInput();
      return proc.await(limit);
    }
  }

  private void pump() {
    byte[] buffer = new byte[8192];
    try (InputStream in = process.getInputStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        synchronized (output) {
          output.write(buffer, 0, n);
          output.notifyAll();
        }
      }
    } catch (IOException e) {
      // the process was killed
    }
  }

  /** Everything printed so far. */
  String output() {
    synchronized (output) {
      return output.toString(StandardCharsets.UTF_8);
    }
  }

  /**
   * Waits until what the program printed satisfies {@code condition}, the program ends, or {@code
   * limit} passes.
   *
   * @return whether the condition was met
   */
  boolean awaitOutput(Predicate<String> condition, Duration limit) throws IOException {
    long deadline = System.nanoTime() + limit.toNanos();
    synchronized (output) {
      while (true) {
        if (condition.test(output.toString(StandardCharsets.UTF_8))) {
          return true;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
          return false;
        }
        try {
          output.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 100)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for " + command.get(0), e);
        }
      }
    }
  }

  /** Writes to the program's standard input (ignored when it has already exited). */
  void write(String text) {
    try {
      OutputStream in = process.getOutputStream();
      in.write(text.getBytes(StandardCharsets.UTF_8));
      in.flush();
    } catch (IOException e) {
      // the program may have exited already; its output tells why
    }
  }

  /** Closes the program's standard input. */
  void closeInput() {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // already gone
    }
  }

  /** Waits for the end of the program, killing it after {@code limit}. */
  Result await(Duration limit) throws IOException {
    boolean exited;
    try {
      exited = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + command.get(0), e);
    }
    if (!exited) {
      kill();
    }
    try {
      reader.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new Result(exited ? process.exitValue() : -1, output());
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Asks the program to stop (SIGTERM), then kills it and its descendants after {@code grace}. */
  void stop(Duration grace) {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
  }

  private void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive() || process.descendants().findAny().isPresent()) {
      kill();
    }
  }

  /** The command line, for messages. */
  String commandLine() {
    return String.join(" ", command);
  }

  /**
   * The path of {@code program} on the PATH.
   *
   * @throws AssertionError naming the Debian package when it is not installed: a missing tool fails
   *     the matrix, it is never skipped
   */
  static Path require(String program, String debianPackage) {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    throw new AssertionError(
        program
            + " is not installed, and the interop matrix needs it (a missing tool fails the"
            + " matrix, it is never skipped): apt-get install -y "
            + debianPackage
            + " (.ci/run installs it)");
  }

  /** The command line with the given elements, as a mutable list to extend. */
  static List<String> cmd(String... parts) {
    return new ArrayList<>(List.of(parts));
  }
}
