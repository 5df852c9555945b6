package io.sep2.tls.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ExtensionType;

/**
 * What a client sent first on a connection to the TLS port, as read by {@link ClientHelloParser}:
 * normally a TLS ClientHello, but possibly plain HTTP, an SSLv2-format hello, garbage, a truncated
 * hello or nothing at all. Immutable; every list is unmodifiable and never {@code null}.
 *
 * <p>Codes are kept as the client sent them, in the client's order of preference (GREASE values
 * included); use {@link TlsNames} or the {@code ...Names()} methods to name them. Fields the parser
 * could not reach (because the input ended or was not a ClientHello) are {@code -1}, {@code null}
 * or empty.
 *
 * @param kind what the bytes are
 * @param bytesCaptured how many bytes the parser was given
 * @param recordVersion the version in the first TLS record header (TLS 1.3 clients usually put
 *     {@code 0x0301} here), or {@code -1}
 * @param clientVersion the ClientHello's legacy {@code client_version} field ({@code 0x0303} for
 *     both TLS 1.2 and TLS 1.3 clients; the highest version for older ones), or {@code -1}
 * @param supportedVersions the {@code supported_versions} extension in the client's order (how TLS
 *     1.3 is offered); empty when the extension is absent
 * @param cipherSuites offered cipher suite codes, including SCSVs and GREASE
 * @param supportedGroups the {@code supported_groups} extension; empty when absent
 * @param signatureAlgorithms the {@code signature_algorithms} extension; empty when absent
 * @param keyShareGroups groups for which the client sent a TLS 1.3 key share; empty when absent
 * @param serverName the SNI host name, or {@code null} when none was sent
 * @param alpnProtocols ALPN protocol names (e.g. {@code h2}, {@code http/1.1}); empty when absent
 * @param ecPointFormats the {@code ec_point_formats} extension (0 = uncompressed); empty when
 *     absent
 * @param extensions extension type codes in the order sent
 * @param renegotiationInfo whether the {@code renegotiation_info} extension was sent
 * @param sessionIdLength length of the legacy session id (0-32), or {@code -1}
 * @param preview for anything that is not a TLS handshake, a printable rendering of the first bytes
 *     (for {@link Kind#PLAIN_HTTP} the request line); otherwise {@code null}
 * @param malformed whether the ClientHello was complete but its inner lengths were inconsistent
 * @param problem what was wrong with the input in plain words (truncated, malformed, oversized
 *     record...), or {@code null} when it parsed cleanly
 */
