package io.sep2.junit;

import io.sep2.pki.Comm004Variant;
import io.sep2.tls.ClientAuth;
import java.util.List;

/**
 * The configuration of one extension-managed server, from {@link With2030_5Server} or from {@link
 * Sep2ServerExtension.Builder}. A record so equal settings can share a server.
 */
record ServerSettings(
    ClientAuth clientAuth,
    int port,
    String host,
    String pkiSeed,
    String pkiDirectory,
    int chainLength,
    List<String> trustAnchors,
    List<String> fixtures,
    boolean defaultResources,
    boolean record,
    String recordingDirectory,
    String keyLog,
    Comm004Variant comm004,
    boolean lenientClientCertificates,
    String shared) {

  ServerSettings {
    trustAnchors = List.copyOf(trustAnchors);
    fixtures = List.copyOf(fixtures);
  }

  static ServerSettings of(With2030_5Server a, String where) {
    if (a.comm004().length > 1) {
      throw new org.junit.jupiter.api.extension.ExtensionConfigurationException(
          "@With2030_5Server on "
              + where
              + ": comm004 takes at most one variant, was "
              + java.util.Arrays.toString(a.comm004()));
    }
    return new ServerSettings(
        a.clientAuth(),
        a.port(),
        a.host(),
        a.pkiSeed(),
        a.pkiDirectory(),
        a.chainLength(),
        List.of(a.trustAnchors()),
        List.of(a.fixtures()),
        a.defaultResources(),
        a.record(),
        a.recordingDirectory(),
        a.keyLog(),
        a.comm004().length == 0 ? null : a.comm004()[0],
        a.lenientClientCertificates(),
        a.shared());
  }
}
