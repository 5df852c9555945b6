package io.sep2.it.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/**
 * The real TLS peers of the matrix: where they are, which Debian package brings them, and which
 * version is installed (for the matrix's version column; never compared with the README).
 */
final class Tools {

  static final String OPENSSL = "openssl";
  static final String CURL = "curl";
  static final String PYTHON = "python3";
  static final String NODE = "node";
  static final String GNUTLS = "gnutls-cli";
  static final String TESTSSL = "testssl";

  /** The Debian package of each program: what {@code .ci/run} installs. */
  static final Map<String, String> DEBIAN_PACKAGES =
      Map.of(
          OPENSSL, "openssl",
          CURL, "curl",
          PYTHON, "python3",
          NODE, "nodejs",
          GNUTLS, "gnutls-bin",
          TESTSSL, "testssl.sh");

  private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

  private Tools() {}

  /** The path of {@code program}; fails (never skips) when it is not installed. */
  static String require(String program) {
    return Proc.require(program, DEBIAN_PACKAGES.getOrDefault(program, program)).toString();
  }

  /** A short version string, e.g. {@code OpenSSL 3.0.19}, {@code curl 7.88.1 (OpenSSL/3.0.19)}. */
  static String version(String program) {
    return VERSIONS.computeIfAbsent(program, Tools::probe);
  }

  private static String probe(String program) {
    return switch (program) {
      case OPENSSL -> first(match(out(OPENSSL, "version"), "(OpenSSL \\S+)"));
      case CURL -> {
        String line = out(CURL, "--version").lines().findFirst().orElse("");
        String tls = match(line, "((?:OpenSSL|LibreSSL|BoringSSL|GnuTLS|wolfSSL|mbedTLS)/\\S+)");
        yield first(match(line, "(curl \\S+)")) + (tls == null ? "" : " (" + tls + ")");
      }
      case PYTHON -> {
        String text =
            out(
                PYTHON,
                "-c",
                "import ssl, sys; print(sys.version.split()[0], ssl.OPENSSL_VERSION)");
        Matcher m = Pattern.compile("(\\S+) (OpenSSL \\S+)").matcher(text);
        yield m.find() ? "Python " + m.group(1) + " (" + m.group(2) + ")" : text.trim();
      }
      case NODE -> {
        String text = out(NODE, "-p", "process.version + ' ' + process.versions.openssl");
        Matcher m = Pattern.compile("(v\\S+) (\\S+)").matcher(text);
        yield m.find() ? "Node.js " + m.group(1) + " (OpenSSL " + m.group(2) + ")" : text.trim();
      }
      case GNUTLS -> first(match(out(GNUTLS, "--version"), "(gnutls-cli \\S+)"));
      case TESTSSL -> {
        String v = match(out(TESTSSL, "--version"), "testssl\\S*\\s+(\\d\\S*)");
        yield v == null ? "testssl.sh" : "testssl.sh " + v;
      }
      default -> program;
    };
  }

  /** The Bouncy Castle TLS jar's version, e.g. {@code BCJSSE (bctls 1.84), Java 17.0.15}. */
  static String bcjsseVersion() {
    return VERSIONS.computeIfAbsent(
        "bcjsse",
        k -> "BCJSSE (bctls " + bctlsVersion() + "), Java " + System.getProperty("java.version"));
  }

  private static String bctlsVersion() {
    try (JarFile jar =
        new JarFile(
            Path.of(
                    BouncyCastleJsseProvider.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toFile())) {
      String version = jar.getManifest().getMainAttributes().getValue("Bundle-Version");
      return version != null ? version : new BouncyCastleJsseProvider().getVersionStr();
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      return new BouncyCastleJsseProvider().getVersionStr();
    }
  }

  /**
   * OpenSSL's cipher string for CCM_8: {@code ECDHE-ECDSA-AES128-CCM8}, plus {@code :@SECLEVEL=0}
   * from OpenSSL 3.2 on, which put the 64-bit-tag suites at security level 0.
   */
  static String opensslCcm8(String opensslVersion) {
    Matcher m = Pattern.compile("(\\d+)\\.(\\d+)").matcher(opensslVersion);
    boolean lowered =
        m.find() && (Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(m.group(2)) >= 302);
    return "ECDHE-ECDSA-AES128-CCM8" + (lowered ? ":@SECLEVEL=0" : "");
  }

  /** The GnuTLS priority string that offers exactly TLS 1.2 + ECDHE-ECDSA + AES-128-CCM-8. */
  static final String GNUTLS_CCM8_PRIORITY =
      "NORMAL:-VERS-ALL:+VERS-TLS1.2:-CIPHER-ALL:+AES-128-CCM-8:-KX-ALL:+ECDHE-ECDSA:-MAC-ALL:+AEAD";

  /** Copies a resource of {@code interop/} to {@code directory} and returns the copy. */
  static Path resource(String name, Path directory) {
    try (InputStream in = Tools.class.getResourceAsStream("/interop/" + name)) {
      if (in == null) {
        throw new IllegalStateException("test resource interop/" + name + " is missing");
      }
      Files.createDirectories(directory);
      Path file = directory.resolve(name);
      Files.write(file, in.readAllBytes());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String out(String... command) {
    require(command[0]);
    try {
      return Proc.run(List.of(command), null, Duration.ofSeconds(20)).output();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
    }
  }

  private static String match(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static String first(String s) {
    return s == null ? "?" : s;
  }
}
