package io.sep2.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates documents against the IEEE 2030.5 schema, and against the CSIP-AUS schema for documents
 * that use CSIP-AUS elements.
 *
 * <p>IEEE does not allow the schema to be redistributed, so it is not part of this library: give
 * the path of your copy of {@code sep.xsd} (2030.5-2018, namespace {@value Sep2Xml#NAMESPACE}). If
 * the CSIP-AUS v1.2 schemas lie beside it ({@code csipaus-core*.xsd} importing namespace {@value
 * Sep2Xml#CSIPAUS_NAMESPACE}, and the {@code csipaus-ext*.xsd} of that namespace), they are found
 * and used for documents that contain an element of that namespace. The CSIP-AUS core schema {@code
 * redefine}s sep.xsd and imports the extension schema under fixed file names, so they are compiled
 * from a temporary copy with those names, deleted once compiled.
 *
 * <p>The documents validated are never allowed a DTD. Immutable and thread-safe.
 */
public final class SchemaValidator {

  private final Schema sep;
  private final Schema csipAus;

  private SchemaValidator(Schema sep, Schema csipAus) {
    this.sep = sep;
    this.csipAus = csipAus;
  }

  /**
   * Compiles {@code sepXsd}, and the CSIP-AUS schemas if they are beside it.
   *
   * @throws NullPointerException if {@code sepXsd} is null
   * @throws IOException if a schema cannot be read or does not compile (the message says which)
   */
  public static SchemaValidator forSepSchema(Path sepXsd) throws IOException {
    Objects.requireNonNull(sepXsd, "sepXsd");
    if (!Files.isRegularFile(sepXsd)) {
      throw new IOException("no schema file at " + sepXsd);
    }
    Schema sep = compile(sepXsd);
    Optional<SchemaFiles.CsipAus> csip = SchemaFiles.findCsipAus(sepXsd);
    Schema csipAus = null;
    if (csip.isPresent()) {
      Path dir = SchemaFiles.stage(sepXsd, csip.get());
      try {
        csipAus = compile(dir.resolve(csip.get().core().getFileName().toString()));
      } finally {
        SchemaFiles.deleteStaged(dir);
      }
    }
    return new SchemaValidator(sep, csipAus);
  }

  /** True when CSIP-AUS schemas were found beside sep.xsd. */
  public boolean hasCsipAus() {
    return csipAus != null;
  }

  /**
   * Validates {@code xml} against the CSIP-AUS schema when it contains the CSIP-AUS namespace and
   * that schema is available, else against sep.xsd.
   *
   * @return the problems, with line and column; empty when the document is valid
   * @throws NullPointerException if {@code xml} is null
   */
  public List<Finding> validate(byte[] xml) {
    Objects.requireNonNull(xml, "xml");
    boolean usesCsipAus = containsCsipAusNamespace(xml);
    return validate(xml, usesCsipAus && csipAus != null ? csipAus : sep);
  }

  /**
   * Validates {@code xml} against plain sep.xsd, whatever it contains.
   *
   * @throws NullPointerException if {@code xml} is null
   */
  public List<Finding> validateSep(byte[] xml) {
    return validate(Objects.requireNonNull(xml, "xml"), sep);
  }

  /**
   * Validates {@code xml} against the CSIP-AUS schema (2030.5 with the CSIP-AUS extensions, in
   * which DERCapability requires {@code doeModesSupported}).
   *
   * @throws NullPointerException if {@code xml} is null
   * @throws IllegalStateException if no CSIP-AUS schema was found
   */
  public List<Finding> validateCsipAus(byte[] xml) {
    Objects.requireNonNull(xml, "xml");
    if (csipAus == null) {
      throw new IllegalStateException("no CSIP-AUS schema was found beside sep.xsd");
    }
    return validate(xml, csipAus);
  }

  private static boolean containsCsipAusNamespace(byte[] xml) {
    String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
    return text.contains("\"" + Namespaces.CSIPAUS + "\"")
        || text.contains("'" + Namespaces.CSIPAUS + "'");
  }

  private static Schema compile(Path xsd) throws IOException {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
      return factory.newSchema(xsd.toFile());
    } catch (SAXException e) {
      throw new IOException("cannot compile schema " + xsd + ": " + e.getMessage(), e);
    }
  }

  private static List<Finding> validate(byte[] xml, Schema schema) {
    List<Finding> findings = new ArrayList<>();
    try {
      Validator validator = schema.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(new Collector(findings));
      validator.validate(
          new SAXSource(hardenedReader(), new InputSource(new ByteArrayInputStream(xml))));
    } catch (SAXParseException e) {
      // already collected by the handler
      if (findings.isEmpty()) {
        findings.add(finding(e));
      }
    } catch (SAXException | IOException | ParserConfigurationException e) {
      findings.add(new Finding(0, 0, "", "cannot validate: " + e.getMessage()));
    }
    return Collections.unmodifiableList(findings);
  }

  private static XMLReader hardenedReader() throws SAXException, ParserConfigurationException {
    SAXParserFactory factory = SAXParserFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newSAXParser().getXMLReader();
  }

  private static Finding finding(SAXParseException e) {
    return new Finding(
        Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()), "", e.getMessage());
  }

  private static final class Collector implements ErrorHandler {
    private final List<Finding> findings;

    Collector(List<Finding> findings) {
      this.findings = findings;
    }

    @Override
    public void warning(SAXParseException e) {
      findings.add(finding(e));
    }

    @Override
    public void error(SAXParseException e) {
      findings.add(finding(e));
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      findings.add(finding(e));
      throw e;
    }
  }
}
