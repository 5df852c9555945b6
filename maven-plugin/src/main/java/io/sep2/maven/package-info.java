/**
 * The {@code sep2} Maven goals: {@link io.sep2.maven.VerifyTlsMojo sep2:verify-tls} checks a
 * project's IEEE 2030.5 TLS set-up before its tests run, {@link io.sep2.maven.GeneratePkiMojo
 * sep2:generate-pki} writes a seeded 2030.5 test PKI as files, and {@link io.sep2.maven.ServeMojo
 * sep2:serve} runs the 2030.5 mock server in the foreground for clients that are not Java.
 */
package io.sep2.maven;
