package io.sep2.it.utility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

/**
 * Runs {@code interop/sep2_device.py}, the scripted Python device client, and reads the JSON it
 * prints: every step it made, with method, path, status and the values it read.
 */
final class DeviceScript {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one run printed and how it ended. */
  record Run(int exitCode, String stdout, String stderr, String commandLine, JsonNode json) {

    /** The whole run, for assertion messages. */
    String transcript() {
      return "$ " + commandLine + " (exit " + exitCode + ")\n" + stdout + "\n" + stderr;
    }

    List<JsonNode> steps() {
      return StreamSupport.stream(json.path("steps").spliterator(), false).toList();
    }

    /** The step of this name; fails naming the steps there are. */
    JsonNode step(String name) {
      return find(name)
          .orElseThrow(
              () ->
                  new AssertionError(
                      "the device made no step '"
                          + name
                          + "'; steps: "
                          + steps().stream().map(s -> s.path("step").asText()).toList()));
    }

    Optional<JsonNode> find(String name) {
      return steps().stream().filter(s -> s.path("step").asText().equals(name)).findFirst();
    }

    /** The steps that were HTTP exchanges (every step with a method). */
    List<JsonNode> exchanges() {
      return steps().stream().filter(s -> s.has("method")).toList();
    }

    /** A one-line-per-step summary: {@code GET /dcap -> 200 discovery: DeviceCapability}. */
    String summary() {
      StringBuilder s = new StringBuilder();
      for (JsonNode step : steps()) {
        if (step.has("method")) {
          s.append(
              String.format(
                  "%-6s %-36s %3d",
                  step.path("method").asText(),
                  step.path("path").asText(),
                  step.path("status").asInt()));
        } else {
          s.append(String.format("%-47s", ""));
        }
        s.append("  ").append(step.path("step").asText());
        if (step.has("values")) {
          String values = step.path("values").toString();
          s.append("  ").append(values.length() > 160 ? values.substring(0, 157) + "..." : values);
        }
        s.append('\n');
      }
      return s.toString();
    }
  }

  private DeviceScript() {}

  /** Copies the script out of the test resources into {@code directory}. */
  static Path copyTo(Path directory) {
    try (InputStream in = DeviceScript.class.getResourceAsStream("/interop/sep2_device.py")) {
      if (in == null) {
        throw new IllegalStateException("test resource interop/sep2_device.py is missing");
      }
      Files.createDirectories(directory);
      Path file = directory.resolve("sep2_device.py");
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The path of {@code program} (e.g. {@code python3}, {@code curl}); fails (never skips) when it
   * is not installed, as the interop matrix does.
   */
  static String require(String program) {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate.toString();
        }
      }
    }
    throw new AssertionError(
        program
            + " is not installed, and the device-client tests need it: apt-get install -y "
            + program
            + " (.ci/run installs it)");
  }

  /** Runs a program to its end (stdout and stderr merged), killing it after {@code seconds}. */
  static String exec(List<String> command, long seconds) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[][] output = new byte[1][];
    Thread reader =
        new Thread(
            () -> {
              try (InputStream in = process.getInputStream()) {
                output[0] = in.readAllBytes();
              } catch (IOException e) {
                output[0] = new byte[0];
              }
            });
    reader.start();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    reader.join(5000);
    return output[0] == null ? "" : new String(output[0], StandardCharsets.UTF_8);
  }

  /** Runs the script with these arguments, killing it after {@code seconds}. */
  static Run run(Path script, long seconds, List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(require("python3"), script.toString()));
    command.addAll(arguments);
    Path out = Files.createTempFile(script.getParent(), "device-", ".json");
    Path err = Files.createTempFile(script.getParent(), "device-", ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    process.getOutputStream().close();
    boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
    if (!ended) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    String commandLine = String.join(" ", command);
    JsonNode json;
    try {
      json = JSON.readTree(stdout);
    } catch (IOException e) {
      throw new AssertionError(
          "the device script did not print one JSON document"
              + (ended ? "" : " (killed after " + seconds + " s)")
              + ":\n$ "
              + commandLine
              + "\n"
              + stdout
              + "\n"
              + stderr,
          e);
    }
    if (json == null) {
      throw new AssertionError(
          "the device script printed nothing:\n$ " + commandLine + "\n" + stderr);
    }
    return new Run(ended ? process.exitValue() : -1, stdout, stderr, commandLine, json);
  }
}
