package io.sep2.pki.keystore;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A keystore, truststore or PEM file could not be loaded or written. {@link #problem()} says why in
 * a form a program can act on; the message names the file and the cause in words.
 *
 * <p>Messages never contain the password: neither this class nor {@link KeystoreLoader} ever puts
 * it into a string, and the causes kept are JDK or Bouncy Castle exceptions that do not know it.
 */
public final class KeystoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a keystore could not be used. */
  public enum Problem {
    /** The file does not exist (also: a symbolic link to a file that does not exist). */
    MISSING,
    /**
     * The file exists but cannot be read (a directory, not a regular file such as a FIFO or a
     * device, a symbolic link that cannot be followed, no permission, an I/O error).
     */
    UNREADABLE,
    /** The file is empty, or the keystore holds no certificate at all. */
    EMPTY,
    /**
     * The content is not a keystore of any supported type (PKCS12, JKS, PEM), or the file is larger
     * than a keystore can be (16 MiB).
     */
    NOT_A_KEYSTORE,
    /** The content is of a recognised type but damaged or truncated. */
    CORRUPT,
    /**
     * A recognised but unsupported type (e.g. JCEKS, an OpenSSH key) or an unsupported key
     * algorithm.
     */
    UNSUPPORTED_TYPE,
    /** The content is encrypted or integrity-protected and no password was given. */
    PASSWORD_REQUIRED,
    /** The password does not open the keystore or the key (PKCS12 MAC check, key decryption). */
    WRONG_PASSWORD,
    /** A private key was required but the file holds only certificates. */
    NO_PRIVATE_KEY,
    /** A private key was found but no certificate to go with it. */
    NO_CERTIFICATE,
    /** More than one private key in a PEM file, so it is unclear which one is meant. */
    MULTIPLE_KEYS,
    /** The private key does not belong to the public key of the entry's certificate. */
    KEY_CERT_MISMATCH,
    /** A keystore or PEM file could not be written. */
    UNWRITABLE
  }

  private final Problem problem;
  private final Path file;

  /**
   * Creates the exception.
   *
   * @param problem why
   * @param file the file concerned
   * @param detail the cause in words; must not contain a password
   * @param cause the underlying exception, or null
   */
  public KeystoreException(Problem problem, Path file, String detail, Throwable cause) {
    super(file + ": " + detail + " [" + problem + "]", cause);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.file = Objects.requireNonNull(file, "file");
  }

  /** Why the keystore could not be used. */
  public Problem problem() {
    return problem;
  }

  /** The file concerned. */
  public Path file() {
    return file;
  }
}
