package io.sep2.pki.keystore;

import io.sep2.pki.BouncyCastle;
import io.sep2.pki.keystore.KeystoreException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.X509TrustedCertificateBlock;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Loads the key material a 2030.5 device or server is configured with: a PKCS12 or JKS keystore, or
 * PEM files as OpenSSL-based stacks use them (certificate chain plus a PKCS#8 or SEC1 {@code EC
 * PRIVATE KEY}, encrypted or not).
 *
 * <p>Every failure is a {@link KeystoreException} whose {@link KeystoreException.Problem} tells
 * apart a missing file, an unreadable one, a wrong password (PKCS12: the MAC integrity check or the
 * decryption of the encrypted content fails), a damaged file (it is recognised but does not parse),
 * a private key that does not belong to its certificate, and so on. Passwords are never part of a
 * message.
 *
 * <p>The format is detected from the content (JKS magic, PEM armour, DER sequence for PKCS12), not
 * from the file name. In PKCS12 and JKS keystores the key password must equal the store password
 * (as {@code keytool} and OpenSSL make them). Every key entry is checked to match its certificate
 * by a test signature, done with a private Bouncy Castle provider instance.
 */
public final class KeystoreLoader {

  private static final int JKS_MAGIC = 0xFEEDFEED;
  private static final int JCEKS_MAGIC = 0xCECECECE;
  private static final long MAX_SIZE = 16 * 1024 * 1024;

  private KeystoreLoader() {}

  /**
   * Loads a keystore of any supported format, detected from its content.
   *
   * @param file the keystore or PEM file
   * @param password the store password (PKCS12, JKS) or the key's password (encrypted PEM); may be
   *     null for unencrypted PEM
   * @throws KeystoreException with the {@link KeystoreException.Problem} that prevents loading
   */
  public static LoadedKeystore load(Path file, char[] password) {
    Objects.requireNonNull(file, "file");
    byte[] content = read(file);
    return load(file, detect(file, content), content, password);
  }

