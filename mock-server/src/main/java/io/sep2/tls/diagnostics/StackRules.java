package io.sep2.tls.diagnostics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ExtensionType;

/**
 * The evidence {@link ClientStack#identify} weighs: for each stack, features of its default
 * ClientHello, each with a weight and a plain-words explanation. The features were read off real
 * hellos (the live and recorded ones in the tests name their sources); they are defaults, so every
 * rule is only evidence, never proof.
 */
final class StackRules {

  /** The best score must reach this, and beat the runner-up by {@link #MARGIN}. */
  static final double THRESHOLD = 4;

  static final double MARGIN = 2;

  private static final int SCSV = CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV;

  private StackRules() {}

  /** A stack with its name (possibly refined by version) and the evidence that matched. */
  record Verdict(TlsStack stack, String name, List<String> evidence) {}

  /** One feature of a stack's default hello. */
  private record Rule(double weight, Predicate<Hello> test, String evidence) {}

  /** Returns why {@code info} cannot be fingerprinted, or {@code null} when it can. */
  static String unfingerprintable(ClientHelloInfo info) {
    if (info == null) {
      return "no ClientHello was captured";
    }
    switch (info.kind()) {
      case EMPTY:
        return "the client sent no bytes";
      case PLAIN_HTTP:
        return "plain HTTP, not TLS";
      case NOT_TLS:
        return "not a TLS ClientHello" + (info.problem() == null ? "" : ": " + info.problem());
      case SSLV2_HELLO:
        return "an SSLv2-format hello, which has no extensions to fingerprint";
      case TRUNCATED:
        return "ClientHello too short to fingerprint"
            + (info.problem() == null ? "" : ": " + info.problem());
      default:
        break;
    }
    if (info.malformed() || info.clientVersion() < 0) {
      return "malformed ClientHello" + (info.problem() == null ? "" : ": " + info.problem());
    }
    return null;
  }

