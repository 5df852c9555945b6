package io.sep2.verify.internal;

import io.sep2.verify.Finding;
import java.util.List;

/**
 * One check of {@code sep2:verify-tls}, in the style of the enforcer plugin's rules: small,
 * stateless, reporting every outcome as {@link Finding}s (one per line) rather than throwing.
 */
public interface Check {

  /** A short name for logs, e.g. {@code "keystore loads"}. */
  String name();

  /**
   * Runs the check.
   *
   * @return the findings, at least one when there was anything to check; never null
   */
  List<Finding> run(VerifyContext context);
}
