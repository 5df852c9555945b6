package io.sep2.verify;

import java.util.Locale;

/** What a configured keystore is for. */
public enum KeystoreRole {
  /** The device (client) identity: key entry with the device certificate chain. */
  DEVICE,
  /** A server identity (e.g. the project's own test server): key entry with its chain. */
  SERVER,
  /** Trusted roots: the SERCA that anchors device and server chains. */
  TRUSTSTORE;

  /** {@code device}, {@code server} or {@code truststore}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code device}, {@code server} or {@code truststore}, ignoring case.
   *
   * @return the role, or null for anything else
   */
  public static KeystoreRole parse(String text) {
    if (text == null) {
      return null;
    }
    for (KeystoreRole role : values()) {
      if (role.configName().equalsIgnoreCase(text.trim())) {
        return role;
      }
    }
    return null;
  }
}
