package io.sep2.maven;

import io.sep2.pki.keystore.KeystoreFormat;
import io.sep2.verify.KeystoreRole;
import io.sep2.verify.KeystoreSpec;
import io.sep2.verify.PasswordSource;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One {@code <keystore>} of {@code sep2:verify-tls}:
 *
 * <pre>{@code
 * <keystore>
 *   <path>src/test/resources/device.p12</path>   <!-- or the PEM certificate chain -->
 *   <keyPath>...</keyPath>                        <!-- PEM identities: the private key file -->
 *   <type>PKCS12</type>                           <!-- PKCS12, JKS or PEM; default: detected -->
 *   <passwordEnv>DEVICE_P12_PASSWORD</passwordEnv> <!-- or <password>, or <passwordProperty> -->
 *   <alias>device-1</alias>                       <!-- default: the first key entry -->
 *   <role>device</role>                           <!-- device, server or truststore -->
 * </keystore>
 * }</pre>
 *
 * Relative paths are resolved against the project's base directory. At most one password source may
 * be given; none is fine for unencrypted PEM. The password is never logged or written; prefer
 * {@code passwordEnv} or {@code passwordProperty}, since Maven's debug output ({@code -X}) prints
 * configured values.
 */
public class Keystore {

  /** The keystore file; for a PEM identity the certificate chain file. Required. */
  private File path;

  /** For a PEM identity: the private key file (PKCS#8 or SEC1, plain or encrypted). */
  private File keyPath;

  /** {@code PKCS12}, {@code JKS} or {@code PEM}; default: detected from the content. */
  private String type;

  /** The password, given directly. */
  private String password;

  /** The name of an environment variable holding the password. */
  private String passwordEnv;

  /** The name of a Maven user, project or system property holding the password. */
  private String passwordProperty;

  /** The alias of the key entry (device, server); default: the first key entry. */
  private String alias;

  /** {@code device}, {@code server} or {@code truststore}. Required. */
  private String role;

  /** For Maven. */
  public Keystore() {}

  /** Sets the keystore file. */
  public void setPath(File path) {
    this.path = path;
  }

  /** Sets the PEM private key file. */
  public void setKeyPath(File keyPath) {
    this.keyPath = keyPath;
  }

  /** Sets the type. */
  public void setType(String type) {
    this.type = type;
  }

  /** Sets the password. */
  public void setPassword(String password) {
    this.password = password;
  }

  /** Sets the environment variable holding the password. */
  public void setPasswordEnv(String passwordEnv) {
    this.passwordEnv = passwordEnv;
  }

  /** Sets the property holding the password. */
  public void setPasswordProperty(String passwordProperty) {
    this.passwordProperty = passwordProperty;
  }

  /** Sets the alias. */
  public void setAlias(String alias) {
    this.alias = alias;
  }

  /** Sets the role. */
  public void setRole(String role) {
    this.role = role;
  }

  /** Resolves this configuration against the project's base directory. */
  KeystoreSpec toSpec(Path basedir) {
    List<String> problems = new ArrayList<>();
    Path file = resolve(basedir, path);
    Path key = resolve(basedir, keyPath);
    KeystoreRole parsedRole = KeystoreRole.parse(role);
    if (file == null) {
      problems.add("<path> is not set");
    }
    if (parsedRole == null) {
      problems.add(
          role == null || role.isBlank()
              ? "<role> is not set (device, server or truststore)"
              : "<role> '" + role + "' is none of device, server, truststore");
    }
    KeystoreFormat format = null;
    if (type != null && !type.isBlank()) {
      try {
        format = KeystoreFormat.valueOf(type.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("<type> '" + type + "' is none of PKCS12, JKS, PEM");
      }
    }
    if (key != null && format != null && format != KeystoreFormat.PEM) {
      problems.add("<keyPath> is for PEM files, but <type> is " + format);
    }
    if (key != null && parsedRole == KeystoreRole.TRUSTSTORE) {
      problems.add("a truststore has no <keyPath>");
    }
    int sources = 0;
    PasswordSource source = PasswordSource.NONE;
    if (password != null) {
      sources++;
      source = PasswordSource.value(password);
    }
    if (passwordEnv != null && !passwordEnv.isBlank()) {
      sources++;
      source = PasswordSource.env(passwordEnv.trim());
    }
    if (passwordProperty != null && !passwordProperty.isBlank()) {
      sources++;
      source = PasswordSource.property(passwordProperty.trim());
    }
    if (sources > 1) {
      problems.add("give only one of <password>, <passwordEnv>, <passwordProperty>");
    }
    String label = label(basedir, file) + (key == null ? "" : " + " + key.getFileName().toString());
    String entry = alias == null || alias.isBlank() ? null : alias.trim();
    return new KeystoreSpec(label, parsedRole, file, key, format, source, entry, problems);
  }

  private static Path resolve(Path basedir, File file) {
    if (file == null) {
      return null;
    }
    Path p = file.toPath();
    return (p.isAbsolute() ? p : basedir.resolve(p)).normalize();
  }

  private static String label(Path basedir, Path file) {
    if (file == null) {
      return "<keystore without path>";
    }
    try {
      Path relative = basedir.toAbsolutePath().normalize().relativize(file.toAbsolutePath());
      return relative.toString().startsWith("..") ? file.toString() : relative.toString();
    } catch (IllegalArgumentException e) {
      return file.toString();
    }
  }

  /** Describes the keystore without any password. */
  @Override
  public String toString() {
    return "Keystore[path="
        + path
        + (keyPath == null ? "" : ", keyPath=" + keyPath)
        + ", role="
        + role
        + (type == null ? "" : ", type=" + type)
        + (alias == null ? "" : ", alias=" + alias)
        + (password == null ? "" : ", password=***")
        + (passwordEnv == null ? "" : ", passwordEnv=" + passwordEnv)
        + (passwordProperty == null ? "" : ", passwordProperty=" + passwordProperty)
        + "]";
  }
}
