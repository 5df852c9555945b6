package io.sep2.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The StAX reader Jackson reads documents through. It refuses what a 2030.5 body never has (a DTD,
 * entity references, nesting deeper than {@value #MAX_DEPTH}), and it presents every document in
 * the 2030.5-2018 vocabulary:
 *
 * <ul>
 *   <li>a document in the 2013 namespace gets its renamed elements mapped by {@link LegacyRenames},
 *       each with a finding (and the two value changes that table describes);
 *   <li>a CSIP-AUS element sent in the 2030.5 namespace is accepted with a finding;
 *   <li>an element or attribute in any other namespace is renamed to {@code {namespace}name}, which
 *       no model type binds, so Jackson reports it as unknown instead of binding it by local name.
 * </ul>
 *
 * Findings carry the position in the original document.
 */
final class GuardedReader extends StreamReaderDelegate {

  /** Deepest element nesting accepted; 2030.5 documents need fewer than 10 levels. */
  public static final int MAX_DEPTH = 32;

  private record Frame(String original, String mapped, String typeKey) {}

  private record Synthetic(int type, String localName, String text, Location location) {}

  private final List<Finding> findings;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Deque<Synthetic> queue = new ArrayDeque<>();
  private Synthetic current;
  private String currentName;
  private boolean legacy;
  private String documentNamespace = "";

  /** Reads through {@code reader}, adding findings to {@code findings}. */
  public GuardedReader(XMLStreamReader reader, List<Finding> findings) {
    super(reader);
    this.findings = findings;
  }

  /** True once the root element was found in the 2013 namespace. */
  public boolean isLegacy() {
    return legacy;
  }

  /** Returns the slash-separated path of the open elements, with their 2018 names. */
  public String path() {
    StringBuilder s = new StringBuilder();
    stack.descendingIterator().forEachRemaining(f -> s.append('/').append(f.mapped));
    return s.toString();
  }

  @Override
  public int next() throws XMLStreamException {
    if (!queue.isEmpty()) {
      current = queue.poll();
      if (current.type == END_ELEMENT) {
        stack.pop();
      } else if (current.type == START_ELEMENT) {
        stack.push(new Frame(current.localName, current.localName, current.localName));
      }
      return current.type;
    }
    current = null;
    int event = super.next();
    switch (event) {
      case DTD:
        throw new XMLStreamException(
            "a DTD is not accepted (2030.5 documents have none; entities are never expanded)",
            getLocation());
      case ENTITY_REFERENCE:
        throw new XMLStreamException(
            "entity reference &" + super.getLocalName() + "; is not accepted", getLocation());
      case START_ELEMENT:
        return startElement();
      case END_ELEMENT:
        currentName = stack.isEmpty() ? super.getLocalName() : stack.pop().mapped;
        return event;
      default:
        return event;
    }
  }

  private int startElement() throws XMLStreamException {
    if (stack.size() >= MAX_DEPTH) {
      throw new XMLStreamException(
          "elements are nested more than " + MAX_DEPTH + " deep", getLocation());
    }
    String local = super.getLocalName();
    String ns = nullToEmpty(super.getNamespaceURI());
    if (stack.isEmpty()) {
      documentNamespace = ns;
      legacy = Namespaces.SEP_2013.equals(ns);
      if (legacy) {
        add(
            "document is in the 2013 namespace "
                + Namespaces.SEP_2013
                + "; read as 2030.5-2018 ("
                + Namespaces.SEP
                + ")");
      } else if (ns.isEmpty()) {
        add("document has no namespace; read as 2030.5-2018 (" + Namespaces.SEP + ")");
      }
    }
    String mapped = local;
    if (ns.equals(Namespaces.CSIPAUS)) {
      if (!CsipAusElements.NAMES.contains(local)) {
        mapped = "{" + ns + "}" + local;
      }
    } else if (ns.equals(documentNamespace) || ns.equals(Namespaces.SEP)) {
      if (CsipAusElements.NAMES.contains(local)) {
        add(
            local
                + " belongs in the CSIP-AUS namespace "
                + Namespaces.CSIPAUS
                + ", not "
                + (ns.isEmpty() ? "no namespace" : ns)
                + "; accepted");
      }
      if (legacy && !stack.isEmpty()) {
        Optional<LegacyRenames.Rename> rename = LegacyRenames.find(stack.peek().typeKey, local);
        if (rename.isPresent()) {
          return renamed(rename.get());
        }
      }
    } else {
      mapped = "{" + ns + "}" + local;
    }
    String xsiType = super.getAttributeValue(Namespaces.XSI, "type");
    String typeKey = xsiType == null ? mapped : stripPrefix(xsiType);
    stack.push(new Frame(local, mapped, typeKey));
    currentName = mapped;
    return START_ELEMENT;
  }

  private int renamed(LegacyRenames.Rename rename) throws XMLStreamException {
    String where = path() + "/" + rename.oldName();
    Location location = super.getLocation();
    add(
        "2013 element "
            + rename.oldName()
            + " of "
            + rename.parent()
            + " mapped to "
            + rename.newName()
            + switch (rename.transform()) {
              case NONE -> "";
              case NEGATE_DISPLACEMENT -> " (displacement sign reversed: 2013 had it negative)";
              case SIGN_TO_EXCITATION -> " (the sign of displacement became excitation)";
            },
        where,
        location);
    if (rename.transform() == LegacyRenames.Transform.NONE) {
      stack.push(new Frame(rename.oldName(), rename.newName(), rename.newName()));
      currentName = rename.newName();
      return START_ELEMENT;
    }
    List<Synthetic> events = captureSubtree(rename.newName(), location);
    transform(events, rename.transform());
    queue.addAll(events);
    return next();
  }

  /** Reads the whole (small) element the reader is on into synthetic events. */
  private List<Synthetic> captureSubtree(String rootName, Location rootLocation)
      throws XMLStreamException {
    List<Synthetic> events = new ArrayList<>();
    events.add(new Synthetic(START_ELEMENT, rootName, null, rootLocation));
    int depth = 1;
    List<String> names = new ArrayList<>();
    names.add(rootName);
    while (depth > 0) {
      int event = super.next();
      Location location = super.getLocation();
      switch (event) {
        case START_ELEMENT -> {
          if (++depth > 4) {
            throw new XMLStreamException("unexpected nesting inside " + rootName, location);
          }
          String name = super.getLocalName();
          names.add(name);
          events.add(new Synthetic(START_ELEMENT, name, null, location));
        }
        case END_ELEMENT -> {
          depth--;
          events.add(new Synthetic(END_ELEMENT, names.remove(names.size() - 1), null, location));
        }
        case CHARACTERS, CDATA, SPACE ->
            events.add(new Synthetic(CHARACTERS, null, super.getText(), location));
        case DTD, ENTITY_REFERENCE ->
            throw new XMLStreamException("unexpected markup inside " + rootName, location);
        default -> {}
      }
    }
    return events;
  }

  private static void transform(List<Synthetic> events, LegacyRenames.Transform transform) {
    for (int i = 0; i + 2 < events.size(); i++) {
      Synthetic start = events.get(i);
      Synthetic text = events.get(i + 1);
      if (start.type == START_ELEMENT
          && "displacement".equals(start.localName)
          && text.type == CHARACTERS) {
        String value = text.text.strip();
        boolean negative = value.startsWith("-");
        String magnitude = negative ? value.substring(1) : value;
        if (transform == LegacyRenames.Transform.NEGATE_DISPLACEMENT) {
          String flipped = negative ? magnitude : (magnitude.equals("0") ? "0" : "-" + magnitude);
          events.set(i + 1, new Synthetic(CHARACTERS, null, flipped, text.location));
        } else {
          events.set(i + 1, new Synthetic(CHARACTERS, null, magnitude, text.location));
          int end = i + 2;
          Location at = events.get(end).location;
          events.add(end + 1, new Synthetic(START_ELEMENT, "excitation", null, at));
          events.add(end + 2, new Synthetic(CHARACTERS, null, Boolean.toString(negative), at));
          events.add(end + 3, new Synthetic(END_ELEMENT, "excitation", null, at));
        }
        return;
      }
    }
  }

  @Override
  public boolean hasNext() throws XMLStreamException {
    return !queue.isEmpty() || super.hasNext();
  }

  @Override
  public int getEventType() {
    return current != null ? current.type : super.getEventType();
  }

  @Override
  public String getLocalName() {
    if (current != null) {
      return current.localName;
    }
    int event = super.getEventType();
    return event == START_ELEMENT || event == END_ELEMENT ? currentName : super.getLocalName();
  }

  @Override
  public QName getName() {
    return new QName(getNamespaceURI(), getLocalName());
  }

  @Override
  public String getNamespaceURI() {
    if (current != null || legacy) {
      return Namespaces.SEP;
    }
    return super.getNamespaceURI();
  }

  @Override
  public String getPrefix() {
    return current != null ? "" : super.getPrefix();
  }

  @Override
  public int getNamespaceCount() {
    return current != null ? 0 : super.getNamespaceCount();
  }

  @Override
  public int getAttributeCount() {
    return current != null ? 0 : super.getAttributeCount();
  }

  @Override
  public String getAttributeLocalName(int index) {
    String ns = nullToEmpty(super.getAttributeNamespace(index));
    String local = super.getAttributeLocalName(index);
    return ns.isEmpty() || ns.equals(Namespaces.XSI) ? local : "{" + ns + "}" + local;
  }

  @Override
  public QName getAttributeName(int index) {
    return new QName(nullToEmpty(super.getAttributeNamespace(index)), getAttributeLocalName(index));
  }

  @Override
  public String getText() {
    return current != null ? current.text : super.getText();
  }

  @Override
  public char[] getTextCharacters() {
    return current != null ? current.text.toCharArray() : super.getTextCharacters();
  }

  @Override
  public int getTextCharacters(int sourceStart, char[] target, int targetStart, int length)
      throws XMLStreamException {
    if (current == null) {
      return super.getTextCharacters(sourceStart, target, targetStart, length);
    }
    int n = Math.max(0, Math.min(length, current.text.length() - sourceStart));
    current.text.getChars(sourceStart, sourceStart + n, target, targetStart);
    return n;
  }

  @Override
  public int getTextStart() {
    return current != null ? 0 : super.getTextStart();
  }

  @Override
  public int getTextLength() {
    return current != null ? current.text.length() : super.getTextLength();
  }

  @Override
  public boolean hasText() {
    return current != null ? current.type == CHARACTERS : super.hasText();
  }

  @Override
  public boolean isStartElement() {
    return getEventType() == START_ELEMENT;
  }

  @Override
  public boolean isEndElement() {
    return getEventType() == END_ELEMENT;
  }

  @Override
  public boolean isCharacters() {
    return getEventType() == CHARACTERS;
  }

  @Override
  public boolean isWhiteSpace() {
    return current != null ? current.text.isBlank() : super.isWhiteSpace();
  }

  @Override
  public Location getLocation() {
    return current != null ? current.location : super.getLocation();
  }

  private void add(String message) {
    add(message, "", super.getLocation());
  }

  private void add(String message, String path, Location location) {
    findings.add(
        new Finding(
            Math.max(0, location.getLineNumber()),
            Math.max(0, location.getColumnNumber()),
            path,
            message));
  }

  private static String stripPrefix(String qname) {
    int colon = qname.indexOf(':');
    return colon < 0 ? qname.strip() : qname.substring(colon + 1).strip();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
