package io.sep2.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The runnable jar of sep2-testkit, for device teams without Maven (C, C++, Python, embedded):
 *
 * <pre>
 * java -jar sep2-testkit-VERSION.jar generate-pki --pki-dir pki --seed team-a
 * java -jar sep2-testkit-VERSION.jar serve --pki-dir pki --port 8443
 * java -jar sep2-testkit-VERSION.jar conformance --pki-dir pki --procedures SEP2-DISC-01,SEP2-REG-01
 * java -jar sep2-testkit-VERSION.jar verify-tls --keystore device.p12,role=device --password-env PW
 * </pre>
 *
 * Each subcommand has the options and the output of the Maven goal of the same name ({@code --help}
 * lists them). Exit status: 0 done, 1 the checks or the command failed, 2 usage error, 3 the
 * command could not run (e.g. a file cannot be written).
 */
@Command(
    name = "sep2-testkit",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    subcommands = {
      ServeCommand.class,
      ConformanceCommand.class,
      GeneratePkiCommand.class,
      VerifyTlsCommand.class,
      CommandLine.HelpCommand.class
    },
    description = {
      "IEEE 2030.5 test kit: a CCM_8-only 2030.5 mock server, a seeded 2030.5 test PKI, and a"
          + " check of a client's TLS set-up. The same as the Maven goals sep2:serve,"
          + " sep2:conformance, sep2:generate-pki and sep2:verify-tls, without Maven."
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  done",
      "  1  the checks found problems, or the command failed",
      "  2  usage error (unknown option, bad value)",
      "  3  the command could not run (a file cannot be written, ...)",
      "",
      "  java -jar sep2-testkit.jar generate-pki --pki-dir pki --seed team-a",
      "  java -jar sep2-testkit.jar serve --pki-dir pki",
      "  java -jar sep2-testkit.jar conformance --pki-dir pki --procedures SEP2-DISC-01,SEP2-REG-01",
      "  java -jar sep2-testkit.jar verify-tls --keystore pki/device.p12,role=device \\",
      "      --keystore pki/truststore.p12,role=truststore --password-env PKI_PASSWORD"
    })
public final class Main implements Runnable {

  /** Exit status when the checks found problems or the command failed. */
  public static final int FAILED = 1;

  /** Exit status of a usage error. */
  public static final int USAGE = 2;

  /** Exit status when the command could not run. */
  public static final int BROKEN = 3;

  /**
   * Bouncy Castle's JSSE logs every security property it reads through java.util.logging at INFO
   * (and unsupported JDK policy entries at WARNING); kept here so the level is not collected.
   */
  private static final Logger BCJSSE_LOG = Logger.getLogger("org.bouncycastle.jsse");

  @Spec CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    BCJSSE_LOG.setLevel(Level.SEVERE);
    System.exit(execute(args, null, null));
  }

  /**
   * Runs the command line without exiting.
   *
   * @param out standard output, or null for {@code System.out}
   * @param err standard error, or null for {@code System.err}
   * @return the exit status
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine();
    if (out != null) {
      cli.setOut(out);
    }
    if (err != null) {
      cli.setErr(err);
    }
    return cli.execute(args);
  }

  /** The command line, configured as {@link #main} runs it. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof ParameterException usage) {
            // a value the command itself found wrong: a usage error like any other
            return commandLine
                .getParameterExceptionHandler()
                .handleParseException(usage, parseResult.originalArgs().toArray(String[]::new));
          }
          if (e instanceof CommandFailure failure) {
            commandLine.getErr().println(failure.getMessage());
            commandLine.getErr().flush();
            return failure.status();
          }
          throw e;
        });
    return cli;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing command: serve, conformance, generate-pki or verify-tls");
  }

  /** The version of this jar, from the build. */
  static String version() {
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * How the README of a PKI directory names this jar: its path when it runs from a jar, otherwise
   * {@code sep2-testkit-VERSION.jar}.
   */
  static String jarName() {
    try {
      Path location =
          Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(location) && location.toString().endsWith(".jar")) {
        return location.toAbsolutePath().normalize().toString();
      }
    } catch (Exception e) {
      // not from a jar, or no code source: the published name
    }
    return "sep2-testkit-" + version() + ".jar";
  }

  /** {@code --version}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "sep2-testkit " + version(),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vm.name")
            + ")"
      };
    }
  }

  /** A command that failed or could not run, with its exit status and a message for stderr. */
  static final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    CommandFailure(int status, String message, Throwable cause) {
      super(message, cause);
      this.status = status;
    }

    int status() {
      return status;
    }
  }
}
