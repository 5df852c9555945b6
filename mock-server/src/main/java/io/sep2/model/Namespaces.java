package io.sep2.model;

/** The XML namespaces the model reads and writes. */
final class Namespaces {

  /** IEEE 2030.5-2018 (schema version 2.1.0): {@value}. */
  public static final String SEP = "urn:ieee:std:2030.5:ns";

  /** The namespace of the 2013 schema (version 2.0.4), still sent by older devices: {@value}. */
  public static final String SEP_2013 = "http://ieee.org/2030.5";

  /** CSIP-AUS v1.2 extensions: {@value}. */
  public static final String CSIPAUS = "https://csipaus.org/ns";

  /** Prefix the writer uses for {@link #CSIPAUS}: {@value}. */
  public static final String CSIPAUS_PREFIX = "csipaus";

  /** XML Schema instance, for {@code xsi:type}: {@value}. */
  public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private Namespaces() {}
}
