package io.sep2.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@code openssl s_client} command line, put together the way 2030.5 documentation tells a
 * device to connect: {@code SClient.connect(host, port).tls12Ccm8().cert(chain,
 * key).caFile(serca)}. Options are added in the order they are asked for; {@link #command()}
 * returns the command to run.
 */
public final class SClient {

  private final List<String> args = new ArrayList<>();

  private SClient(String address) {
    args.addAll(List.of("s_client", "-connect", address));
  }

  /** {@code openssl s_client -connect host:port}. */
  public static SClient connect(String host, int port) {
    return new SClient(host + ":" + port);
  }

  /** {@code openssl s_client -connect address}, {@code address} being {@code host:port}. */
  public static SClient connect(String address) {
    return new SClient(address);
  }

  /**
   * {@code -tls1_2 -cipher ECDHE-ECDSA-AES128-CCM8} (with {@code :@SECLEVEL=0} where the installed
   * OpenSSL needs it): the one 2030.5 protocol and suite.
   */
  public SClient tls12Ccm8() {
    return options("-tls1_2", "-cipher", OpenSslVersion.ccm8Cipher());
  }

  /** {@code -cert certificate -key key}: the client certificate (a file may hold a chain). */
  public SClient cert(Path certificate, Path key) {
    return options("-cert", certificate.toString(), "-key", key.toString());
  }

  /** {@code -cert_chain chain}: the intermediates to send with the certificate. */
  public SClient certChain(Path chain) {
    return options("-cert_chain", chain.toString());
  }

  /** {@code -CAfile roots}: the trust anchors for the server's chain (normally the SERCA). */
  public SClient caFile(Path roots) {
    return options("-CAfile", roots.toString());
  }

  /** Any other options, as given. */
  public SClient options(String... options) {
    args.addAll(List.of(options));
    return this;
  }

  /** The command: openssl found on the PATH (or the test fails naming its package). */
  public ExternalCommand command() {
    return Tool.OPENSSL.command(args.toArray(String[]::new));
  }
}
