package io.sep2.verify;

import java.util.Objects;

/**
 * One line of the {@code sep2:verify-tls} report: what was checked on which subject, and how it
 * came out.
 *
 * @param id stable id of the check outcome, e.g. {@code keystore.wrong-password} or {@code
 *     profile.key.curve}; safe to match on in scripts
 * @param severity how it counts
 * @param subject what it is about: a keystore file (relative to the project), a certificate in it
 *     ({@code device.p12 #1 CN=...}), a configuration item or the probe URL
 * @param expected what the 2030.5 profile or TLS set-up requires; empty for {@link Severity#OK}
 * @param actual what was found
 * @param fix how to make it right; empty when there is nothing to fix
 */
public record Finding(
    String id, Severity severity, String subject, String expected, String actual, String fix) {

  /** Checks that no component is null. */
  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(fix, "fix");
  }

  /** A check that passed. */
  public static Finding ok(String id, String subject, String actual) {
    return new Finding(id, Severity.OK, subject, "", actual, "");
  }

  /** Information, nothing to fix. */
  public static Finding info(String id, String subject, String actual) {
    return new Finding(id, Severity.INFO, subject, "", actual, "");
  }

  /** A problem that fails the build. */
  public static Finding error(
      String id, String subject, String expected, String actual, String fix) {
    return new Finding(id, Severity.ERROR, subject, expected, actual, fix);
  }

  /** A problem that fails the build only with {@code failOnWarning}. */
  public static Finding warning(
      String id, String subject, String expected, String actual, String fix) {
    return new Finding(id, Severity.WARNING, subject, expected, actual, fix);
  }

  /** Whether this finding fails the build. */
  public boolean fails(boolean failOnWarning) {
    return severity == Severity.ERROR || (failOnWarning && severity == Severity.WARNING);
  }

  /**
   * The finding's text without id, severity and subject: {@code actual} and, for a problem, {@code
   * expected ...; fix: ...}.
   */
  public String detail() {
    StringBuilder sb = new StringBuilder(actual);
    if (!expected.isEmpty()) {
      sb.append(" | expected: ").append(expected);
    }
    if (!fix.isEmpty()) {
      sb.append(" | fix: ").append(fix);
    }
    return sb.toString();
  }

  /** One line: {@code ERROR keystore.missing target/device.p12: <detail>}. */
  @Override
  public String toString() {
    return severity + " " + id + " " + subject + ": " + detail();
  }
}
