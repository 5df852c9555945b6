package io.sep2.pki.keystore;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a keystore file as loaded by {@link KeystoreLoader}: its entries, each a key with
 * its chain or a trusted certificate. Immutable; it keeps no password.
 *
 * <p>For a 2030.5 device keystore expect one key entry whose chain runs device &rarr; [MICA &rarr;
 * MCA &rarr;] SERCA; for a truststore one trusted entry, the SERCA.
 */
public final class LoadedKeystore {

  private final Path file;
  private final KeystoreFormat format;
  private final List<KeystoreEntry> entries;

  /**
   * Creates the value.
   *
   * @param file where it was loaded from
   * @param format its format
   * @param entries its entries, in keystore order; must not be empty
   */
  public LoadedKeystore(Path file, KeystoreFormat format, List<KeystoreEntry> entries) {
    this.file = Objects.requireNonNull(file, "file");
    this.format = Objects.requireNonNull(format, "format");
    this.entries = List.copyOf(entries);
    if (this.entries.isEmpty()) {
      throw new IllegalArgumentException("a loaded keystore has entries; " + file + " has none");
    }
  }

  /** The file it was loaded from. */
  public Path file() {
    return file;
  }

  /** The file's format. */
  public KeystoreFormat format() {
    return format;
  }

  /** All entries, in keystore order. */
  public List<KeystoreEntry> entries() {
    return entries;
  }

  /** The entry with this alias (exact match), if any. */
  public Optional<KeystoreEntry> entry(String alias) {
    return entries.stream().filter(e -> e.alias().equals(alias)).findFirst();
  }

  /** The entries that have a private key. */
  public List<KeystoreEntry> keyEntries() {
    return entries.stream().filter(KeystoreEntry::hasPrivateKey).toList();
  }

  /**
   * The one key entry, as a device or server keystore has (the first, when there are several).
   *
   * @throws KeystoreException {@link KeystoreException.Problem#NO_PRIVATE_KEY} when there is none
   */
  public KeystoreEntry keyEntry() {
    List<KeystoreEntry> keys = keyEntries();
    if (keys.isEmpty()) {
      throw new KeystoreException(
          KeystoreException.Problem.NO_PRIVATE_KEY,
          file,
          "holds no private key, only "
              + entries.size()
              + " certificate entr"
              + (entries.size() == 1 ? "y" : "ies")
              + "; a device or server keystore needs its private key",
          null);
    }
    return keys.get(0);
  }

  /**
   * The entries' own certificates (first of each chain), e.g. the trust anchors of a truststore.
   */
  public List<X509Certificate> certificates() {
    return entries.stream().map(KeystoreEntry::certificate).toList();
  }

  @Override
  public String toString() {
    return "LoadedKeystore[" + file + ", " + format + ", " + entries + "]";
  }
}
