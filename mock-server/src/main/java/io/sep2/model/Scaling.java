package io.sep2.model;

/**
 * Turns a quantity into the significand and power-of-ten multiplier that 2030.5 uses for power,
 * energy, voltage and current ({@code value} x 10^{@code multiplier}).
 */
final class Scaling {

  private Scaling() {}

  /**
   * Returns {multiplier, value}: the smallest multiplier from 0 to 9 that brings {@code quantity}
   * into {@code min..max}, the value rounded half up (away from zero for negative quantities).
   *
   * @throws IllegalArgumentException if even 10^9 does not make it fit
   */
  public static int[] toSignificand(long quantity, long min, long max, String what) {
    long divisor = 1;
    for (int multiplier = 0; multiplier <= 9; multiplier++) {
      long magnitude = Math.round(Math.abs((double) quantity) / divisor);
      long rounded = quantity < 0 ? -magnitude : magnitude;
      if (rounded >= min && rounded <= max) {
        return new int[] {multiplier, (int) rounded};
      }
      divisor *= 10;
    }
    throw new IllegalArgumentException(
        what + " " + quantity + " does not fit " + min + ".." + max + " with a multiplier up to 9");
  }
}
