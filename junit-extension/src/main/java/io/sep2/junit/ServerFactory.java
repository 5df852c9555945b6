package io.sep2.junit;

import io.sep2.pki.Sep2Pki;
import io.sep2.pki.keystore.KeystoreException;
import io.sep2.pki.keystore.PkiDirectory;
import io.sep2.pki.keystore.PkiDirectoryException;
import io.sep2.server.Sep2MockServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Turns {@link ServerSettings} into a started {@link Sep2MockServer}. */
final class ServerFactory {

  private ServerFactory() {}

  static Sep2MockServer start(ServerSettings s, String where) {
    Sep2Pki pki = pki(s, where);
    Sep2MockServer.Builder builder =
        Sep2MockServer.builder()
            .pki(pki)
            .host(s.host())
            .port(s.port())
            .clientAuth(s.clientAuth())
            .defaultResources(s.defaultResources())
            .lenientClientCertificates(s.lenientClientCertificates());
    for (String location : s.trustAnchors()) {
      builder.trust(readCertificates(location, where).toArray(X509Certificate[]::new));
    }
    for (String fixture : s.fixtures()) {
      builder.fixtures(fixture);
    }
    if (!s.keyLog().isEmpty()) {
      builder.keyLog(Path.of(s.keyLog()));
    }
    if (s.comm004() != null) {
      builder.comm004(s.comm004());
    }
    try {
      return builder.build().start();
    } catch (RuntimeException e) {
      throw new ExtensionConfigurationException(
          "2030.5 server for " + where + " could not start: " + e.getMessage(), e);
    }
  }

  private static Sep2Pki pki(ServerSettings s, String where) {
    try {
      if (s.pkiDirectory().isEmpty()) {
        Sep2Pki.Builder builder = Sep2Pki.builder().chainLength(s.chainLength());
        if (!s.pkiSeed().isEmpty()) {
          builder.seed(s.pkiSeed());
        }
        return builder.build();
      }
      String seed = s.pkiSeed().isEmpty() ? Sep2Pki.builder().build().seed() : s.pkiSeed();
      Sep2Pki pki =
          PkiDirectory.openOrCreate(
              Path.of(s.pkiDirectory()), PkiDirectory.Settings.of(seed, s.chainLength()));
      if (!s.pkiSeed().isEmpty() && !pki.seed().equals(s.pkiSeed())) {
        throw new ExtensionConfigurationException(
            "2030.5 server for "
                + where
                + ": pkiSeed \""
                + s.pkiSeed()
                + "\" differs from the seed of the PKI in pkiDirectory \""
                + s.pkiDirectory()
                + "\" (\""
                + pki.seed()
                + "\"); remove one of them or delete the directory");
      }
      return pki;
    } catch (IllegalArgumentException | KeystoreException | PkiDirectoryException e) {
      throw new ExtensionConfigurationException(
          "2030.5 server for " + where + ": invalid PKI settings: " + e.getMessage(), e);
    }
  }

  /** Reads every certificate in a PEM or DER file, or a {@code classpath:} resource. */
  static List<X509Certificate> readCertificates(String location, String where) {
    try (InputStream in = open(location, where)) {
      List<X509Certificate> certs = new ArrayList<>();
      for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        certs.add((X509Certificate) cert);
      }
      if (certs.isEmpty()) {
        throw new ExtensionConfigurationException(
            "trust anchor '" + location + "' for " + where + " holds no certificate");
      }
      return certs;
    } catch (IOException | CertificateException e) {
      throw new ExtensionConfigurationException(
          "trust anchor '"
              + location
              + "' for "
              + where
              + " is not a PEM or DER certificate file: "
              + e.getMessage(),
          e);
    }
  }

  private static InputStream open(String location, String where) throws IOException {
    if (location.startsWith("classpath:")) {
      String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      InputStream in = loader == null ? null : loader.getResourceAsStream(resource);
      if (in == null) {
        throw new ExtensionConfigurationException(
            "trust anchor '" + location + "' for " + where + " is not on the classpath");
      }
      return in;
    }
    Path path = Path.of(location);
    if (!Files.isRegularFile(path)) {
      throw new ExtensionConfigurationException(
          "trust anchor file '"
              + location
              + "' for "
              + where
              + " does not exist (resolved to "
              + path.toAbsolutePath()
              + ")");
    }
    return Files.newInputStream(path);
  }
}
