package io.sep2.maven;

import io.sep2.verify.KeystoreSpec;
import io.sep2.verify.Report;
import io.sep2.verify.Severity;
import io.sep2.verify.VerifyTls;
import io.sep2.verify.VerifyTlsException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Checks the project's IEEE 2030.5 TLS set-up before the tests run: keystores, certificates against
 * the 2030.5 profile, the client's cipher suites and protocols, the JSSE provider on the test
 * classpath, a real CCM_8 handshake with the project's device identity, and optionally a live
 * 2030.5 server.
 *
 * <p>Each check reports findings (id, severity, subject, expected, actual, fix), printed as a table
 * with one finding per line and written to {@code target/sep2/verify-tls.json} and {@code .txt}.
 * The build fails once, listing every ERROR (and with {@code failOnWarning} every WARNING). Checks:
 *
 * <ol>
 *   <li>every keystore loads ({@code keystore.*}; missing file, wrong password, damaged or
 *       unsupported file are told apart; passwords are never printed or written);
 *   <li>each device/server chain meets the 2030.5 certificate profile ({@code profile.*}), the key
 *       matches its certificate ({@code key.*}), the truststore's SERCA anchors the chains ({@code
 *       truststore.*}); the device's LFDI and SFDI are printed ({@code device.identity});
 *   <li>the configured suites include TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8 and the protocols TLSv1.2
 *       ({@code config.*});
 *   <li>the test classpath's JSSE can negotiate CCM_8 ({@code jsse.*}; see {@code jsseProvider});
 *   <li>a loopback handshake with the in-process 2030.5 mock server ({@code handshake.*});
 *   <li>with {@code probe}: a CCM_8 handshake with that server, its chain's profile and its
 *       DeviceCapability ({@code probe.*}; the chain's profile findings as {@code profile.*}).
 * </ol>
 */
@Mojo(
    name = "verify-tls",
    defaultPhase = LifecyclePhase.PROCESS_TEST_CLASSES,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class VerifyTlsMojo extends AbstractMojo {

  /**
   * The project's keystores, each a {@code <keystore>} with {@code path}, {@code role} ({@code
   * device}, {@code server} or {@code truststore}), optional {@code type} ({@code PKCS12}, {@code
   * JKS}, {@code PEM}; default detected), {@code keyPath} (PEM identities: the key file), one of
   * {@code password}, {@code passwordEnv} (environment variable name) or {@code passwordProperty}
   * (property name), and optional {@code alias}. Relative paths are resolved against the project's
   * base directory. Default: none.
   */
  @Parameter private List<Keystore> keystores = new ArrayList<>();

  /**
   * The cipher suites the project's client enables (JSSE/IANA names; the OpenSSL name {@code
   * ECDHE-ECDSA-AES128-CCM8} is understood). Must include {@code
   * TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8}. Default: not set, which is a warning.
   */
  @Parameter(property = "sep2.cipherSuites")
  private List<String> cipherSuites = new ArrayList<>();

  /**
   * The protocols the project's client enables; must include {@code TLSv1.2}. Default: not set
   * (JSSE's defaults, which include TLSv1.2).
   */
  @Parameter(property = "sep2.protocols")
  private List<String> protocols = new ArrayList<>();

  /**
   * The JSSE provider the project's client uses: {@code BCJSSE} (Bouncy Castle, the only Java
   * provider with CCM_8: bctls must be on the test classpath and is tried there), {@code SunJSSE}
   * (the JDK's: always fails, it has no CCM), or {@code none} when the device client is not Java
   * (the check is skipped). Default {@code BCJSSE}.
   */
  @Parameter(property = "sep2.jsseProvider", defaultValue = "BCJSSE")
  private String jsseProvider;

  /**
   * A 2030.5 server to probe, e.g. {@code https://server.example:8443/dcap} (path default {@code
   * /dcap}): a CCM_8-only client with the device keystore connects, reports the negotiated
   * parameters, checks the server's chain and GETs the DeviceCapability. Default: no probe.
   */
  @Parameter(property = "sep2.probe")
  private String probe;

  /** Whether warnings fail the build too. Default {@code false}. */
  @Parameter(property = "sep2.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /** Seconds a handshake or HTTP request of the loopback and probe checks may take. Default 10. */
  @Parameter(property = "sep2.timeoutSeconds", defaultValue = "10")
  private int timeoutSeconds;

  /** Skips the goal. Default {@code false}. */
  @Parameter(property = "sep2.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Where {@code verify-tls.json} and {@code verify-tls.txt} are written. Default {@code
   * ${project.build.directory}/sep2}.
   */
  @Parameter(defaultValue = "${project.build.directory}/sep2", required = true)
  private File reportDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${plugin}", readonly = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Log log = getLog();
    if (skip) {
      log.info("sep2:verify-tls skipped (sep2.skip)");
      return;
    }
    long start = System.nanoTime();
    Path basedir = project.getBasedir().toPath();
    List<KeystoreSpec> specs = new ArrayList<>();
    for (Keystore keystore : keystores == null ? List.<Keystore>of() : keystores) {
      specs.add(keystore.toSpec(basedir));
    }
    VerifyTls verify =
        VerifyTls.builder()
            .project(
                project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion())
            .keystores(specs)
            .cipherSuites(cipherSuites == null ? List.of() : cipherSuites)
            .protocols(protocols == null ? List.of() : protocols)
            .jsseProvider(jsseProvider)
            .clientClasspath(testClasspath(), artifacts())
            .sharedBouncyCastleVersion(pluginBouncyCastleVersion())
            .probe(probeUri())
            .timeout(Duration.ofSeconds(Math.max(1, timeoutSeconds)))
            .failOnWarning(failOnWarning)
            .environment(System::getenv)
            .properties(this::property)
            .debug(log.isDebugEnabled() ? log::debug : null)
            .reportBugsTo("sep2-maven-plugin")
            .build();
    Report report;
    try {
      report = verify.run();
    } catch (VerifyTlsException e) {
      throw new MojoExecutionException(e.getMessage(), e.getCause());
    }
    print(report, log, (System.nanoTime() - start) / 1_000_000);
    try {
      List<Path> files = report.write(reportDirectory.toPath());
      log.info("sep2:verify-tls report: " + files.get(0) + " and " + files.get(1).getFileName());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "sep2:verify-tls cannot write its report to " + reportDirectory + ": " + e, e);
    }
    if (!report.passed()) {
      throw new MojoFailureException(report.failureMessage());
    }
  }

  private static void print(Report report, Log log, long millis) {
    log.info(report.headline(millis));
    List<String> lines = report.tableLines();
    log.info(lines.get(0));
    for (int i = 0; i < report.findings().size(); i++) {
      Severity severity = report.findings().get(i).severity();
      String line = lines.get(i + 1);
      switch (severity) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        default -> log.info(line);
      }
    }
  }

  private String property(String name) {
    Properties user = session.getUserProperties();
    if (user.getProperty(name) != null) {
      return user.getProperty(name);
    }
    if (project.getProperties().getProperty(name) != null) {
      return project.getProperties().getProperty(name);
    }
    return session.getSystemProperties().getProperty(name);
  }

  /** The version of the plugin's own bcprov and bctls when they agree, else null. */
  private String pluginBouncyCastleVersion() {
    if (plugin == null || plugin.getArtifacts() == null) {
      return null;
    }
    String bcprov = null;
    String bctls = null;
    for (Artifact a : plugin.getArtifacts()) {
      if ("org.bouncycastle".equals(a.getGroupId())) {
        if (a.getArtifactId().startsWith("bcprov-")) {
          bcprov = a.getVersion();
        } else if (a.getArtifactId().startsWith("bctls-")) {
          bctls = a.getVersion();
        }
      }
    }
    return bcprov != null && bcprov.equals(bctls) ? bcprov : null;
  }

  private List<String> artifacts() {
    List<String> out = new ArrayList<>();
    for (Artifact a : project.getArtifacts()) {
      out.add(a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion());
    }
    return out;
  }

  private List<Path> testClasspath() throws MojoExecutionException {
    try {
      return project.getTestClasspathElements().stream().map(Path::of).toList();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException(
          "sep2:verify-tls cannot resolve the project's test classpath: " + e.getMessage(), e);
    }
  }

  private URI probeUri() throws MojoFailureException {
    if (probe == null || probe.isBlank()) {
      return null;
    }
    try {
      return new URI(probe.trim());
    } catch (URISyntaxException e) {
      throw new MojoFailureException(
          "sep2:verify-tls: <probe> is not a URL: " + e.getMessage().replace(probe.trim(), "…"));
    }
  }
}
