package io.sep2.verify.internal;

import io.sep2.verify.KeystoreRole;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the checks of {@code sep2:verify-tls} look at: the loaded keystores, the client's configured
 * cipher suites and protocols, the project's JSSE set-up and the probe URL. Immutable; free of
 * Maven types so checks can be tested without Maven.
 *
 * @param keystores every configured keystore, loaded or with the reason it could not be
 * @param cipherSuites the suites the project's client is configured with; empty when not told
 * @param protocols the protocols the project's client is configured with; empty when not told
 * @param jsse the JSSE set-up of the project's tests
 * @param probe a 2030.5 server to probe, or null
 * @param timeout how long a handshake or HTTP request may take
 */
public record VerifyContext(
    List<KeystoreResult> keystores,
    List<String> cipherSuites,
    List<String> protocols,
    JsseSetup jsse,
    URI probe,
    Duration timeout) {

  /** Copies the lists. */
  public VerifyContext {
    keystores = List.copyOf(keystores);
    cipherSuites = List.copyOf(cipherSuites);
    protocols = List.copyOf(protocols);
    Objects.requireNonNull(jsse, "jsse");
    Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * The JSSE set-up the project's tests run with.
   *
   * @param provider the provider the project's client uses: {@code BCJSSE}, {@code SunJSSE}, or
   *     {@code none} when the client is not Java
   * @param artifacts the resolved artifacts of the test classpath
   * @param testClasspath the test classpath elements (jars and directories)
   * @param pluginBouncyCastleVersion the version of the plugin's own bcprov and bctls, or null
   * @param skipped why the JSSE check is skipped although the client may be Java (e.g. the command
   *     line was given no classpath), or null
   */
  public record JsseSetup(
      String provider,
      List<ClasspathArtifact> artifacts,
      List<Path> testClasspath,
      String pluginBouncyCastleVersion,
      Skipped skipped) {
    /** Copies the lists. */
    public JsseSetup {
      Objects.requireNonNull(provider, "provider");
      artifacts = List.copyOf(artifacts);
      testClasspath = List.copyOf(testClasspath);
    }

    /** A set-up that is checked (nothing skipped). */
    public JsseSetup(
        String provider,
        List<ClasspathArtifact> artifacts,
        List<Path> testClasspath,
        String pluginBouncyCastleVersion) {
      this(provider, artifacts, testClasspath, pluginBouncyCastleVersion, null);
    }
  }

  /**
   * Why the JSSE check is skipped, reported as {@code jsse.skipped} (INFO).
   *
   * @param subject the finding's subject, e.g. {@code --classpath}
   * @param reason the finding's text
   */
  public record Skipped(String subject, String reason) {
    /** Checks the components. */
    public Skipped {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A resolved artifact of the project's test classpath.
   *
   * @param groupId e.g. {@code org.bouncycastle}
   * @param artifactId e.g. {@code bctls-jdk18on}
   * @param version e.g. {@code 1.84}
   */
  public record ClasspathArtifact(String groupId, String artifactId, String version) {
    @Override
    public String toString() {
      return groupId + ":" + artifactId + ":" + version;
    }
  }

  /** The loaded keystores of a role, in configuration order. */
  public List<KeystoreResult> loaded(KeystoreRole role) {
    return keystores.stream().filter(k -> k.loaded() && k.role() == role).toList();
  }

  /** Whether any keystore, loaded or not, is configured with this role. */
  public boolean configured(KeystoreRole role) {
    return keystores.stream().anyMatch(k -> k.role() == role);
  }

  /** The trusted certificates of every loaded truststore. */
  public List<X509Certificate> trustedCertificates() {
    List<X509Certificate> out = new ArrayList<>();
    for (KeystoreResult truststore : loaded(KeystoreRole.TRUSTSTORE)) {
      out.addAll(truststore.trustedCertificates());
    }
    return out;
  }
}
