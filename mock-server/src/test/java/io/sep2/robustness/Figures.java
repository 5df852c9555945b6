package io.sep2.robustness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The figures the robustness tests measured, printed and appended to {@code
 * target/robustness/figures.txt} (one line each: scenario, then the figure), from which
 * ROBUSTNESS.md is written.
 */
final class Figures {

  private static final Path FILE = Path.of("target", "robustness", "figures.txt");

  private Figures() {}

  static synchronized void record(String scenario, String figure) {
    String line = scenario + ": " + figure;
    System.out.println("[robustness] " + line);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(
          FILE,
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.out.println("[robustness] cannot write " + FILE + ": " + e);
    }
  }

  /** An integer system property, e.g. {@code -Dsep2.fuzz.tries=100000}. */
  static int intProperty(String name, int defaultValue) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, was '" + value + "'", e);
    }
  }
}
