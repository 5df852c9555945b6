package io.sep2.verify.internal;

import io.sep2.tls.Sep2TlsPolicy;
import io.sep2.tls.diagnostics.ClientHelloInfo;
import io.sep2.tls.diagnostics.ClientHelloParser;
import io.sep2.verify.Finding;
import io.sep2.verify.internal.VerifyContext.ClasspathArtifact;
import io.sep2.verify.internal.VerifyContext.JsseSetup;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Check 4: the project's JSSE set-up can negotiate {@code TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8}.
 *
 * <p><b>What "the build's JSSE set-up" means here.</b> The plugin runs in Maven's JVM, but the
 * project's client runs in its tests, on the project's <em>test classpath</em>, on the same JDK.
 * The JDK's SunJSSE has no CCM suites in any version, so a Java client can only reach a 2030.5
 * server through Bouncy Castle's BCJSSE (bctls), and only if it enables the suite explicitly. This
 * check therefore:
 *
 * <ol>
 *   <li>reports the JVM's default {@code SSLContext} ({@code jsse.jvm-default}, INFO): what a
 *       client gets from {@code SSLContext.getDefault()};
 *   <li>with {@code jsseProvider=SunJSSE} fails at once ({@code jsse.provider-no-ccm});
 *   <li>with {@code jsseProvider=BCJSSE} (the default) requires {@code org.bouncycastle:bctls-*}
 *       among the project's resolved test artifacts ({@code jsse.bctls-missing} otherwise: a
 *       SunJSSE-only set-up), with the same version as bcprov, bcutil and bcpkix ({@code
 *       jsse.bc-version-mismatch});
 *   <li>loads that very bctls from the test classpath in an isolated class loader, creates {@code
 *       new BouncyCastleJsseProvider(new BouncyCastleProvider())}, enables the configured suites
 *       and protocols on a client engine ({@code jsse.cannot-enable} when it refuses one, {@code
 *       jsse.suite-unknown} when it silently drops a suite name it does not know) and makes it
 *       write a ClientHello, which must offer 0xC0AE ({@code jsse.ccm8}; {@code
 *       jsse.ccm8-unsupported}, {@code jsse.ccm8-not-offered} or {@code jsse.bctls-broken}
 *       otherwise).
 * </ol>
 *
 * With {@code jsseProvider=none} (a device client that is not Java) the check is skipped ({@code
 * jsse.skipped}). A Surefire run on another JDK (toolchains, {@code jvm}) is not looked at.
 */
public final class JsseProviderCheck implements Check {

  private static final String BC_GROUP = "org.bouncycastle";
  private static final String SUBJECT = "test classpath";

  @Override
  public String name() {
    return "JSSE can negotiate CCM_8";
  }

