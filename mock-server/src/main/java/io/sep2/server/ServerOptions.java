package io.sep2.server;

import io.sep2.pki.Comm004Variant;
import io.sep2.pki.HeldCertificate;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.keystore.PkiDirectory;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.tls.ClientAuth;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything a {@link Sep2MockServer} is configured with: one immutable value, the only place where
 * a server setting, its default and its validation live. {@code @With2030_5Server}, the
 * programmatic JUnit extension and the {@code sep2:serve} goal only translate their parameters into
 * it.
 *
 * <pre>{@code
 * ServerOptions options = ServerOptions.builder().pkiSeed("team-a").port(8443).build();
 * try (Sep2MockServer server = new Sep2MockServer(options).start()) { ... }
 * }</pre>
 *
 * <h2>The PKI</h2>
 *
 * A 2030.5 server trusts one SERCA (the root of the 2030.5 PKI) and presents a server certificate
 * issued below it. The server's PKI comes from exactly one of:
 *
 * <ul>
 *   <li>{@link Builder#pki(Sep2Pki)}: a PKI the caller built;
 *   <li>{@link Builder#pkiDirectory(Path)}: a directory written by {@code sep2:generate-pki},
 *       opened, or created there when new or empty, by the rule of {@link
 *       PkiDirectory#openOrCreate(Path, String, Integer, char[])} ({@link Builder#pkiSeed(String)}
 *       and {@link Builder#chainLength(int)}, when given, must match an existing directory);
 *   <li>otherwise a PKI in memory from {@link Builder#pkiSeed(String)} and {@link
 *       Builder#chainLength(int)}.
 * </ul>
 *
 * Without a seed the seed is {@linkplain Sep2Pki#randomSeed() random} and reported by {@link
 * Sep2Pki#seed()}, so a run can be replayed.
 *
 * <h2>Trust material</h2>
 *
 * {@link Builder#trust(X509Certificate...)} takes further certificates, e.g. a vendor's own SERCA
 * and MICA, by one rule on every entry point: a self-signed certificate is a trust anchor, any
 * other is an intermediate the server uses to complete a chain when a client sends only its leaf.
 *
 * <p>Equal options describe equal servers ({@link #equals(Object)} compares every setting), which
 * is how the JUnit extension decides that two test classes may share one server.
 */
public final class ServerOptions {

  /** Default bind address: {@value}, loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** Default registration PIN: {@value} (served as 111115). */
  public static final int DEFAULT_REGISTRATION_PIN = 11111;

  /** Default pollRate, seconds: {@value}. */
  public static final long DEFAULT_POLL_RATE = 900;

  /** Default postRate, seconds: {@value}. */
  public static final long DEFAULT_POST_RATE = 900;

  /** Default request body limit, bytes: {@value}. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  /** Default chain length of a generated PKI: {@value} (SERCA, MCA, MICA, device). */
  public static final int DEFAULT_CHAIN_LENGTH = 4;

  private final Sep2Pki pki;
  private final String pkiSeed;
  private final Path pkiDirectory;
  private final Integer chainLength;
  private final char[] pkiPassword;
  private final String host;
  private final int port;
  private final ClientAuth clientAuth;
  private final List<X509Certificate> trustAnchors;
  private final List<X509Certificate> intermediates;
  private final HeldCertificate serverCertificate;
  private final Comm004Variant comm004;
  private final boolean lenientClientCertificates;
  private final Path keyLog;
  private final Path capture;
  private final boolean defaultResources;
  private final List<String> fixtures;
  private final int maxConnections;
  private final Duration handshakeTimeout;
  private final Duration idleTimeout;
  private final Duration writeTimeout;
  private final int retainedConnections;
  private final List<Consumer<ConnectionRecord>> connectionListeners;
  private final boolean utilityServer;
  private final int registrationPin;
  private final long pollRate;
  private final long postRate;
  private final String basePath;
  private final ZoneId timeZone;
  private final Clock clock;
  private final List<String> aggregators;
  private final boolean registerPkiDevices;
  private final List<X509Certificate> registeredDevices;
  private final Path schema;
  private final boolean csipAus;
  private final int maxBodyBytes;
  private final Integer adminPort;

  private ServerOptions(Builder b) {
    this.pki = b.pki;
    this.pkiSeed = b.pkiSeed;
    this.pkiDirectory = b.pkiDirectory;
    this.chainLength = b.chainLength;
    this.pkiPassword = b.pkiPassword.clone();
    this.host = b.host;
    this.port = b.port;
    this.clientAuth = b.clientAuth;
    this.trustAnchors = List.copyOf(b.trustAnchors);
    this.intermediates = List.copyOf(b.intermediates);
    this.serverCertificate = b.serverCertificate;
    this.comm004 = b.comm004;
    this.lenientClientCertificates = b.lenientClientCertificates;
    this.keyLog = b.keyLog;
    this.capture = b.capture;
    this.defaultResources = b.defaultResources;
    this.fixtures = List.copyOf(b.fixtures);
    this.maxConnections = b.maxConnections;
    this.handshakeTimeout = b.handshakeTimeout;
    this.idleTimeout = b.idleTimeout;
    this.writeTimeout = b.writeTimeout;
    this.retainedConnections = b.retainedConnections;
    this.connectionListeners = List.copyOf(b.connectionListeners);
    this.utilityServer = b.utilityServer;
    this.registrationPin = b.registrationPin;
    this.pollRate = b.pollRate;
    this.postRate = b.postRate;
    this.basePath = b.basePath;
    this.timeZone = b.timeZone;
    this.clock = b.clock;
    this.aggregators = List.copyOf(b.aggregators);
    this.registerPkiDevices = b.registerPkiDevices;
    this.registeredDevices = List.copyOf(b.registeredDevices);
    this.schema = b.schema;
    this.csipAus = b.csipAus;
    this.maxBodyBytes = b.maxBodyBytes;
    this.adminPort = b.adminPort;
  }

  /**
   * All defaults: a random in-memory PKI, 127.0.0.1 on a free port, client certificate required.
   */
  public static ServerOptions defaults() {
    return builder().build();
  }

  /** Starts a builder with every default. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to derive changed ones. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Makes the PKI these options describe: the given PKI, the directory's (opened or created), or a
   * new one in memory.
   *
   * @throws IllegalArgumentException for invalid PKI settings
   * @throws io.sep2.pki.keystore.PkiDirectoryException when the PKI directory cannot be used
   * @throws io.sep2.pki.keystore.KeystoreException when a new PKI directory cannot be written
   */
  Sep2Pki resolvePki() {
    if (pki != null) {
      return pki;
    }
    if (pkiDirectory != null) {
      return PkiDirectory.openOrCreate(pkiDirectory, pkiSeed, chainLength, pkiPassword).pki();
    }
    Sep2Pki.Builder builder =
        Sep2Pki.builder().chainLength(chainLength != null ? chainLength : DEFAULT_CHAIN_LENGTH);
    if (pkiSeed != null) {
      builder.seed(pkiSeed);
    }
    return builder.build();
  }

  /** The PKI given with {@link Builder#pki(Sep2Pki)}, if any. */
  public Optional<Sep2Pki> pki() {
    return Optional.ofNullable(pki);
  }

  /** The PKI seed asked for, if any. */
  public Optional<String> pkiSeed() {
    return Optional.ofNullable(pkiSeed);
  }

  /** The PKI directory, if any. */
  public Optional<Path> pkiDirectory() {
    return Optional.ofNullable(pkiDirectory);
  }

  /**
   * The chain length asked for, if any (otherwise the directory's, or {@value
   * #DEFAULT_CHAIN_LENGTH}).
   */
  public Optional<Integer> chainLength() {
    return Optional.ofNullable(chainLength);
  }

  /** The bind address. */
  public String host() {
    return host;
  }

  /** The port; 0 means a free one, chosen at start. */
  public int port() {
    return port;
  }

  /** Whether clients must present a certificate. */
  public ClientAuth clientAuth() {
    return clientAuth;
  }

  /** Further trust anchors (self-signed certificates given to {@link Builder#trust}). */
  public List<X509Certificate> trustAnchors() {
    return trustAnchors;
  }

  /**
   * Further intermediates (certificates given to {@link Builder#trust} that are not self-signed).
   */
  public List<X509Certificate> intermediates() {
    return intermediates;
  }

  /** The certificate presented instead of the PKI's server certificate, if any. */
  public Optional<HeldCertificate> serverCertificate() {
    return Optional.ofNullable(serverCertificate);
  }

  /** The defective COMM-004 chain presented instead of the compliant one, if any. */
  public Optional<Comm004Variant> comm004() {
    return Optional.ofNullable(comm004);
  }

  /** Whether untrusted or non-profile client certificates are let in, marked unverified. */
  public boolean lenientClientCertificates() {
    return lenientClientCertificates;
  }

  /** The NSS key log file, if any. */
  public Optional<Path> keyLog() {
    return Optional.ofNullable(keyLog);
  }

  /** The pcapng capture file, if any. */
  public Optional<Path> capture() {
    return Optional.ofNullable(capture);
  }

  /** Whether the default 2030.5 resources are served. */
  public boolean defaultResources() {
    return defaultResources;
  }

  /** Fixture pack locations, in load order. */
  public List<String> fixtures() {
    return fixtures;
  }

  /** The most connections open at once. */
  public int maxConnections() {
    return maxConnections;
  }

  /** Time allowed for a whole handshake. */
  public Duration handshakeTimeout() {
    return handshakeTimeout;
  }

  /** Time a kept-alive connection may wait for its next request. */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** Time one write of an answer may stay blocked because the client does not read. */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** How many of the newest connection records are kept. */
  public int retainedConnections() {
    return retainedConnections;
  }

  /** Listeners called with each connection's record when the connection ends. */
  public List<Consumer<ConnectionRecord>> connectionListeners() {
    return connectionListeners;
  }

  /** Whether the stateful utility server answers (otherwise only stubs do). */
  public boolean utilityServer() {
    return utilityServer;
  }

  /** The five-digit registration PIN of new EndDevices (served with its check digit). */
  public int registrationPin() {
    return registrationPin;
  }

  /** The pollRate of DeviceCapability and the lists, in seconds. */
  public long pollRate() {
    return pollRate;
  }

  /** The postRate of MirrorUsagePoints, in seconds. */
  public long postRate() {
    return postRate;
  }

  /** The prefix of every utility href, {@code ""} for none. */
  public String basePath() {
    return basePath;
  }

  /** The zone of the Time resource. */
  public ZoneId timeZone() {
    return timeZone;
  }

  /** The clock the utility server starts from. */
  public Clock clock() {
    return clock;
  }

  /** LFDIs (upper case) of aggregator certificates. */
  public List<String> aggregators() {
    return aggregators;
  }

  /** Whether the PKI's device certificates are registered as EndDevices at start. */
  public boolean registerPkiDevices() {
    return registerPkiDevices;
  }

  /** Further device certificates registered as EndDevices at start. */
  public List<X509Certificate> registeredDevices() {
    return registeredDevices;
  }

  /** The sep.xsd that documents clients send are validated against, if any. */
  public Optional<Path> schema() {
    return Optional.ofNullable(schema);
  }

  /** Whether EndDevices link their CSIP-AUS ConnectionPoint. */
  public boolean csipAus() {
    return csipAus;
  }

  /** The largest request body accepted, in bytes. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** The admin interface's port (0: a free one), if it is on. */
  public Optional<Integer> adminPort() {
    return Optional.ofNullable(adminPort);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ServerOptions other)) {
      return false;
    }
    return port == other.port
        && lenientClientCertificates == other.lenientClientCertificates
        && defaultResources == other.defaultResources
        && maxConnections == other.maxConnections
        && retainedConnections == other.retainedConnections
        && Objects.equals(pki, other.pki)
        && Objects.equals(pkiSeed, other.pkiSeed)
        && Objects.equals(pkiDirectory, other.pkiDirectory)
        && Objects.equals(chainLength, other.chainLength)
        && Arrays.equals(pkiPassword, other.pkiPassword)
        && host.equals(other.host)
        && clientAuth == other.clientAuth
        && trustAnchors.equals(other.trustAnchors)
        && intermediates.equals(other.intermediates)
        && Objects.equals(serverCertificate, other.serverCertificate)
        && comm004 == other.comm004
        && Objects.equals(keyLog, other.keyLog)
        && Objects.equals(capture, other.capture)
        && fixtures.equals(other.fixtures)
        && handshakeTimeout.equals(other.handshakeTimeout)
        && idleTimeout.equals(other.idleTimeout)
        && writeTimeout.equals(other.writeTimeout)
        && connectionListeners.equals(other.connectionListeners)
        && utilityServer == other.utilityServer
        && registrationPin == other.registrationPin
        && pollRate == other.pollRate
        && postRate == other.postRate
        && basePath.equals(other.basePath)
        && timeZone.equals(other.timeZone)
        && clock.equals(other.clock)
        && aggregators.equals(other.aggregators)
        && registerPkiDevices == other.registerPkiDevices
        && registeredDevices.equals(other.registeredDevices)
        && Objects.equals(schema, other.schema)
        && csipAus == other.csipAus
        && maxBodyBytes == other.maxBodyBytes
        && Objects.equals(adminPort, other.adminPort);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pki, pkiSeed, pkiDirectory, chainLength, host, port, clientAuth, fixtures);
  }

  /** The settings that differ from the defaults; never the PKCS12 password. */
  @Override
  public String toString() {
    ServerOptions d = defaults();
    StringBuilder s = new StringBuilder("ServerOptions[");
    append(s, "pki", pki, d.pki);
    append(s, "pkiSeed", pkiSeed, d.pkiSeed);
    append(s, "pkiDirectory", pkiDirectory, d.pkiDirectory);
    append(s, "chainLength", chainLength, d.chainLength);
    append(s, "host", host, d.host);
    append(s, "port", port, d.port);
    append(s, "clientAuth", clientAuth, d.clientAuth);
    append(s, "trustAnchors", trustAnchors.size(), 0);
    append(s, "intermediates", intermediates.size(), 0);
    append(s, "serverCertificate", serverCertificate, null);
    append(s, "comm004", comm004, null);
    append(s, "lenientClientCertificates", lenientClientCertificates, false);
    append(s, "keyLog", keyLog, null);
    append(s, "capture", capture, null);
    append(s, "defaultResources", defaultResources, true);
    append(s, "fixtures", fixtures, List.of());
    append(s, "maxConnections", maxConnections, d.maxConnections);
    append(s, "handshakeTimeout", handshakeTimeout, d.handshakeTimeout);
    append(s, "idleTimeout", idleTimeout, d.idleTimeout);
    append(s, "writeTimeout", writeTimeout, d.writeTimeout);
    append(s, "retainedConnections", retainedConnections, d.retainedConnections);
    append(s, "connectionListeners", connectionListeners.size(), 0);
    append(s, "utilityServer", utilityServer, true);
    append(s, "registrationPin", registrationPin, d.registrationPin);
    append(s, "pollRate", pollRate, d.pollRate);
    append(s, "postRate", postRate, d.postRate);
    append(s, "basePath", basePath, "");
    append(s, "timeZone", timeZone, d.timeZone);
    append(s, "aggregators", aggregators, List.of());
    append(s, "registerPkiDevices", registerPkiDevices, false);
    append(s, "registeredDevices", registeredDevices.size(), 0);
    append(s, "schema", schema, null);
    append(s, "csipAus", csipAus, true);
    append(s, "maxBodyBytes", maxBodyBytes, d.maxBodyBytes);
    append(s, "adminPort", adminPort, null);
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }

  private static void append(StringBuilder s, String name, Object value, Object dflt) {
    if (!Objects.equals(value, dflt)) {
      s.append(name).append('=').append(value).append(", ");
    }
  }

  /**
   * Builds {@link ServerOptions}. Every method validates its argument at once and names the bad
   * value; {@link #build()} checks the combination. Not thread-safe; a built value is.
   */
  public static final class Builder {
    private Sep2Pki pki;
    private String pkiSeed;
    private Path pkiDirectory;
    private Integer chainLength;
    private char[] pkiPassword = PkiFiles.DEFAULT_PASSWORD.toCharArray();
    private String host = DEFAULT_HOST;
    private int port;
    private ClientAuth clientAuth = ClientAuth.REQUIRED;
    private final List<X509Certificate> trustAnchors = new ArrayList<>();
    private final List<X509Certificate> intermediates = new ArrayList<>();
    private HeldCertificate serverCertificate;
    private Comm004Variant comm004;
    private boolean lenientClientCertificates;
    private Path keyLog;
    private Path capture;
    private boolean defaultResources = true;
    private final List<String> fixtures = new ArrayList<>();
    private int maxConnections = 256;
    private Duration handshakeTimeout = Duration.ofSeconds(10);
    private Duration idleTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private int retainedConnections = 10_000;
    private final List<Consumer<ConnectionRecord>> connectionListeners = new ArrayList<>();
    private boolean utilityServer = true;
    private int registrationPin = DEFAULT_REGISTRATION_PIN;
    private long pollRate = DEFAULT_POLL_RATE;
    private long postRate = DEFAULT_POST_RATE;
    private String basePath = "";
    private ZoneId timeZone = ZoneOffset.UTC;
    private Clock clock = Clock.systemUTC();
    private final List<String> aggregators = new ArrayList<>();
    private boolean registerPkiDevices;
    private final List<X509Certificate> registeredDevices = new ArrayList<>();
    private Path schema;
    private boolean csipAus = true;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private Integer adminPort;

    private Builder() {}

    private Builder(ServerOptions o) {
      pki = o.pki;
      pkiSeed = o.pkiSeed;
      pkiDirectory = o.pkiDirectory;
      chainLength = o.chainLength;
      pkiPassword = o.pkiPassword.clone();
      host = o.host;
      port = o.port;
      clientAuth = o.clientAuth;
      trustAnchors.addAll(o.trustAnchors);
      intermediates.addAll(o.intermediates);
      serverCertificate = o.serverCertificate;
      comm004 = o.comm004;
      lenientClientCertificates = o.lenientClientCertificates;
      keyLog = o.keyLog;
      capture = o.capture;
      defaultResources = o.defaultResources;
      fixtures.addAll(o.fixtures);
      maxConnections = o.maxConnections;
      handshakeTimeout = o.handshakeTimeout;
      idleTimeout = o.idleTimeout;
      writeTimeout = o.writeTimeout;
      retainedConnections = o.retainedConnections;
      connectionListeners.addAll(o.connectionListeners);
      utilityServer = o.utilityServer;
      registrationPin = o.registrationPin;
      pollRate = o.pollRate;
      postRate = o.postRate;
      basePath = o.basePath;
      timeZone = o.timeZone;
      clock = o.clock;
      aggregators.addAll(o.aggregators);
      registerPkiDevices = o.registerPkiDevices;
      registeredDevices.addAll(o.registeredDevices);
      schema = o.schema;
      csipAus = o.csipAus;
      maxBodyBytes = o.maxBodyBytes;
      adminPort = o.adminPort;
    }

    /**
     * Uses this PKI. Default: none, the PKI is made from the seed, directory and chain length.
     * Cannot be combined with {@link #pkiSeed}, {@link #pkiDirectory} or {@link #chainLength}.
     */
    public Builder pki(Sep2Pki pki) {
      this.pki = Objects.requireNonNull(pki, "pki");
      return this;
    }

    /**
     * Seed of the generated PKI: the same seed gives byte-identical certificates and keys on every
     * machine (the same as {@code sep2:generate-pki -Dsep2.pki.seed=...}). Default: none, a random
     * seed.
     *
     * @throws IllegalArgumentException for an empty seed
     */
    public Builder pkiSeed(String seed) {
      Objects.requireNonNull(seed, "seed");
      if (seed.isEmpty()) {
        throw new IllegalArgumentException("pkiSeed must not be empty");
      }
      this.pkiSeed = seed;
      return this;
    }

    /**
     * A PKI directory (as written by {@code sep2:generate-pki}): opened when it holds one, created
     * there when it does not exist or is empty, refused otherwise (see {@link ServerOptions}).
     * Default: none, the PKI lives in memory.
     */
    public Builder pkiDirectory(Path directory) {
      this.pkiDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Certificates in a device chain, root included: 2 (SERCA, device), 3 (SERCA, MICA, device) or
     * 4 (SERCA, MCA, MICA, device). Default: the PKI directory's, otherwise {@value
     * ServerOptions#DEFAULT_CHAIN_LENGTH}.
     *
     * @throws IllegalArgumentException for any other length
     */
    public Builder chainLength(int length) {
      if (length < 2 || length > 4) {
        throw new IllegalArgumentException("chainLength must be 2, 3 or 4, was " + length);
      }
      this.chainLength = length;
      return this;
    }

    /**
     * Password of the PKCS12 files written into a new {@link #pkiDirectory(Path)}. Default {@value
     * PkiFiles#DEFAULT_PASSWORD}, the one {@code sep2:generate-pki} uses. Copied; never printed.
     *
     * @throws IllegalArgumentException for an empty password
     */
    public Builder pkiPassword(char[] password) {
      Objects.requireNonNull(password, "password");
      if (password.length == 0) {
        throw new IllegalArgumentException("pkiPassword must not be empty");
      }
      this.pkiPassword = password.clone();
      return this;
    }

    /**
     * Bind address, e.g. {@code 0.0.0.0} for every interface. Default {@value
     * ServerOptions#DEFAULT_HOST}.
     *
     * @throws IllegalArgumentException for a blank host
     */
    public Builder host(String host) {
      Objects.requireNonNull(host, "host");
      if (host.isBlank()) {
        throw new IllegalArgumentException("host must not be blank, was '" + host + "'");
      }
      this.host = host;
      return this;
    }

    /**
     * Port, or 0 for a free one. Default 0.
     *
     * @throws IllegalArgumentException outside 0..65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Whether clients must present a certificate. Default {@link ClientAuth#REQUIRED}, as 2030.5
     * demands; the others exist to test a client step by step.
     */
    public Builder clientAuth(ClientAuth clientAuth) {
      this.clientAuth = Objects.requireNonNull(clientAuth, "clientAuth");
      return this;
    }

    /**
     * Trusts further certificates besides the PKI's, e.g. a vendor's own SERCA and MICA so that
     * real device certificates are accepted. A self-signed certificate becomes a trust anchor; any
     * other is an intermediate used to complete a chain when a client sends only its leaf. Default:
     * none (the PKI's SERCA is always an anchor; its MCA and MICA always known intermediates).
     */
    public Builder trust(X509Certificate... certificates) {
      for (X509Certificate c : certificates) {
        Objects.requireNonNull(c, "certificate");
        if (c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
          trustAnchors.add(c);
        } else {
          intermediates.add(c);
        }
      }
      return this;
    }

    /**
     * Reads every certificate in a PEM or DER file and {@linkplain #trust(X509Certificate...)
     * trusts} it by the same rule. Default: none.
     *
     * @param location a file path, or {@code classpath:path/in/the/classpath}
     * @throws IllegalArgumentException naming the location when it cannot be read or holds no
     *     certificate
     */
    public Builder trust(String location) {
      Objects.requireNonNull(location, "location");
      return trust(readCertificates(location).toArray(X509Certificate[]::new));
    }

    /**
     * Presents this certificate instead of the PKI's server certificate. Default: the PKI's. Cannot
     * be combined with {@link #comm004(Comm004Variant)}.
     */
    public Builder serverCertificate(HeldCertificate certificate) {
      this.serverCertificate = Objects.requireNonNull(certificate, "certificate");
      return this;
    }

    /**
     * Presents the PKI's defective COMM-004 server chain of this kind, so that a client's refusal
     * can be tested (COMM-004 Advanced Security: a client must refuse, with a TLS alert, an issuing
     * CA with a critical extendedKeyUsage, a non-critical nameConstraints or policyMappings, or a
     * self-signed server certificate). Default: none, a compliant chain.
     */
    public Builder comm004(Comm004Variant variant) {
      this.comm004 = Objects.requireNonNull(variant, "variant");
      return this;
    }

    /**
     * Lets in clients whose certificate is untrusted or breaks the 2030.5 profile, marking their
     * identity unverified ({@code X-SEP2-Client-Verified: false}) instead of refusing the
     * handshake. Default {@code false}.
     */
    public Builder lenientClientCertificates(boolean lenient) {
      this.lenientClientCertificates = lenient;
      return this;
    }

    /**
     * Writes an NSS key log to this file, so Wireshark or tshark can decrypt a capture. Default:
     * none (it makes every recorded connection readable).
     */
    public Builder keyLog(Path file) {
      this.keyLog = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Writes every connection's TCP byte stream, both directions with real timestamps, as a pcapng
     * file (synthetic Ethernet/IPv4/TCP framing around the real bytes) that carries the TLS key log
     * in a Decryption Secrets Block: Wireshark and tshark open it decrypted with no other file, so
     * it is what a conformance lab asks for when COMM-003 fails. A connection is written when it
     * ends (or after 1 MiB). The file is created when the server is made; a path that cannot be
     * written fails then. Default: none (like {@link #keyLog(Path)}, it makes the traffic
     * readable).
     */
    public Builder capture(Path file) {
      this.capture = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Whether to serve the default 2030.5 resources ({@code /dcap}, {@code /tm}, {@code /edev},
     * ...) as low-priority stubs. Default {@code true}; {@code false} serves only your stubs.
     */
    public Builder defaultResources(boolean serve) {
      this.defaultResources = serve;
      return this;
    }

    /**
     * Loads a fixture pack: WireMock {@code mappings/} and {@code __files/} from a directory path
     * or a {@code classpath:} location, in the order added. Default: none.
     *
     * @throws IllegalArgumentException for a blank location
     */
    public Builder fixtures(String location) {
      Objects.requireNonNull(location, "location");
      if (location.isBlank()) {
        throw new IllegalArgumentException("a fixture location must not be blank");
      }
      this.fixtures.add(location);
      return this;
    }

    /**
     * Concurrent connections; further ones are closed with a log line. Default 256.
     *
     * @throws IllegalArgumentException below 1
     */
    public Builder maxConnections(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxConnections must be at least 1, was " + max);
      }
      this.maxConnections = max;
      return this;
    }

    /**
     * Time allowed for a client to complete the whole handshake. Default 10 s.
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder handshakeTimeout(Duration timeout) {
      this.handshakeTimeout = positive(timeout, "handshakeTimeout");
      return this;
    }

    /**
     * Time a kept-alive connection may wait for (all of) its next request. Default 30 s.
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive(timeout, "idleTimeout");
      return this;
    }

    /**
     * Time one write of an answer may stay blocked because the client reads nothing (its TCP window
     * stays closed): then the server closes the connection, so a client that stops reading a large
     * answer cannot hold a connection and its thread for ever. Default 30 s.
     *
     * @throws IllegalArgumentException unless positive
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive(timeout, "writeTimeout");
      return this;
    }

    /**
     * How many of the most recent connections {@link Sep2MockServer#connections()} keeps (and
     * requests WireMock's journal keeps): at least that many, at most a tenth more; older closed
     * ones are forgotten so a long-running server does not grow without bound. Default 10,000.
     *
     * @throws IllegalArgumentException below 1
     */
    public Builder retainedConnections(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("retainedConnections must be at least 1, was " + count);
      }
      this.retainedConnections = count;
      return this;
    }

    /**
     * Calls {@code listener} with each connection's record when the connection ends (on the
     * connection's thread; a listener that throws is logged and skipped). Default: none.
     */
    public Builder onConnection(Consumer<ConnectionRecord> listener) {
      this.connectionListeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Whether the stateful 2030.5 utility server answers requests no stub of yours answers:
     * EndDevices and registration, the DER function set, programs and controls, responses, mirror
     * metering and log events, with real HTTP semantics (README, "The utility server"). Default
     * {@code true}. {@code false} gives the plain WireMock mode: the {@linkplain
     * #defaultResources(boolean) default resources} as fixed stubs and your own stubs, nothing
     * else.
     */
    public Builder utilityServer(boolean enabled) {
      this.utilityServer = enabled;
      return this;
    }

    /**
     * The five-digit registration PIN of every new EndDevice: the number a utility gives the
     * installer, which the device checks against the {@code pIN} of its Registration resource. It
     * is served with its check digit (11111 as 111115). Default {@value
     * ServerOptions#DEFAULT_REGISTRATION_PIN}, the value of the public CSIP-AUS procedures.
     *
     * @throws IllegalArgumentException unless 0..99999
     */
    public Builder registrationPin(int pin) {
      if (pin < 0 || pin > 99_999) {
        throw new IllegalArgumentException(
            "registrationPin has five digits (0..99999), was " + pin);
      }
      this.registrationPin = pin;
      return this;
    }

    /**
     * How often clients should poll DeviceCapability and the lists, in seconds (the {@code
     * pollRate} attribute). Default {@value ServerOptions#DEFAULT_POLL_RATE}, 2030.5's default.
     *
     * @throws IllegalArgumentException unless 1..4294967295
     */
    public Builder pollRate(long seconds) {
      this.pollRate = uint32(seconds, "pollRate");
      return this;
    }

    /**
     * How often a device should post its readings to a MirrorUsagePoint, in seconds (the {@code
     * postRate} element). Default {@value ServerOptions#DEFAULT_POST_RATE}, 2030.5's default.
     *
     * @throws IllegalArgumentException unless 1..4294967295
     */
    public Builder postRate(long seconds) {
      this.postRate = uint32(seconds, "postRate");
      return this;
    }

    /**
     * Moves the utility server's whole tree under a base path, e.g. {@code /sep2} serves {@code
     * /sep2/dcap}. Clients that follow links do not notice. Default: none, {@code /dcap}.
     *
     * @throws IllegalArgumentException unless it is empty or {@code /segment[/segment...]}
     */
    public Builder basePath(String path) {
      Objects.requireNonNull(path, "path");
      if (!path.isEmpty() && !path.matches("(/[A-Za-z0-9._~-]+)+")) {
        throw new IllegalArgumentException(
            "basePath must be empty or like /sep2 (no trailing slash), was '" + path + "'");
      }
      this.basePath = path;
      return this;
    }

    /** The time zone the Time resource reports (tzOffset, DST). Default UTC. */
    public Builder timeZone(ZoneId zone) {
      this.timeZone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * The clock the utility server's clock follows; tests move that clock further with {@code
     * server.utility().clock()}. Default the system clock.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Registers the certificate with this LFDI as an aggregator: it may register and act for
     * several EndDevices, sees every EndDevice, and has its own EndDevice {@code /edev/0}. Default:
     * none.
     *
     * @throws IllegalArgumentException unless 40 hex digits
     */
    public Builder aggregator(String lfdi) {
      Objects.requireNonNull(lfdi, "lfdi");
      if (!lfdi.matches("[0-9A-Fa-f]{40}")) {
        throw new IllegalArgumentException("an LFDI is 40 hex digits, was '" + lfdi + "'");
      }
      this.aggregators.add(lfdi.toUpperCase(java.util.Locale.ROOT));
      return this;
    }

    /**
     * Whether the PKI's device certificates are registered as EndDevices before any client connects
     * ({@code /edev/1} for the first). Default {@code false}: devices register themselves with
     * POST, as a conformance test expects; {@code sep2:serve} sets it.
     */
    public Builder registerPkiDevices(boolean register) {
      this.registerPkiDevices = register;
      return this;
    }

    /** Registers further device certificates as EndDevices at start. Default: none. */
    public Builder registerDevices(X509Certificate... certificates) {
      for (X509Certificate certificate : certificates) {
        registeredDevices.add(Objects.requireNonNull(certificate, "certificate"));
      }
      return this;
    }

    /**
     * Your copy of IEEE's sep.xsd (2030.5-2018; it may not be redistributed, so sep2-testkit has
     * none): every document a client sends is validated against it (and the CSIP-AUS schemas beside
     * it, when there) and each violation is a finding in the recording. Default: none.
     */
    public Builder schema(Path sepXsd) {
      this.schema = Objects.requireNonNull(sepXsd, "sepXsd");
      return this;
    }

    /**
     * Whether EndDevices link their CSIP-AUS ConnectionPoint ({@code csipaus:ConnectionPointLink}),
     * which CSIP-AUS clients need. Default {@code true}; {@code false} serves pure 2030.5.
     */
    public Builder csipAus(boolean csipAus) {
      this.csipAus = csipAus;
      return this;
    }

    /**
     * The largest request body accepted; a larger one gets 413. Default {@value
     * ServerOptions#DEFAULT_MAX_BODY_BYTES} (64 KiB).
     *
     * @throws IllegalArgumentException below 1 or above 64 MiB
     */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1 || bytes > 64 * 1024 * 1024) {
        throw new IllegalArgumentException("maxBodyBytes must be 1..67108864, was " + bytes);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Turns on the admin interface: plain HTTP with JSON on 127.0.0.1:{@code port} (0: a free one,
     * see {@code Sep2MockServer.adminUri()}), with which an operator of a running server creates
     * and cancels controls, sets default controls, moves the clock and starts comms faults (README,
     * "Operating sep2:serve"). Default: off. It is never bound to another address.
     *
     * @throws IllegalArgumentException outside 0..65535
     */
    public Builder adminPort(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("adminPort must be 0..65535, was " + port);
      }
      this.adminPort = port;
      return this;
    }

    private static long uint32(long value, String name) {
      if (value < 1 || value > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException(name + " must be 1..4294967295 seconds, was " + value);
      }
      return value;
    }

    /**
     * Checks the combination and returns the options.
     *
     * @throws IllegalStateException when {@code pki(...)} is combined with seed, directory or chain
     *     length, or {@code serverCertificate(...)} with {@code comm004(...)}
     */
    public ServerOptions build() {
      if (pki != null && (pkiSeed != null || pkiDirectory != null || chainLength != null)) {
        throw new IllegalStateException(
            "pki(...) cannot be combined with pkiSeed, pkiDirectory or chainLength: the PKI is"
                + " given (seed '"
                + pki.seed()
                + "')");
      }
      if (serverCertificate != null && comm004 != null) {
        throw new IllegalStateException(
            "serverCertificate(...) and comm004("
                + comm004
                + ") both choose the certificate the server presents: give one");
      }
      return new ServerOptions(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d == null || d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }

  private static final String CLASSPATH = "classpath:";

  private static List<X509Certificate> readCertificates(String location) {
    try (InputStream in = open(location)) {
      List<X509Certificate> certificates = new ArrayList<>();
      for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        certificates.add((X509Certificate) c);
      }
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException(
            "trust material '" + location + "' holds no certificate");
      }
      return certificates;
    } catch (IOException | CertificateException e) {
      throw new IllegalArgumentException(
          "trust material '" + location + "' is not a PEM or DER certificate file: " + e, e);
    }
  }

  private static InputStream open(String location) throws IOException {
    if (location.startsWith(CLASSPATH)) {
      String resource = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      InputStream in =
          (loader != null ? loader : ServerOptions.class.getClassLoader())
              .getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalArgumentException(
            "trust material '" + location + "' is not on the class path");
      }
      return in;
    }
    Path file = Path.of(location);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "trust material file '"
              + location
              + "' does not exist or is not a file (resolved to "
              + file.toAbsolutePath()
              + ")");
    }
    return Files.newInputStream(file);
  }
}
