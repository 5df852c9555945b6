package io.sep2.verify;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where a keystore's password comes from: nowhere (unencrypted PEM), the POM directly, an
 * environment variable, or a Maven/system property. The value is never part of {@link #toString()}
 * or of any message.
 */
public final class PasswordSource {

  /** The kind of source. */
  public enum Kind {
    /** No password (unencrypted PEM files). */
    NONE,
    /** Given in the POM ({@code <password>}). */
    VALUE,
    /** Read from an environment variable ({@code <passwordEnv>}). */
    ENV,
    /** Read from a Maven user, project or system property ({@code <passwordProperty>}). */
    PROPERTY
  }

  /** No password. */
  public static final PasswordSource NONE = new PasswordSource(Kind.NONE, null, null);

  private final Kind kind;
  private final String name;
  private final char[] value;

  private PasswordSource(Kind kind, String name, char[] value) {
    this.kind = kind;
    this.name = name;
    this.value = value;
  }

  /** A password given directly. */
  public static PasswordSource value(String password) {
    return new PasswordSource(
        Kind.VALUE, null, Objects.requireNonNull(password, "password").toCharArray());
  }

  /** A password read from the environment variable {@code variable}. */
  public static PasswordSource env(String variable) {
    return new PasswordSource(Kind.ENV, Objects.requireNonNull(variable, "variable"), null);
  }

  /** A password read from the property {@code property}. */
  public static PasswordSource property(String property) {
    return new PasswordSource(Kind.PROPERTY, Objects.requireNonNull(property, "property"), null);
  }

  /** The kind of source. */
  public Kind kind() {
    return kind;
  }

  /**
   * The password, as a new array the caller should clear after use.
   *
   * @param environment looks up environment variables
   * @param properties looks up Maven/system properties
   * @return the password, or null for {@link Kind#NONE}
   * @throws IllegalStateException naming the variable or property (never a value) when it is not
   *     set
   */
  public char[] resolve(UnaryOperator<String> environment, UnaryOperator<String> properties) {
    switch (kind) {
      case NONE:
        return null;
      case VALUE:
        return value.clone();
      case ENV:
        String env = environment.apply(name);
        if (env == null) {
          throw new IllegalStateException("the environment variable " + name + " is not set");
        }
        return env.toCharArray();
      default:
        String prop = properties.apply(name);
        if (prop == null) {
          throw new IllegalStateException(
              "the property " + name + " is not set (neither -D" + name + " nor in the POM)");
        }
        return prop.toCharArray();
    }
  }

  /** Describes the source without the password, e.g. {@code environment variable DEVICE_PW}. */
  @Override
  public String toString() {
    return switch (kind) {
      case NONE -> "no password";
      case VALUE -> "password from the POM";
      case ENV -> "environment variable " + name;
      case PROPERTY -> "property " + name;
    };
  }
}