  /** Scores every stack and returns the clear winner, or {@link TlsStack#UNKNOWN}. */
  static Verdict evaluate(ClientHelloInfo info) {
    Hello h = new Hello(info);
    Map<TlsStack, List<String>> evidence = new EnumMap<>(TlsStack.class);
    Map<TlsStack, Double> scores = new EnumMap<>(TlsStack.class);
    for (Map.Entry<TlsStack, List<Rule>> entry : RULES.entrySet()) {
      double score = 0;
      List<String> matched = new ArrayList<>();
      for (Rule rule : entry.getValue()) {
        if (rule.test().test(h)) {
          score += rule.weight();
          if (rule.weight() > 0) {
            matched.add(rule.evidence());
          }
        }
      }
      scores.put(entry.getKey(), score);
      evidence.put(entry.getKey(), matched);
    }
    TlsStack best = TlsStack.UNKNOWN;
    double bestScore = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (Map.Entry<TlsStack, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        second = bestScore;
        bestScore = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    if (bestScore < THRESHOLD || bestScore - second < MARGIN) {
      return new Verdict(TlsStack.UNKNOWN, TlsStack.UNKNOWN.displayName(), List.of());
    }
    return new Verdict(best, refinedName(best, h), evidence.get(best));
  }

  private static String refinedName(TlsStack stack, Hello h) {
    switch (stack) {
      case OPENSSL:
        if (h.groups.stream().anyMatch(Hello::isFfdhe)) {
          return "OpenSSL 3.x (curl, Python, Node.js)";
        }
        if (h.info.offersTls13()
            && h.groups.equals(List.of(0x001D, 0x0017, 0x001E, 0x0019, 0x0018))) {
          return "OpenSSL 1.1.1 (curl, Python, Node.js)";
        }
        return stack.displayName();
      case SUNJSSE:
        if (h.info.offersTls13()) {
          return h.groups.contains(0x001D)
              ? "Java SunJSSE (JDK 11 or later)"
              : "Java SunJSSE (JDK 8u261 or later)";
        }
        return h.groups.contains(0x001D) || h.info.hasExtension(0x0032)
            ? "Java SunJSSE (TLS 1.3 disabled)"
            : "Java SunJSSE (JDK 8 or earlier)";
      default:
        return stack.displayName();
    }
  }

  private static final Map<TlsStack, List<Rule>> RULES = new EnumMap<>(TlsStack.class);

  private static void rule(TlsStack stack, double weight, Predicate<Hello> test, String evidence) {
    RULES.computeIfAbsent(stack, s -> new ArrayList<>()).add(new Rule(weight, test, evidence));
  }

  static {
    // ------------------------------------------------------------------ BoringSSL
    rule(
        TlsStack.BORINGSSL,
        6,
        h -> h.info.hasGrease(),
        "GREASE values (RFC 8701) in its lists, which BoringSSL-based clients send");
    rule(
        TlsStack.BORINGSSL,
        3,
        h -> h.suitesStartWith(0x1301, 0x1302, 0x1303, 0xC02B, 0xC02F, 0xC02C, 0xC030),
        "suites in BoringSSL's fixed order (1301, 1302, 1303, then ECDHE AES-128-GCM first)");
    rule(
        TlsStack.BORINGSSL,
        2,
        h -> h.sigalgsStartWith(0x0403, 0x0804, 0x0401, 0x0503, 0x0805),
        "signature_algorithms in BoringSSL's order (ecdsa_secp256r1_sha256, rsa_pss_rsae_sha256,"
            + " rsa_pkcs1_sha256, ...)");
    rule(
        TlsStack.BORINGSSL,
        2,
        h -> h.info.hasExtension(0x4469) || h.info.hasExtension(0x44CD),
        "application_settings (ALPS), an extension only Chromium sends");
    rule(
        TlsStack.BORINGSSL,
        1,
        h -> h.info.hasExtension(0x001B) && h.info.hasExtension(0x0012),
        "compress_certificate and signed_certificate_timestamp");
    rule(TlsStack.BORINGSSL, -3, h -> h.info.renegotiationScsv(), "");
    rule(TlsStack.BORINGSSL, -3, Hello::allThreePointFormats, "");

    // ------------------------------------------------------------------ OpenSSL
    rule(
        TlsStack.OPENSSL,
        3,
        Hello::allThreePointFormats,
        "ec_point_formats lists uncompressed and both compressed forms, as only OpenSSL does");
    rule(
        TlsStack.OPENSSL,
        2,
        h -> h.suitesStartWith(0x1302, 0x1303, 0x1301) && !h.suites.contains(0x1304),
        "TLS 1.3 suites in OpenSSL's default order (1302, 1303, 1301)");
    rule(
        TlsStack.OPENSSL,
        2,
        h -> h.sigalgsStartWith(0x0403, 0x0503, 0x0603, 0x0807, 0x0808),
        "signature_algorithms in OpenSSL's order (ECDSA P-256/384/521, then ed25519, ed448)");
    rule(
        TlsStack.OPENSSL,
        2,
        h -> h.inOrder(0x000B, 0x000A, 0x0016, 0x0017, 0x000D),
        "extensions in OpenSSL's order (ec_point_formats, supported_groups, ...,"
            + " encrypt_then_mac, extended_master_secret, signature_algorithms)");
    rule(
        TlsStack.OPENSSL,
        1,
        h -> h.lastSuiteIs(SCSV) && !h.info.renegotiationInfo(),
        "secure renegotiation signalled by the SCSV 0x00FF at the end of the suites");

    // ------------------------------------------------------------------ GnuTLS
    rule(
        TlsStack.GNUTLS,
        3,
        h -> h.suites.contains(0x1304) && h.info.hasExtension(0x001C),
        "TLS_AES_128_CCM_SHA256 (0x1304) together with record_size_limit (0x001C)");
    rule(
        TlsStack.GNUTLS,
        2,
        h -> h.extensionsWithoutSniStartWith(0x0005, 0x000A, 0x000B, 0x000D, 0x0016),
        "extensions in GnuTLS's order (status_request, supported_groups, ec_point_formats,"
            + " signature_algorithms, encrypt_then_mac)");
    rule(
        TlsStack.GNUTLS,
        2,
        h -> h.sigalgsStartWith(0x0401, 0x0809, 0x0804, 0x0403),
        "signature_algorithms in GnuTLS's order (rsa_pkcs1_sha256 first)");
    rule(
        TlsStack.GNUTLS,
        1,
        h -> h.suites.contains(0xC0AC) && !h.suites.contains(0xC0AE),
        "AES-CCM suites without CCM_8 (GnuTLS's NORMAL priority)");

    // ------------------------------------------------------------------ SunJSSE
    rule(
        TlsStack.SUNJSSE,
        3,
        h -> h.inOrder(0x0005, 0x000A, 0x000B, 0x0011) && !h.info.hasExtension(0x0016),
        "status_request_v2 (0x0011), which only Java sends, in SunJSSE's extension order");
    rule(
        TlsStack.SUNJSSE,
        2,
        h -> h.suitesStartWith(0x1302, 0x1301, 0x1303, 0xC02C, 0xC02B, 0xCCA9),
        "suites in SunJSSE's order (1302, 1301, 1303, then ECDHE-ECDSA AES-256-GCM)");
    rule(
        TlsStack.SUNJSSE,
        1,
        h -> h.info.recordVersion() == 0x0303 && h.info.hasExtension(0x0032),
        "TLS 1.2 record version with signature_algorithms_cert");
    rule(
        TlsStack.SUNJSSE,
        1,
        h -> h.lastSuiteIs(SCSV) && h.info.hasExtension(0x0011),
        "renegotiation SCSV with status_request_v2");

    // ------------------------------------------------------------------ Bouncy Castle
    rule(
        TlsStack.BCJSSE,
        3,
        h -> h.extensionsWithoutSniStartWith(0x0016, 0x0017),
        "extensions start with encrypt_then_mac, extended_master_secret (Bouncy Castle's order)");
    rule(
        TlsStack.BCJSSE,
        2,
        h -> h.info.hasExtension(0x0011) && h.info.hasExtension(0x0016),
        "status_request_v2 (Java) together with encrypt_then_mac, which SunJSSE never sends");
    rule(
        TlsStack.BCJSSE,
        2,
        h -> h.sigalgsStartWith(0x0807, 0x0808, 0x0403),
        "signature_algorithms start with ed25519, ed448 (Bouncy Castle's order)");
    rule(
        TlsStack.BCJSSE,
        1,
        h -> h.suitesStartWith(0x1303, 0x1302, 0x1301),
        "TLS 1.3 suites in Bouncy Castle's order (ChaCha20 first)");

    // ------------------------------------------------------------------ Go
    rule(
        TlsStack.GO,
        4,
        Hello::tls13SuitesLast,
        "TLS 1.3 suites listed after the TLS 1.2 ones, as only Go's crypto/tls does");
    rule(
        TlsStack.GO,
        2,
        h -> h.sigalgsStartWith(0x0804, 0x0403, 0x0807),
        "signature_algorithms in Go's order (rsa_pss_rsae_sha256, ecdsa_secp256r1_sha256,"
            + " ed25519)");
    rule(
        TlsStack.GO,
        2,
        h ->
            h.extensionsWithoutSniStartWith(0x0005, 0x000A, 0x000B, 0x000D, 0xFF01)
                || h.extensionsWithoutSniStartWith(0x0005, 0x000A, 0x000B, 0x0023, 0x000D, 0xFF01),
        "extensions in Go's order (status_request, supported_groups, ec_point_formats,"
            + " signature_algorithms, renegotiation_info)");
    rule(
        TlsStack.GO,
        1,
        h -> h.info.hasExtension(0x0012) && !h.info.hasExtension(0x0016),
        "signed_certificate_timestamp without encrypt_then_mac");

    // ------------------------------------------------------------------ rustls
    rule(
        TlsStack.RUSTLS,
        3,
        h -> !h.extensions.isEmpty() && h.extensions.get(0) == ExtensionType.supported_versions,
        "supported_versions is the first extension (rustls's order)");
    rule(
        TlsStack.RUSTLS,
        2,
        h -> h.sigalgsStartWith(0x0503, 0x0403, 0x0807),
        "signature_algorithms in rustls's order (ecdsa_secp384r1_sha384 first)");
    rule(
        TlsStack.RUSTLS,
        1,
        h -> h.lastSuiteIs(SCSV) && h.onlyAeadSuites(),
        "only AEAD suites, ending with the renegotiation SCSV");

    // ------------------------------------------------------------------ NSS
    rule(
        TlsStack.NSS,
        3,
        h -> h.info.hasExtension(0x0022),
        "delegated_credentials (0x0022), which Firefox sends");
    rule(
        TlsStack.NSS,
        3,
        h -> h.suitesStartWith(0x1301, 0x1303, 0x1302),
        "TLS 1.3 suites in NSS's order (1301, 1303, 1302: ChaCha20 second)");
    rule(
        TlsStack.NSS,
        1,
        h -> h.info.hasExtension(0x001C) && !h.suites.contains(0x1304),
        "record_size_limit (0x001C)");
    rule(
        TlsStack.NSS,
        1,
        h -> h.groupsStartWith(0x001D, 0x0017, 0x0018, 0x0019, 0x0100),
        "supported_groups x25519, P-256, P-384, P-521 then ffdhe2048");

    // ------------------------------------------------------------------ Mbed TLS
    rule(
        TlsStack.MBEDTLS,
        3,
        h ->
            h.extensionsWithoutSniStartWith(0x000D, 0x000A, 0x000B)
                || h.extensionsWithoutSniStartWith(0xFF01, 0x000D, 0x000A, 0x000B),
        "extensions in Mbed TLS's order (signature_algorithms, supported_groups,"
            + " ec_point_formats)");
    rule(
        TlsStack.MBEDTLS,
        2,
        h -> h.sigalgsStartWith(0x0603, 0x0601, 0x0503, 0x0501),
        "signature_algorithms without RSA-PSS, SHA-512 first, ECDSA before RSA (Mbed TLS 2.x)");
    rule(
        TlsStack.MBEDTLS,
        1,
        h -> h.suites.stream().anyMatch(Hello::isAria) && h.suites.contains(0xC0AE),
        "ARIA suites and CCM_8 in the default list");

    // ------------------------------------------------------------------ wolfSSL
    rule(
        TlsStack.WOLFSSL,
        3,
        h -> h.extensionsWithoutSniStartWith(0x002D, 0x0033, 0x002B),
        "extensions start with psk_key_exchange_modes, key_share, supported_versions"
            + " (wolfSSL's order)");
    rule(
        TlsStack.WOLFSSL,
        2,
        h -> h.suites.contains(0xCC13) || h.suites.contains(0xCC14),
        "pre-standard ChaCha20 suites 0xCC13/0xCC14");
    rule(
        TlsStack.WOLFSSL,
        1,
        h -> h.suites.contains(0xC0B4) || h.suites.contains(0xC0B5),
        "integrity-only TLS 1.3 suites 0xC0B4/0xC0B5");
    rule(
        TlsStack.WOLFSSL,
        1,
        h -> h.suites.contains(0x1304) && h.suites.contains(0x1305),
        "TLS 1.3 CCM suites 0x1304 and 0x1305");

    // ------------------------------------------------------------------ SChannel
    rule(
        TlsStack.SCHANNEL,
        3,
        h -> h.tls12SuitesStartWith(0xC02C, 0xC02B, 0xC030, 0xC02F),
        "suites in SChannel's order (AES-256-GCM before AES-128-GCM, ECDSA before RSA)");
    rule(
        TlsStack.SCHANNEL,
        2,
        h -> h.extensionsWithoutSniStartWith(0x0005, 0x000A, 0x000B, 0x000D, 0x0023),
        "extensions in SChannel's order (status_request, supported_groups, ec_point_formats,"
            + " signature_algorithms, session_ticket)");
    rule(
        TlsStack.SCHANNEL,
        2,
        h -> h.sigalgsStartWith(0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0201),
        "signature_algorithms in SChannel's order (RSA-PSS first, then PKCS#1 incl. SHA-1)");
    rule(
        TlsStack.SCHANNEL,
        1,
        h -> !h.suites.contains(0xCCA8) && !h.suites.contains(0xCCA9) && h.suites.contains(0x000A),
        "no ChaCha20 suites but 3DES (0x000A)");
  }

  /** The hello's lists without GREASE, and helpers over them. */
  private static final class Hello {
    final ClientHelloInfo info;
    final List<Integer> suites;
    final List<Integer> extensions;
    final List<Integer> groups;
    final List<Integer> sigalgs;

    Hello(ClientHelloInfo info) {
      this.info = info;
      this.suites = noGrease(info.cipherSuites());
      this.extensions = noGrease(info.extensions());
      this.groups = noGrease(info.supportedGroups());
      this.sigalgs = noGrease(info.signatureAlgorithms());
    }

    private static List<Integer> noGrease(List<Integer> values) {
      return values.stream().filter(v -> !TlsNames.isGrease(v)).toList();
    }

    static boolean startsWith(List<Integer> list, int... prefix) {
      if (list.size() < prefix.length) {
        return false;
      }
      for (int i = 0; i < prefix.length; i++) {
        if (list.get(i) != prefix[i]) {
          return false;
        }
      }
      return true;
    }

    boolean suitesStartWith(int... prefix) {
      return startsWith(suites, prefix);
    }

    boolean tls12SuitesStartWith(int... prefix) {
      return startsWith(suites.stream().filter(s -> !TlsNames.isTls13Suite(s)).toList(), prefix);
    }

    boolean sigalgsStartWith(int... prefix) {
      return startsWith(sigalgs, prefix);
    }

    boolean groupsStartWith(int... prefix) {
      return startsWith(groups, prefix);
    }

    boolean extensionsWithoutSniStartWith(int... prefix) {
      return startsWith(
          extensions.stream().filter(e -> e != ExtensionType.server_name).toList(), prefix);
    }

    /** Whether all these extensions were sent, in this relative order. */
    boolean inOrder(int... types) {
      int last = -1;
      for (int type : types) {
        int at = extensions.indexOf(type);
        if (at <= last) {
          return false;
        }
        last = at;
      }
      return true;
    }

    boolean lastSuiteIs(int suite) {
      return !suites.isEmpty() && suites.get(suites.size() - 1) == suite;
    }

    boolean allThreePointFormats() {
      return info.ecPointFormats().equals(List.of(0, 1, 2));
    }

    boolean tls13SuitesLast() {
      int first13 = -1;
      for (int i = 0; i < suites.size(); i++) {
        if (TlsNames.isTls13Suite(suites.get(i))) {
          first13 = i;
          break;
        }
      }
      if (first13 <= 0) {
        return false;
      }
      for (int i = first13; i < suites.size(); i++) {
        if (!TlsNames.isTls13Suite(suites.get(i))) {
          return false;
        }
      }
      return true;
    }

    boolean onlyAeadSuites() {
      return suites.stream().allMatch(s -> s == SCSV || isAead(s));
    }

    static boolean isAead(int suite) {
      String name = TlsNames.cipherSuite(suite);
      return TlsNames.isTls13Suite(suite)
          || (name != null
              && (name.contains("_GCM_") || name.contains("CHACHA20") || name.contains("_CCM")));
    }

    static boolean isFfdhe(int group) {
      return group >= 0x0100 && group <= 0x01FF;
    }

    static boolean isAria(int suite) {
      return suite >= 0xC03C && suite <= 0xC071;
    }
  }
}
