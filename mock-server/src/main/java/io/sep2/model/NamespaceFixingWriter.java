package io.sep2.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamWriter2;
import org.codehaus.stax2.util.StreamWriter2Delegate;

/**
 * Puts Jackson's output into the namespaces 2030.5 documents use.
 *
 * <p>Why this exists: Jackson writes each element with the namespace of its own annotation and
 * leaves the declarations to a "repairing" StAX writer. That gives documents a 2030.5 server should
 * not send: elements without a namespace annotation come out as {@code xmlns=""} (no namespace)
 * under a root in the 2030.5 namespace, and every CSIP-AUS element gets its own generated {@code
 * wstxns1} prefix and declaration. This writer sits on a non-repairing writer and maps every name
 * itself: elements without a namespace, or in the 2030.5 one, go in the default namespace {@value
 * Namespaces#SEP} without prefix; CSIP-AUS elements get the prefix {@value
 * Namespaces#CSIPAUS_PREFIX}; {@code xsi:type} keeps {@code xsi}. The root element declares the
 * default namespace and, once, each other namespace the document uses, which the caller learns
 * beforehand by writing the value once through {@link #recording}.
 */
final class NamespaceFixingWriter extends StreamWriter2Delegate {

  private final Set<String> declare;
  private final Set<String> used = new LinkedHashSet<>();
  private int depth;

  private NamespaceFixingWriter(XMLStreamWriter2 target, Set<String> declare) {
    super(target);
    // the Stax2 delegate's constructor leaves its XMLStreamWriter2 reference unset
    setParent(target);
    this.declare = declare;
  }

  /** A writer that records which namespaces besides 2030.5 the document uses. */
  public static NamespaceFixingWriter recording(XMLStreamWriter2 sink) {
    return new NamespaceFixingWriter(sink, Set.of());
  }

  /** A writer whose root declares the 2030.5 namespace and each of {@code otherNamespaces}. */
  public static NamespaceFixingWriter declaring(
      XMLStreamWriter2 target, Set<String> otherNamespaces) {
    return new NamespaceFixingWriter(target, otherNamespaces);
  }

  /** The namespaces other than 2030.5 written so far. */
  public Set<String> usedNamespaces() {
    return used;
  }

  @Override
  public void writeStartElement(String localName) throws XMLStreamException {
    writeStartElement(Namespaces.SEP, localName);
  }

  @Override
  public void writeStartElement(String namespaceUri, String localName) throws XMLStreamException {
    String ns = elementNamespace(namespaceUri);
    super.writeStartElement(prefixOf(ns), localName, ns);
    if (depth++ == 0) {
      declareNamespaces();
    }
  }

  @Override
  public void writeStartElement(String prefix, String localName, String namespaceUri)
      throws XMLStreamException {
    writeStartElement(namespaceUri, localName);
  }

  @Override
  public void writeEmptyElement(String localName) throws XMLStreamException {
    writeEmptyElement(Namespaces.SEP, localName);
  }

  @Override
  public void writeEmptyElement(String namespaceUri, String localName) throws XMLStreamException {
    String ns = elementNamespace(namespaceUri);
    super.writeEmptyElement(prefixOf(ns), localName, ns);
    if (depth == 0) {
      declareNamespaces();
    }
  }

  @Override
  public void writeEmptyElement(String prefix, String localName, String namespaceUri)
      throws XMLStreamException {
    writeEmptyElement(namespaceUri, localName);
  }

  @Override
  public void writeEndElement() throws XMLStreamException {
    depth--;
    super.writeEndElement();
  }

  @Override
  public void writeAttribute(String localName, String value) throws XMLStreamException {
    super.writeAttribute(localName, value);
  }

  @Override
  public void writeAttribute(String namespaceUri, String localName, String value)
      throws XMLStreamException {
    String ns = attributeNamespace(namespaceUri);
    if (ns.isEmpty()) {
      super.writeAttribute(localName, value);
    } else {
      super.writeAttribute(prefixOf(ns), ns, localName, value);
    }
  }

  @Override
  public void writeAttribute(String prefix, String namespaceUri, String localName, String value)
      throws XMLStreamException {
    writeAttribute(namespaceUri, localName, value);
  }

  @Override
  public void writeBooleanAttribute(String prefix, String namespaceUri, String localName, boolean v)
      throws XMLStreamException {
    writeAttribute(namespaceUri, localName, Boolean.toString(v));
  }

  @Override
  public void writeIntAttribute(String prefix, String namespaceUri, String localName, int v)
      throws XMLStreamException {
    writeAttribute(namespaceUri, localName, Integer.toString(v));
  }

  @Override
  public void writeLongAttribute(String prefix, String namespaceUri, String localName, long v)
      throws XMLStreamException {
    writeAttribute(namespaceUri, localName, Long.toString(v));
  }

  @Override
  public void writeIntegerAttribute(
      String prefix, String namespaceUri, String localName, BigInteger v)
      throws XMLStreamException {
    writeAttribute(namespaceUri, localName, v.toString());
  }

  @Override
  public void writeDecimalAttribute(
      String prefix, String namespaceUri, String localName, BigDecimal v)
      throws XMLStreamException {
    writeAttribute(namespaceUri, localName, v.toPlainString());
  }

  @Override
  public void writeFloatAttribute(String prefix, String namespaceUri, String localName, float v)
      throws XMLStreamException {
    writeAttribute(namespaceUri, localName, Float.toString(v));
  }

  @Override
  public void writeDoubleAttribute(String prefix, String namespaceUri, String localName, double v)
      throws XMLStreamException {
    writeAttribute(namespaceUri, localName, Double.toString(v));
  }

  /** Declarations are this writer's business: Jackson's requests are ignored. */
  @Override
  public void writeNamespace(String prefix, String namespaceUri) {}

  @Override
  public void writeDefaultNamespace(String namespaceUri) {}

  @Override
  public void setPrefix(String prefix, String uri) {}

  @Override
  public void setDefaultNamespace(String uri) {}

  private void declareNamespaces() throws XMLStreamException {
    super.writeDefaultNamespace(Namespaces.SEP);
    for (String ns : declare) {
      super.writeNamespace(prefixOf(ns), ns);
    }
  }

  private String elementNamespace(String namespaceUri) {
    if (namespaceUri == null || namespaceUri.isEmpty() || namespaceUri.equals(Namespaces.SEP)) {
      return Namespaces.SEP;
    }
    used.add(namespaceUri);
    return namespaceUri;
  }

  private String attributeNamespace(String namespaceUri) {
    if (namespaceUri == null || namespaceUri.isEmpty()) {
      return "";
    }
    used.add(namespaceUri);
    return namespaceUri;
  }

  private static String prefixOf(String namespaceUri) {
    switch (namespaceUri) {
      case Namespaces.SEP:
        return "";
      case Namespaces.CSIPAUS:
        return Namespaces.CSIPAUS_PREFIX;
      case Namespaces.XSI:
        return "xsi";
      default:
        throw new IllegalStateException("no prefix for namespace " + namespaceUri);
    }
  }
}