public record ClientHelloInfo(
    Kind kind,
    int bytesCaptured,
    int recordVersion,
    int clientVersion,
    List<Integer> supportedVersions,
    List<Integer> cipherSuites,
    List<Integer> supportedGroups,
    List<Integer> signatureAlgorithms,
    List<Integer> keyShareGroups,
    String serverName,
    List<String> alpnProtocols,
    List<Integer> ecPointFormats,
    List<Integer> extensions,
    boolean renegotiationInfo,
    int sessionIdLength,
    String preview,
    boolean malformed,
    String problem) {

  private static final int TLS_1_3 = 0x0304;
  private static final int TLS_1_2 = 0x0303;

  /** What the first bytes on the connection turned out to be. */
  public enum Kind {
    /** A complete TLS handshake record carrying a ClientHello (possibly fragmented). */
    TLS_HANDSHAKE,
    /**
     * An SSL 2.0-format ClientHello (the "SSLv2Hello" compatibility format that old Java and
     * OpenSSL &lt; 1.1 could send). It cannot carry extensions.
     */
    SSLV2_HELLO,
    /** A plain-text HTTP request ({@code GET }, {@code POST }...) sent to the TLS port. */
    PLAIN_HTTP,
    /** Bytes that are neither TLS, SSLv2 nor HTTP. */
    NOT_TLS,
    /** The start of a TLS ClientHello that ended before the hello was complete. */
    TRUNCATED,
    /** No bytes at all: the client connected and sent nothing (before closing or timing out). */
    EMPTY
  }

  /** Makes defensive, unmodifiable copies of all lists ({@code null} becomes empty). */
  public ClientHelloInfo {
    if (kind == null) {
      kind = Kind.EMPTY;
    }
    supportedVersions = copy(supportedVersions);
    cipherSuites = copy(cipherSuites);
    supportedGroups = copy(supportedGroups);
    signatureAlgorithms = copy(signatureAlgorithms);
    keyShareGroups = copy(keyShareGroups);
    alpnProtocols = copy(alpnProtocols);
    ecPointFormats = copy(ecPointFormats);
    extensions = copy(extensions);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** Returns whether the input was a complete, well-formed TLS ClientHello. */
  public boolean isCompleteHello() {
    return kind == Kind.TLS_HANDSHAKE && !malformed;
  }

  /** Returns whether the client sent the extension with this type code. */
  public boolean hasExtension(int type) {
    return extensions.contains(type);
  }

  /** Returns whether the client offered this cipher suite. */
  public boolean offersCipherSuite(int suite) {
    return cipherSuites.contains(suite);
  }

  /**
   * Returns the protocol versions the client offers, most preferred first, without GREASE: the
   * {@code supported_versions} extension when present, otherwise just the legacy {@code
   * client_version} (a pre-TLS 1.3 client offers that version and, implicitly, older ones down to
   * its configured minimum). Empty when unknown.
   */
  public List<Integer> offeredVersions() {
    if (hasExtension(ExtensionType.supported_versions)) {
      return supportedVersions.stream().filter(v -> !TlsNames.isGrease(v)).toList();
    }
    return clientVersion >= 0 ? List.of(clientVersion) : List.of();
  }

  /**
   * Returns whether the client would accept TLS 1.2: listed in {@code supported_versions}, or
   * (without that extension) a {@code client_version} of TLS 1.2 or higher.
   */
  public boolean offersTls12() {
    if (hasExtension(ExtensionType.supported_versions)) {
      return supportedVersions.contains(TLS_1_2);
    }
    return clientVersion >= TLS_1_2 && clientVersion < 0x0400;
  }

  /** Returns whether TLS 1.3 appears in {@code supported_versions}. */
  public boolean offersTls13() {
    return supportedVersions.contains(TLS_1_3);
  }

  /** Returns whether the suite list contains {@code TLS_EMPTY_RENEGOTIATION_INFO_SCSV}. */
  public boolean renegotiationScsv() {
    return cipherSuites.contains(CipherSuite.TLS_EMPTY_RENEGOTIATION_INFO_SCSV);
  }

  /** Returns whether any suite, group, version or extension code is a GREASE value. */
  public boolean hasGrease() {
    return cipherSuites.stream().anyMatch(TlsNames::isGrease)
        || supportedGroups.stream().anyMatch(TlsNames::isGrease)
        || supportedVersions.stream().anyMatch(TlsNames::isGrease)
        || extensions.stream().anyMatch(TlsNames::isGrease);
  }

  /** Returns the offered suites as {@code NAME (0xC0AE)} strings, in the client's order. */
  public List<String> cipherSuiteNames() {
    return names(cipherSuites, TlsNames::describeCipherSuite);
  }

  /** Returns the offered groups by name, in the client's order. */
  public List<String> supportedGroupNames() {
    return names(supportedGroups, TlsNames::group);
  }

  /** Returns the offered signature schemes by name, in the client's order. */
  public List<String> signatureAlgorithmNames() {
    return names(signatureAlgorithms, TlsNames::signatureScheme);
  }

  /** Returns the offered versions by name, most preferred first (see {@link #offeredVersions}). */
  public List<String> offeredVersionNames() {
    return names(offeredVersions(), TlsNames::version);
  }

  /** Returns the extension types by name, in the order sent. */
  public List<String> extensionNames() {
    return names(extensions, TlsNames::extension);
  }

  /** The TLS stack this hello most likely came from, with its evidence and JA3/JA4. */
  public ClientStack clientStack() {
    return ClientStack.identify(this);
  }

  /**
   * Returns a readable description in a few lines (no indentation, no trailing newline), e.g.
   *
   * <pre>
   * ClientHello: TLS 1.0 record, client_version TLS 1.2, versions offered TLS 1.3, TLS 1.2; 3 suites: ...
   * groups: x25519, secp256r1; sigalgs: ecdsa_secp256r1_sha256, ...; SNI: localhost; ALPN: h2, http/1.1
   * </pre>
   */
  public String summary() {
    return String.join("\n", summaryLines());
  }

  /** The lines of {@link #summary()}. */
  public List<String> summaryLines() {
    List<String> lines = new ArrayList<>();
    switch (kind) {
      case EMPTY:
        lines.add("Nothing received: the client sent no bytes.");
        return lines;
      case PLAIN_HTTP:
        lines.add("Plain HTTP (not TLS): \"" + preview + "\"");
        return lines;
      case NOT_TLS:
        lines.add("Not TLS: " + bytesCaptured + " bytes starting " + preview);
        if (problem != null) {
          lines.add("Problem: " + problem);
        }
        return lines;
      default:
        break;
    }
    StringBuilder first = new StringBuilder();
    if (kind == Kind.SSLV2_HELLO) {
      first.append("SSLv2-format ClientHello, client_version ").append(versionName(clientVersion));
    } else {
      first.append(kind == Kind.TRUNCATED ? "Truncated ClientHello: " : "ClientHello: ");
      first.append(versionName(recordVersion)).append(" record");
      if (clientVersion >= 0) {
        first.append(", client_version ").append(versionName(clientVersion));
      }
      if (hasExtension(ExtensionType.supported_versions)) {
        first
            .append(", versions offered ")
            .append(String.join(", ", names(supportedVersions, TlsNames::version)));
      }
    }
    if (sessionIdLength > 0) {
      first.append("; session id ").append(sessionIdLength).append(" bytes");
    }
    first
        .append("; ")
        .append(cipherSuites.size())
        .append(cipherSuites.size() == 1 ? " suite" : " suites");
    if (!cipherSuites.isEmpty()) {
      first.append(": ").append(String.join(", ", cipherSuiteNames()));
    }
    lines.add(first.toString());
    if (kind != Kind.SSLV2_HELLO && (!extensions.isEmpty() || clientVersion >= 0)) {
      StringBuilder second = new StringBuilder();
      second
          .append("groups: ")
          .append(listOrAbsent(ExtensionType.supported_groups, supportedGroupNames()));
      second
          .append("; sigalgs: ")
          .append(listOrAbsent(ExtensionType.signature_algorithms, signatureAlgorithmNames()));
      if (!keyShareGroups.isEmpty()) {
        second
            .append("; key shares: ")
            .append(String.join(", ", names(keyShareGroups, TlsNames::group)));
      }
      second.append("; SNI: ").append(serverName == null ? "(none)" : serverName);
      second
          .append("; ALPN: ")
          .append(alpnProtocols.isEmpty() ? "(none)" : String.join(", ", alpnProtocols));
      if (hasExtension(ExtensionType.ec_point_formats)) {
        second
            .append("; point formats: ")
            .append(String.join(", ", names(ecPointFormats, ClientHelloInfo::pointFormatName)));
      }
      if (renegotiationInfo || renegotiationScsv()) {
        second
            .append("; secure renegotiation: ")
            .append(renegotiationInfo ? "renegotiation_info" : "SCSV");
      }
      lines.add(second.toString());
    }
    if (problem != null) {
      lines.add("Problem: " + problem);
    }
    return lines;
  }

  private String listOrAbsent(int extension, List<String> names) {
    if (!hasExtension(extension)) {
      return "(not sent)";
    }
    return names.isEmpty() ? "(empty)" : String.join(", ", names);
  }

  private static String versionName(int code) {
    return TlsNames.version(code);
  }

  /** Names an ec_point_formats value (RFC 8422). */
  static String pointFormatName(int code) {
    switch (code) {
      case 0:
        return "uncompressed";
      case 1:
        return "ansiX962_compressed_prime";
      case 2:
        return "ansiX962_compressed_char2";
      default:
        return Integer.toString(code);
    }
  }

  private static List<String> names(List<Integer> codes, IntFunction<String> namer) {
    List<String> out = new ArrayList<>(codes.size());
    for (int code : codes) {
      out.add(namer.apply(code));
    }
    return out;
  }
}
