package io.sep2.tls.internal;

import io.sep2.pki.profile.CertificateRole;
import io.sep2.pki.profile.Finding;
import io.sep2.pki.profile.ProfileCheck;
import io.sep2.pki.profile.Severity;
import java.security.cert.X509Certificate;
import java.util.List;

/** The 2030.5 profile check applied to client (device) chains, as the server's verifier uses it. */
public final class DeviceProfile {

  private DeviceProfile() {}

  /**
   * The ERROR findings of the 2030.5 profile check for a device chain (leaf first, root last), as
   * one line each; empty when compliant.
   */
  public static List<String> errorsOf(List<X509Certificate> chain) {
    return ProfileCheck.check(chain, CertificateRole.DEVICE).stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(Finding::toString)
        .toList();
  }
}
