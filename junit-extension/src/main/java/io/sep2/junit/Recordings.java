package io.sep2.junit;

import io.sep2.server.Sep2MockServer;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.server.record.RecordingWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes one test's connections to {@code <dir>/<test class>/<test method>.txt|.json}: the COMM-003
 * "record the communication" step, readable by a person and by a program.
 */
final class Recordings {

  private static final System.Logger LOG = System.getLogger("io.sep2.junit");

  private Recordings() {}

  static void write(
      String directory,
      ExtensionContext context,
      Sep2MockServer server,
      List<ConnectionRecord> records) {
    String className = context.getRequiredTestClass().getName();
    String method = context.getRequiredTestMethod().getName();
    String display = context.getDisplayName();
    // parameterized and repeated tests share a method name: add the display name
    String name = display.startsWith(method + "(") ? method : method + " " + display;
    try {
      RecordingWriter.write(Path.of(directory).resolve(className), name, records);
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "sep2: could not write the recording of "
              + className
              + "#"
              + method
              + " for "
              + server.baseUri()
              + ": "
              + e.getMessage());
    }
  }
}
