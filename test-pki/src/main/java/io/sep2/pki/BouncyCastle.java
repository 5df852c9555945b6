package io.sep2.pki;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle JCA provider every part of sep2-testkit uses for its own EC work (signature
 * checks, PEM decryption, PKCS#8 encryption, JSSE). Creating a {@link BouncyCastleProvider}
 * registers thousands of algorithms and takes a few hundred milliseconds, so it is made once, on
 * first use. It is never added to {@link java.security.Security}: a test kit must not change the
 * providers of the JVM it runs in.
 */
public final class BouncyCastle {

  private BouncyCastle() {}

  /** The shared provider instance (made on first call; thread-safe). */
  public static Provider provider() {
    return Holder.PROVIDER;
  }

  private static final class Holder {
    static final Provider PROVIDER = new BouncyCastleProvider();
  }
}
