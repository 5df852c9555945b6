package io.sep2.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;

/**
 * The schema's TimeType: an Int64 count of seconds since 1970-01-01T00:00Z, as an {@link Instant}.
 */
final class TimeTypeSerializers {

  private TimeTypeSerializers() {}

  /** Writes the epoch second. */
  static final class Writer extends StdSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    Writer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeNumber(value.getEpochSecond());
    }
  }

  /** Reads an Int64 of seconds. */
  static final class Reader extends StdDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      String trimmed = text == null ? "" : text.strip();
      try {
        return Instant.ofEpochSecond(Long.parseLong(trimmed));
      } catch (NumberFormatException | java.time.DateTimeException e) {
        throw ctxt.weirdStringException(
            text, Instant.class, "not a TimeType (whole seconds since 1970, an Int64)");
      }
    }
  }
}
