package io.sep2.verify.internal;

import io.sep2.tls.Sep2TlsPolicy;
import io.sep2.verify.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Check 3: the cipher suites the project's client is configured with include {@code
 * TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8} (the OpenSSL name {@code ECDHE-ECDSA-AES128-CCM8} counts
 * too), and its protocols include TLS 1.2. Ids: {@code config.cipher-suite}, {@code
 * config.cipher-suites-unset}, {@code config.extra-suites}, {@code config.protocol}, {@code
 * config.protocols-unset}, {@code config.old-protocol}.
 */
public final class CipherConfigurationCheck implements Check {

  private static final Set<String> CCM8_NAMES =
      Set.of(Sep2TlsPolicy.CIPHER_SUITE_NAME, Sep2TlsPolicy.OPENSSL_CIPHER_NAME, "0xC0AE");
  private static final Set<String> TLS12_NAMES = Set.of("TLSV1.2", "TLS1.2", "TLS 1.2");
  private static final Set<String> OLD_PROTOCOLS =
      Set.of("SSLV3", "TLSV1", "TLSV1.0", "TLSV1.1", "TLS1.0", "TLS1.1");

  @Override
  public String name() {
    return "configured cipher suites and protocols";
  }

  @Override
  public List<Finding> run(VerifyContext context) {
    List<Finding> out = new ArrayList<>();
    suites(context.cipherSuites(), out);
    protocols(context.protocols(), out);
    return out;
  }

  static boolean isCcm8(String suite) {
    String s = suite.trim();
    return CCM8_NAMES.stream().anyMatch(n -> n.equalsIgnoreCase(s));
  }

  private static void suites(List<String> suites, List<Finding> out) {
    String subject = "<cipherSuites>";
    if (suites.isEmpty()) {
      out.add(
          Finding.warning(
              "config.cipher-suites-unset",
              subject,
              "the suites the client enables, including " + Sep2TlsPolicy.CIPHER_SUITE_NAME,
              "not configured: the plugin cannot tell what the client offers, and no JSSE"
                  + " provider enables CCM_8 by default",
              "Set <cipherSuites> to what the client enables, normally just "
                  + Sep2TlsPolicy.CIPHER_SUITE_NAME
                  + "."));
      return;
    }
    if (suites.stream().noneMatch(CipherConfigurationCheck::isCcm8)) {
      out.add(
          Finding.error(
              "config.cipher-suite",
              subject,
              Sep2TlsPolicy.CIPHER_SUITE_NAME + " (0xC0AE), the only suite a 2030.5 server accepts",
              "the client offers "
                  + suites
                  + ", so a 2030.5 server answers alert 40"
                  + " handshake_failure",
              "Enable "
                  + Sep2TlsPolicy.CIPHER_SUITE_NAME
                  + " in the client (Java: SSLParameters.setCipherSuites on a BCJSSE context;"
                  + " OpenSSL: "
                  + Sep2TlsPolicy.OPENSSL_CIPHER_NAME
                  + ") and list it in <cipherSuites>."));
      return;
    }
    out.add(
        Finding.ok("config.cipher-suite", subject, "includes " + Sep2TlsPolicy.CIPHER_SUITE_NAME));
    List<String> others = suites.stream().filter(s -> !isCcm8(s)).toList();
    if (!others.isEmpty()) {
      out.add(
          Finding.info(
              "config.extra-suites",
              subject,
              "the client also offers "
                  + others
                  + "; a 2030.5 server ignores them and picks CCM_8"));
    }
  }

  private static void protocols(List<String> protocols, List<Finding> out) {
    String subject = "<protocols>";
    if (protocols.isEmpty()) {
      out.add(
          Finding.info(
              "config.protocols-unset",
              subject,
              "not configured; JSSE defaults (TLS 1.3 and 1.2) include TLSv1.2"));
      return;
    }
    List<String> upper = protocols.stream().map(p -> p.trim().toUpperCase(Locale.ROOT)).toList();
    if (upper.stream().noneMatch(TLS12_NAMES::contains)) {
      out.add(
          Finding.error(
              "config.protocol",
              subject,
              "TLSv1.2, the only version IEEE 2030.5 allows",
              "the client offers "
                  + protocols
                  + ", so a 2030.5 server refuses the handshake"
                  + " (alert 70 protocol_version)",
              "Enable TLSv1.2 in the client (SSLParameters.setProtocols) and list it in"
                  + " <protocols>."));
    } else {
      out.add(Finding.ok("config.protocol", subject, "includes TLSv1.2"));
    }
    List<String> old =
        protocols.stream()
            .filter(p -> OLD_PROTOCOLS.contains(p.trim().toUpperCase(Locale.ROOT)))
            .toList();
    if (!old.isEmpty()) {
      out.add(
          Finding.warning(
              "config.old-protocol",
              subject,
              "TLSv1.2 only",
              "the client also enables " + old + ", which 2030.5 forbids and current JDKs disable",
              "Remove " + old + " from the client's protocols."));
    }
  }
}
