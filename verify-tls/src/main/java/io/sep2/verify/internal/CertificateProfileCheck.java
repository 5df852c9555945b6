package io.sep2.verify.internal;

import io.sep2.pki.profile.CertificateRole;
import io.sep2.pki.profile.ProfileCheck;
import io.sep2.pki.profile.Rule;
import io.sep2.verify.Finding;
import io.sep2.verify.KeystoreRole;
import io.sep2.verify.Severity;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Check 2a: the chain of every device and server key entry passes test-pki's 2030.5 {@link
 * ProfileCheck} for its role (ECDSA P-256, ecdsa-with-SHA256, the extensions and their criticality,
 * chain shape). Each deviation becomes a finding {@code profile.<rule id>}, e.g. {@code
 * profile.key.type} for an RSA key, {@code profile.key.curve} for P-384, {@code
 * profile.sig.algorithm} for a SHA-1 signature. The truststore's certificates complete a chain that
 * leaves out its root; whether the truststore anchors the chain is {@link TruststoreAnchorsCheck}'s
 * finding, so {@code chain.untrusted} is left out here.
 */
public final class CertificateProfileCheck implements Check {

  @Override
  public String name() {
    return "2030.5 certificate profile";
  }

  @Override
  public List<Finding> run(VerifyContext context) {
    List<Finding> out = new ArrayList<>();
    List<X509Certificate> anchors = context.trustedCertificates();
    for (KeystoreRole role : List.of(KeystoreRole.DEVICE, KeystoreRole.SERVER)) {
      for (KeystoreResult result : context.loaded(role)) {
        out.addAll(
            check(
                result.spec().label(),
                result.entry().chain(),
                role == KeystoreRole.DEVICE ? CertificateRole.DEVICE : CertificateRole.SERVER,
                anchors));
      }
    }
    return out;
  }

  /**
   * The profile findings of one chain as {@code sep2:verify-tls} findings; one {@code
   * profile.compliant} OK finding when nothing is wrong.
   *
   * @param label names the chain's source in subjects
   */
  static List<Finding> check(
      String label,
      List<X509Certificate> chain,
      CertificateRole role,
      List<X509Certificate> anchors) {
    List<Finding> out = new ArrayList<>();
    boolean problems = false;
    for (io.sep2.pki.profile.Finding f : ProfileCheck.check(chain, role, anchors)) {
      if (f.is(Rule.CHAIN_UNTRUSTED)) {
        continue;
      }
      Severity severity =
          switch (f.severity()) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFO -> Severity.INFO;
          };
      problems |= severity != Severity.INFO;
      out.add(
          new Finding(
              "profile." + f.id(),
              severity,
              Subjects.certificate(label, f.index(), f.subject(), chain.size()),
              f.expected(),
              f.actual(),
              f.fix()));
    }
    if (!problems) {
      out.add(
          0,
          Finding.ok(
              "profile.compliant",
              label,
              "chain of "
                  + chain.size()
                  + " certificate(s), role "
                  + role
                  + ": meets the 2030.5 certificate profile"));
    }
    return out;
  }
}
