package io.sep2.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An external program to run (openssl, curl, python3, node, gnutls-cli, tshark, mvn, a second JVM),
 * always with a time limit: {@link #run()} runs it to its end and returns what it printed, {@link
 * #start()} starts it to talk to while it runs. Immutable; each option returns a new command.
 *
 * <p>Standard error is merged into standard output unless {@link #separateStderr()} is asked for. A
 * program that is not installed fails with an {@link AssertionError} that names its Debian package
 * (see {@link Tool}).
 *
 * <pre>{@code
 * ProcessResult r = Tool.OPENSSL.command("version").run().assertSuccess();
 * try (RunningProcess server = ExternalCommand.of("openssl", "s_server", ...).start()) { ... }
 * }</pre>
 */
public final class ExternalCommand {

  /** The time limit of {@link #run()} when none is given. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final List<String> command;
  private final Path directory;
  private final String stdin;
  private final Duration timeout;
  private final boolean separateStderr;
  private final int keepLast;
  private final String name;

  private ExternalCommand(
      List<String> command,
      Path directory,
      String stdin,
      Duration timeout,
      boolean separateStderr,
      int keepLast,
      String name) {
    this.command = List.copyOf(command);
    this.directory = directory;
    this.stdin = stdin;
    this.timeout = timeout;
    this.separateStderr = separateStderr;
    this.keepLast = keepLast;
    this.name = name;
  }

  /** {@code program args...}; {@code program} is looked up on the PATH when it has no slash. */
  public static ExternalCommand of(String program, String... args) {
    List<String> command = new ArrayList<>();
    command.add(program);
    command.addAll(List.of(args));
    return of(command);
  }

  /** The command line {@code command}: the program, then its arguments. */
  public static ExternalCommand of(List<String> command) {
    if (command.isEmpty()) {
      throw new IllegalArgumentException("an empty command line");
    }
    return new ExternalCommand(
        command, null, null, DEFAULT_TIMEOUT, false, Integer.MAX_VALUE, programName(command));
  }

  /**
   * {@code mainClass} in a fresh JVM: this JVM's {@code java}, {@code jvmOptions}, this JVM's class
   * path, then {@code args}.
   */
  public static ExternalCommand java(Class<?> mainClass, List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    // under a module-info, Surefire puts the module under test and its dependencies on the
    // module path: the child JVM simply runs all of it from a class path
    String modules = System.getProperty("jdk.module.path", "");
    String classes = System.getProperty("java.class.path", "");
    command.add(modules.isEmpty() ? classes : modules + java.io.File.pathSeparator + classes);
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    return of(command).named(mainClass.getSimpleName());
  }

  /** This command with {@code more} arguments at the end. */
  public ExternalCommand args(String... more) {
    return args(List.of(more));
  }

  /** This command with {@code more} arguments at the end. */
  public ExternalCommand args(List<String> more) {
    List<String> longer = new ArrayList<>(command);
    longer.addAll(more);
    return new ExternalCommand(longer, directory, stdin, timeout, separateStderr, keepLast, name);
  }

  /** Runs in {@code directory} (default: this JVM's working directory). */
  public ExternalCommand in(Path directory) {
    return new ExternalCommand(command, directory, stdin, timeout, separateStderr, keepLast, name);
  }

  /**
   * Feeds {@code text} to {@link #run()}'s standard input, then closes it (default: closed at
   * once).
   */
  public ExternalCommand stdin(String text) {
    return new ExternalCommand(command, directory, text, timeout, separateStderr, keepLast, name);
  }

  /** How long {@link #run()} waits before it kills the program (default 60 s). */
  public ExternalCommand timeout(Duration limit) {
    return new ExternalCommand(
        command, directory, stdin, Objects.requireNonNull(limit), separateStderr, keepLast, name);
  }

  /** Keeps standard error apart from standard output (default: merged into it). */
  public ExternalCommand separateStderr() {
    return new ExternalCommand(command, directory, stdin, timeout, true, keepLast, name);
  }

  /**
   * Keeps only about the last {@code chars} characters of the output, for programs that run long
   * (default: all of it).
   */
  public ExternalCommand keepLast(int chars) {
    return new ExternalCommand(command, directory, stdin, timeout, separateStderr, chars, name);
  }

  /** The name for messages (default: the program's file name). */
  public ExternalCommand named(String name) {
    return new ExternalCommand(
        command, directory, stdin, timeout, separateStderr, keepLast, Objects.requireNonNull(name));
  }

  /** The command line. */
  public List<String> command() {
    return command;
  }

  /** The command line as one string, for messages. */
  public String commandLine() {
    return String.join(" ", command);
  }

  /**
   * Runs the program to its end, feeding it the {@link #stdin} text, and kills it (with its child
   * processes) when it has not ended within the {@link #timeout}. A non-zero exit is no error here:
   * see {@link ProcessResult#assertSuccess()}.
   *
   * @throws AssertionError when the program is not installed
   */
  public ProcessResult run() {
    try (RunningProcess process = start()) {
      if (stdin != null) {
        process.write(stdin);
      }
      process.closeInput();
      return process.await(timeout);
    }
  }

  /**
   * Starts the program; {@link RunningProcess#close()} ends it (and its child processes).
   *
   * @throws AssertionError when the program is not installed
   * @throws UncheckedIOException when it cannot be started for another reason
   */
  public RunningProcess start() {
    if (Tool.onPath(command.get(0)).isEmpty()) {
      throw Tool.notInstalled(command.get(0));
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(!separateStderr);
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    try {
      return new RunningProcess(name, command, builder.start(), separateStderr, keepLast);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + commandLine(), e);
    }
  }

  @Override
  public String toString() {
    return commandLine();
  }

  private static String programName(List<String> command) {
    return Path.of(command.get(0)).getFileName().toString();
  }
}
