package io.sep2.verify;

import io.sep2.pki.keystore.KeystoreFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A keystore as configured for {@code sep2:verify-tls}, resolved against the project: which file,
 * which format, whose password, which entry, for which role. Holds no password value other than
 * inside its {@link PasswordSource}, which never prints it.
 *
 * @param label how reports name it: the path relative to the project's base directory (for PEM with
 *     a key file: {@code chain.pem + key.pem})
 * @param role what the keystore is for; null when the configuration did not say (a config problem)
 * @param path the keystore, PEM certificate file or PEM truststore; null when not configured
 * @param keyPath for PEM identities, the private key file; null otherwise
 * @param format the declared format, or null to detect it from the content
 * @param password where the password comes from
 * @param alias the key entry (device, server) or null for the first one
 * @param configProblems what is wrong with the configuration itself, empty when it is usable
 */
public record KeystoreSpec(
    String label,
    KeystoreRole role,
    Path path,
    Path keyPath,
    KeystoreFormat format,
    PasswordSource password,
    String alias,
    List<String> configProblems) {

  /** Copies the problem list. */
  public KeystoreSpec {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(password, "password");
    configProblems = List.copyOf(configProblems);
  }

  /**
   * A keystore whose format is detected from its content and whose first key entry is used.
   *
   * @param path a PKCS12 or JKS keystore, or a PEM file (a truststore's certificates, or a
   *     certificate chain followed by its private key)
   * @param role what it is for
   * @param password where its password comes from ({@link PasswordSource#NONE} for plain PEM)
   */
  public static KeystoreSpec of(Path path, KeystoreRole role, PasswordSource password) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(role, "role");
    return new KeystoreSpec(path.toString(), role, path, null, null, password, null, List.of());
  }

  /** Whether the role needs a private key (device, server). */
  public boolean needsKey() {
    return role == KeystoreRole.DEVICE || role == KeystoreRole.SERVER;
  }

  /** The label and the role, e.g. {@code target/pki/device.p12 (device)}. */
  public String subject() {
    return label + (role == null ? "" : " (" + role.configName() + ")");
  }

  /** Describes the keystore without any password. */
  @Override
  public String toString() {
    return "KeystoreSpec["
        + subject()
        + ", "
        + (format == null ? "format detected" : format)
        + ", "
        + password
        + (alias == null ? "" : ", alias " + alias)
        + "]";
  }
}
