package io.sep2.pki.keystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sep2.pki.HeldCertificate;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.keystore.KeystoreException.Problem;
import io.sep2.pki.testing.AdHocCertificate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeystoreLoaderTest {

  /** Distinctive, so it can be searched for in every message. */
  private static final String SECRET = "Pa55-Secret-7x!";

  private static final char[] PASSWORD = SECRET.toCharArray();

  static Sep2Pki pki;
  static PkiFiles files;

  @TempDir static Path shared;
  @TempDir Path dir;

  @BeforeAll
  static void writePki() {
    pki = Sep2Pki.builder().seed("keystore-loader").build();
    files = PkiFiles.write(pki, shared.resolve("pki"), PASSWORD);
  }

  // ------------------------------------------------------------------ loading

  @Test
  void loadsTheDeviceKeystoreWithItsFullChain() {
    LoadedKeystore store = KeystoreLoader.load(files.deviceKeystore(), PASSWORD);

    assertThat(store.format()).isEqualTo(KeystoreFormat.PKCS12);
    KeystoreEntry entry = store.keyEntry();
    assertThat(entry.alias()).isEqualTo("device-1");
    assertThat(entry.chain()).isEqualTo(pki.device().chain());
    assertThat(entry.privateKey().getEncoded()).isEqualTo(pki.device().privateKey().getEncoded());
    assertThat(store.entries()).hasSize(1);
  }

  @Test
  void loadsTheTruststore() {
    LoadedKeystore store = KeystoreLoader.load(files.truststore(), PASSWORD);

    assertThat(store.entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.alias()).isEqualTo("serca");
              assertThat(e.hasPrivateKey()).isFalse();
            });
    assertThat(store.certificates()).containsExactly(pki.serca().certificate());
    KeystoreException e = catchThrowableOfType(KeystoreException.class, store::keyEntry);
    assertThat(e.problem()).isEqualTo(Problem.NO_PRIVATE_KEY);
  }

  @Test
  void loadsPemCertificateAndKeyFiles() {
    LoadedKeystore store = KeystoreLoader.loadPem(files.deviceChain(), files.deviceKey(), null);

    assertThat(store.format()).isEqualTo(KeystoreFormat.PEM);
    assertThat(store.keyEntry().chain()).isEqualTo(pki.device().chainWithoutRoot());
    assertThat(store.keyEntry().privateKey().getEncoded())
        .isEqualTo(pki.device().privateKey().getEncoded());
  }

  @Test
  void loadsOnePemFileWithKeyAndChainInAnyOrder() throws IOException {
    // root first, key in the middle: the loader orders the chain leaf first
    List<X509Certificate> rootFirst = new ArrayList<>(pki.device().chain());
    java.util.Collections.reverse(rootFirst);
    Path combined = dir.resolve("combined.pem");
    Files.writeString(
        combined,
        pem(rootFirst.get(0), rootFirst.get(1))
            + Files.readString(files.deviceKey())
            + pem(rootFirst.get(2), rootFirst.get(3)));

    LoadedKeystore store = KeystoreLoader.load(combined, null);

    assertThat(store.keyEntry().chain()).isEqualTo(pki.device().chain());
  }

  @Test
  void loadsCertificateOnlyPemAsTrustedEntries() {
    LoadedKeystore store = KeystoreLoader.load(files.deviceChain(), null);

    assertThat(store.keyEntries()).isEmpty();
    assertThat(store.certificates()).isEqualTo(pki.device().chainWithoutRoot());
  }

  @Test
  void loadsEncryptedPkcs8() {
    Path key = dir.resolve("key-enc.pem");
    KeystoreWriter.writePrivateKeyPem(key, pki.device().privateKey(), PASSWORD);

    assertThat(Files.exists(key)).isTrue();
    assertThat(read(key)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    assertThat(KeystoreLoader.loadPem(files.deviceChain(), key, PASSWORD).keyEntry().alias())
        .isEqualTo("key-enc");
    assertProblem(
        () -> KeystoreLoader.loadPem(files.deviceChain(), key, "wrong".toCharArray()),
        Problem.WRONG_PASSWORD);
    assertProblem(
        () -> KeystoreLoader.loadPem(files.deviceChain(), key, null), Problem.PASSWORD_REQUIRED);
  }

  @Test
  void loadsSec1EcPrivateKeyPlainAndEncrypted() throws IOException {
    Path plain = dir.resolve("sec1.pem");
    Path encrypted = dir.resolve("sec1-enc.pem");
    Files.writeString(plain, sec1(null));
    Files.writeString(encrypted, sec1(PASSWORD));

    assertThat(read(plain)).startsWith("-----BEGIN EC PRIVATE KEY-----");
    assertThat(read(encrypted)).contains("Proc-Type: 4,ENCRYPTED");
    for (Path key : List.of(plain, encrypted)) {
      assertThat(KeystoreLoader.loadPem(files.deviceChain(), key, PASSWORD).keyEntry().privateKey())
          .isNotNull();
    }
    assertProblem(
        () -> KeystoreLoader.loadPem(files.deviceChain(), encrypted, "wrong".toCharArray()),
        Problem.WRONG_PASSWORD);
  }

  @Test
  void loadsJks() throws Exception {
    Path jks = dir.resolve("device.jks");
    HeldCertificate device = pki.device();
    KeyStore store = KeyStore.getInstance("JKS");
    store.load(null, null);
    store.setKeyEntry(
        "dev", device.privateKey(), PASSWORD, device.chain().toArray(X509Certificate[]::new));
    store.setCertificateEntry("serca", pki.serca().certificate());
    save(store, jks, PASSWORD);

    LoadedKeystore loaded = KeystoreLoader.load(jks, PASSWORD);

    assertThat(loaded.format()).isEqualTo(KeystoreFormat.JKS);
    assertThat(loaded.keyEntry().chain()).isEqualTo(device.chain());
    assertThat(loaded.entries()).hasSize(2);
    assertProblem(() -> KeystoreLoader.load(jks, "wrong".toCharArray()), Problem.WRONG_PASSWORD);
  }

  // ------------------------------------------------------------------ problems

  @Test
  void missing() {
    assertProblem(() -> KeystoreLoader.load(dir.resolve("nope.p12"), PASSWORD), Problem.MISSING);
  }

  @Test
  void directoryIsUnreadable() {
    assertProblem(() -> KeystoreLoader.load(dir, PASSWORD), Problem.UNREADABLE);
  }

  @Test
  void emptyFileAndEmptyKeystore() throws Exception {
    Path zero = Files.write(dir.resolve("zero.p12"), new byte[0]);
    Path noEntries = dir.resolve("no-entries.p12");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    save(store, noEntries, PASSWORD);

    assertProblem(() -> KeystoreLoader.load(zero, PASSWORD), Problem.EMPTY);
    assertProblem(() -> KeystoreLoader.load(noEntries, PASSWORD), Problem.EMPTY);
  }

  @Test
  void textIsNotAKeystore() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.txt"), "just some notes\n");

    assertProblem(() -> KeystoreLoader.load(text, PASSWORD), Problem.NOT_A_KEYSTORE);
    assertProblem(
        () -> KeystoreLoader.load(files.deviceChain(), KeystoreFormat.PKCS12, PASSWORD),
        Problem.NOT_A_KEYSTORE);
  }

  @Test
  void wrongPasswordIsNotCorrupt() throws IOException {
    byte[] p12 = Files.readAllBytes(files.deviceKeystore());
    Path truncated = Files.write(dir.resolve("truncated.p12"), Arrays.copyOf(p12, p12.length / 2));
    Path garbage = dir.resolve("garbage.p12");
    byte[] garbled = p12.clone();
    for (int i = 4; i < 40; i++) {
      garbled[i] ^= 0x5A; // damages the outer structure, not just the encrypted payload
    }
    Files.write(garbage, garbled);

    assertProblem(
        () -> KeystoreLoader.load(files.deviceKeystore(), "wrong".toCharArray()),
        Problem.WRONG_PASSWORD);
    assertProblem(
        () -> KeystoreLoader.load(files.deviceKeystore(), new char[0]), Problem.WRONG_PASSWORD);
    assertProblem(
        () -> KeystoreLoader.load(files.deviceKeystore(), null), Problem.PASSWORD_REQUIRED);
    assertProblem(() -> KeystoreLoader.load(truncated, PASSWORD), Problem.CORRUPT);
    assertProblem(() -> KeystoreLoader.load(garbage, PASSWORD), Problem.CORRUPT);
  }

  @Test
  void keyPasswordDifferentFromStorePassword() throws Exception {
    Path p12 = dir.resolve("two-passwords.p12");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "dev",
        pki.device().privateKey(),
        "other-key-password".toCharArray(),
        pki.device().chain().toArray(X509Certificate[]::new));
    save(store, p12, PASSWORD);

    KeystoreException e =
        assertProblem(() -> KeystoreLoader.load(p12, PASSWORD), Problem.WRONG_PASSWORD);
    assertThat(e.getMessage()).contains("'dev'").contains("key password");
  }

  @Test
  void unsupportedTypes() throws Exception {
    Path jceks = dir.resolve("store.jceks");
    KeyStore store = KeyStore.getInstance("JCEKS");
    store.load(null, null);
    store.setCertificateEntry("serca", pki.serca().certificate());
    save(store, jceks, PASSWORD);
    Path ssh =
        Files.writeString(
            dir.resolve("id_ecdsa"),
            "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n");

    assertProblem(() -> KeystoreLoader.load(jceks, PASSWORD), Problem.UNSUPPORTED_TYPE);
    assertProblem(() -> KeystoreLoader.load(ssh, PASSWORD), Problem.UNSUPPORTED_TYPE);
  }

  @Test
  void damagedPemBlockIsCorrupt() throws IOException {
    Path broken =
        Files.writeString(
            dir.resolve("broken.pem"),
            "-----BEGIN CERTIFICATE-----\nMIIB!!!notbase64\n-----END CERTIFICATE-----\n");

    assertProblem(() -> KeystoreLoader.load(broken, null), Problem.CORRUPT);
  }

  @Test
  void keyWithoutCertificateAndCertificatesWithoutKey() {
    assertProblem(() -> KeystoreLoader.load(files.deviceKey(), null), Problem.NO_CERTIFICATE);
    assertProblem(
        () -> KeystoreLoader.loadPem(files.deviceChain(), files.serca(), null),
        Problem.NO_PRIVATE_KEY);
  }

  @Test
  void twoKeysInOneFile() throws IOException {
    Path two =
        Files.writeString(
            dir.resolve("two.pem"),
            read(files.deviceChain()) + read(files.deviceKey()) + read(files.serverKey()));

    assertProblem(() -> KeystoreLoader.load(two, null), Problem.MULTIPLE_KEYS);
  }

  @Test
  void keyOfAnotherCertificate() throws Exception {
    Path p12 = dir.resolve("mismatch.p12");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "dev",
        pki.server().privateKey(),
        PASSWORD,
        pki.device().chain().toArray(X509Certificate[]::new));
    save(store, p12, PASSWORD);

    assertProblem(
        () -> KeystoreLoader.loadPem(files.deviceChain(), files.serverKey(), null),
        Problem.KEY_CERT_MISMATCH);
    assertProblem(() -> KeystoreLoader.load(p12, PASSWORD), Problem.KEY_CERT_MISMATCH);
    assertProblem(
        () ->
            KeystoreWriter.writePkcs12(
                dir.resolve("never.p12"),
                "dev",
                AdHocCertificate.ec("secp256r1").getPrivate(),
                pki.device().chain(),
                PASSWORD),
        Problem.KEY_CERT_MISMATCH);
  }

  @Test
  void unwritable() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");

    assertProblem(
        () -> KeystoreWriter.writeCertificatesPem(file.resolve("x.pem"), pki.device().chain()),
        Problem.UNWRITABLE);
    assertProblem(() -> PkiFiles.write(pki, file.resolve("out")), Problem.UNWRITABLE);
  }

  @Test
  void messagesNameTheFileAndNeverThePassword() throws Exception {
    byte[] p12 = Files.readAllBytes(files.deviceKeystore());
    Path truncated = Files.write(dir.resolve("t.p12"), Arrays.copyOf(p12, 100));
    Path encryptedKey = dir.resolve("k.pem");
    KeystoreWriter.writePrivateKeyPem(encryptedKey, pki.device().privateKey(), PASSWORD);
    Path sec1 = Files.writeString(dir.resolve("sec1-enc.pem"), sec1(PASSWORD));
    char[] wrong = (SECRET + "-wrong").toCharArray();
    Map<Path, Runnable> attempts =
        Map.of(
            files.deviceKeystore(),
            () -> KeystoreLoader.load(files.deviceKeystore(), wrong),
            truncated,
            () -> KeystoreLoader.load(truncated, PASSWORD),
            encryptedKey,
            () -> KeystoreLoader.loadPem(files.deviceChain(), encryptedKey, wrong),
            sec1,
            () -> KeystoreLoader.loadPem(files.deviceChain(), sec1, wrong),
            files.deviceKey(),
            () -> KeystoreLoader.loadPem(files.deviceChain(), files.serverKey(), PASSWORD),
            files.truststore(),
            () -> KeystoreLoader.load(files.truststore(), wrong));

    for (Map.Entry<Path, Runnable> attempt : attempts.entrySet()) {
      KeystoreException e =
          catchThrowableOfType(KeystoreException.class, () -> attempt.getValue().run());
      assertThat(e).as("%s", attempt.getKey()).isNotNull();
      assertThat(e.getMessage()).contains(e.file().toString()).contains(e.problem().name());
      for (Throwable t = e; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
        assertThat(t.toString()).doesNotContain(SECRET);
        StringWriter trace = new StringWriter();
        t.printStackTrace(new java.io.PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(SECRET);
      }
    }
  }

  @Test
  void entryToStringShowsNoKeyMaterial() {
    KeystoreEntry entry = KeystoreLoader.load(files.deviceKeystore(), PASSWORD).keyEntry();
    String text = entry.toString() + KeystoreLoader.load(files.deviceKeystore(), PASSWORD);

    assertThat(text).contains("device-1").contains("EC key").doesNotContain("private value");
    assertThat(text).doesNotContain(SECRET);
  }

  // ------------------------------------------------------------------ helpers

  private static KeystoreException assertProblem(Runnable action, Problem problem) {
    KeystoreException e = catchThrowableOfType(KeystoreException.class, action::run);
    assertThat(e).as("expected KeystoreException %s", problem).isNotNull();
    assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
    return e;
  }

  private static void save(KeyStore store, Path file, char[] password) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.store(out, password);
    Files.write(file, out.toByteArray());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String pem(Object... objects) throws IOException {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      for (Object o : objects) {
        writer.writeObject(o);
      }
    }
    return out.toString();
  }

  /** The device key as SEC1 "EC PRIVATE KEY", OpenSSL-encrypted with AES-256-CBC if asked. */
  private static String sec1(char[] password) throws IOException {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      if (password == null) {
        writer.writeObject(new JcaMiscPEMGenerator(pki.device().privateKey()));
      } else {
        writer.writeObject(
            new JcaMiscPEMGenerator(
                pki.device().privateKey(),
                new JcePEMEncryptorBuilder("AES-256-CBC")
                    .setProvider(AdHocCertificate.BC)
                    .build(password)));
      }
    }
    return out.toString();
  }
}
