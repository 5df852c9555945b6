package io.sep2.model;

/**
 * Something noticed about an XML document: by {@link Sep2Xml} while reading (an error that stopped
 * the read, or a finding that did not, such as an unknown element or a 2013 name it mapped), or by
 * {@link SchemaValidator}. Positions are 1-based; 0 means unknown.
 *
 * @param line line of the document the finding is about, or 0
 * @param column column within that line, or 0
 * @param path slash-separated element path to the place, e.g. {@code
 *     /DERControl/DERControlBase/opModFixedW}, or empty when it is about the whole document
 * @param message what was found, in plain words, naming the element and showing the value
 */
public record Finding(int line, int column, String path, String message) {

  /** Checks that path and message are not null. */
  public Finding {
    java.util.Objects.requireNonNull(path, "path");
    java.util.Objects.requireNonNull(message, "message");
  }

  /** Returns e.g. {@code line 3, column 7 (/EndDevice/sFDI): sFDI must be ...}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (line > 0) {
      s.append("line ").append(line).append(", column ").append(column);
    }
    if (!path.isEmpty()) {
      s.append(s.length() > 0 ? " " : "").append('(').append(path).append(')');
    }
    return s.length() == 0 ? message : s.append(": ").append(message).toString();
  }
}
