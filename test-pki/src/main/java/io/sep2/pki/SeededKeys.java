package io.sep2.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * Derives P-256 key pairs and serial numbers from a seed and a label, so the same seed gives the
 * same PKI on any machine. Each key is {@code d = SHA-256("sep2-testkit/v1" | seed | label)}
 * reduced into {@code [1, n-1]}: independent labels give independent keys, and adding a device
 * never changes the keys of the others.
 */
final class SeededKeys {

  static final ECNamedDomainParameters P256;

  static {
    X9ECParameters x9 = ECNamedCurveTable.getByOID(SECObjectIdentifiers.secp256r1);
    P256 = new ECNamedDomainParameters(SECObjectIdentifiers.secp256r1, x9);
  }

  private static final String DOMAIN = "sep2-testkit/v1";

  private final String seed;

  SeededKeys(String seed) {
    this.seed = seed;
  }

  byte[] hash(String purpose, String label) {
    SHA256Digest digest = new SHA256Digest();
    for (String part : new String[] {DOMAIN, purpose, seed, label}) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      // length-prefix every part so ("ab","c") and ("a","bc") never collide
      digest.update((byte) (bytes.length >>> 8));
      digest.update((byte) bytes.length);
      digest.update(bytes, 0, bytes.length);
    }
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }

  ECPrivateKeyParameters privateKey(String label) {
    BigInteger n = P256.getN();
    BigInteger d =
        new BigInteger(1, hash("key", label)).mod(n.subtract(BigInteger.ONE)).add(BigInteger.ONE);
    return new ECPrivateKeyParameters(d, P256);
  }

  /** A positive serial number of at most 72 bits, never zero. */
  BigInteger serial(String label) {
    byte[] h = hash("serial", label);
    BigInteger serial = new BigInteger(1, java.util.Arrays.copyOf(h, 9));
    return serial.signum() == 0 ? BigInteger.ONE : serial;
  }

  KeyPair keyPair(String label) {
    return toJca(privateKey(label));
  }

  static ECPublicKeyParameters publicKey(ECPrivateKeyParameters privateKey) {
    return new ECPublicKeyParameters(
        new FixedPointCombMultiplier().multiply(P256.getG(), privateKey.getD()).normalize(), P256);
  }

  /** Converts to JDK key objects (provider-neutral encodings, so any keystore can hold them). */
  static KeyPair toJca(ECPrivateKeyParameters privateKey) {
    try {
      KeyFactory factory = KeyFactory.getInstance("EC");
      byte[] pkcs8 = PrivateKeyInfoFactory.createPrivateKeyInfo(privateKey).getEncoded();
      byte[] spki =
          SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey(privateKey))
              .getEncoded();
      return new KeyPair(
          factory.generatePublic(new X509EncodedKeySpec(spki)),
          factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot decode an EC P-256 key", e);
    }
  }
}
