package io.sep2.utility.internal;

/**
 * The 2030.5 registration PIN as a server serves it: the five-digit PIN the utility hands to the
 * installer, followed by one check digit chosen, as for an SFDI, so that the sum of all six digits
 * is a multiple of 10 (11111 is served as 111115, the value the public CSIP-AUS procedures use).
 */
public final class RegistrationPin {

  private RegistrationPin() {}

  /**
   * The served value of a five-digit PIN.
   *
   * @throws IllegalArgumentException unless {@code pin} is 0..99999
   */
  public static long withCheckDigit(int pin) {
    if (pin < 0 || pin > 99_999) {
      throw new IllegalArgumentException(
          "a registration PIN has five digits (0..99999), was " + pin);
    }
    int sum = 0;
    for (int rest = pin; rest > 0; rest /= 10) {
      sum += rest % 10;
    }
    return pin * 10L + (10 - sum % 10) % 10;
  }
}
