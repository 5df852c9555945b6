package io.sep2.maven.internal.pki;

import io.sep2.pki.keystore.PkiDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The section {@code sep2:generate-pki} appends to a PKI directory's README: how to reach it. */
public final class ServeReadme {

  /** Default port in the README's commands, and of {@code sep2:serve}: {@value}. */
  public static final int DEFAULT_PORT = 8443;

  private ServeReadme() {}

  /** The section's heading, by which {@link #append} sees that a README already has it. */
  static final String HEADING = "Reach the mock server of sep2:serve with these files";

  /**
   * Appends the section with the exact commands that reach {@code sep2:serve} to {@code readme},
   * unless it is there already (so {@code sep2:serve} may call it on every start).
   */
  public static void append(Path readme, String pluginCoordinates) throws IOException {
    if (Files.isRegularFile(readme)
        && Files.readString(readme, StandardCharsets.UTF_8).contains(HEADING)) {
      return;
    }
    Files.writeString(
        readme,
        serveSection(pluginCoordinates, DEFAULT_PORT),
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }

  /** The README section with the exact commands that reach {@code sep2:serve}. */
  static String serveSection(String pluginCoordinates, int port) {
    String hostPort = "127.0.0.1:" + port;
    return Stream.of(
            "",
            HEADING,
            "----------------------------------------------------",
            "In this directory, start the server; it regenerates this very PKI from "
                + PkiDirectory.PROPERTIES
                + ":",
            "  mvn " + pluginCoordinates + ":serve -Dsep2.pki.dir=. -Dsep2.port=" + port,
            "(or mvn sep2:serve ... with <pluginGroup>io.sep2</pluginGroup> in ~/.m2/settings.xml;"
                + " -Dsep2.serve.seconds=N stops it after N seconds).",
            "When it prints 'sep2 mock server ready: https://"
                + hostPort
                + "/dcap', run in this"
                + " directory:",
            "  curl -sS --tlsv1.2 --tls-max 1.2 --ciphers 'ECDHE-ECDSA-AES128-CCM8:@SECLEVEL=0'"
                + " --cert device-chain.pem --key device-key.pem --cacert serca.pem -H 'Accept:"
                + " application/sep+xml' https://"
                + hostPort
                + "/dcap",
            "  printf 'GET /dcap HTTP/1.1\\r\\nHost: "
                + hostPort
                + "\\r\\nAccept: application/sep+xml\\r\\nConnection: close\\r\\n\\r\\n' | openssl"
                + " s_client -quiet -connect "
                + hostPort
                + " -tls1_2 -cipher 'ECDHE-ECDSA-AES128-CCM8:@SECLEVEL=0' -cert device-chain.pem"
                + " -cert_chain device-chain.pem -key device-key.pem -CAfile serca.pem"
                + " -verify_return_error",
            "Both print the DeviceCapability; the server prints a diagnosis of every connection."
                + " Another port: change "
                + port
                + " in all three commands. Ctrl-C stops the"
                + " server.",
            "")
        .collect(Collectors.joining("\n"));
  }
}
