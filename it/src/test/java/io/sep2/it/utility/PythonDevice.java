package io.sep2.it.utility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.server.Sep2MockServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * The scripted Python device client ({@code interop/sep2_device.py}, standard library only) as a
 * process against a {@code @With2030_5Server}: the server's PKI written as PEM files (the device's
 * chain and key, the SERCA), the script copied next to them, its JSON report read back when it
 * ends. A missing {@code python3} fails the test (it is never skipped): {@code apt-get install -y
 * python3}.
 */
final class PythonDevice implements AutoCloseable {

  /** The script, a test resource shared with the interop matrix's clients. */
  static final String SCRIPT = "sep2_device.py";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path stdout;
  private final Path stderr;
  private final List<String> command;

  private PythonDevice(List<String> command, Path directory) throws IOException {
    this.command = List.copyOf(command);
    this.stdout = directory.resolve("device-" + System.nanoTime() + ".json");
    this.stderr = directory.resolve("device-" + System.nanoTime() + ".log");
    this.process =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
  }

  /**
   * Starts {@code sep2_device.py MODE} against {@code server}, with the server's PKI written to
   * {@code directory}.
   *
   * @param options further command-line options, e.g. {@code --pin 111115}
   */
  static PythonDevice start(Sep2MockServer server, Path directory, String mode, String... options)
      throws IOException {
    PkiFiles pki = PkiFiles.write(server.pki(), directory.resolve("pki"));
    Path script = copyScript(directory);
    List<String> command = new ArrayList<>();
    command.add(python());
    command.add("-u");
    command.add(script.toString());
    command.add(mode);
    command.addAll(
        List.of(
            "--host",
            server.host(),
            "--port",
            Integer.toString(server.port()),
            "--cert",
            pki.deviceChain().toString(),
            "--key",
            pki.deviceKey().toString(),
            "--ca",
            pki.serca().toString()));
    command.addAll(List.of(options));
    return new PythonDevice(command, directory);
  }

  /** Runs it to its end (killed after {@code limit}). */
  static Report run(
      Sep2MockServer server, Path directory, Duration limit, String mode, String... options)
      throws IOException {
    try (PythonDevice device = start(server, directory, mode, options)) {
      return device.await(limit);
    }
  }

  /** Waits for the script to end by itself, killing it after {@code limit}. */
  Report await(Duration limit) throws IOException {
    boolean exited;
    try {
      exited = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + SCRIPT, e);
    }
    if (!exited) {
      process.destroyForcibly();
      throw new AssertionError(
          SCRIPT + " did not end within " + limit + "; it logged:\n" + tail(log(), 4000));
    }
    return report(process.exitValue());
  }

  /** Ends the script as a device is switched off (SIGTERM): it prints its report and exits. */
  Report stop() throws IOException {
    process.destroy();
    return await(Duration.ofSeconds(20));
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** What the script logged so far (stderr). */
  String log() {
    try {
      return Files.readString(stderr, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private Report report(int exitCode) throws IOException {
    String out = Files.readString(stdout, StandardCharsets.UTF_8);
    JsonNode json;
    try {
      json = JSON.readTree(out);
    } catch (IOException e) {
      throw new AssertionError(
          SCRIPT
              + " printed no JSON report (exit "
              + exitCode
              + "):\n"
              + tail(out, 2000)
              + "\nlog:\n"
              + tail(log(), 4000),
          e);
    }
    return new Report(exitCode, json, log(), String.join(" ", command));
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The script's JSON report and how it ended.
   *
   * @param exitCode 0 when every check of the script passed
   * @param json the report: {@code steps}, {@code controls}, {@code notifications}, {@code faults},
   *     {@code recoveries}, {@code errors}...
   * @param log what it logged on stderr
   * @param commandLine how it was started, for messages
   */
  record Report(int exitCode, JsonNode json, String log, String commandLine) {

    /** Asserts that the script exited 0 with no errors, naming them otherwise. */
    Report assertOk() {
      assertThat(exitCode)
          .as(
              "exit code of %s; errors %s; log:%n%s",
              commandLine, json.path("errors"), tail(log, 4000))
          .isZero();
      assertThat(json.path("errors")).as("errors in the report").isEmpty();
      return this;
    }

    /** The steps (requests) the script recorded, in order. */
    List<JsonNode> steps() {
      return StreamSupport.stream(json.path("steps").spliterator(), false).toList();
    }

    /** The first step whose {@code what} is {@code what}. */
    JsonNode step(String what) {
      return findStep(s -> what.equals(s.path("what").asText()))
          .orElseThrow(() -> new AssertionError("no step '" + what + "' in " + json.path("steps")));
    }

    /** Every step whose {@code what} is {@code what}. */
    List<JsonNode> steps(String what) {
      return steps().stream().filter(s -> what.equals(s.path("what").asText())).toList();
    }

    Optional<JsonNode> findStep(Predicate<JsonNode> matches) {
      return steps().stream().filter(matches).findFirst();
    }

    /** The control the script tracked with this mRID. */
    JsonNode control(String mrid) {
      for (JsonNode control : json.path("controls")) {
        if (mrid.equals(control.path("mRID").asText())) {
          return control;
        }
      }
      throw new AssertionError(
          "the device never saw control " + mrid + ": " + json.path("controls"));
    }

    /** The statuses of the responses it sent about a control, in order. */
    List<Integer> responseStatuses(String mrid) {
      List<Integer> statuses = new ArrayList<>();
      control(mrid).path("responses").forEach(r -> statuses.add(r.path("status").asInt()));
      return statuses;
    }

    List<JsonNode> list(String field) {
      return StreamSupport.stream(json.path(field).spliterator(), false).toList();
    }

    /** The report, indented, for messages and the build log. */
    String pretty() {
      return json.toPrettyString();
    }
  }

  static Path copyScript(Path directory) {
    try (InputStream in = PythonDevice.class.getResourceAsStream("/interop/" + SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("test resource interop/" + SCRIPT + " is missing");
      }
      Files.createDirectories(directory);
      Path file = directory.resolve(SCRIPT);
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code python3} from the PATH; fails (never skips) when it is not installed. */
  static String python() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, "python3");
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate.toString();
        }
      }
    }
    throw new AssertionError(
        "python3 is not installed, and the Python device client needs it (it is never skipped):"
            + " apt-get install -y python3");
  }

  static String tail(String text, int max) {
    return text.length() <= max ? text : "..." + text.substring(text.length() - max);
  }
}
