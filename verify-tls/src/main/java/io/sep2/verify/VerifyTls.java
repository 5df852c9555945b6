package io.sep2.verify;

import io.sep2.verify.internal.BcjsseLogging;
import io.sep2.verify.internal.Checks;
import io.sep2.verify.internal.ClasspathArtifacts;
import io.sep2.verify.internal.KeystoreLoading;
import io.sep2.verify.internal.KeystoreResult;
import io.sep2.verify.internal.VerifyContext;
import io.sep2.verify.internal.VerifyContext.ClasspathArtifact;
import io.sep2.verify.internal.VerifyContext.JsseSetup;
import io.sep2.verify.internal.VerifyContext.Skipped;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Checks a device project's IEEE 2030.5 TLS set-up: the checks behind {@code sep2:verify-tls} and
 * {@code java -jar sep2-testkit.jar verify-tls}, usable from any Java code.
 *
 * <pre>{@code
 * Report report =
 *     VerifyTls.builder()
 *         .project("my-device")
 *         .keystore(KeystoreSpec.of(Path.of("device.p12"), KeystoreRole.DEVICE,
 *             PasswordSource.env("DEVICE_P12_PASSWORD")))
 *         .keystore(KeystoreSpec.of(Path.of("truststore.p12"), KeystoreRole.TRUSTSTORE,
 *             PasswordSource.env("DEVICE_P12_PASSWORD")))
 *         .cipherSuites(List.of("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8"))
 *         .protocols(List.of("TLSv1.2"))
 *         .clientClasspath(List.of(Path.of("lib/bctls-jdk18on-1.84.jar"), ...))
 *         .build()
 *         .run();
 * report.write(Path.of("target/sep2"));   // verify-tls.json and verify-tls.txt
 * if (!report.passed()) { System.err.println(report.failureMessage()); }
 * }</pre>
 *
 * <p>The checks, in report order, each reporting {@link Finding}s with stable ids: every keystore
 * loads ({@code keystore.*}); each device/server chain meets the 2030.5 certificate profile ({@code
 * profile.*}), its key matches ({@code key.*}), the truststore's SERCA anchors it ({@code
 * truststore.*}), the device's LFDI/SFDI ({@code device.identity}); the configured suites and
 * protocols ({@code config.*}); the Java client's JSSE can negotiate CCM_8 ({@code jsse.*}, from
 * the client's classpath; skipped without one); a real loopback CCM_8 handshake with the device
 * identity ({@code handshake.*}); optionally a probe of a running 2030.5 server ({@code probe.*}).
 *
 * <p>A bad keystore, certificate or configuration is a finding, never an exception; {@link #run()}
 * throws only when the checks cannot run at all. Passwords are resolved just before loading,
 * cleared after, and never printed or written.
 */
public final class VerifyTls {

  private final Builder b;

  private VerifyTls(Builder builder) {
    this.b = builder;
  }

  /** A new builder; nothing is configured, the JSSE provider is {@code BCJSSE}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Loads the keystores and runs every check.
   *
   * @return the report: every finding, in check order
   * @throws VerifyTlsException when the checks cannot run (not for anything they find)
   */
  public Report run() throws VerifyTlsException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            3,
            r -> {
              Thread t = new Thread(r, "sep2-verify-tls");
              t.setDaemon(true);
              return t;
            });
    try {
      return run(pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private Report run(ExecutorService pool) throws VerifyTlsException {
    long start = System.nanoTime();
    // keystores load side by side: PKCS12's key derivation is most of the time on a cold JVM
    List<Future<KeystoreResult>> loading = new ArrayList<>();
    for (KeystoreSpec spec : b.keystores) {
      loading.add(pool.submit(() -> KeystoreLoading.load(spec, b.environment, b.properties)));
    }
    List<KeystoreResult> loaded = new ArrayList<>();
    for (Future<KeystoreResult> future : loading) {
      loaded.add(await(future));
    }
    if (b.debug != null) {
      b.debug.accept(
          "sep2:verify-tls loaded "
              + loaded.size()
              + " keystore(s) in "
              + (System.nanoTime() - start) / 1_000_000
              + " ms");
    }
    VerifyContext context =
        new VerifyContext(loaded, b.cipherSuites, b.protocols, jsse(), b.probe, b.timeout);
    List<Finding> findings;
    BcjsseLogging logging = BcjsseLogging.quiet(b.debug == null);
    try {
      findings = Checks.runAll(Checks.all(), context, pool, b.debug, b.bugsTo);
    } finally {
      logging.close();
    }
    return new Report(b.project, findings, b.failOnWarning);
  }

  private JsseSetup jsse() {
    List<ClasspathArtifact> artifacts;
    if (b.artifacts != null) {
      artifacts = b.artifacts;
    } else if (b.classpath != null) {
      artifacts = ClasspathArtifacts.of(b.classpath);
    } else {
      artifacts = List.of();
    }
    Skipped skipped = b.classpath == null ? new Skipped(b.noClasspathSubject, b.noClasspath) : null;
    return new JsseSetup(
        b.jsseProvider,
        artifacts,
        b.classpath == null ? List.of() : b.classpath,
        b.sharedBouncyCastleVersion,
        skipped);
  }

  private static <T> T await(Future<T> future) throws VerifyTlsException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new VerifyTlsException(
          "sep2:verify-tls failed loading a keystore: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VerifyTlsException("sep2:verify-tls was interrupted", e);
    }
  }

  /** What to check and how to report it. Not thread-safe. */
  public static final class Builder {

    private String project = "";
    private final List<KeystoreSpec> keystores = new ArrayList<>();
    private List<String> cipherSuites = List.of();
    private List<String> protocols = List.of();
    private String jsseProvider = "BCJSSE";
    private List<Path> classpath;
    private List<ClasspathArtifact> artifacts;
    private String noClasspathSubject = "client classpath";
    private String noClasspath =
        "no classpath of the Java client was given, so its JSSE set-up is not checked";
    private String sharedBouncyCastleVersion;
    private URI probe;
    private Duration timeout = Duration.ofSeconds(10);
    private boolean failOnWarning;
    private UnaryOperator<String> environment = System::getenv;
    private UnaryOperator<String> properties = System::getProperty;
    private Consumer<String> debug;
    private String bugsTo = "sep2-testkit";

    private Builder() {}

    /** How the report names what was checked, e.g. {@code groupId:artifactId:version}. */
    public Builder project(String project) {
      this.project = Objects.requireNonNull(project, "project");
      return this;
    }

    /** Adds a keystore to check; each role may appear more than once. */
    public Builder keystore(KeystoreSpec keystore) {
      keystores.add(Objects.requireNonNull(keystore, "keystore"));
      return this;
    }

    /** Adds keystores to check, in order. */
    public Builder keystores(List<KeystoreSpec> keystores) {
      keystores.forEach(this::keystore);
      return this;
    }

    /**
     * The cipher suites the client enables (IANA/JSSE names; {@code ECDHE-ECDSA-AES128-CCM8} is
     * understood). Default: not told, which is a warning.
     */
    public Builder cipherSuites(List<String> suites) {
      this.cipherSuites = List.copyOf(suites);
      return this;
    }

    /** The protocols the client enables; must include {@code TLSv1.2}. Default: not told. */
    public Builder protocols(List<String> protocols) {
      this.protocols = List.copyOf(protocols);
      return this;
    }

    /**
     * The JSSE provider the client uses: {@code BCJSSE} (default), {@code SunJSSE} (always fails:
     * it has no CCM), or {@code none} for a client that is not Java (the JSSE check is skipped).
     */
    public Builder jsseProvider(String provider) {
      this.jsseProvider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /**
     * The Java client's classpath (jars and directories), on which BCJSSE must be found and must
     * offer CCM_8. Its artifacts are read from the jars ({@code pom.properties}, Bouncy Castle's
     * manifests, file names). Without a classpath the JSSE check is skipped and says so.
     */
    public Builder clientClasspath(List<Path> classpath) {
      this.classpath = List.copyOf(classpath);
      this.artifacts = null;
      return this;
    }

    /**
     * The Java client's classpath with its artifacts as a build tool resolved them.
     *
     * @param classpath jars and directories
     * @param artifacts each {@code groupId:artifactId:version}
     * @throws IllegalArgumentException for an artifact not of that form
     */
    public Builder clientClasspath(List<Path> classpath, List<String> artifacts) {
      List<ClasspathArtifact> parsed = new ArrayList<>();
      for (String a : artifacts) {
        String[] parts = a.split(":");
        if (parts.length != 3) {
          throw new IllegalArgumentException("not groupId:artifactId:version: '" + a + "'");
        }
        parsed.add(new ClasspathArtifact(parts[0], parts[1], parts[2]));
      }
      this.classpath = List.copyOf(classpath);
      this.artifacts = List.copyOf(parsed);
      return this;
    }

    /**
     * How the report explains a missing classpath ({@code jsse.skipped}).
     *
     * @param subject the finding's subject, e.g. {@code --classpath}
     * @param reason the finding's text
     */
    public Builder noClasspathReason(String subject, String reason) {
      this.noClasspathSubject = Objects.requireNonNull(subject, "subject");
      this.noClasspath = Objects.requireNonNull(reason, "reason");
      return this;
    }

    /**
     * The Bouncy Castle version of the code running the checks (e.g. the Maven plugin's). When the
     * client's bcprov and bctls have it, the JSSE check uses these classes rather than loading the
     * client's copy of the same jars again. Default: none (the client's jars are loaded).
     */
    public Builder sharedBouncyCastleVersion(String version) {
      this.sharedBouncyCastleVersion = version;
      return this;
    }

    /** A running 2030.5 server to probe, e.g. {@code https://host:8443/dcap}. Default: none. */
    public Builder probe(URI probe) {
      this.probe = probe;
      return this;
    }

    /** How long a handshake or HTTP request of the checks may take. Default 10 s. */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Whether warnings fail the run too. Default {@code false}. */
    public Builder failOnWarning(boolean failOnWarning) {
      this.failOnWarning = failOnWarning;
      return this;
    }

    /**
     * Looks up environment variables ({@link PasswordSource#env}). Default {@code System::getenv}.
     */
    public Builder environment(UnaryOperator<String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * Looks up properties ({@link PasswordSource#property}). Default {@code System::getProperty}.
     */
    public Builder properties(UnaryOperator<String> properties) {
      this.properties = Objects.requireNonNull(properties, "properties");
      return this;
    }

    /**
     * Receives timing lines; also leaves Bouncy Castle's JSSE logging as it is. Default: none
     * (BCJSSE's INFO logging is silenced while the checks run).
     */
    public Builder debug(Consumer<String> debug) {
      this.debug = debug;
      return this;
    }

    /** The tool a crashed check asks to be reported against. Default {@code sep2-testkit}. */
    public Builder reportBugsTo(String tool) {
      this.bugsTo = Objects.requireNonNull(tool, "tool");
      return this;
    }

    /** The configured run; later changes to this builder do not affect it. */
    public VerifyTls build() {
      Builder copy = new Builder();
      copy.project = project;
      copy.keystores.addAll(keystores);
      copy.cipherSuites = cipherSuites;
      copy.protocols = protocols;
      copy.jsseProvider = jsseProvider;
      copy.classpath = classpath;
      copy.artifacts = artifacts;
      copy.noClasspathSubject = noClasspathSubject;
      copy.noClasspath = noClasspath;
      copy.sharedBouncyCastleVersion = sharedBouncyCastleVersion;
      copy.probe = probe;
      copy.timeout = timeout;
      copy.failOnWarning = failOnWarning;
      copy.environment = environment;
      copy.properties = properties;
      copy.debug = debug;
      copy.bugsTo = bugsTo;
      return new VerifyTls(copy);
    }
  }
}
