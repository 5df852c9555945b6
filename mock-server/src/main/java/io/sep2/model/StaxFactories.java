package io.sep2.model;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLOutputFactory2;

/**
 * The Woodstox factories of the codec, hardened for input from devices under test: no DTD
 * processing, no external entities, no entity replacement (a DTD is refused outright by {@link
 * GuardedReader}), and limits far above any 2030.5 document but far below what hurts.
 */
final class StaxFactories {

  private StaxFactories() {}

  /** A reader factory that never loads or expands anything. */
  public static XMLInputFactory input() {
    WstxInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.IS_VALIDATING, false);
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external entity " + systemId + " is not loaded");
        });
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, GuardedReader.MAX_DEPTH + 1);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 64);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 64 * 1024);
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 1024 * 1024);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    return f;
  }

  /** A non-repairing writer factory: {@link NamespaceFixingWriter} does the namespaces. */
  public static XMLOutputFactory output() {
    WstxOutputFactory f = new WstxOutputFactory();
    f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
    f.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, true);
    f.setProperty(XMLOutputFactory2.P_AUTOMATIC_EMPTY_ELEMENTS, true);
    return f;
  }
}
