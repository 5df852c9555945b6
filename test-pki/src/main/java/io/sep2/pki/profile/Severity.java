package io.sep2.pki.profile;

/**
 * How bad a {@link Finding} is.
 *
 * <ul>
 *   <li>{@link #ERROR}: the certificate or chain breaks the IEEE 2030.5 profile; a conforming peer
 *       may (and in COMM-004 must) refuse it, so a handshake with it is expected to fail.
 *   <li>{@link #WARNING}: allowed by the profile's wording but likely to cause trouble with real
 *       peers, or a check could not be completed.
 *   <li>{@link #INFO}: worth knowing, nothing to fix.
 * </ul>
 */
public enum Severity {
  /** Breaks the profile; expect peers to refuse it. */
  ERROR,
  /** Allowed but risky, or not fully checkable. */
  WARNING,
  /** For information only. */
  INFO
}
