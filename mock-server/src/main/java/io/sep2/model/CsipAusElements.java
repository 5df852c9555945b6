package io.sep2.model;

import java.util.Set;

/**
 * The local names of the CSIP-AUS v1.2 elements the model carries, all in {@value
 * Namespaces#CSIPAUS}. The reader uses them to notice a CSIP-AUS element sent in the 2030.5
 * namespace (a common device mistake, accepted with a finding).
 */
final class CsipAusElements {

  static final Set<String> NAMES =
      Set.of(
          "opModImpLimW",
          "opModExpLimW",
          "opModGenLimW",
          "opModLoadLimW",
          "doeModesSupported",
          "doeModesEnabled",
          "ConnectionPointLink",
          "ConnectionPoint",
          "connectionPointId");

  private CsipAusElements() {}
}
