package com.example.device;

import java.io.StringWriter;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The documents the device sends, built with the JDK's DOM: namespace {@value Sep2Resource#NS},
 * every element in the order the 2030.5 schema gives (a schema-validating server refuses any other
 * order).
 */
final class Sep2Documents {

  /** The DERControlType bits of the modes the device acts on: opModConnect, opModMaxLimW. */
  static final String MODES = String.format("%08X", (1 << 2) | (1 << 20));

  private final Document doc;
  private final Element root;

  private Sep2Documents(String rootName) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      this.doc = factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    this.root = doc.createElementNS(Sep2Resource.NS, rootName);
    root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", Sep2Resource.NS);
    doc.appendChild(root);
  }

  // ---- the documents ----

  static String endDevice(DeviceIds ids, Instant now) {
    Sep2Documents d = new Sep2Documents("EndDevice");
    d.add(d.root, "lFDI", ids.lfdi());
    d.add(d.root, "sFDI", ids.sfdi());
    d.add(d.root, "changedTime", now.getEpochSecond());
    return d.xml();
  }

  static String derCapability(Inverter inverter) {
    Sep2Documents d = new Sep2Documents("DERCapability");
    d.add(d.root, "modesSupported", MODES); // opModConnect (bit 2), opModMaxLimW (bit 20)
    d.power(d.root, "rtgMaxVA", inverter.ratedWatts());
    d.power(d.root, "rtgMaxW", inverter.ratedWatts());
    d.add(d.root, "type", 4); // photovoltaic system
    return d.xml();
  }

  static String derSettings(Inverter inverter, Instant now) {
    Sep2Documents d = new Sep2Documents("DERSettings");
    d.add(d.root, "modesEnabled", MODES);
    d.add(d.root, "setGradW", 100); // 1 % of setMaxW per second
    d.power(d.root, "setMaxVA", inverter.ratedWatts());
    d.power(d.root, "setMaxW", inverter.ratedWatts());
    d.add(d.root, "updatedTime", now.getEpochSecond());
    return d.xml();
  }

  static String derStatus(Inverter inverter, Instant now) {
    Sep2Documents d = new Sep2Documents("DERStatus");
    // bit 0 connected, 1 available, 2 operating
    d.status(d.root, "genConnectStatus", now, inverter.connected() ? "07" : "02");
    d.status(d.root, "inverterStatus", now, inverter.connected() ? "4" : "2"); // MPPT, or off
    d.status(d.root, "operationalModeStatus", now, "2"); // operational
    d.add(d.root, "readingTime", now.getEpochSecond());
    return d.xml();
  }

  static String derAvailability(Inverter inverter, Instant now) {
    Sep2Documents d = new Sep2Documents("DERAvailability");
    d.add(d.root, "readingTime", now.getEpochSecond());
    d.power(d.root, "statWAvail", inverter.availableWatts());
    return d.xml();
  }

  /**
   * The MirrorUsagePoint of the inverter's output: a DER submeter (roleFlags
   * isMirror|isDER|isSubmeter).
   */
  static String mirrorUsagePoint(DeviceIds ids, String mrid) {
    Sep2Documents d = new Sep2Documents("MirrorUsagePoint");
    d.add(d.root, "mRID", mrid);
    d.add(d.root, "description", "Inverter output");
    d.add(d.root, "roleFlags", "49");
    d.add(d.root, "serviceCategoryKind", 0); // electricity
    d.add(d.root, "status", 1); // on
    d.add(d.root, "deviceLFDI", ids.lfdi());
    return d.xml();
  }

  /** One average-power reading (W) over the last {@code seconds}. */
  static String mirrorMeterReading(String mrid, long watts, Instant now, long seconds) {
    Sep2Documents d = new Sep2Documents("MirrorMeterReading");
    d.add(d.root, "mRID", mrid);
    d.add(d.root, "description", "Average real power");
    d.add(d.root, "lastUpdateTime", now.getEpochSecond());
    d.add(d.root, "nextUpdateTime", now.getEpochSecond() + seconds);
    Element reading = d.add(d.root, "Reading", null);
    Element period = d.add(reading, "timePeriod", null);
    d.add(period, "duration", seconds);
    d.add(period, "start", now.getEpochSecond() - seconds);
    d.add(reading, "value", watts);
    Element type = d.add(d.root, "ReadingType", null);
    d.add(type, "accumulationBehaviour", 12); // instantaneous
    d.add(type, "commodity", 1); // electricity secondary metered
    d.add(type, "dataQualifier", 2); // average
    d.add(type, "flowDirection", 1); // forward (delivered)
    d.add(type, "intervalLength", seconds);
    d.add(type, "kind", 37); // power
    d.add(type, "phase", 0);
    d.add(type, "powerOfTenMultiplier", 0);
    d.add(type, "uom", 38); // W
    return d.xml();
  }

  /** A 128-bit mRID for something of this device: the device's LFDI hashed with a name. */
  static String mrid(DeviceIds ids, String what) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest((ids.lfdi() + "/" + what).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16).toUpperCase(Locale.ROOT);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- building ----

  private Element add(Element parent, String name, Object text) {
    Element e = doc.createElementNS(Sep2Resource.NS, name);
    if (text != null) {
      e.setTextContent(text.toString());
    }
    parent.appendChild(e);
    return e;
  }

  /** A power value: Int16/UInt16 significand with a power-of-ten multiplier. */
  private void power(Element parent, String name, long watts) {
    int multiplier = 0;
    long value = watts;
    while (Math.abs(value) > Short.MAX_VALUE) {
      value = Math.round(value / 10.0);
      multiplier++;
    }
    Element e = add(parent, name, null);
    add(e, "multiplier", multiplier);
    add(e, "value", value);
  }

  private void status(Element parent, String name, Instant now, String value) {
    Element e = add(parent, name, null);
    add(e, "dateTime", now.getEpochSecond());
    add(e, "value", value);
  }

  private String xml() {
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }
}
