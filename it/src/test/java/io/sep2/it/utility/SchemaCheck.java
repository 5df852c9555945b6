package io.sep2.it.utility;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.model.Finding;
import io.sep2.model.SchemaValidator;
import io.sep2.utility.Exchange;
import io.sep2.utility.NotificationDelivery;
import io.sep2.utility.Utility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * With {@code -Dsep2.schema=/path/to/sep.xsd} (IEEE's schema cannot be shipped; the CSIP-AUS
 * schemas beside it are used for documents with CSIP-AUS elements): every document the utility
 * server sent (each exchange's response body, each Notification) and every document the device
 * client sent and the server took (2xx PUT and POST bodies) must be valid. Without the property
 * nothing is validated, and the tests say so on the console.
 */
final class SchemaCheck {

  /** What was validated: counts, and every finding with the document it is about. */
  record Result(
      int serverDocuments, int clientDocuments, int notifications, List<String> findings) {

    @Override
    public String toString() {
      return "schema validation: "
          + serverDocuments
          + " documents the server sent, "
          + notifications
          + " notifications, "
          + clientDocuments
          + " documents the client sent: "
          + findings.size()
          + " findings";
    }
  }

  private static volatile Optional<SchemaValidator> validator;

  private SchemaCheck() {}

  /** The validator of {@code -Dsep2.schema}, compiled once, if the property names a file. */
  static Optional<SchemaValidator> validator() {
    Optional<SchemaValidator> v = validator;
    if (v == null) {
      synchronized (SchemaCheck.class) {
        v = validator;
        if (v == null) {
          String path = System.getProperty("sep2.schema");
          if (path == null || path.isBlank() || !Files.isRegularFile(Path.of(path))) {
            v = Optional.empty();
          } else {
            try {
              v = Optional.of(SchemaValidator.forSepSchema(Path.of(path)));
            } catch (IOException e) {
              throw new UncheckedIOException("-Dsep2.schema=" + path + " does not compile", e);
            }
          }
          validator = v;
        }
      }
    }
    return v;
  }

  /**
   * Validates what the utility server sent and took so far and fails on any finding; prints the
   * counts. Does nothing (but say so) without {@code -Dsep2.schema}.
   *
   * @param test the test's name, for the console
   */
  static Optional<Result> assertValid(Utility utility, String test) {
    Optional<SchemaValidator> v = validator();
    if (v.isEmpty()) {
      System.out.println(
          "[" + test + "] schema validation skipped: set -Dsep2.schema to the path of sep.xsd");
      return Optional.empty();
    }
    Result result = validate(v.get(), utility);
    System.out.println("[" + test + "] " + result);
    assertThat(result.findings()).as(result.toString()).isEmpty();
    return Optional.of(result);
  }

  static Result validate(SchemaValidator validator, Utility utility) {
    List<String> findings = new ArrayList<>();
    int server = 0;
    int client = 0;
    for (Exchange e : utility.exchanges()) {
      if (isXml(e.responseBody())) {
        server++;
        for (Finding f : validator.validate(bytes(e.responseBody()))) {
          findings.add("answer to " + e + ": " + f + "\n" + e.responseBody());
        }
      }
      if (e.succeeded()
          && (e.method().equals("PUT") || e.method().equals("POST"))
          && isXml(e.requestBody())) {
        client++;
        for (Finding f : validator.validate(bytes(e.requestBody()))) {
          findings.add("body of " + e + ": " + f + "\n" + e.requestBody());
        }
      }
    }
    int notifications = 0;
    for (NotificationDelivery d : utility.notifications()) {
      notifications++;
      for (Finding f : validator.validate(bytes(d.body()))) {
        findings.add(d + ": " + f + "\n" + d.body());
      }
    }
    return new Result(server, client, notifications, findings);
  }

  private static boolean isXml(String body) {
    return body != null && body.stripLeading().startsWith("<");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
