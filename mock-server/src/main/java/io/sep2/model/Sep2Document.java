package io.sep2.model;

/**
 * A 2030.5 object that can be a whole document, the root element of a body a server sends or
 * accepts: every {@link Resource}, and the {@link Sep2Error} of an error answer. {@link Sep2Xml}
 * writes and reads these.
 */
public interface Sep2Document {}
