package io.sep2.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Wireshark's command-line reader. tshark is a test requirement: a missing tshark fails the
 * test (CI installs it with {@code apt-get install -y tshark}) rather than skipping it silently.
 */
public final class Tshark {

  private Tshark() {}

  /** Returns {@code tshark --version}'s first line; fails the test when tshark is missing. */
  public static String version() throws IOException, InterruptedException {
    Processes.Result result;
    try {
      result = Processes.run(List.of("tshark", "--version"), null, 30);
    } catch (IOException e) {
      throw new AssertionError(
          "tshark is required by this test and was not found on the PATH; install it with"
              + " DEBIAN_FRONTEND=noninteractive apt-get install -y tshark",
          e);
    }
    if (result.exitCode() != 0) {
      throw new AssertionError("tshark --version failed: " + result.output());
    }
    return result.output().lines().filter(l -> l.startsWith("TShark")).findFirst().orElseThrow();
  }

  /**
   * Runs {@code tshark -n -r file <args>} and returns its standard output (its warnings, such as
   * the one about running as root, go elsewhere); fails on a non-zero exit or after two minutes.
   */
  public static String read(Path file, String... args) throws IOException, InterruptedException {
    version();
    List<String> command = new ArrayList<>(List.of("tshark", "-n", "-r", file.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("tshark", ".out");
    Path err = Files.createTempFile("tshark", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        throw new AssertionError("tshark did not finish in 120 s: " + command);
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            "tshark failed (exit "
                + process.exitValue()
                + "): "
                + command
                + "\n"
                + Files.readString(err)
                + Files.readString(out));
      }
      return Files.readString(out);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
