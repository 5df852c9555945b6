package io.sep2.verify.internal;

import io.sep2.pki.keystore.KeystoreEntry;
import io.sep2.pki.keystore.KeystoreException;
import io.sep2.pki.keystore.LoadedKeystore;
import io.sep2.verify.KeystoreRole;
import io.sep2.verify.KeystoreSpec;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of loading one configured keystore: the loaded content and the entry in use, or why
 * it could not be loaded.
 *
 * @param spec the configuration
 * @param keystore the loaded keystore, or null when loading failed
 * @param entry for device and server keystores the key entry in use, otherwise null
 * @param failure why it could not be used, or null when loaded
 */
public record KeystoreResult(
    KeystoreSpec spec, LoadedKeystore keystore, KeystoreEntry entry, Failure failure) {

  /** Why a keystore could not be used. */
  public enum FailureKind {
    /** The plugin configuration of the keystore is incomplete or invalid. */
    CONFIG,
    /** The environment variable or property that should hold the password is not set. */
    PASSWORD_SOURCE,
    /** The file could not be loaded: see {@link Failure#exception()}. */
    LOAD,
    /** The configured alias is not in the keystore. */
    ALIAS
  }

  /**
   * Why a keystore could not be used.
   *
   * @param kind the kind
   * @param message what is wrong, in words, naming the file; never a password
   * @param exception for {@link FailureKind#LOAD}, the loader's exception; otherwise null
   */
  public record Failure(FailureKind kind, String message, KeystoreException exception) {
    /** Checks the components. */
    public Failure {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
    }
  }

  /** Whether the keystore was loaded (and, for device and server, a key entry selected). */
  public boolean loaded() {
    return failure == null;
  }

  /** The role of the keystore. */
  public KeystoreRole role() {
    return spec.role();
  }

  /**
   * The certificates of a loaded truststore that are trusted-certificate entries (PEM: every
   * certificate); empty otherwise.
   */
  public List<X509Certificate> trustedCertificates() {
    if (!loaded() || role() != KeystoreRole.TRUSTSTORE) {
      return List.of();
    }
    return keystore.entries().stream()
        .filter(e -> !e.hasPrivateKey())
        .map(KeystoreEntry::certificate)
        .toList();
  }
}
