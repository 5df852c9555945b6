package io.sep2.verify.internal;

import io.sep2.pki.keystore.KeystoreException;
import io.sep2.pki.keystore.LoadedKeystore;
import io.sep2.verify.Finding;
import io.sep2.verify.internal.KeystoreResult.Failure;
import java.util.ArrayList;
import java.util.List;

/**
 * Check 1: every configured keystore loads. A missing file, a wrong password, a damaged file, an
 * unsupported type and so on each get their own id ({@code keystore.missing}, {@code
 * keystore.wrong-password}, {@code keystore.corrupt}, {@code keystore.unsupported}, ...), a message
 * naming the file and the cause, and the fix. Passwords are never part of a finding.
 */
public final class KeystoreLoadsCheck implements Check {

  @Override
  public String name() {
    return "keystores load";
  }

  @Override
  public List<Finding> run(VerifyContext context) {
    List<Finding> out = new ArrayList<>();
    if (context.keystores().isEmpty()) {
      out.add(
          Finding.warning(
              "keystore.none-configured",
              "<keystores>",
              "the device keystore, the truststore and any server keystore of the project",
              "no keystore is configured, so no certificate, key or handshake can be checked",
              "Add <keystores><keystore><path>...</path><role>device</role>...</keystore>"
                  + "</keystores> to the plugin configuration."));
      return out;
    }
    for (KeystoreResult result : context.keystores()) {
      out.add(result.loaded() ? loaded(result) : failed(result));
    }
    return out;
  }

  private static Finding loaded(KeystoreResult result) {
    LoadedKeystore keystore = result.keystore();
    int entries = keystore.entries().size();
    StringBuilder actual =
        new StringBuilder()
            .append(keystore.format())
            .append(", ")
            .append(entries)
            .append(entries == 1 ? " entry" : " entries");
    if (result.entry() != null) {
      actual
          .append("; key entry '")
          .append(result.entry().alias())
          .append("' (")
          .append(result.entry().privateKey().getAlgorithm())
          .append(" key, chain of ")
          .append(result.entry().chain().size())
          .append(')');
    } else {
      actual.append("; ").append(result.trustedCertificates().size()).append(" trusted");
    }
    actual.append("; ").append(result.spec().password());
    return Finding.ok("keystore.loaded", result.spec().subject(), actual.toString());
  }

  private static Finding failed(KeystoreResult result) {
    Failure failure = result.failure();
    String subject = result.spec().subject();
    switch (failure.kind()) {
      case CONFIG:
        return Finding.error(
            "keystore.config",
            subject,
            "a <keystore> with <path>, <role> device|server|truststore, an optional <type>"
                + " PKCS12|JKS|PEM and at most one of <password>, <passwordEnv>,"
                + " <passwordProperty>",
            failure.message(),
            "Complete the <keystore> configuration of sep2-maven-plugin.");
      case PASSWORD_SOURCE:
        return Finding.error(
            "keystore.password-unset",
            subject,
            "the password source configured for the keystore to be set",
            failure.message(),
            "Set it before the build (CI: a secret exposed as environment variable), or"
                + " configure another password source.");
      case ALIAS:
        return Finding.error(
            "keystore.alias-missing",
            subject,
            "a key entry named by <alias>",
            failure.message(),
            "Set <alias> to the alias of the key entry (keytool -list -keystore FILE), or leave"
                + " it out to use the first key entry.");
      default:
        return loadFailure(subject, failure.exception());
    }
  }

  private static Finding loadFailure(String subject, KeystoreException e) {
    String actual = e.getMessage();
    return switch (e.problem()) {
      case MISSING ->
          Finding.error(
              "keystore.missing",
              subject,
              "an existing keystore file",
              actual,
              "Check the path (relative paths are resolved against the project's base"
                  + " directory), or create the file before this phase, e.g. with"
                  + " sep2:generate-pki bound to generate-test-resources.");
      case UNREADABLE ->
          Finding.error(
              "keystore.unreadable",
              subject,
              "a readable file",
              actual,
              "Point the path at a file (not a directory) the build user may read.");
      case EMPTY ->
          Finding.error(
              "keystore.empty",
              subject,
              "a keystore with at least one certificate",
              actual,
              "Export the key and certificate chain (device, server) or the SERCA (truststore)"
                  + " into it again.");
      case NOT_A_KEYSTORE ->
          Finding.error(
              "keystore.not-a-keystore",
              subject,
              "a PKCS12, JKS or PEM file of the declared <type>",
              actual,
              "Point the path at the keystore, and set <type> to what the file really is (or"
                  + " leave <type> out to detect it).");
      case CORRUPT ->
          Finding.error(
              "keystore.corrupt",
              subject,
              "an intact keystore",
              actual,
              "Export the keystore again; a binary keystore committed with line-ending"
                  + " conversion (git autocrlf) or truncated on copy is a common cause.");
      case UNSUPPORTED_TYPE ->
          Finding.error(
              "keystore.unsupported",
              subject,
              "PKCS12, JKS or PEM (PKCS#8 or SEC1 EC key)",
              actual,
              "Convert it, e.g. keytool -importkeystore -deststoretype PKCS12, or openssl"
                  + " pkcs12 -export -inkey key.pem -in chain.pem.");
      case PASSWORD_REQUIRED ->
          Finding.error(
              "keystore.password-missing",
              subject,
              "a password for this keystore",
              actual,
              "Configure <password>, <passwordEnv> (an environment variable) or"
                  + " <passwordProperty> (a -D property) for this keystore.");
      case WRONG_PASSWORD ->
          Finding.error(
              "keystore.wrong-password",
              subject,
              "the password that opens the keystore and its key",
              actual,
              "Configure the keystore's real password; in PKCS12 and JKS files the key"
                  + " password must equal the store password.");
      case NO_PRIVATE_KEY ->
          Finding.error(
              "keystore.no-private-key",
              subject,
              "a key entry: private key plus certificate chain",
              actual,
              "A device or server keystore needs its private key; for PEM set <path> to the"
                  + " certificate chain and <keyPath> to the key file.");
      case NO_CERTIFICATE ->
          Finding.error(
              "keystore.no-certificate",
              subject,
              "the certificate chain of the private key",
              actual,
              "For PEM set <path> to the certificate chain file and <keyPath> to the key"
                  + " file.");
      case MULTIPLE_KEYS ->
          Finding.error(
              "keystore.multiple-keys",
              subject,
              "exactly one private key in a PEM file",
              actual,
              "Keep one private key per PEM file.");
      case KEY_CERT_MISMATCH ->
          Finding.error(
              "key.mismatch",
              subject,
              "a private key that belongs to the entry's certificate",
              actual,
              "Pair the key with the certificate issued for it (compare openssl pkey -pubout"
                  + " and openssl x509 -pubkey).");
      case UNWRITABLE ->
          Finding.error(
              "keystore.unreadable", subject, "a readable keystore", actual, "Check the file.");
    };
  }
}
