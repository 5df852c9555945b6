package com.example.device;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** One 2030.5 resource (application/sep+xml), read with the JDK's XML parser. */
public final class Sep2Resource {

  /** The 2030.5 XML namespace. */
  public static final String NS = "urn:ieee:std:2030.5:ns";

  private final Element root;

  private Sep2Resource(Element root) {
    this.root = root;
  }

  /** Parses a response body. */
  public static Sep2Resource parse(String xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new Sep2Resource(
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
              .getDocumentElement());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not a 2030.5 resource: " + e.getMessage(), e);
    }
  }

  /** The element name, e.g. {@code DeviceCapability}. */
  public String type() {
    return root.getLocalName();
  }

  /** The href of the first link element of that name, e.g. {@code EndDeviceListLink}. */
  public Optional<String> link(String name) {
    return first(name).map(e -> e.getAttribute("href")).filter(h -> !h.isEmpty());
  }

  /** The first child resource of that name (e.g. {@code EndDevice} in an EndDeviceList). */
  public Optional<Sep2Resource> child(String name) {
    return first(name).map(Sep2Resource::new);
  }

  /** The text of the first element of that name. */
  public Optional<String> text(String name) {
    return first(name).map(e -> e.getTextContent().trim());
  }

  /** This resource's own href. */
  public String href() {
    return root.getAttribute("href");
  }

  private Optional<Element> first(String name) {
    NodeList nodes = root.getElementsByTagNameNS(NS, name);
    return nodes.getLength() == 0 ? Optional.empty() : Optional.of((Element) nodes.item(0));
  }
}
