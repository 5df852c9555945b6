package io.sep2.verify.internal;

import io.sep2.pki.keystore.KeystoreEntry;
import io.sep2.pki.keystore.KeystoreException;
import io.sep2.pki.keystore.KeystoreLoader;
import io.sep2.pki.keystore.LoadedKeystore;
import io.sep2.verify.KeystoreSpec;
import io.sep2.verify.internal.KeystoreResult.Failure;
import io.sep2.verify.internal.KeystoreResult.FailureKind;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Loads configured keystores with test-pki's {@link KeystoreLoader}. The password is resolved just
 * before loading and cleared right after; it is never kept and never part of a message.
 */
public final class KeystoreLoading {

  private KeystoreLoading() {}

  /**
   * Loads one keystore.
   *
   * @param spec the configuration
   * @param environment looks up environment variables (for {@code passwordEnv})
   * @param properties looks up Maven/system properties (for {@code passwordProperty})
   * @return the loaded keystore or why it could not be used; never throws for a bad keystore
   */
  public static KeystoreResult load(
      KeystoreSpec spec, UnaryOperator<String> environment, UnaryOperator<String> properties) {
    if (!spec.configProblems().isEmpty()) {
      return failed(spec, FailureKind.CONFIG, String.join("; ", spec.configProblems()), null);
    }
    char[] password;
    try {
      password = spec.password().resolve(environment, properties);
    } catch (IllegalStateException e) {
      return failed(
          spec,
          FailureKind.PASSWORD_SOURCE,
          "the password of " + spec.label() + " cannot be read: " + e.getMessage(),
          null);
    }
    try {
      LoadedKeystore keystore;
      if (spec.keyPath() != null) {
        keystore = KeystoreLoader.loadPem(spec.path(), spec.keyPath(), password);
      } else if (spec.format() != null) {
        keystore = KeystoreLoader.load(spec.path(), spec.format(), password);
      } else {
        keystore = KeystoreLoader.load(spec.path(), password);
      }
      if (!spec.needsKey()) {
        return new KeystoreResult(spec, keystore, null, null);
      }
      if (spec.alias() == null) {
        return new KeystoreResult(spec, keystore, keystore.keyEntry(), null);
      }
      Optional<KeystoreEntry> entry = keystore.entry(spec.alias());
      if (entry.isEmpty()) {
        return failed(
            spec,
            FailureKind.ALIAS,
            spec.label()
                + " has no entry '"
                + spec.alias()
                + "'; its entries are "
                + keystore.entries().stream().map(KeystoreEntry::alias).toList(),
            null);
      }
      if (!entry.get().hasPrivateKey()) {
        return failed(
            spec,
            FailureKind.ALIAS,
            "entry '"
                + spec.alias()
                + "' of "
                + spec.label()
                + " is a trusted certificate, not a key entry with a private key",
            null);
      }
      return new KeystoreResult(spec, keystore, entry.get(), null);
    } catch (KeystoreException e) {
      return failed(spec, FailureKind.LOAD, e.getMessage(), e);
    } finally {
      if (password != null) {
        java.util.Arrays.fill(password, '\0');
      }
    }
  }

  private static KeystoreResult failed(
      KeystoreSpec spec, FailureKind kind, String message, KeystoreException e) {
    return new KeystoreResult(spec, null, null, new Failure(kind, message, e));
  }
}
