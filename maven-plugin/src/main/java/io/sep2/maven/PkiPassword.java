package io.sep2.maven;

import io.sep2.verify.PasswordSource;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The one password rule of the goals that write a PKI directory ({@code sep2:generate-pki}, {@code
 * sep2:serve}): {@code sep2.pki.passwordEnv} names an environment variable and wins when given;
 * otherwise {@code sep2.pki.password}, whose default is the PKI files' default password {@code
 * changeit}. The value is never printed.
 */
final class PkiPassword {

  private PkiPassword() {}

  static char[] resolve(String goal, String password, String passwordEnv)
      throws MojoFailureException {
    PasswordSource source;
    if (passwordEnv != null && !passwordEnv.isBlank()) {
      source = PasswordSource.env(passwordEnv.trim());
    } else if (password == null || password.isEmpty()) {
      throw new MojoFailureException(goal + ": the PKCS12 password (sep2.pki.password) is empty");
    } else {
      source = PasswordSource.value(password);
    }
    try {
      return source.resolve(System::getenv, System::getProperty);
    } catch (IllegalStateException e) {
      throw new MojoFailureException(goal + ": " + e.getMessage(), e);
    }
  }
}
