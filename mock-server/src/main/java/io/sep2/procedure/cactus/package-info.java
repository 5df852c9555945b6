/**
 * Reads the CSIP-AUS client test procedure files (the YAML format of the open-source CACTUS test
 * definitions) into {@link io.sep2.procedure.Procedure}s, strictly, with file and line for every
 * problem. The files are not part of this kit.
 */
package io.sep2.procedure.cactus;
