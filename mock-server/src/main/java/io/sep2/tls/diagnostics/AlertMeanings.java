package io.sep2.tls.diagnostics;

import java.util.Map;

/**
 * What the common TLS alerts usually mean, in plain words: Bouncy Castle names alerts, but a name
 * like {@code certificate_unknown} rarely tells a person what to look at.
 */
final class AlertMeanings {

  private static final Map<Integer, String> MEANINGS =
      Map.ofEntries(
          Map.entry(10, "a message arrived that was not expected at this point of the handshake"),
          Map.entry(
              20,
              "a record failed its integrity check (wrong keys or a broken cipher implementation)"),
          Map.entry(
              40,
              "no acceptable set of security parameters (cipher suite, group, signature scheme)"),
          Map.entry(42, "a certificate was corrupt or failed a check"),
          Map.entry(43, "a certificate is of an unsupported type (wrong key type or curve)"),
          Map.entry(44, "a certificate was revoked"),
          Map.entry(45, "a certificate has expired or is not yet valid"),
          Map.entry(
              46,
              "a certificate could not be accepted (often: not trusted, or the host name did not"
                  + " match)"),
          Map.entry(47, "a field in a handshake message had an unacceptable value"),
          Map.entry(48, "the certificate chain does not lead to a trusted CA"),
          Map.entry(50, "a message could not be decoded"),
          Map.entry(51, "a signature or the Finished check did not verify"),
          Map.entry(70, "no TLS version both sides support"),
          Map.entry(71, "the parameters offered are weaker than required"),
          Map.entry(80, "an internal error unrelated to the peer"),
          Map.entry(
              86, "the client retried with a lower version although both support a higher one"),
          Map.entry(90, "the user or application cancelled the handshake"),
          Map.entry(109, "a required extension is missing"),
          Map.entry(112, "the server name (SNI) is not recognised"),
          Map.entry(116, "a certificate is required but none was sent"),
          Map.entry(120, "no common application protocol (ALPN)"));

  private AlertMeanings() {}

  /** What the alert usually means, or {@code null} when its name says it all. */
  static String of(int code) {
    return MEANINGS.get(code);
  }
}
