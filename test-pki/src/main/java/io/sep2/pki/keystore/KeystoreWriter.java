package io.sep2.pki.keystore;

import io.sep2.pki.BouncyCastle;
import io.sep2.pki.keystore.KeystoreException.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * Writes 2030.5 key material in the forms device stacks and tools take: a PKCS12 identity keystore,
 * a PKCS12 truststore, PEM certificate chains and PEM private keys.
 *
 * <p>PKCS12 files are written by the JDK's own PKCS12 keystore with its Java 17 defaults:
 * AES-256-CBC with PBKDF2-HMAC-SHA256 for keys and certificates and an HMAC-SHA256 integrity MAC
 * (unless the {@code keystore.pkcs12.*} security properties were changed), so OpenSSL 3 opens them
 * without {@code -legacy}. A trusted-certificate entry gets the JDK's trusted-usage attribute, so
 * Java loads it as a trust anchor. Private key files are unencrypted PKCS#8 ({@code -----BEGIN
 * PRIVATE KEY-----}, as {@code openssl s_client -key} and curl's {@code --key} read it) or
 * encrypted PKCS#8 (PBES2, AES-256-CBC, PBKDF2-HMAC-SHA256). On POSIX file systems, files holding a
 * private key are made readable by the owner only. Parent directories must exist.
 */
public final class KeystoreWriter {

  /** PBKDF2 iterations of an encrypted PEM private key. */
  public static final int PEM_KEY_ITERATIONS = 10_000;

  private KeystoreWriter() {}

  /**
   * Writes a PKCS12 keystore with one key entry: the private key and its chain, leaf first. For a
   * 2030.5 device give the full chain (device, [MICA, [MCA,]] SERCA).
   *
   * @param file the {@code .p12} file to create or replace
   * @param alias the entry alias, e.g. the device name
   * @param key the private key of {@code chain.get(0)}
   * @param chain the certificate chain, leaf first, not empty
   * @param password store and key password (the same, as OpenSSL expects)
   * @throws KeystoreException {@link KeystoreException.Problem#KEY_CERT_MISMATCH} when the key does
   *     not belong to the leaf, {@link KeystoreException.Problem#UNWRITABLE} when writing fails
   */
  public static void writePkcs12(
      Path file, String alias, PrivateKey key, List<X509Certificate> chain, char[] password) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(password, "password");
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("chain of '" + alias + "' must not be empty");
    }
    if (!KeyPairProbe.matches(key, chain.get(0).getPublicKey())) {
      throw new KeystoreException(
          Problem.KEY_CERT_MISMATCH,
          file,
          "the private key does not belong to '"
              + chain.get(0).getSubjectX500Principal().getName()
              + "', the first certificate of the chain",
          null);
    }
    KeyStore store = emptyPkcs12(file);
    try {
      store.setKeyEntry(alias, key, password, chain.toArray(X509Certificate[]::new));
    } catch (GeneralSecurityException e) {
      throw new KeystoreException(
          Problem.UNWRITABLE, file, "the JDK refused the key entry '" + alias + "': " + e, e);
    }
    storePkcs12(file, store, password, true);
  }

  /**
   * Writes a PKCS12 truststore holding trusted-certificate entries only, e.g. {@code "serca" ->
   * SERCA}. Java ({@code javax.net.ssl.trustStore}), OpenSSL and curl (after conversion) accept it.
   *
   * @param file the {@code .p12} file to create or replace
   * @param certificates alias to certificate, in the order to store them; not empty
   * @param password the store password (a JDK truststore must have one to carry a MAC)
   */
  public static void writeTruststore(
      Path file, Map<String, X509Certificate> certificates, char[] password) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(certificates, "certificates");
    Objects.requireNonNull(password, "password");
    if (certificates.isEmpty()) {
      throw new IllegalArgumentException("a truststore needs at least one certificate: " + file);
    }
    KeyStore store = emptyPkcs12(file);
    for (Map.Entry<String, X509Certificate> entry : certificates.entrySet()) {
      try {
        store.setCertificateEntry(entry.getKey(), entry.getValue());
      } catch (GeneralSecurityException e) {
        throw new KeystoreException(
            Problem.UNWRITABLE,
            file,
            "the JDK refused the certificate entry '" + entry.getKey() + "': " + e,
            e);
      }
    }
    storePkcs12(file, store, password, false);
  }

  /** Writes certificates as concatenated {@code CERTIFICATE} PEM blocks, in the order given. */
  public static void writeCertificatesPem(Path file, List<X509Certificate> certificates) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(certificates, "certificates");
    if (certificates.isEmpty()) {
      throw new IllegalArgumentException("no certificate to write to " + file);
    }
    write(file, pem(file, certificates.toArray()), false);
  }

  /** Writes an unencrypted PKCS#8 private key ({@code -----BEGIN PRIVATE KEY-----}). */
  public static void writePrivateKeyPem(Path file, PrivateKey key) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(key, "key");
    write(file, pem(file, pkcs8(file, key, null)), true);
  }

  /**
   * Writes an encrypted PKCS#8 private key ({@code -----BEGIN ENCRYPTED PRIVATE KEY-----}; PBES2,
   * AES-256-CBC, PBKDF2-HMAC-SHA256 with {@value #PEM_KEY_ITERATIONS} iterations).
   */
  public static void writePrivateKeyPem(Path file, PrivateKey key, char[] password) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(password, "password");
    write(file, pem(file, pkcs8(file, key, password)), true);
  }

  // ------------------------------------------------------------------ helpers

  private static KeyStore emptyPkcs12(Path file) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new KeystoreException(
          Problem.UNWRITABLE, file, "the JDK cannot create a PKCS12 keystore: " + e, e);
    }
  }

  private static void storePkcs12(Path file, KeyStore store, char[] password, boolean secret) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      store.store(bytes, password);
    } catch (GeneralSecurityException | IOException e) {
      throw new KeystoreException(
          Problem.UNWRITABLE, file, "the JDK cannot encode the PKCS12 keystore: " + e, e);
    }
    write(file, bytes.toByteArray(), secret);
  }

  private static PemObject pkcs8(Path file, PrivateKey key, char[] password) {
    try {
      if (password == null) {
        return new JcaPKCS8Generator(key, null).generate();
      }
      JceOpenSSLPKCS8EncryptorBuilder encryptor =
          new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
              .setProvider(BouncyCastle.provider())
              .setPRF(PKCS8Generator.PRF_HMACSHA256)
              .setIterationCount(PEM_KEY_ITERATIONS)
              .setPassword(password);
      return new JcaPKCS8Generator(key, encryptor.build()).generate();
    } catch (OperatorCreationException | IOException | RuntimeException e) {
      throw new KeystoreException(
          Problem.UNWRITABLE, file, "cannot encode the private key as PKCS#8: " + e, e);
    }
  }

  private static byte[] pem(Path file, Object... objects) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.US_ASCII);
        JcaPEMWriter writer = new JcaPEMWriter(out)) {
      for (Object object : objects) {
        writer.writeObject(object);
      }
    } catch (IOException e) {
      throw new KeystoreException(Problem.UNWRITABLE, file, "cannot encode PEM: " + e, e);
    }
    return bytes.toByteArray();
  }

  private static void write(Path file, byte[] content, boolean secret) {
    try {
      if (secret && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.deleteIfExists(file);
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.write(file, content);
    } catch (IOException e) {
      throw new KeystoreException(Problem.UNWRITABLE, file, "cannot be written: " + e, e);
    }
  }
}
