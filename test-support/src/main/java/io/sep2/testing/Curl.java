package io.sep2.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code curl} command line, put together the way a shell script's 2030.5 client calls it: {@code
 * Curl.tls12Ccm8().cert(chain, key).caCert(serca).options("-sS", url)}. Options are added in the
 * order they are asked for; {@link #command()} returns the command to run.
 */
public final class Curl {

  private static final Pattern LINKED_OPENSSL = Pattern.compile("OpenSSL/(\\S+)");

  private static volatile String version;

  private final List<String> args = new ArrayList<>();

  private Curl() {}

  /** {@code curl} with no options yet. */
  public static Curl curl() {
    return new Curl();
  }

  /**
   * {@code curl --tlsv1.2 --tls-max 1.2 --ciphers ECDHE-ECDSA-AES128-CCM8} (with {@code
   * :@SECLEVEL=0} where the OpenSSL curl is built with needs it): the one 2030.5 protocol and
   * suite.
   */
  public static Curl tls12Ccm8() {
    Matcher linked = LINKED_OPENSSL.matcher(version());
    String cipher =
        linked.find() ? OpenSslVersion.ccm8Cipher(linked.group(1)) : OpenSslVersion.CCM8;
    return curl().options("--tlsv1.2", "--tls-max", "1.2", "--ciphers", cipher);
  }

  /** The first line of {@code curl --version}; fails the test when curl is not installed. */
  public static String version() {
    if (version == null) {
      version = Tool.CURL.output("--version").lines().findFirst().orElse("");
    }
    return version;
  }

  /** {@code --cert certificate --key key}: the client certificate (a file may hold a chain). */
  public Curl cert(Path certificate, Path key) {
    return options("--cert", certificate.toString(), "--key", key.toString());
  }

  /** {@code --cacert roots}: the trust anchors for the server's chain (normally the SERCA). */
  public Curl caCert(Path roots) {
    return options("--cacert", roots.toString());
  }

  /** Any other options and the URLs, as given. */
  public Curl options(String... options) {
    args.addAll(List.of(options));
    return this;
  }

  /** The command: curl found on the PATH (or the test fails naming its package). */
  public ExternalCommand command() {
    return Tool.CURL.command(args.toArray(String[]::new));
  }
}
