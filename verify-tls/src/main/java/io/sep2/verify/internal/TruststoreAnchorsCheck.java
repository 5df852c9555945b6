package io.sep2.verify.internal;

import io.sep2.pki.profile.CertificateRole;
import io.sep2.pki.profile.ProfileCheck;
import io.sep2.pki.profile.Rule;
import io.sep2.verify.Finding;
import io.sep2.verify.KeystoreRole;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Check 2c: the truststore holds a SERCA (a self-signed CA certificate), and that SERCA anchors the
 * device chain (the server trusts the device through it) and any configured server chain (the
 * device trusts the server through it). Ids: {@code truststore.serca}, {@code truststore.no-serca},
 * {@code truststore.anchors}, {@code truststore.untrusted}, {@code truststore.not-configured}.
 */
public final class TruststoreAnchorsCheck implements Check {

  @Override
  public String name() {
    return "truststore anchors the chains";
  }

  @Override
  public List<Finding> run(VerifyContext context) {
    List<Finding> out = new ArrayList<>();
    boolean identities =
        context.configured(KeystoreRole.DEVICE) || context.configured(KeystoreRole.SERVER);
    if (!context.configured(KeystoreRole.TRUSTSTORE)) {
      if (identities) {
        out.add(
            Finding.warning(
                "truststore.not-configured",
                "<keystores>",
                "a keystore with role truststore holding the SERCA",
                "no truststore is configured, so it cannot be checked that the SERCA anchors the"
                    + " device chain",
                "Add the truststore the client uses (PKCS12, JKS, or a PEM file such as"
                    + " serca.pem) with <role>truststore</role>."));
      }
      return out;
    }
    List<KeystoreResult> truststores = context.loaded(KeystoreRole.TRUSTSTORE);
    if (truststores.isEmpty()) {
      return out; // the load failure is reported by KeystoreLoadsCheck
    }
    List<X509Certificate> trusted = context.trustedCertificates();
    for (KeystoreResult truststore : truststores) {
      List<X509Certificate> roots =
          truststore.trustedCertificates().stream().filter(TruststoreAnchorsCheck::isRoot).toList();
      if (roots.isEmpty()) {
        out.add(
            Finding.error(
                "truststore.no-serca",
                truststore.spec().subject(),
                "a SERCA: a self-signed CA certificate as trusted-certificate entry",
                truststore.trustedCertificates().size()
                    + " trusted certificate(s), none of them a self-signed CA"
                    + (truststore.keystore().keyEntries().isEmpty()
                        ? ""
                        : "; key entries do not count as trusted certificates"),
                "Import the SERCA: keytool -importcert -trustcacerts -alias serca -file"
                    + " serca.pem -keystore truststore.p12 -storetype PKCS12."));
      } else {
        out.add(
            Finding.ok(
                "truststore.serca",
                truststore.spec().subject(),
                "SERCA "
                    + roots.stream()
                        .map(c -> "'" + c.getSubjectX500Principal().getName() + "'")
                        .toList()));
      }
    }
    for (KeystoreRole role : List.of(KeystoreRole.DEVICE, KeystoreRole.SERVER)) {
      for (KeystoreResult identity : context.loaded(role)) {
        out.add(anchors(identity, role, trusted));
      }
    }
    return out;
  }

  private static Finding anchors(
      KeystoreResult identity, KeystoreRole role, List<X509Certificate> trusted) {
    List<X509Certificate> chain = identity.entry().chain();
    CertificateRole certRole =
        role == KeystoreRole.DEVICE ? CertificateRole.DEVICE : CertificateRole.SERVER;
    var untrusted =
        ProfileCheck.check(chain, certRole, trusted).stream()
            .filter(f -> f.is(Rule.CHAIN_UNTRUSTED))
            .findFirst();
    String subject = identity.spec().label();
    if (untrusted.isPresent()) {
      return Finding.error(
          "truststore.untrusted",
          subject,
          "a " + role.configName() + " chain that ends at a SERCA in the truststore",
          untrusted.get().actual(),
          role == KeystoreRole.DEVICE
              ? "Put the SERCA that issued the device chain into the truststore (a 2030.5"
                  + " server trusts devices through the same SERCA), or use a device"
                  + " certificate of the SERCA you trust."
              : "Put the SERCA that issued the server chain into the truststore, or use a"
                  + " server certificate of the SERCA you trust.");
    }
    X509Certificate last = chain.get(chain.size() - 1);
    String root =
        isRoot(last)
            ? last.getSubjectX500Principal().getName()
            : last.getIssuerX500Principal().getName();
    return Finding.ok(
        "truststore.anchors",
        subject,
        "the " + role.configName() + " chain ends at the trusted SERCA '" + root + "'");
  }

  static boolean isRoot(X509Certificate c) {
    return c.getSubjectX500Principal().equals(c.getIssuerX500Principal())
        && c.getBasicConstraints() >= 0;
  }
}
