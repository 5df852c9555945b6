package io.sep2.testing;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Wireshark's command-line reader. tshark is a test requirement: a missing tshark fails the test
 * (CI installs it with {@code apt-get install -y tshark}) rather than skipping it silently.
 */
public final class Tshark {

  private Tshark() {}

  /** Returns {@code tshark --version}'s first line; fails the test when tshark is missing. */
  public static String version() {
    return Tool.TSHARK
        .output("--version")
        .lines()
        .filter(l -> l.startsWith("TShark"))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Runs {@code tshark -n -r file <args>} and returns its standard output (its warnings, such as
   * the one about running as root, go elsewhere); fails on a non-zero exit or after two minutes.
   */
  public static String read(Path file, String... args) {
    version();
    ProcessResult result =
        Tool.TSHARK
            .command("-n", "-r", file.toString())
            .args(args)
            .separateStderr()
            .timeout(Duration.ofMinutes(2))
            .run()
            .assertSuccess();
    return result.stdout();
  }
}
