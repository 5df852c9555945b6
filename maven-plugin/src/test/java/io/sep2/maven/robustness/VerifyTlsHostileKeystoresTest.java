package io.sep2.maven.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.sep2.maven.Keystore;
import io.sep2.maven.VerifyTlsMojo;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.keystore.KeystoreFormat;
import io.sep2.pki.keystore.KeystoreWriter;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.testing.ProcessResult;
import io.sep2.testing.Tool;
import io.sep2.verify.Finding;
import io.sep2.verify.KeystoreSpec;
import io.sep2.verify.PasswordSource;
import io.sep2.verify.Report;
import io.sep2.verify.Severity;
import io.sep2.verify.internal.KeystoreLoading;
import io.sep2.verify.internal.KeystoreLoadsCheck;
import io.sep2.verify.internal.KeystoreResult;
import io.sep2.verify.internal.VerifyContext;
import io.sep2.verify.internal.VerifyContext.JsseSetup;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The plugin side of issue 6: {@code sep2:verify-tls} run in-process (the real mojo, its check
 * pipeline and its report) with hostile keystores configured as device keystores with a password.
 * Each hostile file must get exactly one {@code keystore.*} finding of its own, naming the file, in
 * words rather than as a bare exception; the run must end in one {@link MojoFailureException}
 * listing all of them; and the password must appear in no log line (debug included, as with {@code
 * -X}), neither report file, and no exception message, cause or stack trace - for every password
 * source.
 *
 * <p>Limitation: the mojo reads {@code passwordEnv} through {@code System::getenv}, which a test
 * cannot set in-process. The mojo-level run therefore uses an environment variable that exists
 * ({@code PATH}) as the password; the distinctive secret is passed through the environment lookup
 * that {@link KeystoreLoading#load} takes, one level below the mojo.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class VerifyTlsHostileKeystoresTest {

  /** Distinctive, so it can be searched for in every output. */
  private static final String SECRET = "S3cr3t-Pa55-\u26a1";

  /** The real password of the PKI's files; never configured, so every configured one is wrong. */
  private static final String STORE_PASSWORD = "Store-Real-Pw-0";

  private static final String PROPERTY = "sep2.it.devicePassword";

  /** An exception class name, optionally with a message, and nothing else. */
  private static final Pattern BARE_EXCEPTION =
      Pattern.compile(
          "^\\s*([a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error)\\b.*", Pattern.DOTALL);

  static Sep2Pki pki;
  static PkiFiles files;
  static byte[] jks;

  @TempDir static Path shared;

  @BeforeAll
  static void writePki() throws Exception {
    pki = Sep2Pki.builder().seed("verify-tls-hostile").build();
    files = PkiFiles.write(pki, shared.resolve("pki"), STORE_PASSWORD.toCharArray());
    KeyStore store = KeyStore.getInstance("JKS");
    store.load(null, null);
    store.setKeyEntry(
        "device",
        pki.device().privateKey(),
        STORE_PASSWORD.toCharArray(),
        pki.device().chainWithoutRoot().toArray(Certificate[]::new));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.store(out, STORE_PASSWORD.toCharArray());
    jks = out.toByteArray();
  }

  // ------------------------------------------------------------------ password sources

  /** How the mojo is told the password. */
  enum Source {
    /** {@code <password>}. */
    PASSWORD,
    /** {@code <passwordProperty>}, set as a user property ({@code -D}). */
    PROPERTY_USER,
    /** {@code <passwordProperty>}, set in the POM's {@code <properties>}. */
    PROPERTY_PROJECT,
    /** {@code <passwordProperty>}, set as a system property of the session. */
    PROPERTY_SYSTEM,
    /** {@code <passwordEnv>}: an environment variable that exists (see the class comment). */
    ENV;

    String secret() {
      return this == ENV ? System.getenv("PATH") : SECRET;
    }

    void configure(Keystore k) {
      switch (this) {
        case PASSWORD -> k.setPassword(SECRET);
        case ENV -> k.setPasswordEnv("PATH");
        default -> k.setPasswordProperty(PROPERTY);
      }
    }

    void configure(MavenSession session, MavenProject project) {
      switch (this) {
        case PROPERTY_USER -> session.getUserProperties().setProperty(PROPERTY, SECRET);
        case PROPERTY_PROJECT -> project.getProperties().setProperty(PROPERTY, SECRET);
        case PROPERTY_SYSTEM -> session.getSystemProperties().setProperty(PROPERTY, SECRET);
        default -> {}
      }
    }
  }

  // ------------------------------------------------------------------ the hostile files

  /** A configured keystore and what the report must say about it. */
  record Hostile(String what, String label, String id, String mentions, Consumer<Keystore> setup) {}

  private static List<Hostile> hostileFiles(Path base) throws Exception {
    List<Hostile> out = new ArrayList<>();
    byte[] p12 = Files.readAllBytes(files.deviceKeystore());

    Files.write(base.resolve("corrupt.p12"), new byte[] {0x30, (byte) 0x82, 1, 2, 3});
    out.add(device("corrupt", "corrupt.p12", "keystore.corrupt", "corrupt.p12"));

    Files.write(base.resolve("truncated.p12"), Arrays.copyOf(p12, p12.length / 2));
    out.add(device("truncated PKCS12", "truncated.p12", "keystore.corrupt", "truncated.p12"));

    Files.write(base.resolve("empty.p12"), new byte[0]);
    out.add(device("empty", "empty.p12", "keystore.empty", "0 bytes"));

    try (RandomAccessFile f = new RandomAccessFile(base.resolve("huge.p12").toFile(), "rw")) {
      f.write(p12);
      f.setLength(50L * 1024 * 1024); // 50 MiB, sparse
    }
    out.add(device("huge (50 MiB)", "huge.p12", "keystore.not-a-keystore", "16 MiB"));

    Files.write(base.resolve("p12-as.jks"), p12);
    out.add(
        new Hostile(
            "PKCS12 configured as JKS",
            "p12-as.jks",
            "keystore.not-a-keystore",
            "p12-as.jks",
            k -> {
              k.setPath(new File("p12-as.jks"));
              k.setType("JKS");
            }));

    Files.writeString(base.resolve("notes.txt"), "just some text\n");
    out.add(device("text file", "notes.txt", "keystore.not-a-keystore", "notes.txt"));

    Files.write(base.resolve("wrong-password.p12"), p12);
    out.add(
        device(
            "wrong password (PKCS12)",
            "wrong-password.p12",
            "keystore.wrong-password",
            "wrong-password.p12"));

    Files.write(base.resolve("wrong-password.jks"), jks);
    out.add(
        device(
            "wrong password (JKS)",
            "wrong-password.jks",
            "keystore.wrong-password",
            "wrong-password.jks"));

    Path twoKeys = base.resolve("two-keys.pem");
    KeystoreWriter.writePrivateKeyPem(twoKeys, pki.device().privateKey());
    Files.writeString(twoKeys, Files.readString(files.serverKey()), StandardOpenOption.APPEND);
    Files.copy(files.deviceChain(), base.resolve("chain-a.pem"));
    out.add(
        new Hostile(
            "PEM key file with two keys",
            "chain-a.pem + two-keys.pem",
            "keystore.multiple-keys",
            "two-keys.pem",
            k -> {
              k.setPath(new File("chain-a.pem"));
              k.setKeyPath(new File("two-keys.pem"));
            }));

    Files.copy(files.deviceChain(), base.resolve("chain-b.pem"));
    Files.copy(files.deviceChain(), base.resolve("not-a-key.pem"));
    out.add(
        new Hostile(
            "PEM key file without a key",
            "chain-b.pem + not-a-key.pem",
            "keystore.no-private-key",
            "not-a-key.pem",
            k -> {
              k.setPath(new File("chain-b.pem"));
              k.setKeyPath(new File("not-a-key.pem"));
            }));

    Files.copy(files.deviceChain(), base.resolve("chain-only.pem"));
    out.add(
        device("PEM without a key", "chain-only.pem", "keystore.no-private-key", "chain-only.pem"));

    Files.createSymbolicLink(base.resolve("dangling.p12"), base.resolve("gone.p12"));
    out.add(device("dangling symlink", "dangling.p12", "keystore.missing", "gone.p12"));

    Files.createSymbolicLink(base.resolve("loop-a.p12"), base.resolve("loop-b.p12"));
    Files.createSymbolicLink(base.resolve("loop-b.p12"), base.resolve("loop-a.p12"));
    out.add(device("symlink loop", "loop-a.p12", "keystore.unreadable", "symbolic link"));

    Files.createDirectories(base.resolve("a-directory.p12"));
    out.add(device("directory", "a-directory.p12", "keystore.unreadable", "directory"));

    Path fifo = base.resolve("keystore.fifo");
    ProcessResult mkfifo =
        Tool.MKFIFO.command(fifo.toString()).timeout(Duration.ofSeconds(10)).run();
    if (mkfifo.exitCode() == 0) {
      out.add(device("FIFO", "keystore.fifo", "keystore.unreadable", "not a regular file"));
    }

    if (Files.exists(Path.of("/dev/zero"))) {
      out.add(
          new Hostile(
              "/dev/zero",
              "/dev/zero",
              "keystore.unreadable",
              "not a regular file",
              k -> k.setPath(new File("/dev/zero"))));
    }
    return out;
  }

  private static Hostile device(String what, String file, String id, String mentions) {
    return new Hostile(what, file, id, mentions, k -> k.setPath(new File(file)));
  }

  // ------------------------------------------------------------------ the mojo, in-process

  /** A Maven log that keeps every line, with the stack trace of any throwable; debug enabled. */
  static final class CapturingLog implements Log {
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private void add(String level, CharSequence content, Throwable error) {
      StringBuilder sb = new StringBuilder(level).append(' ').append(content);
      if (error != null) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        sb.append('\n').append(trace);
      }
      lines.add(sb.toString());
    }

    String all() {
      synchronized (lines) {
        return String.join("\n", lines);
      }
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public void debug(CharSequence c) {
      add("DEBUG", c, null);
    }

    @Override
    public void debug(CharSequence c, Throwable e) {
      add("DEBUG", c, e);
    }

    @Override
    public void debug(Throwable e) {
      add("DEBUG", "", e);
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public void info(CharSequence c) {
      add("INFO", c, null);
    }

    @Override
    public void info(CharSequence c, Throwable e) {
      add("INFO", c, e);
    }

    @Override
    public void info(Throwable e) {
      add("INFO", "", e);
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public void warn(CharSequence c) {
      add("WARN", c, null);
    }

    @Override
    public void warn(CharSequence c, Throwable e) {
      add("WARN", c, e);
    }

    @Override
    public void warn(Throwable e) {
      add("WARN", "", e);
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public void error(CharSequence c) {
      add("ERROR", c, null);
    }

    @Override
    public void error(CharSequence c, Throwable e) {
      add("ERROR", c, e);
    }

    @Override
    public void error(Throwable e) {
      add("ERROR", "", e);
    }
  }

  /** One run of the mojo: what it logged, threw and wrote. */
  record Run(CapturingLog log, Throwable thrown, Path reportDirectory) {
    String json() throws IOException {
      return Files.readString(reportDirectory.resolve("verify-tls.json"), StandardCharsets.UTF_8);
    }

    String txt() throws IOException {
      return Files.readString(reportDirectory.resolve("verify-tls.txt"), StandardCharsets.UTF_8);
    }
  }

  private static Run execute(Path base, List<Keystore> keystores, Source source) throws Exception {
    Model model = new Model();
    model.setGroupId("io.sep2.it");
    model.setArtifactId("hostile");
    model.setVersion("1");
    Build build = new Build();
    build.setDirectory(base.resolve("target").toString());
    build.setOutputDirectory(base.resolve("target/classes").toString());
    build.setTestOutputDirectory(base.resolve("target/test-classes").toString());
    model.setBuild(build);
    MavenProject project = new MavenProject(model);
    project.setFile(base.resolve("pom.xml").toFile());
    MavenExecutionRequest request = new DefaultMavenExecutionRequest();
    request.setUserProperties(new Properties());
    request.setSystemProperties(new Properties());
    MavenSession session =
        new MavenSession(
            null,
            (org.eclipse.aether.RepositorySystemSession) null,
            request,
            new DefaultMavenExecutionResult());
    source.configure(session, project);

    Path reportDirectory = base.resolve("target/sep2");
    VerifyTlsMojo mojo = new VerifyTlsMojo();
    set(mojo, "keystores", keystores);
    set(mojo, "cipherSuites", List.of("TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8"));
    set(mojo, "protocols", List.of("TLSv1.2"));
    set(mojo, "jsseProvider", "none");
    set(mojo, "timeoutSeconds", 5);
    set(mojo, "reportDirectory", reportDirectory.toFile());
    set(mojo, "project", project);
    set(mojo, "session", session);
    CapturingLog log = new CapturingLog();
    mojo.setLog(log);
    Throwable thrown = catchThrowable(mojo::execute);
    return new Run(log, thrown, reportDirectory);
  }

  private static void set(Object target, String field, Object value) throws Exception {
    Field f = VerifyTlsMojo.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }

  // ------------------------------------------------------------------ assertions

  private static void assertNoSecret(String secret, Throwable e) {
    if (e == null) {
      return;
    }
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).as("stack trace").doesNotContain(secret);
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).as("exception message").doesNotContain(secret);
      assertThat(t.toString()).doesNotContain(secret);
      for (Throwable s : t.getSuppressed()) {
        assertNoSecret(secret, s);
      }
    }
  }

  /** The findings of a keystore, from the JSON report's table lines in the text report. */
  private static List<String> reportLinesOf(String txt, String label) {
    return txt.lines().filter(l -> l.contains(" " + label + " (")).toList();
  }

  // ------------------------------------------------------------------ tests

  @ParameterizedTest
  @EnumSource(Source.class)
  void everyHostileKeystoreGetsItsOwnFindingAndThePasswordIsNowhere(
      Source source, @TempDir Path base) throws Exception {
    String secret = source.secret();
    assumeThat(secret).as("the environment variable PATH").isNotBlank();
    List<Hostile> hostiles = hostileFiles(base);

    // a good keystore with the source's password proves the source is really read; as server, so
    // the loopback handshake stays skipped (the device keystores do not load)
    // (JKS: the JDK's PKCS12 refuses non-ASCII passwords when writing)
    KeyStore goodStore = KeyStore.getInstance("JKS");
    goodStore.load(null, null);
    goodStore.setKeyEntry(
        "server",
        pki.server().privateKey(),
        secret.toCharArray(),
        pki.server().chainWithoutRoot().toArray(Certificate[]::new));
    try (var out = Files.newOutputStream(base.resolve("good-server.jks"))) {
      goodStore.store(out, secret.toCharArray());
    }

    List<Keystore> keystores = new ArrayList<>();
    for (Hostile h : hostiles) {
      Keystore k = new Keystore();
      k.setRole("device");
      h.setup().accept(k);
      source.configure(k);
      keystores.add(k);
    }
    Keystore server = new Keystore();
    server.setRole("server");
    server.setPath(new File("good-server.jks"));
    source.configure(server);
    keystores.add(server);

    Run run =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> execute(base, keystores, source));

    // one failure, listing every hostile keystore with its id
    assertThat(run.thrown()).isInstanceOf(MojoFailureException.class);
    String failure = run.thrown().getMessage();
    for (Hostile h : hostiles) {
      assertThat(failure)
          .as(h.what())
          .contains("ERROR " + h.id() + " " + h.label() + " (device): ");
    }

    // the report: exactly one keystore finding per hostile file, its own id, naming the file, in
    // words; the good one loaded
    String txt = run.txt();
    String json = run.json();
    Map<String, String> seen = new LinkedHashMap<>();
    for (Hostile h : hostiles) {
      List<String> lines = reportLinesOf(txt, h.label());
      assertThat(lines).as("%s: lines in the text report", h.what()).hasSize(1);
      String line = lines.get(0);
      assertThat(line).as(h.what()).startsWith("ERROR").contains(h.id()).contains(h.mentions());
      seen.put(h.what(), line);
    }
    assertThat(reportLinesOf(txt, "good-server.jks"))
        .anySatisfy(l -> assertThat(l).startsWith("OK").contains("keystore.loaded"));
    assertThat(json).contains("\"passed\" : false").contains("\"id\" : \"keystore.loaded\"");
    for (Hostile h : hostiles) {
      assertThat(json).contains("\"subject\" : \"" + h.label() + " (device)\"");
    }

    // never a stack trace, nor a bare exception, as the message
    for (String line : seen.values()) {
      assertThat(line).doesNotContain("\tat ").doesNotContain("\n");
    }
    assertThat(txt).doesNotContain("\tat ").doesNotContain("check.crashed");
    assertThat(failure).doesNotContain("\tat ").doesNotContain("check.crashed");

    // the password: nowhere
    assertThat(run.log().all()).as("Maven log, debug included").doesNotContain(secret);
    assertThat(txt).as("verify-tls.txt").doesNotContain(secret);
    assertThat(json).as("verify-tls.json").doesNotContain(secret);
    assertNoSecret(secret, run.thrown());
    // the log shows the table, a line per finding
    assertThat(run.log().all()).contains("keystore.wrong-password").contains("keystore.unreadable");
  }

  @Test
  void eachHostileFileLoadedDirectlyGivesOneFindingWithWordsNotAnExceptionAndNoSecret(
      @TempDir Path base) throws Exception {
    // the environment source with the distinctive secret, through KeystoreLoading's lookup
    List<Hostile> hostiles = hostileFiles(base);
    List<KeystoreResult> results = new ArrayList<>();
    for (Hostile h : hostiles) {
      Keystore k = new Keystore();
      k.setRole("device");
      h.setup().accept(k);
      k.setPasswordEnv("DEVICE_PW");
      KeystoreSpec spec = toSpec(k, base);
      assertThat(spec.password().kind()).isEqualTo(PasswordSource.Kind.ENV);
      results.add(
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () ->
                  KeystoreLoading.load(
                      spec, name -> "DEVICE_PW".equals(name) ? SECRET : null, name -> null)));
    }
    List<Finding> findings =
        new KeystoreLoadsCheck()
            .run(
                new VerifyContext(
                    results,
                    List.of(),
                    List.of(),
                    new JsseSetup("none", List.of(), List.of(), null),
                    null,
                    Duration.ofSeconds(5)));
    assertThat(findings).hasSize(hostiles.size());
    for (int i = 0; i < hostiles.size(); i++) {
      Hostile h = hostiles.get(i);
      Finding f = findings.get(i);
      assertThat(f.severity()).as(h.what()).isEqualTo(Severity.ERROR);
      assertThat(f.id()).as(h.what()).isEqualTo(h.id());
      assertThat(f.subject()).isEqualTo(h.label() + " (device)");
      assertThat(f.actual()).as(h.what()).contains(h.mentions());
      assertThat(f.actual()).as(h.what()).doesNotMatch(BARE_EXCEPTION).doesNotContain("\tat ");
      assertThat(f.fix()).as(h.what()).isNotBlank();
      assertThat(f.toString()).doesNotContain(SECRET);
      assertNoSecret(SECRET, results.get(i).failure().exception());
    }
    Report report = new Report("g:a:1", findings, false);
    assertThat(report.passed()).isFalse();
    assertThat(report.failures()).hasSize(hostiles.size());
    assertThat(report.text()).doesNotContain(SECRET);
    assertThat(report.json()).doesNotContain(SECRET);
    assertThat(report.failureMessage()).doesNotContain(SECRET);
  }

  @ParameterizedTest
  @EnumSource(
      value = Source.class,
      names = {"ENV", "PROPERTY_USER"})
  void anUnsetPasswordSourceIsNamedWithoutAValue(Source source, @TempDir Path base)
      throws Exception {
    Files.copy(files.deviceKeystore(), base.resolve("device.p12"));
    Keystore k = new Keystore();
    k.setRole("device");
    k.setPath(new File("device.p12"));
    String name = "SEP2_SURELY_UNSET_" + source;
    if (source == Source.ENV) {
      assumeThat(System.getenv(name)).isNull();
      k.setPasswordEnv(name);
    } else {
      k.setPasswordProperty(name);
    }
    Run run = execute(base, List.of(k), Source.PASSWORD);
    assertThat(run.thrown()).isInstanceOf(MojoFailureException.class);
    assertThat(run.thrown().getMessage())
        .contains("ERROR keystore.password-unset device.p12 (device): ")
        .contains(name);
    assertThat(run.txt()).contains("keystore.password-unset");
  }

  @Test
  void aGoodKeystoreConfiguredAsJksWithTheRightPasswordLoads(@TempDir Path base) throws Exception {
    // control: the same pipeline passes keystore.loaded for an intact JKS given its password
    Files.write(base.resolve("device.jks"), jks);
    Keystore k = new Keystore();
    k.setRole("device");
    k.setPath(new File("device.jks"));
    k.setType("JKS");
    k.setPassword(STORE_PASSWORD);
    KeystoreResult result = KeystoreLoading.load(toSpec(k, base), name -> null, name -> null);
    assertThat(result.loaded()).as(String.valueOf(result.failure())).isTrue();
    assertThat(result.keystore().format()).isEqualTo(KeystoreFormat.JKS);
  }

  private static KeystoreSpec toSpec(Keystore k, Path base) throws Exception {
    var m = Keystore.class.getDeclaredMethod("toSpec", Path.class);
    m.setAccessible(true);
    return (KeystoreSpec) m.invoke(k, base);
  }
}
