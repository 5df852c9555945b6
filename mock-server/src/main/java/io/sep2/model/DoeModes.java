package io.sep2.model;

/**
 * The bits of the CSIP-AUS {@code DOEControlType} bitmap, used by {@link
 * DerCapability#doeModesSupported()} and {@link DerSettings#doeModesEnabled()}: which dynamic
 * operating envelope (DOE) limits of {@link DerControlBase} a device supports or has enabled.
 * Combine with {@code |}, e.g. {@code DoeModes.OP_MOD_EXP_LIM_W | DoeModes.OP_MOD_IMP_LIM_W}; the
 * other bits are reserved.
 *
 * <p>The CSIP-AUS v1.2 schema annotation labels bit 0 "Maximum Imported" and bit 1 "Maximum
 * Exported" while naming them opModExpLimW and opModImpLimW; the element names are what count, and
 * are what these constants follow.
 */
public final class DoeModes {

  /** Bit 0: {@code opModExpLimW}, the export limit at the connection point. Value {@value}. */
  public static final int OP_MOD_EXP_LIM_W = 1;

  /** Bit 1: {@code opModImpLimW}, the import limit at the connection point. Value {@value}. */
  public static final int OP_MOD_IMP_LIM_W = 1 << 1;

  /** Bit 2: {@code opModGenLimW}, the generation (discharge) limit. Value {@value}. */
  public static final int OP_MOD_GEN_LIM_W = 1 << 2;

  /** Bit 3: {@code opModLoadLimW}, the load (charge) limit. Value {@value}. */
  public static final int OP_MOD_LOAD_LIM_W = 1 << 3;

  /** All four DOE limits. Value {@value}. */
  public static final int ALL = 0x0F;

  private DoeModes() {}
}
