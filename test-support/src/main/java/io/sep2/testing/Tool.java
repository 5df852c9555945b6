package io.sep2.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * An external program the tests run, with the Debian package that brings it (what {@code .ci/run}
 * installs). A missing tool fails the test that needs it, with the command that installs it: it is
 * never skipped, since these tests exist to check the project against programs we did not write.
 */
public enum Tool {
  OPENSSL("openssl", "openssl"),
  CURL("curl", "curl"),
  PYTHON("python3", "python3"),
  NODE("node", "nodejs"),
  GNUTLS("gnutls-cli", "gnutls-bin"),
  TSHARK("tshark", "tshark"),
  TESTSSL("testssl", "testssl.sh"),
  MAVEN("mvn", "maven"),
  SH("sh", "dash"),
  MKFIFO("mkfifo", "coreutils"),
  GETCONF("getconf", "libc-bin");

  private final String program;
  private final String debianPackage;

  Tool(String program, String debianPackage) {
    this.program = program;
    this.debianPackage = debianPackage;
  }

  /** The program's name, as typed on a command line. */
  public String program() {
    return program;
  }

  /** The Debian package that installs it. */
  public String debianPackage() {
    return debianPackage;
  }

  /** Whether the program is on the PATH. */
  public boolean isInstalled() {
    return onPath(program).isPresent();
  }

  /**
   * Where the program is.
   *
   * @throws AssertionError naming the Debian package when it is not installed
   */
  public Path path() {
    return onPath(program).orElseThrow(() -> notInstalled(program));
  }

  /**
   * {@code program args...}, the program found on the PATH (or the test fails, see {@link #path}).
   */
  public ExternalCommand command(String... args) {
    return ExternalCommand.of(path().toString(), args);
  }

  /**
   * What {@code program args...} prints (a version, say), run to its end within 30 s.
   *
   * @throws AssertionError when it is not installed or does not exit with 0
   */
  public String output(String... args) {
    return command(args).timeout(Duration.ofSeconds(30)).run().assertSuccess().output();
  }

  /** The executable file {@code program} on the PATH, if there is one. */
  static Optional<Path> onPath(String program) {
    if (program.contains(File.separator)) {
      Path file = Path.of(program);
      return Files.isRegularFile(file) && Files.isExecutable(file)
          ? Optional.of(file)
          : Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The failure for a program that is not installed, naming its package when it is a known tool.
   */
  static AssertionError notInstalled(String program) {
    String name = Path.of(program).getFileName().toString();
    String install = "install the package that provides it";
    for (Tool tool : values()) {
      if (tool.program.equals(name)) {
        install =
            "install it with: DEBIAN_FRONTEND=noninteractive apt-get install -y "
                + tool.debianPackage;
      }
    }
    return new AssertionError(
        program
            + " is not installed (not found on the PATH), and this test needs it; a missing tool"
            + " fails the test, it is never skipped: "
            + install);
  }
}
