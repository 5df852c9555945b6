package io.sep2.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamWriter2;

/**
 * Writes the 2030.5 model as XML documents and reads them back: the {@code application/sep+xml}
 * bodies a 2030.5 server and its clients exchange.
 *
 * <p><b>Writing</b> gives a UTF-8 document with an XML declaration, in the 2030.5-2018 namespace
 * {@value #NAMESPACE} as the default namespace (no prefixes), elements in schema order. CSIP-AUS
 * elements get the prefix {@code csipaus}, declared once on the root element, and only when the
 * document has one. Compact by default; {@link #withIndentation(boolean)} indents.
 *
 * <p><b>Reading</b> never throws for any input (only {@link NullPointerException} for null
 * arguments): it returns a {@link ReadResult} holding the value, or the error that stopped the read
 * (wrong root element, XML that is not well-formed, a required element missing, a value out of
 * range or not parseable; each with line, column and element), and findings that did not stop it:
 * unknown elements (ignored, as 2030.5 requires), and documents in the 2013 namespace {@code
 * http://ieee.org/2030.5}, which are accepted with each renamed element mapped to its 2018 name.
 * Hostile input is refused before it costs anything: DTDs (and with them entity expansion such as
 * "billion laughs") and external entities are never processed, documents above {@link
 * #maxDocumentBytes()} are not parsed, and nesting is limited.
 *
 * <p>Jackson (jackson-dataformat-xml) does the binding; the namespaces of the output are fixed by a
 * wrapping StAX writer. Immutable and thread-safe; share one instance.
 */
public final class Sep2Xml {

  /** The 2030.5-2018 namespace: {@value}. */
  public static final String NAMESPACE = Namespaces.SEP;

  /** The CSIP-AUS v1.2 namespace: {@value}. */
  public static final String CSIPAUS_NAMESPACE = Namespaces.CSIPAUS;

  /** The 2013 namespace that is still read: {@value}. */
  public static final String NAMESPACE_2013 = Namespaces.SEP_2013;

  /** The media type of 2030.5 XML bodies: {@value}. */
  public static final String CONTENT_TYPE = "application/sep+xml";

  /** Largest document read by default: {@value} bytes (1 MiB), as the server's HTTP limit. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 1024 * 1024;

  private static final XMLInputFactory INPUT = StaxFactories.input();
  private static final XMLOutputFactory OUTPUT = StaxFactories.output();
  private static final XmlMapper MAPPER =
      ModelMapper.create(
          XmlFactory.builder().xmlInputFactory(INPUT).xmlOutputFactory(OUTPUT).build());

  static {
    MAPPER.addHandler(new ReadContext.UnknownElements());
  }

  private static final Sep2Xml DEFAULTS = new Sep2Xml(false, DEFAULT_MAX_DOCUMENT_BYTES);

  private final boolean indent;
  private final int maxDocumentBytes;

  private Sep2Xml(boolean indent, int maxDocumentBytes) {
    this.indent = indent;
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /** Returns the codec with the defaults: compact output, documents up to 1 MiB. */
  public static Sep2Xml create() {
    return DEFAULTS;
  }

  /** Returns a copy that indents its output by two spaces per level (default: compact). */
  public Sep2Xml withIndentation(boolean indent) {
    return new Sep2Xml(indent, maxDocumentBytes);
  }

