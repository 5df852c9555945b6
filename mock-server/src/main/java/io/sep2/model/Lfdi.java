package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A long-form device identifier (LFDI): the first 160 bits of the SHA-256 fingerprint of a device's
 * certificate, written as 40 upper-case hex digits (HexBinary160). A server recognises a client by
 * the LFDI of the certificate it presents in the TLS handshake; EndDevice, DeviceInformation,
 * MirrorUsagePoint and Response carry it. Immutable.
 */
public final class Lfdi {

  private final String hex;

  private Lfdi(String hex) {
    this.hex = hex;
  }

  /**
   * Parses 40 hex digits, in either case.
   *
   * @throws NullPointerException if {@code hex} is null
   * @throws IllegalArgumentException if {@code hex} is not exactly 40 hex digits (the message shows
   *     the value)
   */
  @JsonCreator
  public static Lfdi parse(String hex) {
    Objects.requireNonNull(hex, "hex");
    String trimmed = hex.strip();
    if (trimmed.length() != 40 || !Mrid.isHex(trimmed)) {
      throw new IllegalArgumentException(
          "LFDI must be 40 hex digits (HexBinary160), was '" + Mrid.abbreviate(hex) + "'");
    }
    return new Lfdi(trimmed.toUpperCase(Locale.ROOT));
  }

  /** Returns the 40 upper-case hex digits, as written in XML. */
  @JsonValue
  @Override
  public String toString() {
    return hex;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Lfdi o && hex.equals(o.hex);
  }

  @Override
  public int hashCode() {
    return hex.hashCode();
  }
}
