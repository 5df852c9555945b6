package io.sep2.junit;

import io.sep2.pki.keystore.KeystoreException;
import io.sep2.pki.keystore.PkiDirectoryException;
import io.sep2.server.ServerOptions;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Translates {@link With2030_5Server} into {@link ServerSettings}: every server setting goes into
 * {@link ServerOptions}, whose builder validates it; a violation becomes an {@link
 * ExtensionConfigurationException} that names the annotated element.
 */
final class AnnotationOptions {

  private AnnotationOptions() {}

  static ServerSettings of(With2030_5Server a, String where) {
    if (a.comm004().length > 1) {
      throw invalid(
          where, "comm004 takes at most one variant, was " + Arrays.toString(a.comm004()));
    }
    try {
      ServerOptions.Builder options =
          ServerOptions.builder()
              .clientAuth(a.clientAuth())
              .host(a.host())
              .port(a.port())
              .defaultResources(a.defaultResources())
              .lenientClientCertificates(a.lenientClientCertificates());
      if (!a.pkiSeed().isEmpty()) {
        options.pkiSeed(a.pkiSeed());
      }
      if (!a.pkiDirectory().isEmpty()) {
        options.pkiDirectory(Path.of(a.pkiDirectory()));
      }
      if (a.chainLength() != 0) {
        options.chainLength(a.chainLength());
      }
      for (String location : a.trust()) {
        options.trust(location);
      }
      for (String location : a.fixtures()) {
        options.fixtures(location);
      }
      if (!a.keyLog().isEmpty()) {
        options.keyLog(Path.of(a.keyLog()));
      }
      if (!a.capture().isEmpty()) {
        options.capture(Path.of(a.capture()));
      }
      if (a.comm004().length == 1) {
        options.comm004(a.comm004()[0]);
      }
      return new ServerSettings(options.build(), a.record(), a.recordingDirectory(), a.shared());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw invalid(where, e.getMessage());
    }
  }

  /** Wraps what the server threw while starting into a configuration error naming the test. */
  static ExtensionConfigurationException startFailed(String where, RuntimeException e) {
    String kind =
        e instanceof PkiDirectoryException
                || e instanceof KeystoreException
                || e instanceof IllegalArgumentException
            ? "invalid PKI settings: "
            : "";
    return new ExtensionConfigurationException(
        "2030.5 server for " + where + " could not start: " + kind + e.getMessage(), e);
  }

  private static ExtensionConfigurationException invalid(String where, String problem) {
    return new ExtensionConfigurationException("@With2030_5Server on " + where + ": " + problem);
  }
}
