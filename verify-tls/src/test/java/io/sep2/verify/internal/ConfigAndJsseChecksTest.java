package io.sep2.verify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.sep2.verify.Finding;
import io.sep2.verify.Severity;
import io.sep2.verify.internal.VerifyContext.ClasspathArtifact;
import io.sep2.verify.internal.VerifyContext.JsseSetup;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConfigAndJsseChecksTest {

  private static final String CCM8 = "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8";
  private static final List<Path> OWN_CLASSPATH =
      Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
          .map(Path::of)
          .toList();
  private static final List<ClasspathArtifact> BC_184 =
      List.of(
          new ClasspathArtifact("org.bouncycastle", "bcprov-jdk18on", "1.84"),
          new ClasspathArtifact("org.bouncycastle", "bctls-jdk18on", "1.84"));

  private static VerifyContext context(
      List<String> suites, List<String> protocols, JsseSetup jsse) {
    return new VerifyContext(List.of(), suites, protocols, jsse, null, Duration.ofSeconds(5));
  }

  private static List<Finding> config(List<String> suites, List<String> protocols) {
    return new CipherConfigurationCheck()
        .run(context(suites, protocols, new JsseSetup("none", List.of(), List.of(), null)));
  }

  @Test
  void suitesMustIncludeCcm8AndProtocolsTls12() {
    assertThat(config(List.of(CCM8), List.of("TLSv1.2")))
        .extracting(Finding::id, Finding::severity)
        .containsExactly(
            tuple("config.cipher-suite", Severity.OK), tuple("config.protocol", Severity.OK));
    assertThat(config(List.of("ECDHE-ECDSA-AES128-CCM8", "TLS_AES_128_GCM_SHA256"), List.of()))
        .extracting(Finding::id, Finding::severity)
        .containsExactly(
            tuple("config.cipher-suite", Severity.OK),
            tuple("config.extra-suites", Severity.INFO),
            tuple("config.protocols-unset", Severity.INFO));
    assertThat(
            config(
                List.of("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"), List.of("TLSv1.3", "TLSv1.1")))
        .extracting(Finding::id, Finding::severity)
        .containsExactly(
            tuple("config.cipher-suite", Severity.ERROR),
            tuple("config.protocol", Severity.ERROR),
            tuple("config.old-protocol", Severity.WARNING));
    assertThat(config(List.of(), List.of("TLSv1.2")))
        .extracting(Finding::id)
        .startsWith("config.cipher-suites-unset");
  }

  private static List<Finding> jsse(
      String provider, List<ClasspathArtifact> artifacts, List<String> suites) {
    return jsse(provider, artifacts, suites, null);
  }

  private static List<Finding> jsse(
      String provider, List<ClasspathArtifact> artifacts, List<String> suites, String pluginBc) {
    return new JsseProviderCheck()
        .run(
            context(
                suites,
                List.of("TLSv1.2"),
                new JsseSetup(provider, artifacts, OWN_CLASSPATH, pluginBc)));
  }

  @Test
  void aSunJsseOnlyTestClasspathFailsWithTheFix() {
    List<Finding> findings = jsse("BCJSSE", List.of(), List.of(CCM8));
    assertThat(findings)
        .extracting(Finding::id, Finding::severity)
        .containsExactly(
            tuple("jsse.jvm-default", Severity.INFO), tuple("jsse.bctls-missing", Severity.ERROR));
    Finding missing = findings.get(1);
    assertThat(missing.actual()).contains("SunJSSE");
    assertThat(missing.fix())
        .contains("bctls-jdk18on", "BouncyCastleJsseProvider", CCM8, "explicitly");
    assertThat(jsse("SunJSSE", BC_184, List.of(CCM8)))
        .extracting(Finding::id)
        .containsExactly("jsse.jvm-default", "jsse.provider-no-ccm");
    assertThat(jsse("none", List.of(), List.of(CCM8)))
        .extracting(Finding::id)
        .containsExactly("jsse.skipped");
  }

  @Test
  void bctlsOnTheTestClasspathIsLoadedAndOffersCcm8() {
    List<Finding> findings = jsse("BCJSSE", BC_184, List.of(CCM8));
    assertThat(findings)
        .extracting(Finding::id, Finding::severity)
        .containsExactly(tuple("jsse.jvm-default", Severity.INFO), tuple("jsse.ccm8", Severity.OK));
    assertThat(findings.get(1).actual())
        .contains("bctls-jdk18on 1.84")
        .contains("not enabled by default");
  }

  @Test
  void theSameVersionAsThePluginsIsTriedWithThePluginsCopy() {
    List<Finding> findings = jsse("BCJSSE", BC_184, List.of(CCM8), "1.84");
    assertThat(findings).extracting(Finding::id).containsExactly("jsse.jvm-default", "jsse.ccm8");
    assertThat(findings.get(1).actual()).contains("the plugin's copy of the same version");
  }

  @Test
  void unknownSuitesMissingCcm8AndMixedVersionsAreReported() {
    // BCJSSE drops unknown names silently (SunJSSE would throw): a typo goes unnoticed
    assertThat(jsse("BCJSSE", BC_184, List.of(CCM8, "TLS_NO_SUCH_SUITE")))
        .extracting(Finding::id)
        .containsExactly("jsse.jvm-default", "jsse.ccm8", "jsse.suite-unknown");
    assertThat(jsse("BCJSSE", BC_184, List.of("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256")))
        .extracting(Finding::id)
        .containsExactly("jsse.jvm-default", "jsse.ccm8-not-offered");
    List<ClasspathArtifact> mixed =
        List.of(
            new ClasspathArtifact("org.bouncycastle", "bcprov-jdk18on", "1.78"),
            new ClasspathArtifact("org.bouncycastle", "bctls-jdk18on", "1.84"));
    assertThat(jsse("BCJSSE", mixed, List.of(CCM8)))
        .extracting(Finding::id)
        .contains("jsse.bc-version-mismatch");
  }

  @Test
  void bctlsDeclaredButNotLoadableIsBroken() {
    List<Finding> findings =
        new JsseProviderCheck()
            .run(
                context(
                    List.of(CCM8), List.of(), new JsseSetup("BCJSSE", BC_184, List.of(), null)));
    assertThat(findings)
        .extracting(Finding::id)
        .containsExactly("jsse.jvm-default", "jsse.bctls-broken");
  }
}
