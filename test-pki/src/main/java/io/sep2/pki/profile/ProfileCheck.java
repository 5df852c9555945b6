package io.sep2.pki.profile;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks a certificate chain against the IEEE 2030.5 certificate profile and reports every
 * deviation as a {@link Finding} with a stable {@link Rule} id.
 *
 * <p>The 2030.5 manufacturing PKI is SERCA (root) &rarr; [MCA] &rarr; MICA &rarr; device, so chains
 * are 2, 3 or 4 certificates long, root included. Every key is ECDSA P-256, every signature
 * ecdsa-with-SHA256, every notAfter {@code 99991231235959Z}. The SERCA is self-signed with a
 * critical basicConstraints CA:TRUE, keyUsage keyCertSign + cRLSign and anyPolicy; MCA and MICA are
 * CAs with keyCertSign and critical policies, the MICA with pathLen 0. The device certificate has
 * an empty subject, a critical subjectAltName with exactly one HardwareModuleName, a critical
 * keyUsage digitalSignature + keyAgreement and a critical device policy {@code
 * 1.3.6.1.4.1.40732.1.x}. Key identifiers and all other extensions are non-critical; policyMappings
 * and nameConstraints must not appear. Conformance test COMM-004 expects clients to refuse chains
 * with a critical extendedKeyUsage on an issuing CA, a non-critical nameConstraints, a non-critical
 * policyMappings, or a self-signed device certificate; each has its own rule id.
 *
 * <pre>{@code
 * List<Finding> findings =
 *     ProfileCheck.check(device.chain(), CertificateRole.DEVICE, List.of(pki.serca().certificate()));
 * findings.stream().filter(f -> f.severity() == Severity.ERROR).forEach(System.out::println);
 * }</pre>
 *
 * <p><b>Chain.</b> The chain is given leaf first, each certificate issued by the next; it may end
 * with the root (SERCA) or stop below it, in which case a trust anchor can complete it. Positions:
 * for roles {@link CertificateRole#DEVICE} and {@link CertificateRole#SERVER} index 0 is the end
 * entity and every later certificate a CA; in chains of length 3 and 4 index 1 is the MICA. For
 * {@link CertificateRole#CA} every certificate is a CA. The root is the last certificate when its
 * issuer equals its subject, otherwise the trust anchor that issued it.
 *
 * <p><b>Trust anchors</b> are optional: without any, only the chain's own consistency is checked;
 * with some, the chain must end at one of them ({@code chain.untrusted} otherwise). The current
 * time is only used for {@code validity.not-yet-valid}. Findings are ordered chain-wide first, then
 * by certificate index. The check is stateless and thread-safe; ECDSA signatures are verified with
 * Bouncy Castle's lightweight API (no JCA provider), others with Bouncy Castle's provider.
 *
 * <p><b>Validated paths.</b> {@link #check(List, CertificateRole, Collection) check} verifies every
 * signature of the chain it is given, whatever its origin. A caller that has already validated the
 * path with PKIX (a TLS server checking each client chain in its handshake) uses {@link
 * #forValidatedPaths} instead: the same findings, with no signature verified twice.
 */
public final class ProfileCheck {

  private ProfileCheck() {}

  /** Same as {@link #check(List, CertificateRole, Collection)} without trust anchors. */
  public static List<Finding> check(List<X509Certificate> chain, CertificateRole role) {
    return check(chain, role, List.of());
  }

  /**
   * Checks a chain against the 2030.5 profile.
   *
   * @param chain the certificates, leaf (or, for role CA, the lowest CA) first; may include the
   *     root
   * @param role what the first certificate is for
   * @param trustAnchors the acceptable roots (normally just the SERCA); empty to skip the trust
   *     check
   * @return the findings, empty when the chain is fully compliant; an unmodifiable list
   * @throws NullPointerException when an argument or an element is null
   */
  public static List<Finding> check(
      List<X509Certificate> chain, CertificateRole role, Collection<X509Certificate> trustAnchors) {
    requireElements(chain, "chain");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(trustAnchors, "trustAnchors");
    for (X509Certificate anchor : trustAnchors) {
      Objects.requireNonNull(anchor, "trust anchor");
    }
    if (chain.isEmpty()) {
      return emptyChain();
    }
    List<CertificateFacts> certs = new ArrayList<>();
    for (int i = 0; i < chain.size(); i++) {
      certs.add(new CertificateFacts(chain.get(i), i));
    }
    return run(certs, role, trustAnchors, false);
  }

  /**
   * The check for certification paths that PKIX path validation (the JDK's {@code CertPathBuilder}
   * or {@code CertPathValidator}) has already accepted, for a caller that checks many paths to the
   * same trust anchors, such as a TLS server checking the client's chain in every handshake.
   *
   * <p>For such a path, leaf first and ending with the trust anchor it was validated to, the
   * function returns the same findings as {@link #check(List, CertificateRole) check(path, role)}
   * but verifies no signature of the path again. Path validation has verified each certificate's
   * signature with the key of the next one, so {@code chain.signature} cannot apply, and a
   * certificate below the anchor is self-signed exactly when its key is that of its issuer (a
   * signature made with one key does not verify with another). Path validation does not verify the
   * trust anchor's own signature: each anchor's self-signature ({@code serca.self-signed}) is
   * verified once, by this method, and the verdict reused for every path. Every other rule (key and
   * curve, signature algorithm, validity, extensions and their criticality, key usage, basic
   * constraints, policies, path length, chain length) is checked on every call; nothing is cached
   * between calls.
   *
   * <p>Use it only on paths that path validation accepted: for any other chain, {@link #check(List,
   * CertificateRole, Collection)} verifies every signature. Note that the JDK's path validation may
   * answer a signature from its cache: its {@code CertificateFactory} returns the same object for
   * the same encoding, and a certificate remembers the key it last verified with. A caller that
   * wants every signature verified on every call, as the mock server does for each handshake,
   * verifies them itself.
   *
   * @param role what the first certificate of each path is for
   * @param trustAnchors the trust anchors that path validation accepts paths to
   * @return a stateless, thread-safe function from a validated path (leaf first, its trust anchor
   *     last) to its findings, an unmodifiable list; the function throws {@link
   *     IllegalArgumentException} for a path that does not end with one of the trust anchors
   * @throws NullPointerException when an argument or an element is null
   * @throws IllegalArgumentException when a trust anchor cannot be DER-decoded
   */
  public static Function<List<X509Certificate>, List<Finding>> forValidatedPaths(
      CertificateRole role, Collection<X509Certificate> trustAnchors) {
    Objects.requireNonNull(role, "role");
    requireElements(trustAnchors, "trustAnchors");
    Map<X509Certificate, Boolean> verdicts = new HashMap<>();
    for (X509Certificate anchor : trustAnchors) {
      verdicts.computeIfAbsent(anchor, a -> new CertificateFacts(a, 0).selfSigned());
    }
    Map<X509Certificate, Boolean> anchorSelfSigned = Map.copyOf(verdicts);
    return path -> {
      requireElements(path, "path");
      if (path.isEmpty()) {
        return emptyChain();
      }
      int last = path.size() - 1;
      Boolean anchorVerdict = anchorSelfSigned.get(path.get(last));
      if (anchorVerdict == null) {
        throw new IllegalArgumentException(
            "the path ends with "
                + path.get(last).getSubjectX500Principal()
                + ", which is none of the trust anchors it was validated to");
      }
      List<CertificateFacts> certs = new ArrayList<>();
      for (int i = 0; i < last; i++) {
        boolean selfSigned = CertificateFacts.sameKey(path.get(i), path.get(i + 1));
        certs.add(new CertificateFacts(path.get(i), i, selfSigned));
      }
      certs.add(new CertificateFacts(path.get(last), last, anchorVerdict));
      return run(certs, role, List.of(), true);
    };
  }

  private static void requireElements(Collection<X509Certificate> certificates, String name) {
    Objects.requireNonNull(certificates, name);
    int i = 0;
    for (X509Certificate c : certificates) {
      Objects.requireNonNull(c, name + "[" + i++ + "]");
    }
  }

  private static List<Finding> emptyChain() {
    return List.of(Rule.CHAIN_EMPTY.finding(Finding.CHAIN, "", "no certificate"));
  }

  private static List<Finding> run(
      List<CertificateFacts> certs,
      CertificateRole role,
      Collection<X509Certificate> trustAnchors,
      boolean signaturesVerified) {
    List<Finding> out = new ArrayList<>();
    new Run(certs, role, trustAnchors, out, signaturesVerified).check();
    out.sort(Comparator.comparingInt(Finding::index));
    return List.copyOf(out);
  }

  /**
   * One check of one chain. With {@code signaturesVerified} (a path that PKIX validated) the
   * signature of each certificate with its issuer's key is taken as verified.
   */
  private static final class Run {
    private final List<CertificateFacts> certs;
    private final CertificateRole role;
    private final Collection<X509Certificate> anchors;
    private final List<Finding> out;
    private final CertificateRules rules;
    private final boolean endEntity;
    private final boolean signaturesVerified;

    Run(
        List<CertificateFacts> certs,
        CertificateRole role,
        Collection<X509Certificate> anchors,
        List<Finding> out,
        boolean signaturesVerified) {
      this.certs = certs;
      this.signaturesVerified = signaturesVerified;
      this.role = role;
      this.anchors = anchors;
      this.out = out;
      this.rules = new CertificateRules(out);
      this.endEntity = role != CertificateRole.CA;
    }

    void check() {
      int n = certs.size();
      order();
      CertificateFacts last = certs.get(n - 1);
      boolean leafIsLast = endEntity && n == 1;
      CertificateFacts root = null;
      boolean rootFromAnchor = false;
      if (last.selfIssued()) {
        if (!leafIsLast) {
          root = last;
        }
        if (!anchors.isEmpty() && anchors.stream().noneMatch(last::sameAs)) {
          untrusted(last, "the root " + describe(last) + " is none of the trust anchors");
        }
      } else if (!anchors.isEmpty()) {
        X509Certificate anchor = issuingAnchor(last);
        if (anchor == null) {
          untrusted(
              last,
              "no trust anchor is named "
                  + last.issuer()
                  + " and verifies the signature of "
                  + describe(last));
        } else {
          root = new CertificateFacts(anchor, n);
          rootFromAnchor = true;
        }
      } else {
        String actual =
            "the last certificate "
                + describe(last)
                + " is issued by "
                + last.issuer()
                + ", which is not in the chain";
        out.add(Rule.CHAIN_INCOMPLETE.finding(Finding.CHAIN, "", actual));
      }
      // a chain without its root is one longer than given, whether or not an anchor completed it
      boolean rootMissing = !last.selfIssued();
      int length = n + (rootMissing ? 1 : 0);
      length(length, rootMissing);
      multipleRoots();

      Date now = new Date();
      for (CertificateFacts c : certs) {
        boolean caPosition = !(endEntity && c.index() == 0);
        rules.common(c, caPosition, now);
        if (caPosition) {
          rules.ca(c, c == root);
        } else {
          rules.endEntity(c, role);
        }
      }
      if (rootFromAnchor) {
        rules.common(root, true, now);
        rules.ca(root, true);
      }
      if (endEntity && length >= 3 && n >= 2 && certs.get(1) != root) {
        rules.mica(certs.get(1));
      }
      pathLength(root, rootFromAnchor);
    }

    private void order() {
      for (int i = 0; i + 1 < certs.size(); i++) {
        CertificateFacts child = certs.get(i);
        CertificateFacts parent = certs.get(i + 1);
        if (!child
            .certificate()
            .getIssuerX500Principal()
            .equals(parent.certificate().getSubjectX500Principal())) {
          String elsewhere = "";
          for (CertificateFacts other : certs) {
            if (other != child
                && other != parent
                && child.verifiesWith(other.certificate().getPublicKey())) {
              elsewhere = "; its issuer is at #" + other.index();
            }
          }
          String actual = "issuer " + child.issuer() + elsewhere;
          at(Rule.CHAIN_ORDER, child, actual, parent.index(), parent.subject());
        } else if (!signaturesVerified
            && !child.verifiesWith(parent.certificate().getPublicKey())) {
          String actual =
              "the signature does not verify (the issuer has the right name but a different key,"
                  + " or the certificate was altered)";
          at(Rule.CHAIN_SIGNATURE, child, actual, parent.index());
        }
      }
    }

    private X509Certificate issuingAnchor(CertificateFacts last) {
      for (X509Certificate anchor : anchors) {
        if (anchor.getSubjectX500Principal().equals(last.certificate().getIssuerX500Principal())
            && last.verifiesWith(anchor.getPublicKey())) {
          return anchor;
        }
      }
      return null;
    }

    private void untrusted(CertificateFacts last, String actual) {
      out.add(Rule.CHAIN_UNTRUSTED.finding(Finding.CHAIN, "", actual, anchors.size()));
    }

    private void length(int length, boolean rootMissing) {
      int min = endEntity ? 2 : 1;
      int max = endEntity ? 4 : 3;
      if (length < min || length > max) {
        String actual =
            length
                + " certificate(s)"
                + (rootMissing ? ", counting the root that the chain leaves out" : "");
        out.add(
            endEntity
                ? Rule.CHAIN_LENGTH.finding(Finding.CHAIN, "", actual, min, max)
                : Rule.CHAIN_LENGTH.variantFinding(Finding.CHAIN, "", actual, min, max));
      }
    }

    private void multipleRoots() {
      int first = endEntity ? 1 : 0;
      for (int i = first; i < certs.size() - 1; i++) {
        CertificateFacts c = certs.get(i);
        if (c.selfIssued() && c.selfSigned()) {
          at(
              Rule.CHAIN_MULTIPLE_ROOTS,
              c,
              "a self-signed certificate at position " + i + " of " + certs.size());
        }
      }
    }

    /** RFC 5280 pathLenConstraint: the number of intermediate CAs that may follow a CA. */
    private void pathLength(CertificateFacts root, boolean rootFromAnchor) {
      List<CertificateFacts> all = new ArrayList<>(certs);
      if (rootFromAnchor) {
        all.add(root);
      }
      for (CertificateFacts c : all) {
        boolean caPosition = !(endEntity && c.index() == 0);
        int pathLen = c.certificate().getBasicConstraints();
        if (!caPosition || pathLen < 0 || pathLen == Integer.MAX_VALUE) {
          continue;
        }
        int following = endEntity ? c.index() - 1 : c.index();
        if (following > pathLen) {
          at(Rule.CHAIN_PATH_LENGTH, c, following + " intermediate CA(s) below it", pathLen);
        }
      }
    }

    /** Adds a finding about one certificate of the chain. */
    private void at(Rule rule, CertificateFacts c, String actual, Object... slots) {
      out.add(rule.finding(c.index(), c.subject(), actual, slots));
    }

    private static String describe(CertificateFacts c) {
      return "#" + c.index() + " (" + (c.subjectEmpty() ? "empty subject" : c.subject()) + ")";
    }
  }
}