  @Override
  public List<Finding> run(VerifyContext context) {
    List<Finding> out = new ArrayList<>();
    JsseSetup jsse = context.jsse();
    String provider = jsse.provider().trim();
    if (jsse.skipped() != null && !provider.equalsIgnoreCase("none")) {
      out.add(Finding.info("jsse.skipped", jsse.skipped().subject(), jsse.skipped().reason()));
      return out;
    }
    if (provider.equalsIgnoreCase("none")) {
      out.add(
          Finding.info(
              "jsse.skipped",
              "<jsseProvider>",
              "none: the device client is not Java, so the JSSE set-up is not checked"));
      return out;
    }
    out.add(jvmDefault());
    if (provider.equalsIgnoreCase("SunJSSE")) {
      out.add(
          Finding.error(
              "jsse.provider-no-ccm",
              "<jsseProvider>",
              "a JSSE provider with " + Sep2TlsPolicy.CIPHER_SUITE_NAME,
              "SunJSSE, the JDK's provider, has no CCM cipher suites in any Java version: a"
                  + " client on it offers no suite a 2030.5 server accepts (alert 40)",
              bcjsseFix()));
      return out;
    }
    if (!provider.equalsIgnoreCase("BCJSSE")) {
      out.add(
          Finding.warning(
              "jsse.provider-unknown",
              "<jsseProvider>",
              "BCJSSE, SunJSSE or none",
              "'" + provider + "' is not a provider this check knows; CCM_8 support not checked",
              "Set <jsseProvider> to BCJSSE if the client uses Bouncy Castle's JSSE."));
      return out;
    }
    List<ClasspathArtifact> bc =
        jsse.artifacts().stream().filter(a -> a.groupId().equals(BC_GROUP)).toList();
    List<ClasspathArtifact> bctls =
        bc.stream().filter(a -> a.artifactId().startsWith("bctls-")).toList();
    if (bctls.isEmpty()) {
      out.add(
          Finding.error(
              "jsse.bctls-missing",
              SUBJECT,
              "org.bouncycastle:bctls-jdk18on (BCJSSE) on the test classpath: the only Java TLS"
                  + " provider with "
                  + Sep2TlsPolicy.CIPHER_SUITE_NAME,
              "no bctls among the project's "
                  + jsse.artifacts().size()
                  + " test artifacts: the tests can only use the JDK's SunJSSE, which has no CCM"
                  + " cipher suites in any Java version, so a 2030.5 server refuses their"
                  + " ClientHello (alert 40 handshake_failure)",
              bcjsseFix()));
      return out;
    }
    Map<String, String> versions = new TreeMap<>();
    for (ClasspathArtifact a : bc) {
      if (a.artifactId().matches("bc(prov|tls|util|pkix)-.*")) {
        versions.put(a.artifactId(), a.version());
      }
    }
    if (versions.values().stream().distinct().count() > 1) {
      out.add(
          Finding.error(
              "jsse.bc-version-mismatch",
              SUBJECT,
              "one version for bcprov, bcutil, bcpkix and bctls",
              "mixed Bouncy Castle versions " + versions + " break at run time",
              "Pin all Bouncy Castle artifacts to one version in <dependencyManagement>."));
    }
    String bcprov =
        bc.stream()
            .filter(a -> a.artifactId().startsWith("bcprov-"))
            .map(ClasspathArtifact::version)
            .findFirst()
            .orElse(null);
    boolean sameAsPlugin =
        jsse.pluginBouncyCastleVersion() != null
            && jsse.pluginBouncyCastleVersion().equals(bctls.get(0).version())
            && jsse.pluginBouncyCastleVersion().equals(bcprov);
    out.addAll(tryBcjsse(jsse.testClasspath(), bctls.get(0), sameAsPlugin, context));
    return out;
  }

  private static String bcjsseFix() {
    return "Add org.bouncycastle:bctls-jdk18on (test scope, same version as bcprov-jdk18on) or"
        + " sep2-junit-extension; create the client's SSLContext with"
        + " SSLContext.getInstance(\"TLS\", new BouncyCastleJsseProvider(new"
        + " BouncyCastleProvider())) (or use Sep2ClientTls); enable "
        + Sep2TlsPolicy.CIPHER_SUITE_NAME
        + " and TLSv1.2 explicitly with SSLParameters.setCipherSuites/setProtocols, since BCJSSE"
        + " does not enable CCM_8 by default.";
  }

  /** What {@code SSLContext.getDefault()} gives in this JVM. */
  private static Finding jvmDefault() {
    String java = "Java " + System.getProperty("java.version");
    try {
      SSLContext context = SSLContext.getDefault();
      Provider p = context.getProvider();
      boolean ccm8 =
          Arrays.asList(context.getSupportedSSLParameters().getCipherSuites())
              .contains(Sep2TlsPolicy.CIPHER_SUITE_NAME);
      return Finding.info(
          "jsse.jvm-default",
          "JVM default SSLContext",
          java
              + ": SSLContext.getDefault() is "
              + p.getName()
              + " "
              + p.getVersionStr()
              + (ccm8
                  ? ", which supports CCM_8 (enable it explicitly)"
                  : ", which has no CCM_8: a client must create a BCJSSE context itself"));
    } catch (GeneralSecurityException | RuntimeException e) {
      return Finding.info(
          "jsse.jvm-default", "JVM default SSLContext", java + ": unavailable: " + e);
    }
  }

