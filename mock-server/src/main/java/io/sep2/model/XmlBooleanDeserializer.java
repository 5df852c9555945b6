package io.sep2.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads xs:boolean in its whole lexical space: {@code true}, {@code false}, {@code 1} and {@code 0}
 * (Jackson alone takes only the words).
 */
final class XmlBooleanDeserializer extends StdDeserializer<Boolean> {
  private static final long serialVersionUID = 1L;

  XmlBooleanDeserializer() {
    super(Boolean.class);
  }

  @Override
  public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String text = p.getValueAsString();
    String trimmed = text == null ? "" : text.strip();
    switch (trimmed) {
      case "true":
      case "1":
        return Boolean.TRUE;
      case "false":
      case "0":
        return Boolean.FALSE;
      default:
        throw ctxt.weirdStringException(
            text, Boolean.class, "not an xs:boolean (true, false, 1 or 0)");
    }
  }
}
