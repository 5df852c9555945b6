package io.sep2.tls.internal;

import io.sep2.pki.identity.DeviceIdentity;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a client certificate chain is trusted: it must build a PKIX path to one of the
 * trust anchors (the PKI's SERCA plus any the user added) and pass the 2030.5 profile check.
 *
 * <p>Clients often send only their leaf certificate; intermediates the server already knows (the
 * PKI's MCA and MICA, plus any the user added) are used to complete the path. Path building runs on
 * the JDK's own PKIX implementation: the signatures are checked by SunEC whichever builder runs
 * (Bouncy Castle's verifies through {@code X509Certificate.verify} too), and creating a Bouncy
 * Castle provider instance for its builder cost about 0.3 s of every server's start-up
 * (BENCHMARKS.md).
 *
 * <p>Every call checks the whole chain again (no verdict cache), as OpenSSL's {@code s_server} does
 * on every handshake: the benchmarks compare the two doing the same work. PKIX path building finds
 * the path (leaf &rarr; ... &rarr; trust anchor) and checks names, validity and constraints; it
 * verifies signatures too, but the JDK remembers a verified signature per parsed certificate and
 * interns certificates by their encoding, so for a chain it has seen before it verifies none. So
 * every signature of the path is then verified on every call by {@code PathSignatures} (Bouncy
 * Castle's lightweight ECDSA, with the known CA keys decoded once). The 2030.5 profile check then
 * runs on that validated path ({@code DeviceProfile}) and checks every other rule (key usage, basic
 * constraints, validity, policies, curve, ...) without verifying the signatures again. A trust
 * anchor's own self-signature, which path building does not check, is verified once, when the
 * verifier is made, not in every handshake: it cannot change, and OpenSSL does not re-check it per
 * handshake either. Thread-safe.
 */
public final class ClientCertificateVerifier {

  /**
   * The result of checking one chain.
   *
   * @param identity LFDI/SFDI of the leaf
   * @param subject the leaf's subject (RFC 2253; empty for a 2030.5 device)
   * @param trusted whether the chain reached a trust anchor and passed the profile check
   * @param problem when not trusted: what is wrong, in plain words; otherwise {@code null}
   * @param untrustedIssuer {@code true} when the failure is "no path to a trust anchor" (alert 48
   *     unknown_ca) rather than a profile violation (alert 42 bad_certificate)
   */
  public record Verdict(
      DeviceIdentity identity,
      String subject,
      boolean trusted,
      String problem,
      boolean untrustedIssuer) {}

  private final Set<TrustAnchor> anchors;
  private final List<X509Certificate> intermediates;
  private final DeviceProfile profile;
  private final PathSignatures signatures;

  /**
   * Verifies each anchor's self-signature once, for every later call.
   *
   * @param anchors trusted roots (at least one)
   * @param intermediates CA certificates used to complete a chain the client sent incompletely
   */
  public ClientCertificateVerifier(
      Collection<X509Certificate> anchors, Collection<X509Certificate> intermediates) {
    if (anchors.isEmpty()) {
      throw new IllegalArgumentException("at least one trust anchor is required");
    }
    Set<TrustAnchor> set = new LinkedHashSet<>();
    for (X509Certificate anchor : anchors) {
      set.add(new TrustAnchor(anchor, null));
    }
    this.anchors = Collections.unmodifiableSet(set);
    this.intermediates = List.copyOf(intermediates);
    this.profile = new DeviceProfile(anchorCertificates());
    List<X509Certificate> knownCas = new ArrayList<>(anchorCertificates());
    knownCas.addAll(this.intermediates);
    this.signatures = new PathSignatures(knownCas);
  }

  /** The subjects of the trust anchors, for diagnostics. */
  public List<String> anchorSubjects() {
    return anchors.stream()
        .map(a -> a.getTrustedCert().getSubjectX500Principal().getName())
        .collect(Collectors.toList());
  }

  /** The trust anchor certificates. */
  public List<X509Certificate> anchorCertificates() {
    return anchors.stream().map(TrustAnchor::getTrustedCert).toList();
  }

  /** Checks a chain as the client sent it, leaf first. */
  public Verdict verify(List<X509Certificate> chain) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("empty chain");
    }
    return check(chain);
  }

  private Verdict check(List<X509Certificate> chain) {
    X509Certificate leaf = chain.get(0);
    DeviceIdentity identity = DeviceIdentity.of(leaf);
    String subject = leaf.getSubjectX500Principal().getName();
    List<X509Certificate> path;
    try {
      path = buildPath(chain);
    } catch (CertPathBuilderException e) {
      return new Verdict(
          identity,
          subject,
          false,
          "the client certificate (issuer '"
              + leaf.getIssuerX500Principal().getName()
              + "') does not chain to a trusted root; trusted roots are "
              + anchorSubjects()
              + " ("
              + e.getMessage()
              + ")",
          true);
    } catch (GeneralSecurityException e) {
      return new Verdict(
          identity, subject, false, "the client certificate chain is invalid: " + e, true);
    }
    String brokenSignature = signatures.firstBroken(path);
    if (brokenSignature != null) {
      return new Verdict(
          identity,
          subject,
          false,
          "the client certificate chain is invalid: " + brokenSignature,
          false);
    }
    List<String> errors = profile.errorsOf(path);
    if (!errors.isEmpty()) {
      return new Verdict(
          identity,
          subject,
          false,
          "the client certificate violates the IEEE 2030.5 certificate profile: "
              + String.join("; ", errors),
          false);
    }
    return new Verdict(identity, subject, true, null, false);
  }

  /** Builds leaf -> ... -> root, using the client's certificates and the known intermediates. */
  private List<X509Certificate> buildPath(List<X509Certificate> chain)
      throws GeneralSecurityException {
    X509CertSelector target = new X509CertSelector();
    target.setCertificate(chain.get(0));
    PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
    params.setRevocationEnabled(false);
    List<X509Certificate> pool = new ArrayList<>(chain);
    pool.addAll(intermediates);
    params.addCertStore(
        CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
    params.setMaxPathLength(4);
    var result =
        (java.security.cert.PKIXCertPathBuilderResult)
            CertPathBuilder.getInstance("PKIX").build(params);
    List<X509Certificate> path = new ArrayList<>();
    for (var cert : result.getCertPath().getCertificates()) {
      path.add((X509Certificate) cert);
    }
    path.add(result.getTrustAnchor().getTrustedCert());
    return path;
  }
}