  /**
   * Loads BCJSSE from the project's test classpath, enables the configured suites and protocols,
   * and checks that its ClientHello offers 0xC0AE. When the project's bctls and bcprov have the
   * plugin's own Bouncy Castle version, the plugin's copy of those very jars is used instead of
   * loading them a second time (about a second of CPU saved).
   */
  static List<Finding> tryBcjsse(
      List<Path> classpath, ClasspathArtifact bctls, boolean sameAsPlugin, VerifyContext context) {
    String label =
        bctls.artifactId()
            + " "
            + bctls.version()
            + (sameAsPlugin ? " (the plugin's copy of the same version)" : "");
    List<String> suites = javaSuites(context.cipherSuites());
    List<String> protocols =
        context.protocols().isEmpty() ? List.of(Sep2TlsPolicy.PROTOCOL_NAME) : context.protocols();
    URL[] urls;
    try {
      urls = urls(classpath);
    } catch (MalformedURLException e) {
      return List.of(broken(label, "a test classpath element is not a valid URL: " + e));
    }
    try (URLClassLoader loader =
        new URLClassLoader(
            "sep2-test-classpath",
            sameAsPlugin ? new URL[0] : urls,
            sameAsPlugin
                ? JsseProviderCheck.class.getClassLoader()
                : ClassLoader.getPlatformClassLoader())) {
      Provider bc =
          (Provider)
              loader
                  .loadClass("org.bouncycastle.jce.provider.BouncyCastleProvider")
                  .getConstructor()
                  .newInstance();
      Provider jsse =
          (Provider)
              loader
                  .loadClass("org.bouncycastle.jsse.provider.BouncyCastleJsseProvider")
                  .getConstructor(Provider.class)
                  .newInstance(bc);
      SSLContext sslContext = SSLContext.getInstance("TLS", jsse);
      sslContext.init(null, new TrustManager[] {new NoTrust()}, null);
      SSLEngine engine = sslContext.createSSLEngine("localhost", 443);
      engine.setUseClientMode(true);
      boolean supported =
          Arrays.asList(engine.getSupportedCipherSuites())
              .contains(Sep2TlsPolicy.CIPHER_SUITE_NAME);
      if (!supported) {
        return List.of(
            Finding.error(
                "jsse.ccm8-unsupported",
                SUBJECT,
                "BCJSSE supporting " + Sep2TlsPolicy.CIPHER_SUITE_NAME,
                "BCJSSE of " + label + " on the test classpath does not list CCM_8 as supported",
                "Use a bctls version with CCM_8 (1.84 is known to work) together with the"
                    + " BouncyCastleProvider."));
      }
      boolean enabledByDefault =
          Arrays.asList(sslContext.getDefaultSSLParameters().getCipherSuites())
              .contains(Sep2TlsPolicy.CIPHER_SUITE_NAME);
      try {
        engine.setEnabledProtocols(protocols.toArray(String[]::new));
        engine.setEnabledCipherSuites(suites.toArray(String[]::new));
      } catch (IllegalArgumentException e) {
        return List.of(
            Finding.error(
                "jsse.cannot-enable",
                SUBJECT,
                "BCJSSE to accept the configured suites " + suites + " and protocols " + protocols,
                "BCJSSE of " + label + " refuses them: " + e.getMessage(),
                "Configure only suite and protocol names BCJSSE knows, e.g. "
                    + Sep2TlsPolicy.CIPHER_SUITE_NAME
                    + " and TLSv1.2."));
      }
      List<Finding> out = new ArrayList<>();
      List<String> enabled = Arrays.asList(engine.getEnabledCipherSuites());
      List<String> dropped = suites.stream().filter(s -> !enabled.contains(s)).toList();
      if (!dropped.isEmpty()) {
        out.add(
            Finding.warning(
                "jsse.suite-unknown",
                "<cipherSuites>",
                "suite names BCJSSE knows",
                "BCJSSE of "
                    + label
                    + " silently ignores "
                    + dropped
                    + " when they are enabled: the client does not offer them",
                "Check the spelling against the IANA names, e.g. "
                    + Sep2TlsPolicy.CIPHER_SUITE_NAME
                    + "."));
      }
      ClientHelloInfo hello = clientHello(engine);
      if (hello == null || !hello.offersCipherSuite(Sep2TlsPolicy.CIPHER_SUITE)) {
        out.add(
            0,
            Finding.error(
                "jsse.ccm8-not-offered",
                SUBJECT,
                "a ClientHello offering " + Sep2TlsPolicy.CIPHER_SUITE_NAME,
                "BCJSSE of "
                    + label
                    + " with suites "
                    + suites
                    + " wrote a ClientHello "
                    + (hello == null
                        ? "that cannot be read"
                        : "offering " + hello.cipherSuiteNames()),
                "Enable " + Sep2TlsPolicy.CIPHER_SUITE_NAME + " on the client's SSLParameters."));
        return out;
      }
      out.add(
          0,
          Finding.ok(
              "jsse.ccm8",
              SUBJECT,
              "BCJSSE of "
                  + label
                  + " offers "
                  + Sep2TlsPolicy.CIPHER_SUITE_NAME
                  + " with "
                  + protocols
                  + (enabledByDefault
                      ? ""
                      : " once enabled (it is not enabled by default: the client must set it)")));
      return out;
    } catch (ClassNotFoundException e) {
      return List.of(broken(label, "BCJSSE classes cannot be found on the test classpath: " + e));
    } catch (ReflectiveOperationException | GeneralSecurityException | IOException e) {
      return List.of(broken(label, "BCJSSE cannot be set up: " + e));
    } catch (RuntimeException | LinkageError e) {
      return List.of(broken(label, "BCJSSE fails at run time: " + e));
    }
  }

