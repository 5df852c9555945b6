package io.sep2.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The value spaces of the schema's simple types (UInt8, Int16, HexBinary32, String32...). Each
 * method returns its argument when it fits and otherwise throws an {@link IllegalArgumentException}
 * whose message names the element and shows the value.
 */
final class Ranges {

  private static final long UINT32_MAX = 0xFFFF_FFFFL;
  // The schema gives UInt40 the maxInclusive of UInt48 (281474976710655); 2^40 - 1 is what the
  // name and the SFDI (36 bits and a check digit) need.
  private static final long UINT40_MAX = (1L << 40) - 1;
  private static final long UINT48_MAX = (1L << 48) - 1;
  // The schema gives Int48 maxInclusive 140737488355328, one more than 2^47 - 1.
  private static final long INT48_MIN = -(1L << 47);
  private static final long INT48_MAX = (1L << 47) - 1;

  private Ranges() {}

  public static int uint8(String element, int value) {
    return (int) range(element, value, 0, 255, "UInt8");
  }

  public static int uint16(String element, int value) {
    return (int) range(element, value, 0, 65535, "UInt16");
  }

  public static int int8(String element, int value) {
    return (int) range(element, value, -128, 127, "Int8");
  }

  public static int int16(String element, int value) {
    return (int) range(element, value, Short.MIN_VALUE, Short.MAX_VALUE, "Int16");
  }

  public static int int32(String element, int value) {
    return value;
  }

  public static long int64(String element, long value) {
    return value;
  }

  public static long uint32(String element, long value) {
    return range(element, value, 0, UINT32_MAX, "UInt32");
  }

  public static long uint40(String element, long value) {
    return range(element, value, 0, UINT40_MAX, "UInt40");
  }

  public static long uint48(String element, long value) {
    return range(element, value, 0, UINT48_MAX, "UInt48");
  }

  public static long int48(String element, long value) {
    return range(element, value, INT48_MIN, INT48_MAX, "Int48");
  }

  public static int hex8(String element, int value) {
    return (int) range(element, value, 0, 0xFF, "HexBinary8");
  }

  public static int hex16(String element, int value) {
    return (int) range(element, value, 0, 0xFFFF, "HexBinary16");
  }

  public static long hex32(String element, long value) {
    return range(element, value, 0, UINT32_MAX, "HexBinary32");
  }

  public static long hex48(String element, long value) {
    return range(element, value, 0, UINT48_MAX, "HexBinary48");
  }

  /** HexBinary64 takes every bit pattern of a {@code long}. */
  public static long hex64(String element, long value) {
    return value;
  }

  /** Checks the length in characters (the schema's maxLength). */
  public static String string(String element, String value, int maxLength) {
    Objects.requireNonNull(value, element);
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          element
              + " must be at most "
              + maxLength
              + " characters (String"
              + maxLength
              + "), was "
              + value.length()
              + ": '"
              + abbreviate(value)
              + "'");
    }
    return value;
  }

  /** An anyURI: any string without control characters, at most 4096 characters. */
  public static String uri(String element, String value) {
    Objects.requireNonNull(value, element);
    if (value.length() > 4096) {
      throw new IllegalArgumentException(
          element + " must be a URI of at most 4096 characters, was " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            element + " must be a URI without control characters, was '" + abbreviate(value) + "'");
      }
    }
    return value;
  }

  /** A TimeType is whole seconds: sub-second parts are dropped. */
  public static Instant time(String element, Instant value) {
    Objects.requireNonNull(value, element);
    return value.truncatedTo(ChronoUnit.SECONDS);
  }

  private static long range(String element, long value, long min, long max, String type) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          element + " must be between " + min + " and " + max + " (" + type + "), was " + value);
    }
    return value;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
