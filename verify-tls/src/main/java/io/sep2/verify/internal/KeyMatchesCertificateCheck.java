package io.sep2.verify.internal;

import io.sep2.pki.keystore.KeyPairProbe;
import io.sep2.pki.keystore.KeystoreEntry;
import io.sep2.verify.Finding;
import io.sep2.verify.KeystoreRole;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Check 2b: the private key of every device and server entry belongs to the entry's certificate,
 * shown by signing a probe with the key and verifying it with the certificate's public key ({@link
 * KeyPairProbe}). A key that fits none of its certificates already stops loading ({@code
 * key.mismatch} from {@link KeystoreLoadsCheck}).
 */
public final class KeyMatchesCertificateCheck implements Check {

  @Override
  public String name() {
    return "private key matches certificate";
  }

  @Override
  public List<Finding> run(VerifyContext context) {
    List<Finding> out = new ArrayList<>();
    for (KeystoreRole role : List.of(KeystoreRole.DEVICE, KeystoreRole.SERVER)) {
      for (KeystoreResult result : context.loaded(role)) {
        KeystoreEntry entry = result.entry();
        String subject = result.spec().label() + " '" + entry.alias() + "'";
        String problem = mismatch(entry.privateKey(), entry.certificate().getPublicKey());
        if (problem == null) {
          out.add(
              Finding.ok(
                  "key.matches",
                  subject,
                  "the "
                      + entry.privateKey().getAlgorithm()
                      + " private key signs what the certificate's public key verifies"));
        } else {
          out.add(
              Finding.error(
                  "key.mismatch",
                  subject,
                  "a private key that belongs to the certificate",
                  problem,
                  "Pair the key with the certificate issued for it (compare openssl pkey"
                      + " -pubout with openssl x509 -pubkey)."));
        }
      }
    }
    return out;
  }

  /** Null when the key pair matches, otherwise what is wrong. */
  static String mismatch(PrivateKey key, PublicKey publicKey) {
    return KeyPairProbe.mismatch(key, publicKey).orElse(null);
  }
}
