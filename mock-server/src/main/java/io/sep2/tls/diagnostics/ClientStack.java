package io.sep2.tls.diagnostics;

import java.util.List;
import java.util.Objects;

/**
 * The most likely TLS implementation behind a ClientHello, with the structural evidence for it and
 * the hello's JA3 and JA4 fingerprints. Immutable.
 *
 * <p>{@link #identify} reads the suite list and its order, the extension order, GREASE, groups,
 * signature algorithms, TLS 1.3 offers, point formats, the record version and how secure
 * renegotiation is signalled, and scores them against what each known stack sends by default. A
 * stack is named only when its evidence clearly outweighs every other's; otherwise the result is
 * {@link TlsStack#UNKNOWN} with the fingerprints, which can be looked up in public JA3/JA4
 * databases. A client configured away from its stack's defaults (a custom suite list, say) may lose
 * some evidence; the remaining structure (extension order, point formats, signature algorithm
 * order) usually still names it.
 *
 * @param stack the stack, or {@link TlsStack#UNKNOWN}
 * @param name a readable name, possibly refined with a version family (e.g. {@code OpenSSL 3.x})
 * @param evidence why, in plain words, most telling first; empty for an unknown stack
 * @param ja3 the JA3 string, or {@code null} when the input could not be fingerprinted
 * @param ja3Hash the MD5 of {@code ja3}, or {@code null}
 * @param ja4 the JA4 fingerprint, or {@code null}
 * @param reason why the input could not be fingerprinted, or {@code null} when it was
 */
public record ClientStack(
    TlsStack stack,
    String name,
    List<String> evidence,
    String ja3,
    String ja3Hash,
    String ja4,
    String reason) {

  /** Validates and copies. */
  public ClientStack {
    Objects.requireNonNull(stack, "stack");
    name = name == null ? stack.displayName() : name;
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /**
   * Names the most likely TLS stack of the client that sent {@code info}. Never throws: input that
   * is not a complete, well-formed ClientHello (nothing, HTTP, SSLv2 format, truncated, malformed)
   * gives {@link TlsStack#UNKNOWN} with a {@link #reason}.
   */
  public static ClientStack identify(ClientHelloInfo info) {
    String unfit = StackRules.unfingerprintable(info);
    if (unfit != null) {
      return new ClientStack(TlsStack.UNKNOWN, null, List.of(), null, null, null, unfit);
    }
    try {
      String ja3 = Ja3.string(info);
      String ja3Hash = Ja3.md5(ja3);
      String ja4 = Ja4.fingerprint(info);
      StackRules.Verdict verdict = StackRules.evaluate(info);
      return new ClientStack(
          verdict.stack(), verdict.name(), verdict.evidence(), ja3, ja3Hash, ja4, null);
    } catch (RuntimeException e) {
      // not expected: ClientHelloInfo is always consistent; diagnostics must not fail
      return new ClientStack(
          TlsStack.UNKNOWN, null, List.of(), null, null, null, "could not fingerprint: " + e);
    }
  }

  /** Whether JA3 and JA4 could be computed. */
  public boolean fingerprinted() {
    return ja4 != null;
  }

  /** Whether a stack was recognised. */
  public boolean known() {
    return stack != TlsStack.UNKNOWN;
  }

  /** The stack's advice for reaching a 2030.5 server (see {@link TlsStack#fixAdvice()}). */
  public String fixAdvice() {
    return stack.fixAdvice();
  }

  /**
   * One line: {@code Client stack: <name> (<evidence>; ...)}, or {@code Client stack: unknown (JA3
   * <hash>, JA4 <fingerprint>)}, or {@code Client stack: unknown (<reason>)}.
   */
  public String summary() {
    if (known()) {
      return "Client stack: " + name + " (" + String.join("; ", evidence) + ")";
    }
    if (fingerprinted()) {
      return "Client stack: unknown (JA3 " + ja3Hash + ", JA4 " + ja4 + ")";
    }
    return "Client stack: unknown (" + reason + ")";
  }
}
