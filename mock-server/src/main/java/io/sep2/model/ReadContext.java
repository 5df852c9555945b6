package io.sep2.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.List;

/**
 * The state of one read that Jackson callbacks need: where findings go and which reader knows the
 * element path. Passed as a {@link DeserializationContext} attribute, so the shared mapper stays
 * stateless.
 */
final class ReadContext {

  static final String ATTRIBUTE = ReadContext.class.getName();

  private final List<Finding> findings;
  private final GuardedReader reader;

  public ReadContext(List<Finding> findings, GuardedReader reader) {
    this.findings = findings;
    this.reader = reader;
  }

  /** The attribute key under which a read passes its context to Jackson. */
  public static String attributeKey() {
    return ATTRIBUTE;
  }

  /**
   * Turns unknown elements and attributes into findings and skips them: a 2030.5 reader must ignore
   * what it does not know, but the test report should show it.
   */
  public static final class UnknownElements extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      Object attribute = ctxt.getAttribute(ATTRIBUTE);
      if (attribute instanceof ReadContext context) {
        JsonLocation location = p.currentTokenLocation();
        String message;
        if (propertyName.isEmpty()) {
          message = "unexpected text between elements; ignored";
        } else if (propertyName.startsWith("{")) {
          message = "element " + propertyName + " is in a namespace 2030.5 does not use; ignored";
        } else {
          message = "unknown element or attribute " + propertyName + "; ignored";
        }
        context.findings.add(
            new Finding(
                Math.max(0, location.getLineNr()),
                Math.max(0, location.getColumnNr()),
                context.reader.path(),
                message));
      }
      p.skipChildren();
      return true;
    }
  }
}
