package io.sep2.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A program the harness started (a server JVM, {@code openssl s_server}, {@code openssl s_time},
 * {@code mvn}): its output (stdout and stderr merged) is read on a daemon thread, line by line into
 * a queue and into a bounded transcript for error messages. {@link #close()} ends the process and
 * waits for it, so a {@code try}-with-resources block never leaves a child behind.
 */
final class ChildProcess implements AutoCloseable {

  private static final int TRANSCRIPT_LIMIT = 16 * 1024;
  private static final String END = "\u0000end-of-output";

  private final String name;
  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final StringBuilder transcript = new StringBuilder();
  private final Thread reader;

  private ChildProcess(String name, Process process) {
    this.name = name;
    this.process = process;
    this.reader = new Thread(this::readOutput, "bench-output-" + name);
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code command} in {@code directory} (or the current directory when {@code null}). */
  static ChildProcess start(String name, List<String> command, Path directory) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    return new ChildProcess(name, builder.start());
  }

  /**
   * Starts {@code mainClass} of this harness in a fresh JVM with default flags plus {@code jvm}.
   */
  static ChildProcess startJava(String name, List<String> jvm, Class<?> mainClass, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    return start(name, command, null);
  }

  private void readOutput() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        synchronized (transcript) {
          transcript.append(line).append('\n');
          if (transcript.length() > TRANSCRIPT_LIMIT) {
            transcript.delete(0, transcript.length() - TRANSCRIPT_LIMIT / 2);
          }
        }
        lines.add(line);
      }
    } catch (IOException e) {
      // the process was killed
    } finally {
      lines.add(END);
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Waits for the next output line starting with {@code prefix} (earlier lines are skipped).
   *
   * @throws IOException when the process ends or the time runs out first, with its output
   */
  String awaitLine(String prefix, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
      if (line == null) {
        throw new IOException(
            name
                + ": no line starting with '"
                + prefix
                + "' within "
                + timeout
                + "; output:\n"
                + transcript());
      }
      if (line.equals(END)) {
        lines.add(END);
        throw new IOException(
            name + " ended before printing '" + prefix + "'; output:\n" + transcript());
      }
      if (line.startsWith(prefix)) {
        return line;
      }
    }
  }

  /** Sends one line to the process's standard input. */
  void send(String line) throws IOException {
    OutputStream in = process.getOutputStream();
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  /** Waits for the process to exit by itself; kills it when it has not after {@code timeout}. */
  int awaitExit(Duration timeout) throws InterruptedException, IOException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      close();
      throw new IOException(
          name + " did not finish within " + timeout + "; output:\n" + transcript());
    }
    reader.join(5000);
    return process.exitValue();
  }

  /** The last 8 to 16 KiB the process printed. */
  String transcript() {
    synchronized (transcript) {
      return transcript.toString();
    }
  }

  /** Ends the process (SIGTERM, then SIGKILL after 3 s) and waits for it. Idempotent. */
  @Override
  public void close() {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // already gone
    }
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(3, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public String toString() {
    return name + "[pid " + process.pid() + "]";
  }
}
