package io.sep2.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A master resource identifier (mRID): the 128-bit globally unique id of an identified 2030.5
 * object such as a DERProgram, a DERControl event or a MirrorUsagePoint, written as 32 upper-case
 * hex digits. By convention its last 32 bits are the private enterprise number (PEN) of the
 * organisation that made it, so ids from different issuers cannot collide. Responses name the event
 * they answer by its mRID. Immutable.
 */
public final class Mrid {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String hex;

  private Mrid(String hex) {
    this.hex = hex;
  }

  /**
   * Parses 32 hex digits, in either case.
   *
   * @throws NullPointerException if {@code hex} is null
   * @throws IllegalArgumentException if {@code hex} is not exactly 32 hex digits (the message shows
   *     the value)
   */
  @JsonCreator
  public static Mrid parse(String hex) {
    Objects.requireNonNull(hex, "hex");
    String trimmed = hex.strip();
    if (trimmed.length() != 32 || !isHex(trimmed)) {
      throw new IllegalArgumentException(
          "mRID must be 32 hex digits (HexBinary128), was '" + abbreviate(hex) + "'");
    }
    return new Mrid(trimmed.toUpperCase(Locale.ROOT));
  }

  /**
   * Returns a random mRID whose last 32 bits are {@code pen}, the private enterprise number of the
   * issuer (e.g. 0 for a test, or your organisation's IANA number).
   *
   * @throws IllegalArgumentException if {@code pen} is negative or above 4294967295
   */
  public static Mrid random(long pen) {
    if (pen < 0 || pen > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("pen must be between 0 and 4294967295, was " + pen);
    }
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    for (int i = 0; i < 4; i++) {
      bytes[15 - i] = (byte) (pen >>> (8 * i));
    }
    return new Mrid(HexFormat.of().withUpperCase().formatHex(bytes));
  }

  /** Returns the 32 upper-case hex digits, as written in XML. */
  @JsonValue
  @Override
  public String toString() {
    return hex;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Mrid o && hex.equals(o.hex);
  }

  @Override
  public int hashCode() {
    return hex.hashCode();
  }

  static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
