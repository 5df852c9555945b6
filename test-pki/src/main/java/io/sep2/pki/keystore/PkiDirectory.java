package io.sep2.pki.keystore;

import io.sep2.pki.Sep2Pki;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;

/**
 * A test PKI kept in a directory: the files of {@link PkiFiles} plus a recipe, {@value #RECIPE},
 * holding the seed and options it was made from. Because generation is deterministic, the recipe is
 * enough to rebuild the identical PKI (keys included) anywhere: this is how {@code
 * sep2:generate-pki}, {@code sep2:serve -Dsep2.pki.dir=...} and the JUnit extension share one PKI.
 *
 * <p>The recipe's seed is as secret as the private keys, which is to say not at all: this is a test
 * PKI. Never put a production key in such a directory.
 */
public final class PkiDirectory {

  /** The recipe file name. */
  public static final String RECIPE = "sep2-pki.properties";

  private PkiDirectory() {}

  /**
   * Opens the PKI in {@code directory} if it has a recipe, otherwise makes one from {@code
   * template} and writes it there.
   *
   * @param template the PKI to write when the directory has none
   * @throws KeystoreException when the directory's files do not match its recipe, or cannot be read
   *     or written
   */
  public static Sep2Pki openOrCreate(Path directory, Sep2Pki template) {
    return Files.isRegularFile(directory.resolve(RECIPE))
        ? open(directory)
        : create(directory, template);
  }

  /**
   * Writes {@code pki}'s files and recipe into {@code directory}.
   *
   * @return {@code pki}
   */
  public static Sep2Pki create(Path directory, Sep2Pki pki) {
    Objects.requireNonNull(pki, "pki");
    PkiFiles.write(pki, directory);
    Properties recipe = new Properties();
    recipe.setProperty("seed", pki.seed());
    recipe.setProperty("chainLength", Integer.toString(pki.chainLength()));
    recipe.setProperty("hardwareType", pki.hardwareType());
    recipe.setProperty("serverHostnames", String.join(",", pki.serverHostnames()));
    Path file = directory.resolve(RECIPE);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      recipe.store(out, "sep2-testkit test PKI recipe: the same values rebuild the same PKI");
    } catch (IOException e) {
      throw new KeystoreException(
          KeystoreException.Problem.UNWRITABLE, file, "cannot write the PKI recipe", e);
    }
    return pki;
  }

  /**
   * Rebuilds the PKI from the recipe in {@code directory} and checks that the directory's {@code
   * serca.pem} is the rebuilt SERCA, so replaced files are noticed rather than silently ignored.
   *
   * @throws KeystoreException MISSING when there is no recipe, CORRUPT when it is unreadable or the
   *     files do not match it
   */
  public static Sep2Pki open(Path directory) {
    Path file = directory.resolve(RECIPE);
    if (!Files.isRegularFile(file)) {
      throw new KeystoreException(
          KeystoreException.Problem.MISSING,
          file,
          "no PKI recipe; create one with sep2:generate-pki",
          null);
    }
    Properties recipe = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      recipe.load(in);
    } catch (IOException e) {
      throw new KeystoreException(
          KeystoreException.Problem.UNREADABLE, file, "cannot read the PKI recipe", e);
    }
    Sep2Pki pki;
    try {
      Sep2Pki.Builder builder =
          Sep2Pki.builder()
              .seed(required(recipe, "seed", file))
              .chainLength(Integer.parseInt(required(recipe, "chainLength", file)))
              .hardwareType(required(recipe, "hardwareType", file));
      String hostnames = recipe.getProperty("serverHostnames");
      if (hostnames != null) {
        builder.serverHostnames(
            hostnames.isBlank() ? new String[0] : hostnames.trim().split("\\s*,\\s*"));
      }
      pki = builder.build();
    } catch (IllegalArgumentException e) {
      throw new KeystoreException(
          KeystoreException.Problem.CORRUPT, file, "invalid PKI recipe: " + e.getMessage(), e);
    }
    checkSerca(directory.resolve("serca.pem"), pki);
    return pki;
  }

  private static void checkSerca(Path serca, Sep2Pki pki) {
    if (!Files.isRegularFile(serca)) {
      return; // files not written (yet): the recipe alone defines the PKI
    }
    try (var in = Files.newInputStream(serca)) {
      X509Certificate onDisk =
          (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
      if (!Arrays.equals(onDisk.getEncoded(), pki.serca().certificate().getEncoded())) {
        throw new KeystoreException(
            KeystoreException.Problem.CORRUPT,
            serca,
            "is not the SERCA of the recipe in "
                + RECIPE
                + " (was a file replaced? regenerate the directory with sep2:generate-pki)",
            null);
      }
    } catch (IOException | java.security.cert.CertificateException e) {
      throw new KeystoreException(
          KeystoreException.Problem.CORRUPT, serca, "cannot read the SERCA certificate", e);
    }
  }

  private static String required(Properties recipe, String key, Path file) {
    String value = recipe.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new KeystoreException(
          KeystoreException.Problem.CORRUPT, file, "the PKI recipe has no '" + key + "'", null);
    }
    return value.trim();
  }
}
