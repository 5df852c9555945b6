package io.sep2.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;

/**
 * The schema's hexBinary bitmaps (HexBinary8 to HexBinary64): the model holds them as {@code int}
 * or {@code long} bits, and XML carries them as hex digits. Written at full width in upper case
 * ({@code 0000000F} for a HexBinary32), read in either case with up to the full width.
 */
final class HexBinary {

  private HexBinary() {}

  static String format(long value, int bytes) {
    String hex = Long.toHexString(value).toUpperCase(Locale.ROOT);
    int digits = bytes * 2;
    return hex.length() >= digits ? hex : "0".repeat(digits - hex.length()) + hex;
  }

  static long parse(JsonParser p, DeserializationContext ctxt, int bytes, String type)
      throws IOException {
    String text = p.getValueAsString();
    String hex = text == null ? "" : text.strip();
    if (hex.isEmpty() || hex.length() % 2 != 0 || hex.length() > bytes * 2 || !isHex(hex)) {
      throw ctxt.weirdStringException(
          text,
          Long.class,
          "not a " + type + " (an even number of hex digits, at most " + bytes * 2 + ")");
    }
    return Long.parseUnsignedLong(hex, 16);
  }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Writes a HexBinary8 as 2 upper-case hex digits. */
  public static final class Hex8Serializer extends StdSerializer<Number> {
    private static final long serialVersionUID = 1L;

    public Hex8Serializer() {
      super(Number.class);
    }

    @Override
    public void serialize(Number value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(format(value.longValue(), 1));
    }
  }

  /** Reads a HexBinary8 of up to 2 hex digits (an even number, either case). */
  public static final class Hex8Deserializer extends StdDeserializer<Integer> {
    private static final long serialVersionUID = 1L;

    public Hex8Deserializer() {
      super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      long value = parse(p, ctxt, 1, "HexBinary8");
      return (int) value;
    }
  }

  /** Writes a HexBinary16 as 4 upper-case hex digits. */
  public static final class Hex16Serializer extends StdSerializer<Number> {
    private static final long serialVersionUID = 1L;

    public Hex16Serializer() {
      super(Number.class);
    }

    @Override
    public void serialize(Number value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(format(value.longValue(), 2));
    }
  }

  /** Reads a HexBinary16 of up to 4 hex digits (an even number, either case). */
  public static final class Hex16Deserializer extends StdDeserializer<Integer> {
    private static final long serialVersionUID = 1L;

    public Hex16Deserializer() {
      super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      long value = parse(p, ctxt, 2, "HexBinary16");
      return (int) value;
    }
  }

  /** Writes a HexBinary32 as 8 upper-case hex digits. */
  public static final class Hex32Serializer extends StdSerializer<Number> {
    private static final long serialVersionUID = 1L;

    public Hex32Serializer() {
      super(Number.class);
    }

    @Override
    public void serialize(Number value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(format(value.longValue(), 4));
    }
  }

  /** Reads a HexBinary32 of up to 8 hex digits (an even number, either case). */
  public static final class Hex32Deserializer extends StdDeserializer<Long> {
    private static final long serialVersionUID = 1L;

    public Hex32Deserializer() {
      super(Long.class);
    }

    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      long value = parse(p, ctxt, 4, "HexBinary32");
      return value;
    }
  }

  /** Writes a HexBinary48 as 12 upper-case hex digits. */
  public static final class Hex48Serializer extends StdSerializer<Number> {
    private static final long serialVersionUID = 1L;

    public Hex48Serializer() {
      super(Number.class);
    }

    @Override
    public void serialize(Number value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(format(value.longValue(), 6));
    }
  }

  /** Reads a HexBinary48 of up to 12 hex digits (an even number, either case). */
  public static final class Hex48Deserializer extends StdDeserializer<Long> {
    private static final long serialVersionUID = 1L;

    public Hex48Deserializer() {
      super(Long.class);
    }

    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      long value = parse(p, ctxt, 6, "HexBinary48");
      return value;
    }
  }

  /** Writes a HexBinary64 as 16 upper-case hex digits. */
  public static final class Hex64Serializer extends StdSerializer<Number> {
    private static final long serialVersionUID = 1L;

    public Hex64Serializer() {
      super(Number.class);
    }

    @Override
    public void serialize(Number value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(format(value.longValue(), 8));
    }
  }

  /** Reads a HexBinary64 of up to 16 hex digits (an even number, either case). */
  public static final class Hex64Deserializer extends StdDeserializer<Long> {
    private static final long serialVersionUID = 1L;

    public Hex64Deserializer() {
      super(Long.class);
    }

    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      long value = parse(p, ctxt, 8, "HexBinary64");
      return value;
    }
  }
}
