package io.sep2.verify;

/**
 * How a {@link Finding} of {@code sep2:verify-tls} counts.
 *
 * <ul>
 *   <li>{@link #ERROR}: the set-up cannot work with a 2030.5 peer; fails the build.
 *   <li>{@link #WARNING}: likely trouble, or a check that could not be done; fails the build only
 *       with {@code failOnWarning}.
 *   <li>{@link #INFO}: worth knowing (e.g. the device's LFDI and SFDI), nothing to fix.
 *   <li>{@link #OK}: a check that passed.
 * </ul>
 */
public enum Severity {
  /** Breaks the 2030.5 TLS set-up. */
  ERROR,
  /** Likely trouble, or not fully checkable. */
  WARNING,
  /** For information only. */
  INFO,
  /** A check passed. */
  OK
}