  /**
   * Returns a copy that refuses documents larger than {@code bytes} (default {@value
   * #DEFAULT_MAX_DOCUMENT_BYTES}).
   *
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public Sep2Xml withMaxDocumentBytes(int bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive, was " + bytes);
    }
    return new Sep2Xml(indent, bytes);
  }

  /** Returns the largest document this codec reads, in bytes. */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** Returns the name of the root element {@code type} is written as, e.g. {@code DERControl}. */
  public static String rootElementOf(Class<? extends Sep2Document> type) {
    return ResourceTypes.elementOf(Objects.requireNonNull(type, "type"));
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes {@code document} as UTF-8 XML.
   *
   * @throws NullPointerException if {@code document} is null
   */
  public byte[] write(Sep2Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    write(document, out);
    return out.toByteArray();
  }

  /**
   * Writes {@code document} as XML text (the same characters {@link #write(Sep2Document)} encodes).
   *
   * @throws NullPointerException if {@code document} is null
   */
  public String writeString(Sep2Document document) {
    return new String(write(document), StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code document} as UTF-8 XML to {@code out}, which is flushed but not closed.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public void write(Sep2Document document, OutputStream out) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    ResourceTypes.elementOf(document.getClass());
    try {
      // first pass: learn which namespaces besides 2030.5 the document needs on its root
      NamespaceFixingWriter recorder =
          NamespaceFixingWriter.recording(
              (XMLStreamWriter2) OUTPUT.createXMLStreamWriter(OutputStream.nullOutputStream()));
      writer().writeValue(MAPPER.getFactory().createGenerator(recorder), document);
      Set<String> used = recorder.usedNamespaces();

      XMLStreamWriter2 target = (XMLStreamWriter2) OUTPUT.createXMLStreamWriter(out, "UTF-8");
      target.writeStartDocument("UTF-8", "1.0");
      if (indent) {
        target.writeRaw("\n");
      }
      NamespaceFixingWriter fixing = NamespaceFixingWriter.declaring(target, used);
      writer().writeValue(MAPPER.getFactory().createGenerator(fixing), document);
      target.writeEndDocument();
      target.flush();
      target.close();
      out.flush();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException("cannot write " + document.getClass(), e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectWriter writer() {
    ObjectWriter w = MAPPER.writer();
    return indent ? w.with(SerializationFeature.INDENT_OUTPUT) : w;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a document whose root element must be that of {@code type}.
   *
   * @throws NullPointerException if an argument is null
   */
  public <T extends Sep2Document> ReadResult<T> read(byte[] xml, Class<T> type) {
    Objects.requireNonNull(xml, "xml");
    Objects.requireNonNull(type, "type");
    checkType(type);
    if (xml.length > maxDocumentBytes) {
      return tooLarge();
    }
    return parse(xml, type);
  }

  /**
   * Reads a document whose root element must be that of {@code type}, reading at most {@link
   * #maxDocumentBytes()} + 1 bytes of {@code xml}, which is not closed.
   *
   * @throws NullPointerException if an argument is null
   */
  public <T extends Sep2Document> ReadResult<T> read(InputStream xml, Class<T> type) {
    Objects.requireNonNull(xml, "xml");
    Objects.requireNonNull(type, "type");
    checkType(type);
    Optional<byte[]> bytes;
    try {
      bytes = readBounded(xml);
    } catch (IOException e) {
      return ReadResult.failure(new Finding(0, 0, "", "cannot read the input: " + e), List.of());
    }
    return bytes.isEmpty() ? tooLarge() : parse(bytes.get(), type);
  }

  /**
   * Reads a document of whatever 2030.5 type its root element names (as a server does with a POSTed
   * body).
   *
   * @throws NullPointerException if {@code xml} is null
   */
  public ReadResult<Sep2Document> read(byte[] xml) {
    return read(xml, Sep2Document.class);
  }

  /**
   * Reads a document of whatever 2030.5 type its root element names, reading at most {@link
   * #maxDocumentBytes()} + 1 bytes of {@code xml}, which is not closed.
   *
   * @throws NullPointerException if {@code xml} is null
   */
  public ReadResult<Sep2Document> read(InputStream xml) {
    return read(xml, Sep2Document.class);
  }

  private static void checkType(Class<?> type) {
    if (type != Sep2Document.class) {
      ResourceTypes.elementOf(type);
    }
  }

  private Optional<byte[]> readBounded(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(maxDocumentBytes + 1);
    return bytes.length > maxDocumentBytes ? Optional.empty() : Optional.of(bytes);
  }

  private <T> ReadResult<T> tooLarge() {
    return ReadResult.failure(
        new Finding(
            0,
            0,
            "",
            "document is larger than " + maxDocumentBytes + " bytes; refused without parsing"),
        List.of());
  }

  private <T extends Sep2Document> ReadResult<T> parse(byte[] xml, Class<T> type) {
    List<Finding> findings = new ArrayList<>();
    GuardedReader reader = null;
    try {
      reader =
          new GuardedReader(INPUT.createXMLStreamReader(new ByteArrayInputStream(xml)), findings);
      if (!toRootElement(reader)) {
        return ReadResult.failure(new Finding(0, 0, "", "document has no root element"), findings);
      }
      Optional<Finding> rootProblem = checkRoot(reader, type);
      if (rootProblem.isPresent()) {
        return ReadResult.failure(rootProblem.get(), findings);
      }
      Class<? extends Sep2Document> target =
          type == Sep2Document.class
              ? ResourceTypes.forElement(reader.getLocalName()).orElseThrow()
              : type;
      Object value =
          MAPPER
              .readerFor(target)
              .withAttribute(ReadContext.attributeKey(), new ReadContext(findings, reader))
              .readValue(MAPPER.getFactory().createParser(reader));
      Optional<Finding> trailing = checkRest(reader);
      if (trailing.isPresent()) {
        return ReadResult.failure(trailing.get(), findings);
      }
      return ReadResult.success(type.cast(value), findings);
    } catch (XMLStreamException e) {
      return ReadResult.failure(ReadErrors.of(e, reader == null ? "" : reader.path()), findings);
    } catch (JsonProcessingException e) {
      return ReadResult.failure(ReadErrors.of(e, reader == null ? "" : reader.path()), findings);
    } catch (IOException | RuntimeException e) {
      return ReadResult.failure(
          new Finding(0, 0, reader == null ? "" : reader.path(), "cannot read: " + e), findings);
    } finally {
      closeQuietly(reader);
    }
  }

  private static boolean toRootElement(XMLStreamReader reader) throws XMLStreamException {
    while (reader.hasNext()) {
      if (reader.next() == XMLStreamReader.START_ELEMENT) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Finding> checkRoot(GuardedReader reader, Class<?> type) {
    String local = reader.getLocalName();
    String ns = reader.getNamespaceURI();
    int line = Math.max(0, reader.getLocation().getLineNumber());
    int column = Math.max(0, reader.getLocation().getColumnNumber());
    Optional<Class<? extends Sep2Document>> named = ResourceTypes.forElement(local);
    String expectedNs = named.map(ResourceTypes::namespaceOf).orElse(Namespaces.SEP);
    boolean nsOk =
        ns.equals(expectedNs)
            || (expectedNs.equals(Namespaces.SEP) && (ns.isEmpty() || reader.isLegacy()));
    if (type == Sep2Document.class) {
      if (named.isEmpty()) {
        return Optional.of(
            new Finding(
                line,
                column,
                "/" + local,
                "root element " + local + " is not a 2030.5 document type"));
      }
    } else {
      String expected = ResourceTypes.elementOf(type);
      if (!expected.equals(local)) {
        return Optional.of(
            new Finding(
                line,
                column,
                "/" + local,
                "wrong root element: expected " + expected + ", found " + local));
      }
    }
    if (!nsOk) {
      return Optional.of(
          new Finding(
              line,
              column,
              "/" + local,
              "root element " + local + " is in namespace '" + ns + "', expected " + expectedNs));
    }
    return Optional.empty();
  }

  /** Reads past the root element, so that garbage after it is noticed. */
  private static Optional<Finding> checkRest(XMLStreamReader reader) {
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          return Optional.of(
              new Finding(
                  Math.max(0, reader.getLocation().getLineNumber()),
                  Math.max(0, reader.getLocation().getColumnNumber()),
                  "",
                  "a second root element " + reader.getLocalName() + " follows the document"));
        }
      }
      return Optional.empty();
    } catch (XMLStreamException e) {
      return Optional.of(ReadErrors.of(e, ""));
    }
  }

  private static void closeQuietly(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException | RuntimeException ignored) {
        // nothing left to release: the input is a byte array
      }
    }
  }
}
