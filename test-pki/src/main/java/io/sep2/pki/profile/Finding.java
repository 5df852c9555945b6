package io.sep2.pki.profile;

import java.util.Objects;

/**
 * One deviation from the IEEE 2030.5 certificate profile found by {@link ProfileCheck}.
 *
 * @param id the stable rule id, one of {@link Rule}'s ids such as {@code "key.curve"}; safe to
 *     match on in tests and tools
 * @param severity how bad it is
 * @param index the position of the certificate concerned: {@code 0} is the leaf (first certificate
 *     of the chain as given), {@code chain.size()} a trust anchor that completed the chain, {@link
 *     #CHAIN} for a finding about the chain as a whole
 * @param subject the RFC 2253 subject of that certificate, {@code ""} for an empty subject (normal
 *     for 2030.5 devices) or for a chain-wide finding
 * @param expected what the profile requires, in words
 * @param actual what was found, in words
 * @param fix one sentence on how to make it right
 */
public record Finding(
    String id,
    Severity severity,
    int index,
    String subject,
    String expected,
    String actual,
    String fix) {

  /** The {@link #index()} of a finding about the whole chain rather than one certificate. */
  public static final int CHAIN = -1;

  /** Checks that no component is null and that the index is {@link #CHAIN} or more. */
  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(fix, "fix");
    if (index < CHAIN) {
      throw new IllegalArgumentException("index must be -1 (chain) or a position, was " + index);
    }
  }

  /** Makes a finding with the rule's id and default severity. */
  static Finding of(
      Rule rule, int index, String subject, String expected, String actual, String fix) {
    return new Finding(rule.id(), rule.severity(), index, subject, expected, actual, fix);
  }

  /** Tells whether this finding was raised by the given rule. */
  public boolean is(Rule rule) {
    return rule.id().equals(id);
  }

  /** One line, e.g. {@code ERROR key.curve #0 "": expected ...; found ...; fix: ...}. */
  @Override
  public String toString() {
    String where = index == CHAIN ? "chain" : "#" + index + " \"" + subject + "\"";
    return severity
        + " "
        + id
        + " "
        + where
        + ": expected "
        + expected
        + "; found "
        + actual
        + "; fix: "
        + fix;
  }
}
