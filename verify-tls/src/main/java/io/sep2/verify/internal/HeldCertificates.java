package io.sep2.verify.internal;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Completes chains loaded from the project's keystores with their root, so the project's own device
 * and server identities can be held ({@code HeldCertificate.of}) and handed to {@code
 * Sep2ClientTls} and {@code Sep2MockServer}.
 */
final class HeldCertificates {

  private HeldCertificates() {}

  /**
   * The chain completed with its root: unchanged when it ends with a self-issued certificate,
   * otherwise with the anchor that issued its last certificate appended.
   *
   * @return the completed chain, or null when no anchor completes it
   */
  static List<X509Certificate> withRoot(
      List<X509Certificate> chain, Collection<X509Certificate> anchors) {
    X509Certificate last = chain.get(chain.size() - 1);
    if (selfIssued(last)) {
      return chain;
    }
    for (X509Certificate anchor : anchors) {
      if (anchor.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
        try {
          last.verify(anchor.getPublicKey());
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
          continue;
        }
        List<X509Certificate> out = new ArrayList<>(chain);
        out.add(anchor);
        return out;
      }
    }
    return null;
  }

  static boolean selfIssued(X509Certificate c) {
    return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
  }
}
