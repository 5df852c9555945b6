package io.sep2.server;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sep2.pki.Comm004Variant;
import io.sep2.pki.HeldCertificate;
import io.sep2.pki.Sep2Pki;
import io.sep2.server.fixtures.FixturePack;
import io.sep2.server.internal.Connection;
import io.sep2.server.internal.ConnectionLog;
import io.sep2.server.internal.ConnectionRecorder;
import io.sep2.server.internal.http.HttpConnectionHandler;
import io.sep2.server.internal.http.HttpLimits;
import io.sep2.server.internal.http.WireMockBackend;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.tls.ClientAuth;
import io.sep2.tls.Sep2ClientTls;
import io.sep2.tls.Sep2TlsPolicy;
import io.sep2.tls.internal.ClientCertificateVerifier;
import io.sep2.tls.internal.DeviceProfile;
import io.sep2.tls.internal.KeyLogWriter;
import io.sep2.tls.internal.ServerCredential;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * An in-process IEEE 2030.5 mock server: HTTPS that accepts only what 2030.5 allows (TLS 1.2,
 * {@code TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8}, P-256, mutual authentication with 2030.5
 * certificates), answering from WireMock stubs pre-loaded with the default 2030.5 resources, and
 * recording every connection with a plain-words diagnosis of failed handshakes.
 *
 * <pre>{@code
 * try (Sep2MockServer server = Sep2MockServer.builder().build().start()) {
 *   HttpResponse<String> dcap = server.httpClient().send(
 *       HttpRequest.newBuilder(server.deviceCapabilityUri()).build(), BodyHandlers.ofString());
 * }
 * }</pre>
 *
 * <p>Pipeline: TCP &rarr; Bouncy Castle low-level TLS (one {@link
 * io.sep2.tls.internal.Sep2TlsServer} per connection) &rarr; HTTP/1.1 with keep-alive (Apache
 * httpcore5) &rarr; WireMock in-process. The client's LFDI/SFDI is attached to each request as
 * headers by the server, never taken from the client. Thread-safe; one thread per open connection,
 * up to {@link Builder#maxConnections(int)}.
 */
public final class Sep2MockServer implements AutoCloseable {

  /** Default bind address: loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  private static final int CLIENT_HELLO_CAPTURE_LIMIT = 16 * 1024;

  private final Builder config;
  private final Sep2Pki pki;
  private final HeldCertificate serverCertificate;
  private final BcTlsCrypto crypto;
  private final ServerCredential credential;
  private final ClientCertificateVerifier verifier;
  private final KeyLogWriter keyLog;
  private final WireMockBackend backend;
  private final Connection.Settings connectionSettings;
  private final ConnectionLog log = new ConnectionLog();
  private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
  private final AtomicInteger handshaking = new AtomicInteger();
  private final AtomicInteger closedSinceForget = new AtomicInteger();
  private final int forgetEvery;
  private volatile ServerSocket serverSocket;
  private volatile ThreadPoolExecutor workers;
  private volatile Thread acceptThread;

  private Sep2MockServer(Builder config) {
    this.config = config;
    this.forgetEvery = Math.max(1, config.retainedConnections / 10);
    this.pki = config.pki != null ? config.pki : Sep2Pki.builder().build();
    this.serverCertificate =
        config.serverCertificate != null
            ? config.serverCertificate
            : config.comm004 != null ? pki.comm004Server(config.comm004) : pki.server();
    this.crypto = new BcTlsCrypto(new SecureRandom());
    Sep2TlsPolicy.requireSupport(crypto);
    this.credential = ServerCredential.of(serverCertificate, crypto);
    List<X509Certificate> anchors = new ArrayList<>();
    anchors.add(pki.serca().certificate());
    anchors.addAll(config.trustAnchors);
    List<X509Certificate> intermediates = new ArrayList<>();
    pki.mca().ifPresent(h -> intermediates.add(h.certificate()));
    pki.mica().ifPresent(h -> intermediates.add(h.certificate()));
    intermediates.addAll(config.intermediates);
    this.verifier = new ClientCertificateVerifier(anchors, intermediates, DeviceProfile::errorsOf);
    this.keyLog = config.keyLogFile != null ? new KeyLogWriter(config.keyLogFile) : null;
    // WireMock's request journal is bounded like the connection records (not with WireMock's own
    // maxRequestJournalEntries, which counts the whole journal on every request)
    WireMockBackend.Builder wireMock =
        WireMockBackend.builder().journalLimit(config.retainedConnections);
    if (!config.defaultResources) {
      wireMock.withoutDefaultResources();
    }
    for (String location : config.fixtures) {
      wireMock.fixturePack(FixturePack.of(location));
    }
    this.backend = wireMock.build();
    HttpConnectionHandler http =
        new HttpConnectionHandler(backend, HttpLimits.DEFAULTS.withReadTimeout(config.idleTimeout));
    this.connectionSettings =
        new Connection.Settings(
            crypto,
            credential,
            config.clientAuth,
            verifier,
            config.lenientClientCertificates,
            keyLog,
            http,
            config.handshakeTimeout,
            CLIENT_HELLO_CAPTURE_LIMIT);
  }

  /** Starts a builder; {@code builder().build()} is a server with a fresh random PKI. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds and starts accepting connections.
   *
   * @throws UncheckedIOException naming host and port when the address cannot be bound
   * @throws IllegalStateException when already started
   */
  public synchronized Sep2MockServer start() {
    if (serverSocket != null) {
      throw new IllegalStateException("server already started on port " + port());
    }
    ServerSocket socket;
    try {
      socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(config.host), config.port), 128);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot bind the 2030.5 mock server to " + config.host + ":" + config.port + ": " + e, e);
    }
    this.serverSocket = socket;
    AtomicInteger threadIds = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            0,
            config.maxConnections,
            10,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t =
                  new Thread(
                      r, "sep2-conn-" + socket.getLocalPort() + "-" + threadIds.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    Thread accept = new Thread(this::acceptLoop, "sep2-accept-" + socket.getLocalPort());
    accept.setDaemon(true);
    this.acceptThread = accept;
    accept.start();
    return this;
  }

  private void acceptLoop() {
    ServerSocket listening = serverSocket;
    while (!listening.isClosed()) {
      Socket socket;
      try {
        socket = listening.accept();
      } catch (IOException e) {
        if (listening.isClosed()) {
          return;
        }
        // e.g. out of file descriptors: log once per failure and back off instead of spinning
        System.err.println("sep2 mock server: accept failed, retrying in 100 ms: " + e);
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
        continue;
      }
      // registered here, not in the worker: stop() joins this thread and then closes every
      // registered socket, so a connection accepted while stopping cannot outlive stop()
      openSockets.add(socket);
      try {
        workers.execute(() -> handle(socket));
      } catch (RejectedExecutionException e) {
        openSockets.remove(socket);
        System.err.println(
            "sep2 mock server: connection limit of "
                + config.maxConnections
                + " open connections reached; closing new connection from "
                + socket.getRemoteSocketAddress());
        closeQuietly(socket);
      }
    }
  }

  private void handle(Socket socket) {
    ConnectionRecorder recorder = log.open(socket.getRemoteSocketAddress());
    handshaking.incrementAndGet();
    try {
      new Connection(socket, recorder, connectionSettings, handshaking::decrementAndGet).run();
    } finally {
      openSockets.remove(socket);
      closeQuietly(socket);
      if (recorder.id() > config.retainedConnections
          && closedSinceForget.incrementAndGet() >= forgetEvery) {
        // bound memory on long runs (sep2:serve, load tests): forget the oldest closed records,
        // every tenth of the limit (forgetting walks all records: on every connection that cost
        // more CPU than the TLS handshake once the limit was reached, BENCHMARKS.md)
        closedSinceForget.set(0);
        log.forget(recorder.id() - config.retainedConnections);
      }
      ConnectionRecord record = recorder.snapshot();
      for (Consumer<ConnectionRecord> listener : config.listeners) {
        try {
          listener.accept(record);
        } catch (RuntimeException e) {
          System.err.println("sep2 mock server: a connection listener failed: " + e);
        }
      }
    }
  }

  /** Stops accepting, closes every open connection and frees the port at once. Idempotent. */
  public synchronized void stop() {
    ServerSocket socket = serverSocket;
    if (socket == null || socket.isClosed()) {
      return;
    }
    closeQuietly(socket);
    try {
      // once the accept loop has ended, every accepted socket is registered (or closed)
      acceptThread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Socket open : openSockets) {
      closeQuietly(open);
    }
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    backend.close();
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /** Whether the server accepts connections. */
  public boolean isRunning() {
    ServerSocket socket = serverSocket;
    return socket != null && !socket.isClosed();
  }

  /** The bound port (the free port chosen when configured with 0). */
  public int port() {
    ServerSocket socket = requireStarted();
    return socket.getLocalPort();
  }

  /** The bind address. */
  public String host() {
    return config.host;
  }

  /** {@code https://HOST:PORT}. */
  public URI baseUri() {
    return URI.create("https://" + hostForUri() + ":" + port());
  }

  /**
   * {@code https://HOST:PORT/dcap}, the DeviceCapability resource every 2030.5 client starts at.
   */
  public URI deviceCapabilityUri() {
    return baseUri().resolve("/dcap");
  }

  private String hostForUri() {
    return config.host.contains(":") ? "[" + config.host + "]" : config.host;
  }

  /** The PKI whose SERCA the server trusts and whose server certificate it presents. */
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
   * Every connection so far (up to {@link Builder#retainedConnections(int)} of the newest), oldest
   * first, as snapshots: an open connection shows the exchanges made on it up to now.
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

  /** A BCJSSE CCM_8 client set-up presenting {@code device} and trusting this PKI's SERCA. */
  public Sep2ClientTls clientTls(HeldCertificate device) {
    return Sep2ClientTls.builder()
        .clientCertificate(device)
        .trust(pki.serca().certificate())
        .build();
  }

  /** An HTTP/1.1 client over {@link #clientTls(HeldCertificate)} with the PKI's first device. */
  public HttpClient httpClient() {
    return clientTls(pki.device()).httpClient();
  }

  private ServerSocket requireStarted() {
    ServerSocket socket = serverSocket;
    if (socket == null) {
      throw new IllegalStateException("server not started: call start() first");
    }
    return socket;
  }

  static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException | RuntimeException ignored) {
      // closing is best effort
    }
  }

  @Override
  public String toString() {
    return "Sep2MockServer[" + (isRunning() ? baseUri() : "stopped") + ", pki=" + pki + "]";
  }

  /**
   * Options of a {@link Sep2MockServer}. Defaults: a fresh random PKI, 127.0.0.1 on a free port,
   * client certificate required and checked, default 2030.5 resources installed, no fixtures, no
   * key log, 256 concurrent connections, 10 s handshake timeout, 30 s idle timeout, the newest
   * 10,000 connection records kept.
   */
  public static final class Builder {
    private Sep2Pki pki;
    private String host = DEFAULT_HOST;
    private int port = 0;
    private ClientAuth clientAuth = ClientAuth.REQUIRED;
    private final List<X509Certificate> trustAnchors = new ArrayList<>();
    private final List<X509Certificate> intermediates = new ArrayList<>();
    private HeldCertificate serverCertificate;
    private Comm004Variant comm004;
    private boolean lenientClientCertificates;
    private Path keyLogFile;
    private boolean defaultResources = true;
    private final List<String> fixtures = new ArrayList<>();
    private int maxConnections = 256;
    private Duration handshakeTimeout = Duration.ofSeconds(10);
    private Duration idleTimeout = Duration.ofSeconds(30);
    private final List<Consumer<ConnectionRecord>> listeners = new ArrayList<>();
    private int retainedConnections = 10_000;

    private Builder() {}

    /** The PKI to use. Default: {@code Sep2Pki.builder().build()} (random seed). */
    public Builder pki(Sep2Pki pki) {
      this.pki = Objects.requireNonNull(pki, "pki");
      return this;
    }

    /** Bind address. Default {@value Sep2MockServer#DEFAULT_HOST}. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** Port, or 0 for a free one. Default 0. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** Whether a client certificate is required. Default {@link ClientAuth#REQUIRED}. */
    public Builder clientAuth(ClientAuth clientAuth) {
      this.clientAuth = Objects.requireNonNull(clientAuth, "clientAuth");
      return this;
    }

    /**
     * Trusts further roots besides the PKI's SERCA, e.g. the SERCA of a vendor's own PKI so real
     * device certificates are accepted.
     */
    public Builder trust(X509Certificate... roots) {
      for (X509Certificate root : roots) {
        trustAnchors.add(Objects.requireNonNull(root, "root"));
      }
      return this;
    }

    /**
     * Known CA certificates (MCA, MICA) used to complete a chain when a client sends only its leaf.
     * The PKI's own MCA and MICA are always known.
     */
    public Builder intermediates(X509Certificate... cas) {
      for (X509Certificate ca : cas) {
        intermediates.add(Objects.requireNonNull(ca, "ca"));
      }
      return this;
    }

    /** Presents this certificate instead of the PKI's server certificate. */
    public Builder serverCertificate(HeldCertificate certificate) {
      this.serverCertificate = Objects.requireNonNull(certificate, "certificate");
      return this;
    }

    /**
     * Presents the PKI's defective COMM-004 server chain of this kind, so a client's refusal can be
     * tested. Default: none (a compliant chain).
     */
    public Builder comm004(Comm004Variant variant) {
      this.comm004 = Objects.requireNonNull(variant, "variant");
      return this;
    }

    /**
     * Lets in clients whose certificate is untrusted or breaks the 2030.5 profile, marking their
     * identity as unverified ({@code X-SEP2-Client-Verified: false}) instead of refusing the
     * handshake. Default {@code false}.
     */
    public Builder lenientClientCertificates(boolean lenient) {
      this.lenientClientCertificates = lenient;
      return this;
    }

    /** Writes an NSS key log for Wireshark to this file. Default: none. */
    public Builder keyLog(Path file) {
      this.keyLogFile = Objects.requireNonNull(file, "file");
      return this;
    }

    /** Whether to install the default 2030.5 resources (/dcap, /tm, ...). Default {@code true}. */
    public Builder defaultResources(boolean install) {
      this.defaultResources = install;
      return this;
    }

    /**
     * Loads a fixture pack: WireMock {@code mappings/} and {@code __files/} from a directory path
     * or a {@code classpath:} location.
     */
    public Builder fixtures(String location) {
      this.fixtures.add(Objects.requireNonNull(location, "location"));
      return this;
    }

    /** Concurrent connections; more are closed with a log line. Default 256. */
    public Builder maxConnections(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxConnections must be at least 1, was " + max);
      }
      this.maxConnections = max;
      return this;
    }

    /** Time allowed for a client to complete the handshake. Default 10 s. */
    public Builder handshakeTimeout(Duration timeout) {
      this.handshakeTimeout = positive(timeout, "handshakeTimeout");
      return this;
    }

    /** Time a kept-alive connection may sit idle between requests. Default 30 s. */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive(timeout, "idleTimeout");
      return this;
    }

    /**
     * How many of the most recent connections {@link Sep2MockServer#connections()} keeps (and
     * requests WireMock's journal keeps): at least that many, at most a tenth more; older closed
     * ones are forgotten so a long-running server does not grow without bound. Default 10,000.
     */
    public Builder retainedConnections(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("retainedConnections must be at least 1, was " + count);
      }
      this.retainedConnections = count;
      return this;
    }

    /** Called with each connection's record when the connection ends. */
    public Builder onConnection(Consumer<ConnectionRecord> listener) {
      this.listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    private static Duration positive(Duration d, String name) {
      if (d == null || d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }

    /** Builds the server (not yet started: call {@link Sep2MockServer#start()}). */
    public Sep2MockServer build() {
      return new Sep2MockServer(this);
    }
  }
}
