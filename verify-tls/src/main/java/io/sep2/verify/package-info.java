/**
 * Checks an IEEE 2030.5 device project's TLS set-up without Maven: {@link io.sep2.verify.VerifyTls}
 * (what to check: {@link io.sep2.verify.KeystoreSpec}, {@link io.sep2.verify.KeystoreRole}, {@link
 * io.sep2.verify.PasswordSource}) returns a {@link io.sep2.verify.Report} of {@link
 * io.sep2.verify.Finding}s. The goal {@code sep2:verify-tls} and the command {@code java -jar
 * sep2-testkit.jar verify-tls} are translations into it.
 */
package io.sep2.verify;