  /**
   * Loads a keystore that must be of the given format.
   *
   * @throws KeystoreException {@link KeystoreException.Problem#NOT_A_KEYSTORE} when the content is
   *     of another format, or the problem that prevents loading
   */
  public static LoadedKeystore load(Path file, KeystoreFormat format, char[] password) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    byte[] content = read(file);
    KeystoreFormat detected = detect(file, content);
    if (detected != format) {
      throw new KeystoreException(
          Problem.NOT_A_KEYSTORE,
          file,
          "expected a " + format + " file, but the content is " + detected,
          null);
    }
    return load(file, format, content, password);
  }

  /**
   * Loads a device or server identity from two PEM files, as {@code openssl s_client -cert ... -key
   * ...} and curl take them. The result has one key entry, chain ordered leaf first.
   *
   * @param certificates PEM with the certificate chain (any order; the leaf is the certificate of
   *     the key)
   * @param privateKey PEM with the private key (PKCS#8 or SEC1, plain or encrypted); certificates
   *     in it are added to the chain
   * @param password for an encrypted key; may be null otherwise
   * @throws KeystoreException e.g. {@link KeystoreException.Problem#NO_PRIVATE_KEY} or {@link
   *     KeystoreException.Problem#KEY_CERT_MISMATCH}
   */
  public static LoadedKeystore loadPem(Path certificates, Path privateKey, char[] password) {
    Objects.requireNonNull(certificates, "certificates");
    Objects.requireNonNull(privateKey, "privateKey");
    PemContent certs = readPem(certificates, password);
    PemContent key = readPem(privateKey, password);
    if (key.keys.isEmpty()) {
      throw new KeystoreException(
          Problem.NO_PRIVATE_KEY, privateKey, "contains no private key", null);
    }
    if (key.keys.size() > 1) {
      throw multipleKeys(privateKey, key.keys.size());
    }
    List<X509Certificate> all = new ArrayList<>(certs.certificates);
    all.addAll(key.certificates);
    if (all.isEmpty()) {
      throw new KeystoreException(Problem.EMPTY, certificates, "contains no certificate", null);
    }
    KeystoreEntry entry = keyEntry(certificates, alias(privateKey), key.keys.get(0), all);
    return new LoadedKeystore(certificates, KeystoreFormat.PEM, List.of(entry));
  }

  // ------------------------------------------------------------------ reading and detection

  private static byte[] read(Path file) {
    if (!Files.exists(file)) {
      if (Files.isSymbolicLink(file)) {
        throw brokenLink(file);
      }
      throw new KeystoreException(Problem.MISSING, file, "file does not exist", null);
    }
    if (Files.isDirectory(file)) {
      throw new KeystoreException(
          Problem.UNREADABLE, file, "is a directory, not a keystore file", null);
    }
    if (!Files.isRegularFile(file)) {
      // opening a FIFO blocks until someone writes to it; a device may never end
      throw new KeystoreException(
          Problem.UNREADABLE,
          file,
          "is not a regular file (a FIFO, a device or a socket); point to the keystore file itself",
          null);
    }
    try {
      long size = Files.size(file);
      if (size > MAX_SIZE) {
        throw tooLarge(file, size + " bytes");
      }
      byte[] content;
      // bounded even if the size was wrong or the file grew meanwhile
      try (InputStream in = Files.newInputStream(file)) {
        content = in.readNBytes((int) MAX_SIZE + 1);
      }
      if (content.length > MAX_SIZE) {
        throw tooLarge(file, "more than " + MAX_SIZE + " bytes");
      }
      if (content.length == 0) {
        throw new KeystoreException(Problem.EMPTY, file, "file is empty (0 bytes)", null);
      }
      return content;
    } catch (NoSuchFileException e) {
      throw new KeystoreException(Problem.MISSING, file, "file does not exist", e);
    } catch (AccessDeniedException e) {
      throw new KeystoreException(Problem.UNREADABLE, file, "permission denied", e);
    } catch (IOException e) {
      throw new KeystoreException(Problem.UNREADABLE, file, "cannot be read: " + e, e);
    }
  }

  private static KeystoreException tooLarge(Path file, String size) {
    return new KeystoreException(
        Problem.NOT_A_KEYSTORE,
        file,
        "is "
            + size
            + " long, more than the "
            + (MAX_SIZE / (1024 * 1024))
            + " MiB limit for a keystore or PEM file (a 2030.5 keystore is a few KiB): is this"
            + " the right file?",
        null);
  }

  /** A symbolic link whose target does not exist, or that loops. */
  private static KeystoreException brokenLink(Path file) {
    String target;
    try {
      target = String.valueOf(Files.readSymbolicLink(file));
    } catch (IOException | RuntimeException e) {
      target = "?";
    }
    try {
      file.toRealPath();
    } catch (NoSuchFileException e) {
      return new KeystoreException(
          Problem.MISSING,
          file,
          "is a symbolic link to '" + target + "', which does not exist",
          null);
    } catch (IOException e) {
      return new KeystoreException(
          Problem.UNREADABLE,
          file,
          "is a symbolic link to '" + target + "' that cannot be followed: " + e.getMessage(),
          e);
    }
    return new KeystoreException(
        Problem.MISSING,
        file,
        "is a symbolic link to '" + target + "', which does not exist",
        null);
  }

  private static KeystoreFormat detect(Path file, byte[] content) {
    int magic =
        content.length >= 4
            ? ((content[0] & 0xff) << 24)
                | ((content[1] & 0xff) << 16)
                | ((content[2] & 0xff) << 8)
                | (content[3] & 0xff)
            : 0;
    if (magic == JKS_MAGIC) {
      return KeystoreFormat.JKS;
    }
    if (magic == JCEKS_MAGIC) {
      throw new KeystoreException(
          Problem.UNSUPPORTED_TYPE,
          file,
          "is a JCEKS keystore; convert it with keytool -importkeystore -deststoretype PKCS12",
          null);
    }
    if ((content[0] & 0xff) == 0x30) {
      return KeystoreFormat.PKCS12;
    }
    String head =
        new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
    if (head.contains("-----BEGIN ")) {
      return KeystoreFormat.PEM;
    }
    throw new KeystoreException(
        Problem.NOT_A_KEYSTORE,
        file,
        "is neither PKCS12, JKS nor PEM (starts with bytes " + hexStart(content) + ")",
        null);
  }

  private static String hexStart(byte[] content) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(8, content.length); i++) {
      sb.append(String.format("%02X", content[i] & 0xff));
    }
    return sb.toString();
  }

  private static LoadedKeystore load(
      Path file, KeystoreFormat format, byte[] content, char[] password) {
    return switch (format) {
      case PKCS12, JKS -> loadJavaKeystore(file, format, content, password);
      case PEM -> loadPem(file, content, password);
    };
  }

  // ------------------------------------------------------------------ PKCS12 and JKS

  private static LoadedKeystore loadJavaKeystore(
      Path file, KeystoreFormat format, byte[] content, char[] password) {
    if (password == null) {
      throw new KeystoreException(
          Problem.PASSWORD_REQUIRED,
          file,
          "is a " + format + " keystore and no password was given",
          null);
    }
    KeyStore store;
    try {
      store = KeyStore.getInstance(format == KeystoreFormat.PKCS12 ? "PKCS12" : "JKS");
    } catch (KeyStoreException e) {
      throw new KeystoreException(
          Problem.UNSUPPORTED_TYPE, file, "this JDK cannot read " + format + ": " + e, e);
    }
    try {
      store.load(new ByteArrayInputStream(content), password);
    } catch (IOException e) {
      if (causedBy(e, UnrecoverableKeyException.class)) {
        String check =
            format == KeystoreFormat.PKCS12
                ? "the integrity check (MAC) or the decryption of the keystore failed"
                : "the keystore's integrity check failed";
        throw new KeystoreException(
            Problem.WRONG_PASSWORD,
            file,
            "wrong password for this "
                + format
                + " keystore: "
                + check
                + " (a file changed after it was written fails the same check)",
            e);
      }
      throw new KeystoreException(
          Problem.CORRUPT, file, "is damaged or not a " + format + " keystore: " + e, e);
    } catch (NoSuchAlgorithmException e) {
      throw new KeystoreException(
          Problem.UNSUPPORTED_TYPE,
          file,
          "uses an algorithm this JDK does not support: " + e.getMessage(),
          e);
    } catch (CertificateException | RuntimeException e) {
      throw new KeystoreException(
          Problem.CORRUPT, file, "holds a certificate that cannot be read: " + e, e);
    }
    List<KeystoreEntry> entries = new ArrayList<>();
    try {
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          Key key = recoverKey(file, store, alias, password);
          if (!(key instanceof PrivateKey privateKey)) {
            continue; // secret keys are of no use to TLS
          }
          Certificate[] chain = store.getCertificateChain(alias);
          entries.add(keyEntry(file, alias, privateKey, x509(file, alias, chain)));
        } else if (store.isCertificateEntry(alias)) {
          entries.add(
              new KeystoreEntry(
                  alias, null, x509(file, alias, new Certificate[] {store.getCertificate(alias)})));
        }
      }
    } catch (KeyStoreException e) {
      throw new KeystoreException(Problem.CORRUPT, file, "cannot list its entries: " + e, e);
    }
    if (entries.isEmpty()) {
      throw new KeystoreException(
          Problem.EMPTY, file, "is a valid " + format + " keystore without any entry", null);
    }
    return new LoadedKeystore(file, format, entries);
  }

  private static Key recoverKey(Path file, KeyStore store, String alias, char[] password)
      throws KeyStoreException {
    try {
      return store.getKey(alias, password);
    } catch (UnrecoverableKeyException e) {
      throw new KeystoreException(
          Problem.WRONG_PASSWORD,
          file,
          "the key of entry '"
              + alias
              + "' does not open with the store password (its key password differs)",
          e);
    } catch (NoSuchAlgorithmException e) {
      throw new KeystoreException(
          Problem.UNSUPPORTED_TYPE,
          file,
          "the key of entry '" + alias + "' uses an unsupported algorithm: " + e.getMessage(),
          e);
    }
  }

  private static List<X509Certificate> x509(Path file, String alias, Certificate[] chain) {
    if (chain == null || chain.length == 0) {
      throw new KeystoreException(
          Problem.NO_CERTIFICATE, file, "entry '" + alias + "' has a key but no certificate", null);
    }
    List<X509Certificate> out = new ArrayList<>();
    for (Certificate c : chain) {
      if (!(c instanceof X509Certificate x)) {
        throw new KeystoreException(
            Problem.UNSUPPORTED_TYPE,
            file,
            "entry '" + alias + "' holds a " + c.getType() + " certificate, not X.509",
            null);
      }
      out.add(x);
    }
    return out;
  }

  // ------------------------------------------------------------------ PEM

  /** What a PEM file holds. */
  private record PemContent(List<X509Certificate> certificates, List<PrivateKey> keys) {}

  private static LoadedKeystore loadPem(Path file, byte[] content, char[] password) {
    PemContent pem = parsePem(file, content, password);
    if (pem.keys.size() > 1) {
      throw multipleKeys(file, pem.keys.size());
    }
    if (pem.keys.size() == 1) {
      if (pem.certificates.isEmpty()) {
        throw new KeystoreException(
            Problem.NO_CERTIFICATE,
            file,
            "contains a private key but no certificate; load it together with its certificate"
                + " file (KeystoreLoader.loadPem(certificates, key, password))",
            null);
      }
      return new LoadedKeystore(
          file,
          KeystoreFormat.PEM,
          List.of(keyEntry(file, alias(file), pem.keys.get(0), pem.certificates)));
    }
    if (pem.certificates.isEmpty()) {
      throw new KeystoreException(
          Problem.EMPTY, file, "contains PEM blocks but no certificate and no private key", null);
    }
    List<KeystoreEntry> entries = new ArrayList<>();
    for (int i = 0; i < pem.certificates.size(); i++) {
      entries.add(new KeystoreEntry(alias(file) + "-" + i, null, List.of(pem.certificates.get(i))));
    }
    return new LoadedKeystore(file, KeystoreFormat.PEM, entries);
  }

  private static PemContent readPem(Path file, char[] password) {
    byte[] content = read(file);
    if (detect(file, content) != KeystoreFormat.PEM) {
      throw new KeystoreException(
          Problem.NOT_A_KEYSTORE, file, "expected a PEM file, but the content is binary", null);
    }
    return parsePem(file, content, password);
  }

  private static PemContent parsePem(Path file, byte[] content, char[] password) {
    List<X509Certificate> certificates = new ArrayList<>();
    List<PrivateKey> keys = new ArrayList<>();
    JcaPEMKeyConverter keyConverter = new JcaPEMKeyConverter();
    JcaX509CertificateConverter certConverter = new JcaX509CertificateConverter();
    try (Reader reader =
            new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.US_ASCII);
        PEMParser parser = new PEMParser(reader)) {
      Object object;
      while ((object = readPemObject(file, parser)) != null) {
        if (object instanceof X509CertificateHolder holder) {
          certificates.add(certConverter.getCertificate(holder));
        } else if (object instanceof X509TrustedCertificateBlock trusted) {
          certificates.add(certConverter.getCertificate(trusted.getCertificateHolder()));
        } else if (object instanceof PEMKeyPair pair) {
          keys.add(keyConverter.getKeyPair(pair).getPrivate());
        } else if (object instanceof PrivateKeyInfo info) {
          keys.add(keyConverter.getPrivateKey(info));
        } else if (object instanceof PEMEncryptedKeyPair encrypted) {
          requirePassword(file, password);
          try {
            keys.add(
                keyConverter
                    .getKeyPair(
                        encrypted.decryptKeyPair(
                            new JcePEMDecryptorProviderBuilder()
                                .setProvider(BouncyCastle.provider())
                                .build(password)))
                    .getPrivate());
          } catch (IOException e) {
            throw wrongPemPassword(file, e);
          }
        } else if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
          requirePassword(file, password);
          try {
            keys.add(
                keyConverter.getPrivateKey(
                    encrypted.decryptPrivateKeyInfo(
                        new JceOpenSSLPKCS8DecryptorProviderBuilder()
                            .setProvider(BouncyCastle.provider())
                            .build(password))));
          } catch (PKCSException | IOException e) {
            throw wrongPemPassword(file, e);
          } catch (OperatorCreationException e) {
            throw new KeystoreException(
                Problem.UNSUPPORTED_TYPE,
                file,
                "the key is encrypted with an unsupported scheme: " + e.getMessage(),
                e);
          }
        }
        // EC PARAMETERS, PUBLIC KEY, CRLs, CSRs: not part of an identity, skipped
      }
    } catch (CertificateException e) {
      throw new KeystoreException(
          Problem.CORRUPT, file, "holds a certificate that cannot be read: " + e, e);
    } catch (PEMException e) {
      throw new KeystoreException(
          Problem.UNSUPPORTED_TYPE, file, "holds a key that cannot be converted: " + e, e);
    } catch (IOException e) {
      throw new KeystoreException(Problem.UNREADABLE, file, "cannot be read: " + e, e);
    }
    return new PemContent(List.copyOf(certificates), List.copyOf(keys));
  }

  private static Object readPemObject(Path file, PEMParser parser) {
    try {
      return parser.readObject();
    } catch (IOException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("unrecognised object")) {
        throw new KeystoreException(
            Problem.UNSUPPORTED_TYPE, file, "holds an unsupported PEM block: " + message, e);
      }
      throw new KeystoreException(
          Problem.CORRUPT, file, "holds a damaged PEM block: " + message, e);
    } catch (RuntimeException e) {
      throw new KeystoreException(Problem.CORRUPT, file, "holds a damaged PEM block: " + e, e);
    }
  }

  private static void requirePassword(Path file, char[] password) {
    if (password == null || password.length == 0) {
      throw new KeystoreException(
          Problem.PASSWORD_REQUIRED,
          file,
          "holds an encrypted private key and no password was given",
          null);
    }
  }

  private static KeystoreException wrongPemPassword(Path file, Exception e) {
    return new KeystoreException(
        Problem.WRONG_PASSWORD,
        file,
        "the encrypted private key cannot be decrypted with the given password",
        e);
  }

  private static KeystoreException multipleKeys(Path file, int count) {
    return new KeystoreException(
        Problem.MULTIPLE_KEYS,
        file,
        "holds " + count + " private keys; keep one key per file",
        null);
  }

  // ------------------------------------------------------------------ entries

  /** A key entry with its chain ordered leaf first; checks the key matches the leaf. */
  private static KeystoreEntry keyEntry(
      Path file, String alias, PrivateKey key, List<X509Certificate> certificates) {
    X509Certificate leaf = null;
    for (X509Certificate c : certificates) {
      if (KeyPairProbe.matches(key, c.getPublicKey())) {
        leaf = c;
        break;
      }
    }
    if (leaf == null) {
      throw new KeystoreException(
          Problem.KEY_CERT_MISMATCH,
          file,
          "the "
              + key.getAlgorithm()
              + " private key of entry '"
              + alias
              + "' belongs to none of its "
              + certificates.size()
              + " certificate(s) (first: '"
              + certificates.get(0).getSubjectX500Principal().getName()
              + "')",
          null);
    }
    return new KeystoreEntry(alias, key, orderChain(leaf, certificates));
  }

  /** Leaf first, then each certificate's issuer as found; unrelated certificates last. */
  private static List<X509Certificate> orderChain(
      X509Certificate leaf, List<X509Certificate> certificates) {
    List<X509Certificate> rest = new ArrayList<>(certificates);
    rest.remove(leaf);
    List<X509Certificate> chain = new ArrayList<>();
    chain.add(leaf);
    X509Certificate current = leaf;
    while (!current.getIssuerX500Principal().equals(current.getSubjectX500Principal())) {
      X509Certificate next = null;
      for (X509Certificate candidate : rest) {
        if (candidate.getSubjectX500Principal().equals(current.getIssuerX500Principal())) {
          next = candidate;
          break;
        }
      }
      if (next == null) {
        break;
      }
      rest.remove(next);
      chain.add(next);
      current = next;
    }
    chain.addAll(rest);
    return chain;
  }

  private static String alias(Path file) {
    String name = file.getFileName() == null ? "pem" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
