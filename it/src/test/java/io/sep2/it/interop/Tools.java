package io.sep2.it.interop;

import io.sep2.testing.Curl;
import io.sep2.testing.OpenSslVersion;
import io.sep2.testing.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/**
 * The real TLS peers of the matrix ({@link Tool} says where they are and which Debian package
 * brings them): which version is installed (for the matrix's version column; never compared with
 * the README), and the files and settings they are run with.
 */
final class Tools {

  private static final Map<Tool, String> VERSIONS = new ConcurrentHashMap<>();
  private static volatile String bcjsse;

  private Tools() {}

  /** A short version string, e.g. {@code OpenSSL 3.0.19}, {@code curl 7.88.1 (OpenSSL/3.0.19)}. */
  static String version(Tool tool) {
    return VERSIONS.computeIfAbsent(tool, Tools::probe);
  }

  private static String probe(Tool tool) {
    return switch (tool) {
      case OPENSSL -> first(match(OpenSslVersion.installed(), "(OpenSSL \\S+)"));
      case CURL -> {
        String line = Curl.version();
        String tls = match(line, "((?:OpenSSL|LibreSSL|BoringSSL|GnuTLS|wolfSSL|mbedTLS)/\\S+)");
        yield first(match(line, "(curl \\S+)")) + (tls == null ? "" : " (" + tls + ")");
      }
      case PYTHON -> {
        String text =
            out(
                Tool.PYTHON,
                "-c",
                "import ssl, sys; print(sys.version.split()[0], ssl.OPENSSL_VERSION)");
        Matcher m = Pattern.compile("(\\S+) (OpenSSL \\S+)").matcher(text);
        yield m.find() ? "Python " + m.group(1) + " (" + m.group(2) + ")" : text.trim();
      }
      case NODE -> {
        String text = out(Tool.NODE, "-p", "process.version + ' ' + process.versions.openssl");
        Matcher m = Pattern.compile("(v\\S+) (\\S+)").matcher(text);
        yield m.find() ? "Node.js " + m.group(1) + " (OpenSSL " + m.group(2) + ")" : text.trim();
      }
      case GNUTLS -> first(match(out(Tool.GNUTLS, "--version"), "(gnutls-cli \\S+)"));
      case TESTSSL -> {
        String v = match(out(Tool.TESTSSL, "--version"), "testssl\\S*\\s+(\\d\\S*)");
        yield v == null ? "testssl.sh" : "testssl.sh " + v;
      }
      default -> tool.program();
    };
  }

  /** The Bouncy Castle TLS jar's version, e.g. {@code BCJSSE (bctls 1.84), Java 17.0.15}. */
  static String bcjsseVersion() {
    if (bcjsse == null) {
      bcjsse = "BCJSSE (bctls " + bctlsVersion() + "), Java " + System.getProperty("java.version");
    }
    return bcjsse;
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

  private static String out(Tool tool, String... args) {
    return tool.command(args).timeout(Duration.ofSeconds(20)).run().output();
  }

  private static String match(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static String first(String s) {
    return s == null ? "?" : s;
  }
}
