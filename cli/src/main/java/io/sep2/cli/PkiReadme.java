package io.sep2.cli;

import io.sep2.pki.keystore.PkiDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The section the runnable jar appends to a PKI directory's README: how to start {@code java -jar
 * ... serve} there and reach it with curl and {@code openssl s_client}. The client commands are
 * those of the Maven plugin's section; only the server's start differs.
 */
final class PkiReadme {

  /** Default port of {@code serve}, and in the README's commands: {@value}. */
  static final int DEFAULT_PORT = 8443;

  /** The section's heading, by which {@link #append} sees that a README already has it. */
  static final String HEADING = "Reach the mock server of java -jar sep2-testkit.jar serve";

  private PkiReadme() {}

  /**
   * Appends the section to {@code readme} unless it is there already (so {@code serve} may call it
   * on every start).
   *
   * @param jar how the commands name the runnable jar
   */
  static void append(Path readme, String jar) throws IOException {
    if (Files.isRegularFile(readme)
        && Files.readString(readme, StandardCharsets.UTF_8).contains(HEADING)) {
      return;
    }
    Files.writeString(
        readme,
        section(jar, Main.version(), DEFAULT_PORT),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /** The README section. */
  static String section(String jar, String version, int port) {
    String hostPort = "127.0.0.1:" + port;
    String quotedJar = jar.matches("[\\w./+:@%-]+") ? jar : "'" + jar.replace("'", "'\\''") + "'";
    return Stream.of(
            "",
            HEADING,
            "---------------------------------------------------------",
            "In this directory, start the server; it regenerates this very PKI from "
                + PkiDirectory.PROPERTIES
                + ":",
            "  java -jar " + quotedJar + " serve --pki-dir . --port " + port,
            "(--seconds N stops it after N seconds; with Maven instead: mvn"
                + " io.sep2:sep2-maven-plugin:"
                + version
                + ":serve -Dsep2.pki.dir=. -Dsep2.port="
                + port
                + ").",
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
