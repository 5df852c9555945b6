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

/** One 2030.5 resource (application/sep+xml), read with the JDK's XML parser and XPath. */
public final class Sep2Resource {

  /** The 2030.5 XML namespace. */
  public static final String NS = "urn:ieee:std:2030.5:ns";

  private static final NamespaceContext SEP =
      new NamespaceContext() {
        @Override
        public String getNamespaceURI(String prefix) {
          return "s".equals(prefix) ? NS : XMLConstants.NULL_NS_URI;
        }

        @Override
        public String getPrefix(String namespaceUri) {
          return NS.equals(namespaceUri) ? "s" : null;
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceUri) {
          return List.of("s").iterator();
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

  /** The direct children of that name, e.g. every {@code DERControl} of a DERControlList. */
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
   * The text at a path of child elements, e.g. {@code EventStatus/currentStatus} or {@code
   * DERControlBase/opModMaxLimW} (an XPath of 2030.5 elements).
   */
  public Optional<String> value(String path) {
    String xpath = "s:" + path.replace("/", "/s:");
    try {
      XPath x = XPathFactory.newInstance().newXPath();
      x.setNamespaceContext(SEP);
      Node node = (Node) x.evaluate(xpath, root, XPathConstants.NODE);
      return node == null ? Optional.empty() : Optional.of(node.getTextContent().trim());
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException("not a path of 2030.5 elements: " + path, e);
    }
  }

  /** The number at a path of child elements, if there. */
  public Optional<Long> number(String path) {
    return value(path).map(Long::parseLong);
  }

  /** An attribute of the resource's element, e.g. {@code all} of a list. */
  public Optional<String> attribute(String name) {
    return Optional.of(root.getAttribute(name)).filter(a -> !a.isEmpty());
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
