package io.sep2.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * Turns what stopped a read (a Jackson exception, a StAX exception, a builder's range or
 * required-element check) into one {@link Finding} that names the element and shows the value, in
 * the words of the document rather than of Java.
 */
final class ReadErrors {

  private static final Pattern FROM_STRING =
      Pattern.compile("from String (\".*?\"): (.*)$", Pattern.DOTALL);

  private ReadErrors() {}

  /** A StAX error: the document is not well-formed or was refused. */
  public static Finding of(XMLStreamException e, String path) {
    Location location = e.getLocation();
    return new Finding(
        location == null ? 0 : Math.max(0, location.getLineNumber()),
        location == null ? 0 : Math.max(0, location.getColumnNumber()),
        path,
        "not well-formed or refused XML: " + staxMessage(e));
  }

  /** A Jackson error, with whatever caused it. */
  public static Finding of(JsonProcessingException e, String readerPath) {
    XMLStreamException stax = find(e, XMLStreamException.class);
    if (stax != null) {
      return of(stax, readerPath);
    }
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    String path = readerPath;
    String element = "";
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      StringBuilder s = new StringBuilder();
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getFieldName() != null) {
          s.append('/').append(r.getFieldName());
          element = r.getFieldName();
        }
      }
      path = rootOf(readerPath) + s;
    }
    return new Finding(line, column, path, message(e, element));
  }

  private static String message(JsonProcessingException e, String element) {
    RuntimeException check = find(e, IllegalArgumentException.class);
    if (check == null) {
      check = find(e, IllegalStateException.class);
    }
    if (check != null && check.getMessage() != null) {
      return check.getMessage();
    }
    String what = element.isEmpty() ? "document" : element;
    if (e instanceof InvalidTypeIdException t) {
      return what + ": xsi:type '" + t.getTypeId() + "' is not a 2030.5 resource type";
    }
    if (e instanceof InvalidFormatException f) {
      Matcher m = FROM_STRING.matcher(f.getOriginalMessage());
      String reason = m.find() ? m.group(2) : "not a valid value";
      return what + " value '" + f.getValue() + "' is " + reason.replace("`", "");
    }
    String original = e.getOriginalMessage();
    if (e instanceof MismatchedInputException && original.startsWith("Cannot map `null`")) {
      return what + " is empty; it needs a value";
    }
    if (original.contains("out of range of")) {
      return what + ": " + original.replace("`", "");
    }
    return what + ": " + original.replace("`", "");
  }

  private static String rootOf(String readerPath) {
    if (readerPath.isEmpty()) {
      return "";
    }
    int second = readerPath.indexOf('/', 1);
    return second < 0 ? readerPath : readerPath.substring(0, second);
  }

  private static String staxMessage(XMLStreamException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    // Woodstox prefixes "ParseError at [row,col]:[l,c]\nMessage: "; the position is reported
    // separately
    int index = m.indexOf("Message: ");
    if (index >= 0) {
      m = m.substring(index + "Message: ".length());
    }
    int newline = m.indexOf('\n');
    String first = newline < 0 ? m : m.substring(0, newline);
    return first.strip();
  }

  private static <X extends Throwable> X find(Throwable t, Class<X> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }
}
