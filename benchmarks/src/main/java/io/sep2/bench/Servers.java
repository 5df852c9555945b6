package io.sep2.bench;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.sep2.pki.Sep2Pki;
import io.sep2.server.internal.resources.DefaultResources;
import io.sep2.testing.ExternalCommand;
import io.sep2.testing.RunningProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The servers and files one harness run shares: the seeded PKI (seed {@value #SEED}) and its files,
 * the DeviceCapability body, and, started on first use, the mock server's JVM, {@code openssl
 * s_server} and WireMock's JVM. {@link #close()} stops every process and deletes the files.
 */
final class Servers implements AutoCloseable {

  static final String SEED = "bench";
  static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  /** How much of a child process's output is kept for error messages: its last 8 to 16 KiB. */
  static final int TRANSCRIPT = 16 * 1024;

  private final Settings settings;
  private final Path directory;
  private final Sep2Pki pki;
  private final String dcapBody;
  private final Path dcapFile;
  private final List<RunningProcess> started = new ArrayList<>();
  private OpenSsl.PemFiles pemFiles;
  private Server sep2;
  private Server openssl;
  private Server wireMock;

  /** A running server process and its port. */
  record Server(RunningProcess process, int port) {
    long pid() {
      return process.pid();
    }
  }

  Servers(Settings settings) throws IOException {
    this.settings = settings;
    this.directory = Files.createTempDirectory("sep2-bench-");
    this.pki = Sep2Pki.builder().seed(SEED).build();
    this.dcapBody = deviceCapabilityBody();
    this.dcapFile = directory.resolve("dcap.xml");
    Files.writeString(dcapFile, dcapBody);
  }

  /** The mock server's default {@code /dcap} document, as it serves it. */
  static String deviceCapabilityBody() {
    for (StubMapping stub : DefaultResources.standard().stubMappings()) {
      if ("/dcap".equals(stub.getRequest().getUrlPath())
          && "GET".equals(stub.getRequest().getMethod().getName())) {
        return stub.getResponse().getBody();
      }
    }
    throw new IllegalStateException("no default /dcap stub");
  }

  Sep2Pki pki() {
    return pki;
  }

  String dcapBody() {
    return dcapBody;
  }

  Path dcapFile() {
    return dcapFile;
  }

  Path directory() {
    return directory;
  }

  synchronized OpenSsl.PemFiles pemFiles() throws IOException {
    if (pemFiles == null) {
      pemFiles = OpenSsl.write(pki, directory.resolve("pki"), dcapBody);
    }
    return pemFiles;
  }

  /** The shared mock server JVM (seed {@value #SEED}). */
  synchronized Server sep2() throws IOException, InterruptedException {
    if (sep2 == null) {
      sep2 = startSep2(settings.serverJvmArgs());
    }
    return sep2;
  }

  /** The shared {@code openssl s_server}. */
  synchronized Server openssl() throws IOException, InterruptedException {
    if (openssl == null) {
      int port = freePort();
      openssl = new Server(track(OpenSsl.startServer(pemFiles(), port)), port);
    }
    return openssl;
  }

  /** The shared WireMock HTTPS JVM. */
  synchronized Server wireMock() throws IOException, InterruptedException {
    if (wireMock == null) {
      wireMock = startWireMock();
    }
    return wireMock;
  }

  /** A new mock server JVM on a free port; closed with this object unless closed earlier. */
  Server startSep2(List<String> jvmArgs, String... options)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("--seed", SEED));
    args.addAll(List.of(options));
    RunningProcess p =
        track(startJava("sep2 server", jvmArgs, Sep2ServerMain.class, args.toArray(String[]::new)));
    return new Server(p, port(p));
  }

  /** A new WireMock HTTPS JVM on a free port; closed with this object unless closed earlier. */
  Server startWireMock() throws IOException, InterruptedException {
    RunningProcess p =
        track(
            startJava(
                "wiremock server", List.of(), WireMockMain.class, "--body", dcapFile.toString()));
    return new Server(p, port(p));
  }

  /**
   * Starts {@code mainClass} of this harness in a fresh JVM with default flags plus {@code jvm}.
   */
  static RunningProcess startJava(
      String name, List<String> jvm, Class<?> mainClass, String... args) {
    return ExternalCommand.java(mainClass, jvm, args).named(name).keepLast(TRANSCRIPT).start();
  }

  private static int port(RunningProcess p) throws IOException {
    String line = p.awaitLine(l -> l.startsWith(ServerControl.PORT), START_TIMEOUT);
    return Integer.parseInt(line.substring(ServerControl.PORT.length()).trim());
  }

  /** Sends {@code stats} and returns the answer line (forces two GCs in the server). */
  static String stats(Server server) throws IOException, InterruptedException {
    server.process().writeLine("stats");
    return server
        .process()
        .awaitLine(l -> l.startsWith(ServerControl.STATS), Duration.ofSeconds(60));
  }

  /** Sends {@code forget-requests}: empties the request journals of that JVM's servers. */
  static void forgetRequests(Server server) throws IOException, InterruptedException {
    server.process().writeLine("forget-requests");
    server.process().awaitLine(l -> l.startsWith(ServerControl.OK), START_TIMEOUT);
  }

  /** Sends {@code servers k}: starts k more idle servers in that JVM. */
  static void addServers(Server server, int k) throws IOException, InterruptedException {
    server.process().writeLine("servers " + k);
    server.process().awaitLine(l -> l.startsWith(ServerControl.OK), START_TIMEOUT);
  }

  private synchronized RunningProcess track(RunningProcess p) {
    started.add(p);
    return p;
  }

  /** A port free right now on 127.0.0.1. */
  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(Http.HOST))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    for (RunningProcess p : started) {
      p.close();
    }
    started.clear();
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // temporary files only
    }
  }
}
