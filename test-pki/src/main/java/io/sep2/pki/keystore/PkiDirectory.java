package io.sep2.pki.keystore;

import io.sep2.pki.Sep2Oids;
import io.sep2.pki.Sep2Pki;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A directory holding a seeded 2030.5 test PKI as files, shared by {@code sep2:generate-pki} (which
 * writes it), {@code sep2:serve} and {@code @With2030_5Server(pkiDirectory = ...)} (which use it).
 *
 * <p>Besides the files of {@link PkiFiles} ({@code serca.pem}, {@code device-chain.pem}, {@code
 * device-key.pem}, {@code device.p12}, {@code server-chain.pem}, {@code server-key.pem}, {@code
 * truststore.p12}, ...) it holds {@value #PROPERTIES} with the seed, chain length and hardware
 * type, so the very same PKI can be regenerated from the seed (generation is deterministic). The
 * seed is as secret as the private keys, which is to say not at all: this is a test PKI. The same
 * seed and chain length give the same certificates and keys as the JUnit extension's
 * {@code @With2030_5Server(pkiSeed = ...)}, since both call {@code
 * Sep2Pki.builder().seed(seed).chainLength(n).build()}.
 */
public final class PkiDirectory {

  /** The settings file: {@value}. */
  public static final String PROPERTIES = "sep2-pki.properties";

  /** The certificate files compared with the regenerated PKI by {@link #open(Path)}. */
  private static final List<String> CHECKED_FILES =
      List.of("serca.pem", "device-chain.pem", "server-chain.pem");

  private PkiDirectory() {}

  /**
   * What a PKI is generated from.
   *
   * @param seed the seed (non-empty)
   * @param chainLength 2, 3 or 4
   * @param hardwareType the HardwareModuleName hardware type OID
   * @param serverHostnames the server certificate's host names ({@code localhost} and {@code
   *     127.0.0.1} by default; empty for a 2030.5-style server certificate without any)
   */
  public record Settings(
      String seed, int chainLength, String hardwareType, List<String> serverHostnames) {
    /** The server host names of {@code Sep2Pki.builder()}'s default. */
    public static final List<String> DEFAULT_HOSTNAMES = List.of("localhost", "127.0.0.1");

    /** Checks the components. */
    public Settings {
      Objects.requireNonNull(seed, "seed");
      Objects.requireNonNull(hardwareType, "hardwareType");
      serverHostnames = List.copyOf(serverHostnames);
    }

    /** Settings with the default server host names ({@link #DEFAULT_HOSTNAMES}). */
    public Settings(String seed, int chainLength, String hardwareType) {
      this(seed, chainLength, hardwareType, DEFAULT_HOSTNAMES);
    }

    /** Settings with the default hardware type {@value Sep2Oids#DEFAULT_HARDWARE_TYPE}. */
    public static Settings of(String seed, int chainLength) {
      return new Settings(seed, chainLength, Sep2Oids.DEFAULT_HARDWARE_TYPE);
    }

    /**
     * Generates the PKI.
     *
     * @throws IllegalArgumentException for an empty seed, a chain length other than 2 to 4, or a
     *     malformed OID
     */
    public Sep2Pki generate() {
      return Sep2Pki.builder()
          .seed(seed)
          .chainLength(chainLength)
          .hardwareType(hardwareType)
          .serverHostnames(serverHostnames.toArray(String[]::new))
          .build();
    }
  }

  /** Whether {@code directory} holds a PKI written by {@link #write}. */
  public static boolean exists(Path directory) {
    return Files.isRegularFile(directory.resolve(PROPERTIES));
  }

  /**
   * Generates the PKI and writes its files and the settings into {@code directory} (created if
   * needed; files of the same names are replaced).
   *
   * @param password for the PKCS12 files
   * @throws KeystoreException when a file cannot be written
   */
  public static PkiFiles write(Path directory, Settings settings, char[] password) {
    Sep2Pki pki = settings.generate();
    PkiFiles files = PkiFiles.write(pki, directory, password);
    Path file = directory.resolve(PROPERTIES);
    try {
      Files.writeString(file, properties(settings), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new KeystoreException(
          KeystoreException.Problem.UNWRITABLE, file, "cannot write the PKI settings", e);
    }
    return files;
  }

  /**
   * The one rule for a PKI directory, used by {@code @With2030_5Server(pkiDirectory)}, the server
   * options and {@code sep2:serve}:
   *
   * <ul>
   *   <li>a directory holding {@value #PROPERTIES} is {@linkplain #open(Path) opened}; a {@code
   *       seed} or {@code chainLength} given as well must be the directory's, or this fails naming
   *       both values;
   *   <li>a directory that does not exist, or is empty, gets a new PKI written into it from {@code
   *       seed} (a {@linkplain Sep2Pki#randomSeed() random seed} when {@code null}) and {@code
   *       chainLength} (4 when {@code null}), its PKCS12 files protected by {@code password};
   *   <li>any other directory is refused: it is not one written by {@code sep2:generate-pki}.
   * </ul>
   *
   * @param seed the seed the caller asks for, or {@code null} for "whatever the directory holds, or
   *     random"
   * @param chainLength the chain length the caller asks for, or {@code null} for "the directory's,
   *     or 4"
   * @param password for the PKCS12 files of a new directory (not needed to open one)
   * @return the PKI and whether it was written just now
   * @throws PkiDirectoryException when the directory cannot be used, naming it and the reason
   * @throws KeystoreException when a file of a new PKI cannot be written
   * @throws IllegalArgumentException for a chain length other than 2 to 4 or an empty seed
   */
  public static Opened openOrCreate(
      Path directory, String seed, Integer chainLength, char[] password) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(password, "password");
    if (seed != null && seed.isEmpty()) {
      throw new IllegalArgumentException("the PKI seed must not be empty");
    }
    if (chainLength != null && (chainLength < 2 || chainLength > 4)) {
      throw new IllegalArgumentException("chainLength must be 2, 3 or 4, was " + chainLength);
    }
    if (exists(directory)) {
      Settings settings = readSettings(directory);
      if (seed != null && !seed.equals(settings.seed())) {
        throw new PkiDirectoryException(
            directory
                + " holds the PKI of seed '"
                + settings.seed()
                + "', not of the seed asked for ('"
                + seed
                + "'): give no seed, the directory's seed, or another directory");
      }
      if (chainLength != null && chainLength != settings.chainLength()) {
        throw new PkiDirectoryException(
            directory
                + " holds a PKI with chain length "
                + settings.chainLength()
                + ", not "
                + chainLength
                + ": give no chain length, the directory's, or another directory");
      }
      return new Opened(open(directory), false);
    }
    if (Files.isDirectory(directory) && !isEmpty(directory)) {
      throw new PkiDirectoryException(
          directory
              + " is not empty but holds no "
              + PROPERTIES
              + ", so it is not a PKI written by sep2:generate-pki; use such a directory, or a new"
              + " or empty one to create the PKI there");
    }
    Settings settings =
        Settings.of(
            seed != null ? seed : Sep2Pki.randomSeed(), chainLength != null ? chainLength : 4);
    write(directory, settings, password);
    return new Opened(open(directory), true);
  }

  /**
   * The outcome of {@link #openOrCreate(Path, String, Integer, char[])}.
   *
   * @param pki the directory's PKI
   * @param created whether the files were written just now
   */
  public record Opened(Sep2Pki pki, boolean created) {}

  private static boolean isEmpty(Path directory) {
    try (java.util.stream.Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new PkiDirectoryException(directory + " cannot be listed: " + e);
    }
  }

  /**
   * Reads the settings of a PKI directory.
   *
   * @throws PkiDirectoryException when the settings file is missing or invalid
   */
  public static Settings readSettings(Path directory) {
    Path file = directory.resolve(PROPERTIES);
    if (!Files.isRegularFile(file)) {
      throw new PkiDirectoryException(
          directory
              + " holds no "
              + PROPERTIES
              + ", so the PKI cannot be regenerated from its seed; write the directory with"
              + " sep2:generate-pki (or point sep2.pki.dir at an empty or new directory)");
    }
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new PkiDirectoryException(file + " cannot be read: " + e);
    }
    String seed = p.getProperty("seed");
    String length = p.getProperty("chainLength", "4");
    String hardwareType = p.getProperty("hardwareType", Sep2Oids.DEFAULT_HARDWARE_TYPE);
    if (seed == null || seed.isEmpty()) {
      throw new PkiDirectoryException(file + " has no seed=...");
    }
    int chainLength;
    try {
      chainLength = Integer.parseInt(length.trim());
    } catch (NumberFormatException e) {
      throw new PkiDirectoryException(file + ": chainLength '" + length + "' is not a number");
    }
    String hostnames = p.getProperty("serverHostnames");
    List<String> names =
        hostnames == null
            ? Settings.DEFAULT_HOSTNAMES
            : hostnames.isBlank() ? List.of() : List.of(hostnames.trim().split("\\s*,\\s*"));
    return new Settings(seed, chainLength, hardwareType.trim(), names);
  }

  /**
   * Regenerates the PKI of a directory from its settings and checks that the certificate files on
   * disk are the regenerated ones ({@code serca.pem}, {@code device-chain.pem}, {@code
   * server-chain.pem}, compared certificate by certificate, so line endings do not matter).
   *
   * @throws PkiDirectoryException when the settings are missing or invalid, or a file was replaced
   */
  public static Sep2Pki open(Path directory) {
    Settings settings = readSettings(directory);
    Sep2Pki pki;
    try {
      pki = settings.generate();
    } catch (IllegalArgumentException e) {
      throw new PkiDirectoryException(directory.resolve(PROPERTIES) + ": " + e.getMessage());
    }
    for (String name : CHECKED_FILES) {
      Path file = directory.resolve(name);
      List<X509Certificate> expected = expected(pki, name);
      List<X509Certificate> actual;
      try {
        actual = KeystoreLoader.load(file, null).certificates();
      } catch (KeystoreException e) {
        throw new PkiDirectoryException(
            e.getMessage() + "; regenerate the directory with sep2:generate-pki");
      }
      if (!sameCertificates(expected, actual)) {
        throw new PkiDirectoryException(
            file
                + " is not the file the seed in "
                + PROPERTIES
                + " generates (seed '"
                + settings.seed()
                + "', chain length "
                + settings.chainLength()
                + "): the PKI files were replaced or edited. Rewrite the directory with mvn"
                + " sep2:generate-pki -Dsep2.pki.dir="
                + directory
                + " -Dsep2.pki.seed=... or delete it and let sep2:serve create it");
      }
    }
    return pki;
  }

  private static List<X509Certificate> expected(Sep2Pki pki, String name) {
    return switch (name) {
      case "serca.pem" -> List.of(pki.serca().certificate());
      case "device-chain.pem" -> pki.device().chainWithoutRoot();
      default -> pki.server().chainWithoutRoot();
    };
  }

  private static boolean sameCertificates(List<X509Certificate> a, List<X509Certificate> b) {
    if (a.size() != b.size()) {
      return false;
    }
    try {
      for (int i = 0; i < a.size(); i++) {
        if (!Arrays.equals(a.get(i).getEncoded(), b.get(i).getEncoded())) {
          return false;
        }
      }
      return true;
    } catch (CertificateEncodingException e) {
      return false;
    }
  }

  /** The settings file's text: no time stamp, so the same settings give the same bytes. */
  static String properties(Settings settings) {
    Properties p = new Properties();
    p.setProperty("seed", settings.seed());
    p.setProperty("chainLength", Integer.toString(settings.chainLength()));
    p.setProperty("hardwareType", settings.hardwareType());
    p.setProperty("serverHostnames", String.join(",", settings.serverHostnames()));
    StringWriter out = new StringWriter();
    try {
      p.store(out, null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    // Properties.store writes a date comment first and keys in hash order: drop the one, sort
    String body =
        out.toString()
            .lines()
            .filter(l -> !l.startsWith("#"))
            .sorted()
            .collect(Collectors.joining("\n"));
    return "# sep2-testkit test PKI settings: sep2:serve -Dsep2.pki.dir=<this directory>"
        + " regenerates\n# the very same certificates and keys from them. FOR TESTS ONLY.\n"
        + body
        + "\n";
  }
}
