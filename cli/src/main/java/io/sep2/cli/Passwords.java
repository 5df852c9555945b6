package io.sep2.cli;

/**
 * The password rule of the commands that write a PKI directory (as of the goals): {@code
 * --password-env} names an environment variable and wins when given; otherwise {@code --password},
 * whose default is the PKI files' default password {@code changeit}. The value is never printed.
 */
final class Passwords {

  private Passwords() {}

  /**
   * The password to use.
   *
   * @throws IllegalArgumentException naming the variable (never a value) when it is not set, or
   *     when the password is empty
   */
  static char[] resolve(String password, String passwordEnv) {
    if (passwordEnv != null && !passwordEnv.isBlank()) {
      String value = System.getenv(passwordEnv.trim());
      if (value == null) {
        throw new IllegalArgumentException(
            "the environment variable " + passwordEnv.trim() + " (--password-env) is not set");
      }
      return value.toCharArray();
    }
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("the PKCS12 password (--password) is empty");
    }
    return password.toCharArray();
  }
}
