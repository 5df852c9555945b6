package io.sep2.model;

import java.util.List;
import java.util.Optional;

/**
 * The one table of elements the 2013 schema (namespace {@value Namespaces#SEP_2013}, version 2.0.4)
 * names differently from 2030.5-2018, for the types this model reads. It was derived by comparing
 * the two schemas type by type; elements that only widened their type (UInt16 to UInt32 and the
 * like) need no mapping, and elements that only 2018 has need none either.
 *
 * <p>Two renames also change the value: the 2013 power factors {@code rtgMinPFNeg} and {@code
 * setMinPFNeg} were negative numbers, their 2018 successors are positive ({@link
 * Transform#NEGATE_DISPLACEMENT}); and 2013's single signed {@code opModFixedPF} becomes 2018's
 * {@code opModFixedPFInjectW}, whose {@code excitation} carries the sign (EEI convention: negative
 * means under-excited, i.e. absorbing vars; {@link Transform#SIGN_TO_EXCITATION}).
 */
final class LegacyRenames {

  /** What else changes beyond the name. */
  public enum Transform {
    /** Nothing: a pure rename. */
    NONE,
    /** The {@code displacement} child changes sign. */
    NEGATE_DISPLACEMENT,
    /** The sign of {@code displacement} moves into a new {@code excitation} child. */
    SIGN_TO_EXCITATION
  }

  /**
   * One rename.
   *
   * @param parent the element (type) the renamed element occurs in
   * @param oldName its 2013 name
   * @param newName its 2018 name
   * @param transform what happens to its content
   */
  public record Rename(String parent, String oldName, String newName, Transform transform) {}

  /** Every rename, grouped by type. */
  public static final List<Rename> TABLE =
      List.of(
          new Rename("SelfDevice", "loadShedDeviceCategory", "deviceCategory", Transform.NONE),
          new Rename("EndDevice", "loadShedDeviceCategory", "deviceCategory", Transform.NONE),
          new Rename("DERCapability", "rtgA", "rtgMaxA", Transform.NONE),
          new Rename("DERCapability", "rtgAh", "rtgMaxAh", Transform.NONE),
          new Rename("DERCapability", "rtgMinPF", "rtgMinPFOverExcited", Transform.NONE),
          new Rename(
              "DERCapability",
              "rtgMinPFNeg",
              "rtgMinPFUnderExcited",
              Transform.NEGATE_DISPLACEMENT),
          new Rename("DERCapability", "rtgVA", "rtgMaxVA", Transform.NONE),
          new Rename("DERCapability", "rtgVar", "rtgMaxVar", Transform.NONE),
          new Rename("DERCapability", "rtgVarNeg", "rtgMaxVarNeg", Transform.NONE),
          new Rename("DERCapability", "rtgW", "rtgMaxW", Transform.NONE),
          new Rename("DERCapability", "rtgWh", "rtgMaxWh", Transform.NONE),
          new Rename("DERSettings", "setMinPF", "setMinPFOverExcited", Transform.NONE),
          new Rename(
              "DERSettings", "setMinPFNeg", "setMinPFUnderExcited", Transform.NEGATE_DISPLACEMENT),
          new Rename(
              "DERControlBase",
              "opModFixedPF",
              "opModFixedPFInjectW",
              Transform.SIGN_TO_EXCITATION));

  private LegacyRenames() {}

  /** Returns the rename of {@code oldName} inside {@code parent}, if the table has one. */
  public static Optional<Rename> find(String parent, String oldName) {
    for (Rename r : TABLE) {
      if (r.parent.equals(parent) && r.oldName.equals(oldName)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
