package io.sep2.pki.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.keystore.KeystoreException;
import io.sep2.pki.keystore.KeystoreException.Problem;
import io.sep2.pki.keystore.KeystoreFormat;
import io.sep2.pki.keystore.KeystoreLoader;
import io.sep2.pki.keystore.KeystoreWriter;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.testing.ProcessResult;
import io.sep2.testing.Tool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile keystore files: corrupt, truncated, empty, huge, wrong type, wrong password, PEM with
 * several keys or none, symbolic links (to a file, dangling, looping), files that are not regular
 * files (a FIFO, a device) and unreadable files. Each must end in a {@link KeystoreException} with
 * its own {@link Problem} and a message naming the file; nothing may hang, run out of memory or
 * throw anything else; and the password appears in no message, {@code toString()}, cause or stack
 * trace.
 *
 * <p>Property {@code sep2.fuzz.keystore.tries} (mutated keystores per format, default 1000; a third
 * of that for the PBKDF2-protected PKCS12 and encrypted PEM key).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileKeystoresTest {

  /** Distinctive, so it can be searched for in every output. */
  private static final String SECRET = "Hostile-Pa55-9q!";

  private static final char[] PASSWORD = SECRET.toCharArray();
  private static final int TRIES = Integer.getInteger("sep2.fuzz.keystore.tries", 1000);
  private static final long SEED = Long.getLong("sep2.fuzz.seed", 0x2030_5006L);

  static Sep2Pki pki;
  static PkiFiles files;
  static byte[] jks;

  @TempDir static Path shared;
  @TempDir Path dir;

  @BeforeAll
  static void writePki() throws Exception {
    pki = Sep2Pki.builder().seed("hostile-keystores").build();
    files = PkiFiles.write(pki, shared.resolve("pki"), PASSWORD);
    KeyStore store = KeyStore.getInstance("JKS");
    store.load(null, null);
    store.setKeyEntry(
        "device",
        pki.device().privateKey(),
        PASSWORD,
        pki.device().chainWithoutRoot().toArray(Certificate[]::new));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.store(out, PASSWORD);
    jks = out.toByteArray();
  }

  // ------------------------------------------------------------------ the property

  /** Every failure: a KeystoreException naming the file, without the password anywhere. */
  private static KeystoreException failure(Path file, Runnable load) {
    Throwable t = catchThrowable(load::run);
    assertThat(t).as("loading %s must fail", file).isInstanceOf(KeystoreException.class);
    KeystoreException e = (KeystoreException) t;
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.getMessage()).contains(file.toString()).contains(e.problem().name());
    assertNoSecret(e);
    return e;
  }

  static void assertNoSecret(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).as("stack trace").doesNotContain(SECRET);
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
      assertThat(t.toString()).doesNotContain(SECRET);
      assertThat(String.valueOf(t.getLocalizedMessage())).doesNotContain(SECRET);
      for (Throwable s : t.getSuppressed()) {
        assertNoSecret(s);
      }
    }
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  // ------------------------------------------------------------------ scenarios

  @Test
  void eachHostileFileGetsItsOwnProblemAndAMessageNamingIt() throws Exception {
    byte[] p12 = Files.readAllBytes(files.deviceKeystore());
    Map<String, Problem> seen = new LinkedHashMap<>();
    Map<String, String> messages = new LinkedHashMap<>();

    Path empty = write("empty.p12", new byte[0]);
    check(
        seen,
        messages,
        "empty file",
        empty,
        () -> KeystoreLoader.load(empty, PASSWORD),
        Problem.EMPTY);

    Path truncated = write("truncated.p12", Arrays.copyOf(p12, p12.length / 2));
    check(
        seen,
        messages,
        "truncated PKCS12",
        truncated,
        () -> KeystoreLoader.load(truncated, PASSWORD),
        Problem.CORRUPT);

    Path wrong = files.deviceKeystore();
    char[] other = (SECRET + "-not").toCharArray();
    check(
        seen,
        messages,
        "wrong password (PKCS12)",
        wrong,
        () -> KeystoreLoader.load(wrong, other),
        Problem.WRONG_PASSWORD);

    Path jksFile = write("device.jks", jks);
    check(
        seen,
        messages,
        "wrong password (JKS)",
        jksFile,
        () -> KeystoreLoader.load(jksFile, other),
        Problem.WRONG_PASSWORD);

    check(
        seen,
        messages,
        "PKCS12 loaded as JKS",
        wrong,
        () -> KeystoreLoader.load(wrong, KeystoreFormat.JKS, PASSWORD),
        Problem.NOT_A_KEYSTORE);

    Path text = write("notes.txt", "just some text\n".getBytes(StandardCharsets.US_ASCII));
    check(
        seen,
        messages,
        "plain text",
        text,
        () -> KeystoreLoader.load(text, PASSWORD),
        Problem.NOT_A_KEYSTORE);

    Path twoKeys = dir.resolve("two-keys.pem");
    KeystoreWriter.writePrivateKeyPem(twoKeys, pki.device().privateKey());
    Files.writeString(
        twoKeys,
        Files.readString(twoKeys) + Files.readString(files.serverKey()),
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
    check(
        seen,
        messages,
        "PEM with two keys",
        twoKeys,
        () -> KeystoreLoader.loadPem(files.deviceChain(), twoKeys, null),
        Problem.MULTIPLE_KEYS);

    Path noKey = files.deviceChain();
    check(
        seen,
        messages,
        "PEM key file without a key",
        noKey,
        () -> KeystoreLoader.loadPem(files.deviceChain(), noKey, null),
        Problem.NO_PRIVATE_KEY);

    Path noBlocks =
        write(
            "armour.pem",
            "-----BEGIN NOTHING-----\n-----END NOTHING-----\n".getBytes(StandardCharsets.US_ASCII));
    Problem noBlocksProblem =
        failure(noBlocks, () -> KeystoreLoader.load(noBlocks, null)).problem();
    seen.put("PEM with no certificate and no key", noBlocksProblem);
    assertThat(noBlocksProblem).isIn(Problem.EMPTY, Problem.UNSUPPORTED_TYPE);

    Path derCert = write("device.cer", pki.device().certificate().getEncoded());
    Problem derProblem = failure(derCert, () -> KeystoreLoader.load(derCert, PASSWORD)).problem();
    seen.put("a DER certificate, not a keystore", derProblem);
    messages.put(
        "a DER certificate, not a keystore",
        messageOf(derCert, () -> KeystoreLoader.load(derCert, PASSWORD)));
    assertThat(derProblem).isIn(Problem.NOT_A_KEYSTORE, Problem.CORRUPT);

    check(
        seen,
        messages,
        "a directory",
        dir,
        () -> KeystoreLoader.load(dir, PASSWORD),
        Problem.UNREADABLE);

    Path missing = dir.resolve("missing.p12");
    check(
        seen,
        messages,
        "missing file",
        missing,
        () -> KeystoreLoader.load(missing, PASSWORD),
        Problem.MISSING);

    Files.writeString(dir.resolve("report.txt"), seen.toString());
    messages.forEach((what, message) -> figure(what + ": " + message));
  }

  private void check(
      Map<String, Problem> seen,
      Map<String, String> messages,
      String what,
      Path file,
      Runnable load,
      Problem expected) {
    KeystoreException e = failure(file, load);
    seen.put(what, e.problem());
    messages.put(what, e.getMessage());
    assertThat(e.problem()).as("%s: %s", what, e.getMessage()).isEqualTo(expected);
  }

  private static String messageOf(Path file, Runnable load) {
    return failure(file, load).getMessage();
  }

  @Test
  void aHugeFileIsRefusedQuicklyWithoutReadingIt() throws Exception {
    Path huge = dir.resolve("huge.p12");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.write(Files.readAllBytes(files.deviceKeystore()));
      f.setLength(50L * 1024 * 1024); // 50 MiB, sparse
    }
    long before = usedHeap();
    KeystoreException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> failure(huge, () -> KeystoreLoader.load(huge, PASSWORD)));
    assertThat(e.problem()).isEqualTo(Problem.NOT_A_KEYSTORE);
    assertThat(e.getMessage()).contains("52428800 bytes").contains("16 MiB");
    assertThat(usedHeap() - before).isLessThan(20L * 1024 * 1024);
    figure("huge: " + e.getMessage());
  }

  private static long usedHeap() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  @Test
  void symbolicLinksAreFollowedOrExplained() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link.p12"), files.deviceKeystore());
    assertThat(KeystoreLoader.load(link, PASSWORD).keyEntry().alias()).isNotBlank();

    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.p12"), dir.resolve("gone.p12"));
    KeystoreException e = failure(dangling, () -> KeystoreLoader.load(dangling, PASSWORD));
    assertThat(e.problem()).isEqualTo(Problem.MISSING);
    assertThat(e.getMessage()).contains("symbolic link").contains("gone.p12");

    Path a = dir.resolve("loop-a.p12");
    Path b = dir.resolve("loop-b.p12");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    KeystoreException loop = failure(a, () -> KeystoreLoader.load(a, PASSWORD));
    assertThat(loop.problem()).isIn(Problem.UNREADABLE, Problem.MISSING);
    assertThat(loop.getMessage()).contains("symbolic link");

    Path toDir = Files.createSymbolicLink(dir.resolve("dir-link.p12"), shared);
    assertThat(failure(toDir, () -> KeystoreLoader.load(toDir, PASSWORD)).problem())
        .isEqualTo(Problem.UNREADABLE);
    figure("dangling link: " + e.getMessage());
    figure("link loop: " + loop.getMessage());
  }

  @Test
  void filesThatAreNotRegularFilesAreRefusedWithoutHanging() throws Exception {
    Path fifo = dir.resolve("keystore.fifo");
    ProcessResult mkfifo =
        Tool.MKFIFO.command(fifo.toString()).timeout(Duration.ofSeconds(10)).run();
    assumeThat(mkfifo.exitCode() == 0).as("mkfifo available").isTrue();
    // opening a FIFO for reading blocks until a writer comes: that must not happen
    KeystoreException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> failure(fifo, () -> KeystoreLoader.load(fifo, PASSWORD)));
    assertThat(e.problem()).isEqualTo(Problem.UNREADABLE);
    assertThat(e.getMessage()).contains("not a regular file");

    // /dev/zero reports size 0 and never ends: reading it whole would exhaust the heap
    Path zero = Files.createSymbolicLink(dir.resolve("zero.p12"), Path.of("/dev/zero"));
    KeystoreException z =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> failure(zero, () -> KeystoreLoader.load(zero, PASSWORD)));
    assertThat(z.problem()).isEqualTo(Problem.UNREADABLE);
    figure("FIFO: " + e.getMessage());
    figure("/dev/zero: " + z.getMessage());
  }

  @Test
  void anUnreadableFileIsUnreadable() throws Exception {
    // Tests here run as root, for whom chmod 000 does not stop reading. /proc/self/mem is a
    // regular file every process, root included, gets an I/O error reading at offset 0.
    Path mem = Path.of("/proc/self/mem");
    assumeThat(Files.exists(mem)).as("Linux /proc").isTrue();
    KeystoreException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> failure(mem, () -> KeystoreLoader.load(mem, PASSWORD)));
    assertThat(e.problem()).isEqualTo(Problem.UNREADABLE);
    figure("unreadable (/proc/self/mem): " + e.getMessage());

    Path locked = Files.copy(files.deviceKeystore(), dir.resolve("locked.p12"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    if (!Files.isReadable(locked)) {
      // not root: permissions apply
      assertThat(failure(locked, () -> KeystoreLoader.load(locked, PASSWORD)).problem())
          .isEqualTo(Problem.UNREADABLE);
    } else {
      figure(
          "chmod 000: running as root, permissions do not stop reads;"
              + " covered by /proc/self/mem instead");
    }
  }

  // ------------------------------------------------------------------ fuzz

  @Test
  void mutatedAndTruncatedKeystoresNeverEscapeAsAnythingButAKeystoreException() throws Exception {
    Map<String, byte[]> seeds = new LinkedHashMap<>();
    seeds.put("p12", Files.readAllBytes(files.deviceKeystore()));
    seeds.put("jks", jks);
    seeds.put("pem", Files.readAllBytes(files.deviceChain()));
    Path encryptedKey = dir.resolve("key-enc.pem");
    KeystoreWriter.writePrivateKeyPem(encryptedKey, pki.device().privateKey(), PASSWORD);
    seeds.put("pem-key", Files.readAllBytes(encryptedKey));
    Map<String, Integer> problems = new TreeMap<>();
    Random random = new Random(SEED);
    long started = System.nanoTime();
    int count = 0;
    for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
      String format = seed.getKey();
      int tries = format.equals("p12") || format.equals("pem-key") ? TRIES / 3 : TRIES;
      for (int i = 0; i < tries; i++) {
        byte[] data = mutate(random, seed.getValue().clone(), i);
        Path file =
            write(format + "-" + i + (format.startsWith("pem") ? ".pem" : "." + format), data);
        Runnable load =
            format.equals("pem-key")
                ? () -> KeystoreLoader.loadPem(files.deviceChain(), file, PASSWORD)
                : () -> KeystoreLoader.load(file, PASSWORD);
        Throwable t = catchThrowable(load::run);
        if (t == null) {
          problems.merge("(loaded)", 1, Integer::sum);
        } else {
          assertThat(t)
              .as(
                  "%s mutation %d: %s",
                  format, i, HexFormat.of().formatHex(data, 0, Math.min(64, data.length)))
              .isInstanceOf(KeystoreException.class);
          assertNoSecret(t);
          KeystoreException e = (KeystoreException) t;
          if (e.problem() == Problem.KEY_CERT_MISMATCH) {
            // loadPem(certificates, key): reported against the certificates, naming the entry
            // after the key file
            assertThat(t.getMessage()).contains("'" + format + "-" + i + "'");
          } else {
            assertThat(t.getMessage()).contains(file.toString());
          }
          problems.merge(format + ":" + ((KeystoreException) t).problem(), 1, Integer::sum);
        }
        Files.delete(file);
        count++;
      }
    }
    figure(
        String.format(
            Locale.ROOT,
            "fuzz: %d mutated/truncated keystores (seed %d) in %.1f s, 0"
                + " escaped exceptions, 0 passwords in messages: %s",
            count,
            SEED,
            (System.nanoTime() - started) / 1e9,
            problems));
  }

  /** Truncations, byte changes, huge lengths and spliced garbage. */
  private static byte[] mutate(Random r, byte[] data, int i) {
    if (i % 5 == 0) {
      return Arrays.copyOf(data, r.nextInt(data.length));
    }
    int mutations = 1 + r.nextInt(4);
    for (int m = 0; m < mutations && data.length > 4; m++) {
      int at = r.nextInt(data.length - 4);
      switch (r.nextInt(5)) {
        case 0 -> data[at] = (byte) r.nextInt(256);
        case 1 -> {
          data[at] = (byte) 0x84; // a DER length of 4 bytes follows
          data[at + 1] = (byte) 0x7F;
          data[at + 2] = (byte) 0xFF;
          data[at + 3] = (byte) 0xFF;
        }
        case 2 -> {
          data[at] = 0x7F; // a big-endian int (JKS counts and lengths)
          data[at + 1] = (byte) 0xFF;
          data[at + 2] = (byte) 0xFF;
          data[at + 3] = (byte) 0xFF;
        }
        case 3 -> data[at] ^= (byte) (1 << r.nextInt(8));
        default -> {
          byte[] garbage = new byte[1 + r.nextInt(16)];
          r.nextBytes(garbage);
          System.arraycopy(garbage, 0, data, at, Math.min(garbage.length, data.length - at));
        }
      }
    }
    return data;
  }

  /** Prints a figure and appends it to target/robustness/figures.txt (for ROBUSTNESS.md). */
  private static synchronized void figure(String text) {
    String line = "keystores: " + text;
    System.out.println("[robustness] " + line);
    try {
      Path file = Path.of("target", "robustness", "figures.txt");
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.out.println("[robustness] cannot write figures: " + e);
    }
  }
}
