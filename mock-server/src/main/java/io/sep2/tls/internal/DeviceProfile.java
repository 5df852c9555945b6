package io.sep2.tls.internal;

import io.sep2.pki.profile.CertificateRole;
import io.sep2.pki.profile.Finding;
import io.sep2.pki.profile.ProfileCheck;
import io.sep2.pki.profile.Severity;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The 2030.5 profile check applied to client (device) chains, as the server's verifier uses it: on
 * paths that PKIX path building has already validated to one of the verifier's trust anchors, so
 * that no signature is verified twice in a handshake ({@link ProfileCheck#forValidatedPaths}). The
 * anchors' self-signatures are verified once, when the profile is made. Thread-safe.
 */
final class DeviceProfile {

  private final Function<List<X509Certificate>, List<Finding>> check;

  /**
   * @param anchors the trust anchors the verifier builds paths to
   */
  DeviceProfile(Collection<X509Certificate> anchors) {
    this.check = ProfileCheck.forValidatedPaths(CertificateRole.DEVICE, anchors);
  }

  /**
   * The ERROR findings of the 2030.5 profile check for a device path that PKIX validated (leaf
   * first, trust anchor last), as one line each; empty when compliant. The same lines as the
   * standalone {@code ProfileCheck.check(path, CertificateRole.DEVICE)} gives for that path.
   */
  List<String> errorsOf(List<X509Certificate> path) {
    return check.apply(path).stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(Finding::toString)
        .toList();
  }
}
