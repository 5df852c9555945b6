package io.sep2.it.interop;

import io.sep2.testing.SClient;
import io.sep2.tls.Sep2ClientTls;
import java.nio.file.Path;

/**
 * Where a client of the matrix connects and what it presents: the 2030.5 server's address, the PEM
 * files of the PKI's first device (chain without root, unencrypted PKCS#8 key), the SERCA to trust,
 * and for the Java client a ready BCJSSE set-up presenting the same device.
 *
 * @param host the server's address, e.g. {@code 127.0.0.1}
 * @param port the server's TLS port
 * @param deviceChain {@code device-chain.pem}
 * @param deviceKey {@code device-key.pem}
 * @param serca {@code serca.pem}
 * @param javaClient the BCJSSE client presenting the device
 * @param work a directory for scratch files
 */
record Endpoint(
    String host,
    int port,
    Path deviceChain,
    Path deviceKey,
    Path serca,
    Sep2ClientTls javaClient,
    Path work) {

  /** {@code host:port}. */
  String address() {
    return host + ":" + port;
  }

  /** {@code openssl s_client -connect host:port}, to add options to. */
  SClient sClient() {
    return SClient.connect(address());
  }

  /** {@code https://host:port} + {@code path}. */
  String url(String path) {
    return "https://" + address() + path;
  }
}
