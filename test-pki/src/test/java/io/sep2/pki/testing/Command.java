package io.sep2.pki.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external tool (openssl, curl, a second JVM) for interop tests. A missing tool is a test
 * failure, never a skip: these tests exist to prove the output works with tools we did not write.
 */
public final class Command {

  /** Exit code and combined stdout + stderr. */
  public record Result(List<String> command, int exitCode, String output) {
    public Result assertSuccess() {
      if (exitCode != 0) {
        throw new AssertionError(
            String.join(" ", command) + " exited with " + exitCode + ":\n" + output);
      }
      return this;
    }
  }

  private Command() {}

  public static Result run(Path workingDirectory, String... command) {
    return runWithInput(workingDirectory, null, command);
  }

  /** Runs to completion (at most 60 s) with {@code stdin} as input, if not null. */
  public static Result runWithInput(Path workingDirectory, String stdin, String... command) {
    Process process = start(workingDirectory, command);
    try {
      if (stdin != null) {
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      process.getOutputStream().close();
      ByteArrayOutputStream output = new ByteArrayOutputStream();
      Thread reader = pump(process.getInputStream(), output);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish within 60 s");
      }
      reader.join(5_000);
      return new Result(
          List.of(command), process.exitValue(), output.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + String.join(" ", command), e);
    }
  }

  /** Starts a process with stderr merged into stdout; fails the test if the tool is missing. */
  public static Process start(Path workingDirectory, String... command) {
    try {
      return new ProcessBuilder(command)
          .directory(workingDirectory.toFile())
          .redirectErrorStream(true)
          .start();
    } catch (IOException e) {
      throw new AssertionError(
          "'"
              + command[0]
              + "' is required by this test and could not be started (is it installed and on the"
              + " PATH?): "
              + e.getMessage(),
          e);
    }
  }

  /** Copies a stream into a buffer on a daemon thread. */
  public static Thread pump(InputStream in, ByteArrayOutputStream out) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                  synchronized (out) {
                    out.write(buffer, 0, n);
                  }
                }
              } catch (IOException e) {
                // process ended
              }
            },
            "pump-" + in.hashCode());
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
