package io.sep2.utility;

import io.sep2.model.SchemaValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sep.xsd given with {@code -Dsep2.schema} (never part of the repository: IEEE's schema may not
 * be redistributed). Tests that need it assume it, so they show as skipped without it.
 */
final class SchemaSupport {

  private static SchemaValidator validator;

  private SchemaSupport() {}

  /** The path given, if it is a file. */
  static Path path() {
    String path = System.getProperty("sep2.schema");
    if (path == null || path.isBlank() || !Files.isRegularFile(Path.of(path))) {
      return null;
    }
    return Path.of(path);
  }

  static boolean available() {
    return path() != null;
  }

  static synchronized SchemaValidator validator() {
    if (validator == null) {
      try {
        validator = SchemaValidator.forSepSchema(path());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return validator;
  }

  static final String ASSUMPTION =
      "set -Dsep2.schema to the path of sep.xsd (CSIP-AUS schemas beside it) to run this test";
}
