package io.sep2.it.interop;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.keystore.PkiDirectory;
import io.sep2.testing.ExternalCommand;
import io.sep2.testing.RunningProcess;
import io.sep2.testing.Tool;
import io.sep2.tls.Sep2ClientTls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code mvn -o sep2:serve -Dsep2.port=0 -Dsep2.pki.dir=DIR -Dsep2.serve.seconds=N} as a separate
 * process, the way a team with a non-Java device client runs it, as a {@link Target} of the matrix.
 * Started in an empty directory (the goal needs no project); ready when it prints {@code sep2 mock
 * server ready: https://HOST:PORT/dcap}; what it prints about each connection is what the target
 * "recorded". Stopped (SIGTERM, then killed) by {@link #close()}.
 *
 * <p>Maven set-up, from the system properties Failsafe passes in {@code it/pom.xml}: {@code
 * maven.home} (else {@code mvn} on the PATH), {@code it.settings} and {@code it.localRepository}
 * (the repository invoker:install put the plugin in; else the user's own), {@code it.offline}
 * (default {@code true}: {@code -o}), {@code it.pluginVersion}.
 */
final class ServeProcess implements Target, AutoCloseable {

  private static final Pattern READY =
      Pattern.compile("sep2 mock server ready: https://([^/:\\s]+|\\[[^]]+]):(\\d+)/dcap");

  private final RunningProcess proc;
  private final Endpoint endpoint;

  private ServeProcess(RunningProcess proc, Endpoint endpoint) {
    this.proc = proc;
    this.endpoint = endpoint;
  }

  /**
   * Starts {@code sep2:serve} on a free port with the PKI in {@code work/pki} (created there from
   * {@code seed} on the first run) and waits for its ready line.
   *
   * @throws AssertionError with the Maven output when it does not get ready in time
   */
  static ServeProcess start(Path work, String seed, Duration runFor) throws IOException {
    Files.createDirectories(work);
    Path pkiDir = work.resolve("pki");
    Path cwd = work.resolve("cwd");
    Files.createDirectories(cwd);
    List<String> command = new ArrayList<>(List.of(mvn(), "-B"));
    if (Boolean.parseBoolean(System.getProperty("it.offline", "true"))) {
      command.add("-o");
    }
    String settings = System.getProperty("it.settings", "");
    String repository = System.getProperty("it.localRepository", "");
    boolean isolated = !settings.isEmpty() && Files.isRegularFile(Path.of(settings));
    if (isolated) {
      command.addAll(List.of("-s", settings));
      if (!repository.isEmpty()) {
        command.add("-Dmaven.repo.local=" + repository);
      }
      command.add("sep2:serve"); // the settings name io.sep2 as a plugin group
    } else {
      command.add("io.sep2:sep2-maven-plugin:" + pluginVersion() + ":serve");
    }
    command.addAll(
        List.of(
            "-Dsep2.port=0",
            "-Dsep2.pki.dir=" + pkiDir,
            "-Dsep2.pki.seed=" + seed,
            "-Dsep2.serve.seconds=" + runFor.toSeconds()));
    RunningProcess proc = ExternalCommand.of(command).in(cwd).start();
    try {
      if (!proc.awaitOutput(o -> READY.matcher(o).find(), Duration.ofSeconds(90))) {
        throw new AssertionError(
            "sep2:serve did not print its ready line within 90 s:\n$ "
                + proc.commandLine()
                + "\n"
                + proc.output());
      }
      Matcher m = READY.matcher(proc.output());
      m.find();
      Sep2Pki pki = PkiDirectory.open(pkiDir);
      Sep2ClientTls tls =
          Sep2ClientTls.builder()
              .clientCertificate(pki.device())
              .trust(pki.serca().certificate())
              .build();
      Path clientWork = work.resolve("clients");
      Files.createDirectories(clientWork);
      Endpoint endpoint =
          new Endpoint(
              m.group(1).replaceAll("^\\[|]$", ""),
              Integer.parseInt(m.group(2)),
              pkiDir.resolve("device-chain.pem"),
              pkiDir.resolve("device-key.pem"),
              pkiDir.resolve("serca.pem"),
              tls,
              clientWork);
      return new ServeProcess(proc, endpoint);
    } catch (RuntimeException | Error | IOException e) {
      proc.close();
      throw e;
    }
  }

  private static String mvn() {
    String home = System.getProperty("maven.home", "");
    if (!home.isEmpty()) {
      Path mvn = Path.of(home, "bin", "mvn");
      if (Files.isExecutable(mvn)) {
        return mvn.toString();
      }
    }
    return Tool.MAVEN.path().toString();
  }

  private static String pluginVersion() {
    String version = System.getProperty("it.pluginVersion", "");
    if (!version.isEmpty()) {
      return version;
    }
    try {
      // it/pom.xml: the parent's version is the plugin's
      String pom = Files.readString(Matrix.moduleDirectory().resolve("pom.xml"));
      Matcher m =
          Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
      if (m.find()) {
        return m.group(1).trim();
      }
    } catch (IOException e) {
      // fall through
    }
    throw new AssertionError("cannot tell the sep2-maven-plugin version: set -Dit.pluginVersion");
  }

  /** Everything sep2:serve printed so far (Maven's log and the server's connection lines). */
  String output() {
    return proc.output();
  }

  @Override
  public String name() {
    return SERVE_GOAL;
  }

  @Override
  public Endpoint endpoint() {
    return endpoint;
  }

  @Override
  public long mark() {
    return proc.mark();
  }

  @Override
  public String recordedSince(long mark, Predicate<String> until, Duration limit)
      throws IOException {
    proc.awaitOutput(o -> until.test(proc.outputSince(mark)), limit);
    return proc.outputSince(mark);
  }

  @Override
  public void close() {
    proc.stop(Duration.ofSeconds(10));
  }
}
