package com.example.device;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * One 2030.5 resource (application/sep+xml), read with the JDK's XML parser (DOM) and queried with
 * XPath, prefix {@code sep} for the 2030.5 namespace: {@code
 * value("sep:EventStatus/sep:currentStatus")}.
 */
public final class Sep2Resource {

  /** The 2030.5 XML namespace. */
  public static final String NS = "urn:ieee:std:2030.5:ns";

  private static final NamespaceContext NAMESPACES =
      new NamespaceContext() {
        @Override
        public String getNamespaceURI(String prefix) {
          return "sep".equals(prefix) ? NS : XMLConstants.NULL_NS_URI;
        }

        @Override
        public String getPrefix(String namespaceUri) {
          return NS.equals(namespaceUri) ? "sep" : null;
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceUri) {
          return List.of("sep").iterator();
        }
      };

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

  /** Every direct child resource of that name (the items of a list), in document order. */
  public List<Sep2Resource> children(String name) {
    List<Sep2Resource> children = new ArrayList<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && NS.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        children.add(new Sep2Resource(e));
      }
    }
    return children;
  }

  /** The text of the first element of that name. */
  public Optional<String> text(String name) {
    return first(name).map(e -> e.getTextContent().trim());
  }

  /**
   * The text an XPath expression relative to this resource selects, e.g. {@code
   * sep:interval/sep:start}; empty when it selects nothing.
   */
  public Optional<String> value(String xpath) {
    try {
      XPath x = XPathFactory.newInstance().newXPath();
      x.setNamespaceContext(NAMESPACES);
      Node node = (Node) x.evaluate(xpath, root, XPathConstants.NODE);
      return node == null ? Optional.empty() : Optional.of(node.getTextContent().trim());
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException("bad XPath " + xpath + ": " + e.getMessage(), e);
    }
  }

  /** The number an XPath expression selects, e.g. {@code sep:interval/sep:duration}. */
  public Optional<Long> number(String xpath) {
    return value(xpath).map(Long::parseLong);
  }

  /** An attribute of the resource's element, e.g. {@code all} of a list; empty when absent. */
  public Optional<String> attribute(String name) {
    String value = root.getAttribute(name);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
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