  /** The suites to enable: the configured Java names, or CCM_8 alone. */
  private static List<String> javaSuites(List<String> configured) {
    List<String> out = new ArrayList<>();
    for (String s : configured) {
      if (CipherConfigurationCheck.isCcm8(s)) {
        out.add(Sep2TlsPolicy.CIPHER_SUITE_NAME);
      } else if (s.trim().startsWith("TLS_")) {
        out.add(s.trim());
      }
    }
    return out.isEmpty()
        ? List.of(Sep2TlsPolicy.CIPHER_SUITE_NAME)
        : out.stream().distinct().toList();
  }

  private static Finding broken(String label, String actual) {
    return Finding.error(
        "jsse.bctls-broken",
        SUBJECT,
        "a working BCJSSE (" + label + ") on the test classpath",
        actual,
        "Use one version for bcprov-jdk18on, bcutil-jdk18on, bcpkix-jdk18on and bctls-jdk18on,"
            + " and no other Bouncy Castle jars (e.g. *-jdk15on) beside them.");
  }

  private static URL[] urls(List<Path> classpath) throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (Path p : classpath) {
      if (Files.exists(p)) {
        urls.add(p.toUri().toURL());
      }
    }
    return urls.toArray(URL[]::new);
  }

  /** Runs the engine until it has written its first flight and parses the ClientHello. */
  private static ClientHelloInfo clientHello(SSLEngine engine) throws IOException {
    engine.beginHandshake();
    ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
    SSLEngineResult result = engine.wrap(ByteBuffer.allocate(0), out);
    while (result.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_TASK) {
      Runnable task;
      while ((task = engine.getDelegatedTask()) != null) {
        task.run();
      }
      result = engine.wrap(ByteBuffer.allocate(0), out);
    }
    out.flip();
    byte[] bytes = new byte[out.remaining()];
    out.get(bytes);
    engine.closeOutbound();
    try {
      return ClientHelloParser.parse(bytes);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A client that is never asked to trust anyone: no handshake goes beyond its ClientHello. */
  private static final class NoTrust implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws java.security.cert.CertificateException {
      throw new java.security.cert.CertificateException("not used");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws java.security.cert.CertificateException {
      throw new java.security.cert.CertificateException("not used");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
