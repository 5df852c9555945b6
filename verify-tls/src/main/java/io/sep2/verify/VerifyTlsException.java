package io.sep2.verify;

/**
 * The checks could not be run at all (a keystore load crashed, the run was interrupted): a broken
 * environment rather than a finding. Never carries a password.
 */
public final class VerifyTlsException extends Exception {

  private static final long serialVersionUID = 1L;

  /** With a message and its cause. */
  public VerifyTlsException(String message, Throwable cause) {
    super(message, cause);
  }
}
