package io.sep2.server;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sep2.pki.HeldCertificate;
import io.sep2.pki.Sep2Pki;
import io.sep2.server.fixtures.FixturePack;
import io.sep2.server.fixtures.FixturePackException;
import io.sep2.server.fixtures.UtilitySetup;
import io.sep2.server.internal.Connection;
import io.sep2.server.internal.ConnectionLog;
import io.sep2.server.internal.ConnectionRecorder;
import io.sep2.server.internal.Listener;
import io.sep2.server.internal.WriteWatchdog;
import io.sep2.server.internal.admin.AdminInterface;
import io.sep2.server.internal.capture.PcapngWriter;
import io.sep2.server.internal.http.FaultState;
import io.sep2.server.internal.http.HttpConnectionHandler;
import io.sep2.server.internal.http.HttpLimits;
import io.sep2.server.internal.http.IdleWait;
import io.sep2.server.internal.http.UtilityStub;
import io.sep2.server.internal.http.WireMockBackend;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.tls.Sep2ClientTls;
import io.sep2.tls.Sep2TlsPolicy;
import io.sep2.tls.diagnostics.HandshakeDiagnosis;
import io.sep2.tls.internal.ClientCertificateVerifier;
import io.sep2.tls.internal.KeyLogWriter;
import io.sep2.tls.internal.ServerCredential;
import io.sep2.tls.internal.ServerTlsCrypto;
import io.sep2.utility.Utility;
import io.sep2.utility.UtilityClock;
import io.sep2.utility.internal.UtilityImpl;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * An in-process IEEE 2030.5 mock server: HTTPS that accepts only what 2030.5 allows (TLS 1.2,
 * {@code TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8}, P-256, mutual authentication with 2030.5
 * certificates), answering from WireMock stubs pre-loaded with the default 2030.5 resources, and
 * recording every connection with a plain-words diagnosis of failed handshakes. CCM_8 is the only
 * suite 2030.5 permits, and most TLS stacks lack it; {@link Sep2TlsPolicy} says why.
 *
 * <pre>{@code
 * try (Sep2MockServer server = new Sep2MockServer(ServerOptions.builder().pkiSeed("team-a").build()).start()) {
 *   HttpResponse<String> dcap = server.httpClient().send(
 *       HttpRequest.newBuilder(server.deviceCapabilityUri()).build(), BodyHandlers.ofString());
 * }
 * }</pre>
 *
 * <p>Pipeline: TCP &rarr; Bouncy Castle low-level TLS (one TLS server engine per connection) &rarr;
 * HTTP/1.1 with keep-alive (Apache httpcore5) &rarr; WireMock in-process. The client's LFDI/SFDI is
 * attached to each request by the server, never taken from the client. Thread-safe. Up to {@link
 * ServerOptions#maxConnections()} connections are open at once; each has a thread while it
 * handshakes or is being answered, and none while it waits for its client's next request (one
 * selector thread watches the idle ones, as Jetty's does). The server keeps its own copy of its
 * {@link ServerOptions} (they are immutable).
 */
public final class Sep2MockServer implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger("io.sep2.server");
  private static final int CLIENT_HELLO_CAPTURE_LIMIT = 16 * 1024;

  private final ServerOptions options;
  private final Sep2Pki pki;
  private final HeldCertificate serverCertificate;
  private final WireMockBackend backend;
  private final Connection.Settings connectionSettings;
  private final ConnectionLog log = new ConnectionLog();
  private final AtomicInteger handshaking = new AtomicInteger();
  private final AtomicInteger closedSinceForget = new AtomicInteger();
  private final int forgetEvery;
  private final PcapngWriter capture;
  private final FaultState faults = new FaultState();
  private final CommsFaults commsFaults = new CommsFaults(faults, this::runningListener);
  private final UtilityImpl utility;
  private final WriteWatchdog writeWatchdog;
  private final List<UtilitySetup> utilitySetups;
  private volatile Listener listener;
  private volatile AdminInterface admin;

  /** What the constructor builds on its second thread. */
  private record Parts(ClientCertificateVerifier verifier, UtilityImpl utility) {}

  /** A server with {@linkplain ServerOptions#defaults() all defaults}; call {@link #start()}. */
  public Sep2MockServer() {
    this(ServerOptions.defaults());
  }

  /**
   * A server with these options, not yet started: call {@link #start()}. Makes the PKI (which may
   * write a PKI directory) and the WireMock backend (loading fixture packs).
   *
   * @throws IllegalArgumentException for invalid PKI settings, a server certificate whose key is
   *     not ECDSA P-256, or a capture file that cannot be written
   * @throws io.sep2.pki.keystore.PkiDirectoryException when the PKI directory cannot be used
   * @throws io.sep2.pki.keystore.KeystoreException when a new PKI directory cannot be written
   * @throws io.sep2.server.fixtures.FixturePackException when a fixture pack cannot be loaded
   */
  public Sep2MockServer(ServerOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.forgetEvery = Math.max(1, options.retainedConnections() / 10);
    this.pki = options.resolvePki();
    this.serverCertificate =
        options
            .serverCertificate()
            .orElseGet(() -> options.comm004().map(pki::comm004Server).orElseGet(pki::server));
    BcTlsCrypto crypto = new ServerTlsCrypto(new SecureRandom());
    Sep2TlsPolicy.requireSupport(crypto);
    List<X509Certificate> anchors = new ArrayList<>();
    anchors.add(pki.serca().certificate());
    anchors.addAll(options.trustAnchors());
    List<X509Certificate> intermediates = new ArrayList<>();
    pki.mca().ifPresent(h -> intermediates.add(h.certificate()));
    pki.mica().ifPresent(h -> intermediates.add(h.certificate()));
    intermediates.addAll(options.intermediates());
    // On a second thread while WireMock starts on this one: the trust check of the anchors and the
    // utility model (Jackson's XML mapper). In a fresh JVM these were half of the server's
    // construction, WireMock the other half (BENCHMARKS.md, figure 2).
    UtilityClock clock = options.utilityServer() ? new UtilityClock(options.clock()) : null;
    ParallelStart<Parts> parts =
        ParallelStart.begin(
            () ->
                new Parts(
                    new ClientCertificateVerifier(anchors, intermediates),
                    clock == null
                        ? null
                        : UtilityFactory.create(options, pki, serverCertificate, clock)));
    // WireMock's request journal is bounded like the connection records (not with WireMock's own
    // maxRequestJournalEntries, which counts the whole journal on every request)
    WireMockBackend.Builder wireMock =
        WireMockBackend.builder().journalLimit(options.retainedConnections());
    if (clock != null) {
      wireMock
          .withoutDefaultResources()
          .utility(new UtilityStub(() -> parts.result().utility().server(), clock));
    } else if (!options.defaultResources()) {
      wireMock.withoutDefaultResources();
    }
    List<UtilitySetup> setups = new ArrayList<>();
    WireMockBackend started;
    try {
      for (String location : options.fixtures()) {
        FixturePack pack = FixturePack.of(location);
        wireMock.fixturePack(pack);
        pack.utilitySetup()
            .ifPresent(
                setup -> {
                  if (clock == null) {
                    throw new FixturePackException(
                        pack.name(),
                        UtilitySetup.FILE,
                        "sets up the utility server, but this server runs without it"
                            + " (ServerOptions.utilityServer(false))");
                  }
                  setups.add(setup);
                });
      }
      started = wireMock.build();
    } catch (RuntimeException | Error e) {
      parts.abandon(
          unused -> {
            if (unused.utility() != null) {
              unused.utility().close();
            }
          });
      throw e;
    }
    Parts built;
    try {
      built = parts.result();
    } catch (RuntimeException | Error e) {
      started.close();
      throw e;
    }
    ClientCertificateVerifier verifier = built.verifier();
    this.utility = built.utility();
    this.utilitySetups = List.copyOf(setups);
    this.backend = started;
    this.capture = options.capture().map(Sep2MockServer::openCapture).orElse(null);
    Path keyLogFile = options.keyLog().orElse(null);
    KeyLogWriter keyLog =
        keyLogFile == null && capture == null
            ? null
            : new KeyLogWriter(keyLogFile, capture == null ? null : capture::addKeyLog);
    HttpConnectionHandler http =
        new HttpConnectionHandler(
            backend,
            faults,
            HttpLimits.DEFAULTS
                .withReadTimeout(options.idleTimeout())
                .withMaxBodyBytes(options.maxBodyBytes()));
    this.writeWatchdog = new WriteWatchdog(options.writeTimeout());
    this.connectionSettings =
        new Connection.Settings(
            crypto,
            ServerCredential.of(serverCertificate, crypto),
            options.clientAuth(),
            verifier,
            options.lenientClientCertificates(),
            keyLog,
            capture,
            http,
            options.handshakeTimeout(),
            CLIENT_HELLO_CAPTURE_LIMIT,
            writeWatchdog);
  }

  private static PcapngWriter openCapture(Path file) {
    try {
      return PcapngWriter.open(file);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(
          "the capture file "
              + file.toAbsolutePath()
              + " cannot be written: "
              + e.getCause().getMessage(),
          e);
    }
  }

  /**
   * Binds and starts accepting connections.
   *
   * @return this server
   * @throws UncheckedIOException naming host and port when the address cannot be bound
   * @throws IllegalStateException when already started, or stopped (a server starts only once)
   */
  public synchronized Sep2MockServer start() {
    if (listener != null) {
      throw new IllegalStateException(
          "server already " + (listener.isOpen() ? "started on port " + port() : "stopped"));
    }
    // the fixture packs' utility set-ups, before any client can connect; control start times
    // count from now
    for (UtilitySetup setup : utilitySetups) {
      setup.applyTo(utility);
    }
    listener =
        Listener.start(options.host(), options.port(), options.maxConnections(), this::handle);
    if (options.adminPort().isPresent() && utility != null) {
      try {
        admin =
            AdminInterface.start(
                options.adminPort().get(),
                utility,
                faults,
                commsFaults::closeConnections,
                () -> utility.server().proceed());
      } catch (RuntimeException e) {
        listener.stop();
        throw e;
      }
    }
    return this;
  }

  private Listener runningListener() {
    return listener;
  }

  private void handle(Socket socket, IdleWait idle, Runnable ended) {
    ConnectionRecorder recorder = log.open(socket.getRemoteSocketAddress());
    if (faults.refuseConnection()) {
      recorder.handshakeFailed(HandshakeDiagnosis.commsFault("refuseHandshakes"));
      recorder.closed();
      ended.run();
      return;
    }
    handshaking.incrementAndGet();
    new Connection(
            socket,
            recorder,
            connectionSettings,
            handshaking::decrementAndGet,
            idle,
            () -> {
              try {
                closed(recorder);
              } finally {
                ended.run();
              }
            })
        .run();
  }

  /** A connection is over: bound the records kept, tell the connection listeners. */
  private void closed(ConnectionRecorder recorder) {
    int retained = options.retainedConnections();
    if (recorder.id() > retained && closedSinceForget.incrementAndGet() >= forgetEvery) {
      // bound memory on long runs (sep2:serve, load tests): forget the oldest closed records,
      // every tenth of the limit (forgetting walks all records: on every connection that cost
      // more CPU than the TLS handshake once the limit was reached, BENCHMARKS.md)
      closedSinceForget.set(0);
      log.forget(recorder.id() - retained);
    }
    ConnectionRecord record = recorder.snapshot();
    for (Consumer<ConnectionRecord> l : options.connectionListeners()) {
      try {
        l.accept(record);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "sep2 mock server: a connection listener failed", e);
      }
    }
  }

  /** Stops accepting, closes every open connection and frees the port at once. Idempotent. */
  public synchronized void stop() {
    Listener running = listener;
    if (running == null || !running.isOpen()) {
      return;
    }
    running.stop();
    writeWatchdog.close();
    if (admin != null) {
      admin.close();
    }
    backend.close();
    if (utility != null) {
      utility.close();
    }
    if (capture != null) {
      try {
        capture.close();
      } catch (UncheckedIOException e) {
        LOG.log(System.Logger.Level.WARNING, "sep2 mock server: the capture file failed", e);
      }
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /** The options this server was made with. */
  public ServerOptions options() {
    return options;
  }

  /** Whether the server accepts connections. */
  public boolean isRunning() {
    Listener running = listener;
    return running != null && running.isOpen();
  }

  /**
   * The bound port (the free port chosen when configured with 0).
   *
   * @throws IllegalStateException before {@link #start()}
   */
  public int port() {
    Listener running = listener;
    if (running == null) {
      throw new IllegalStateException("server not started: call start() first");
    }
    return running.port();
  }

  /** The bind address. */
  public String host() {
    return options.host();
  }

  /** {@code https://HOST:PORT}. */
  public URI baseUri() {
    String host = options.host();
    return URI.create("https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
  }

  /**
   * {@code https://HOST:PORT/dcap} (under the {@linkplain ServerOptions#basePath() base path} when
   * the utility server has one), the DeviceCapability resource every 2030.5 client starts at.
   */
  public URI deviceCapabilityUri() {
    return baseUri().resolve((options.utilityServer() ? options.basePath() : "") + "/dcap");
  }

  /** The admin interface's address ({@code http://127.0.0.1:PORT}), when it is on and running. */
  public Optional<URI> adminUri() {
    AdminInterface running = admin;
    return running == null ? Optional.empty() : Optional.of(running.uri());
  }

  /**
   * Comms faults on demand (503 with Retry-After, refused connections, dropped connections, late
   * answers), to test a client's comms-loss behaviour.
   */
  public CommsFaults commsFaults() {
    return commsFaults;
  }

  /**
   * The utility server: its EndDevices, programs and controls, what devices stored, their readings
   * and responses, its clock, and waiting for a device's next request.
   *
   * @throws IllegalStateException when the server runs without it ({@code
   *     ServerOptions.Builder.utilityServer(false)})
   */
  public Utility utility() {
    if (utility == null) {
      throw new IllegalStateException(
          "this server runs without the utility server (ServerOptions.utilityServer(false))");
    }
    return utility;
  }

  /**
   * The PKI whose SERCA the server trusts and whose server certificate it presents (unless {@link
   * ServerOptions.Builder#serverCertificate} gave another).
   */
  public Sep2Pki pki() {
    return pki;
  }

  /** The certificate the server presents (the PKI's server certificate unless configured). */
  public HeldCertificate serverCertificate() {
    return serverCertificate;
  }

  /**
   * The WireMock server behind the TLS front end: stub and verify with WireMock's DSL, e.g. {@code
   * server.wireMock().stubFor(get("/dcap").willReturn(...))}. It opens no port of its own.
   */
  public WireMockServer wireMock() {
    return backend.wireMock();
  }

  /**
   * Every connection so far (at least the newest {@link ServerOptions#retainedConnections()}, at
   * most a tenth more; older closed ones are forgotten), oldest first, as snapshots: an open
   * connection shows the exchanges made on it up to now.
   */
  public List<ConnectionRecord> connections() {
    return log.snapshot();
  }

  /** A mark for {@link #connectionsSince(long)}: the id of the newest connection so far. */
  public long connectionMark() {
    return log.lastId();
  }

  /** The connections accepted after {@code mark} (from {@link #connectionMark()}). */
  public List<ConnectionRecord> connectionsSince(long mark) {
    return log.since(mark);
  }

  /**
   * Waits until no handshake is in progress, so a client's failure is recorded before a test looks
   * at it.
   *
   * @return whether that happened before the timeout
   */
  public boolean awaitHandshakes(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (handshaking.get() > 0) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  /**
   * A BCJSSE CCM_8 client set-up presenting {@code device} and trusting this PKI's SERCA. It checks
   * the server's host name only when the server certificate carries host names: a 2030.5-style
   * server certificate has none, and 2030.5 clients then skip the check.
   */
  public Sep2ClientTls clientTls(HeldCertificate device) {
    return Sep2ClientTls.builder()
        .clientCertificate(device)
        .trust(pki.serca().certificate())
        .verifyHostname(!pki.serverHostnames().isEmpty() && serverCertificate == pki.server())
        .build();
  }

  /** An HTTP/1.1 client over {@link #clientTls(HeldCertificate)} with the PKI's first device. */
  public HttpClient httpClient() {
    return clientTls(pki.device()).httpClient();
  }

  @Override
  public String toString() {
    return "Sep2MockServer[" + (isRunning() ? baseUri() : "stopped") + ", pki=" + pki + "]";
  }
}
