package io.sep2.pki.keystore;

/** A PKI directory cannot be used: its settings are missing or invalid, or files were replaced. */
public final class PkiDirectoryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the file and the cause. */
  public PkiDirectoryException(String message) {
    super(message);
  }
}
