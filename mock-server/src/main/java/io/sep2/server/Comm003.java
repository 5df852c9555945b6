package io.sep2.server;

import io.sep2.server.record.ConnectionRecord;
import io.sep2.server.record.HttpExchange;
import io.sep2.tls.Sep2TlsPolicy;
import java.util.List;

/**
 * The pass criterion of conformance test COMM-003 (Basic Security), checked against what the mock
 * server recorded: some client connection negotiated TLS 1.2 with {@code
 * TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8} and, on that connection, GET the DeviceCapability resource
 * and received 200. On failure the message lists every connection the server saw, each with its
 * diagnosis, so the reason (suite not offered, no client certificate, ...) is in the test report.
 *
 * <pre>{@code
 * myDeviceClient.discover(server.deviceCapabilityUri());
 * Comm003.assertPassed(server);
 * }</pre>
 */
public final class Comm003 {

  private Comm003() {}

  /**
   * Asserts COMM-003 over all connections {@code server} has seen.
   *
   * @throws AssertionError when no connection meets the criterion
   */
  public static void assertPassed(Sep2MockServer server) {
    server.awaitHandshakes(java.time.Duration.ofSeconds(2));
    assertPassed(server.connections(), server.deviceCapabilityUri().getPath());
  }

  /**
   * Asserts COMM-003 over the connections {@code server} accepted after {@code mark} (from {@link
   * Sep2MockServer#connectionMark()}).
   *
   * @throws AssertionError when no such connection meets the criterion
   */
  public static void assertPassedSince(Sep2MockServer server, long mark) {
    server.awaitHandshakes(java.time.Duration.ofSeconds(2));
    assertPassed(server.connectionsSince(mark), server.deviceCapabilityUri().getPath());
  }

  /**
   * Asserts COMM-003 over {@code connections}, with the DeviceCapability at {@code dcapPath}.
   *
   * @throws AssertionError when no connection meets the criterion
   */
  public static void assertPassed(List<ConnectionRecord> connections, String dcapPath) {
    for (ConnectionRecord record : connections) {
      if (passes(record, dcapPath)) {
        return;
      }
    }
    StringBuilder message =
        new StringBuilder("COMM-003 not met: no connection negotiated TLS 1.2 with ")
            .append(Sep2TlsPolicy.CIPHER_SUITE_NAME)
            .append(" and then got 200 for GET ")
            .append(dcapPath)
            .append('.');
    if (connections.isEmpty()) {
      message.append(" The server saw no connection at all: is the client pointed at it?");
    } else {
      message.append(" The server saw ").append(connections.size()).append(" connection(s):\n");
      for (ConnectionRecord record : connections) {
        message.append(record.toText()).append('\n');
      }
    }
    throw new AssertionError(message.toString());
  }

  private static boolean passes(ConnectionRecord record, String dcapPath) {
    if (record.outcome() != ConnectionRecord.Outcome.SUCCESS
        || !"TLS 1.2".equals(record.protocolVersion())
        || record.cipherSuite() == null
        || !record.cipherSuite().startsWith(Sep2TlsPolicy.CIPHER_SUITE_NAME)) {
      return false;
    }
    for (HttpExchange exchange : record.exchanges()) {
      String path = exchange.uri().replaceFirst("[?#].*$", "");
      if ("GET".equals(exchange.method()) && dcapPath.equals(path) && exchange.status() == 200) {
        return true;
      }
    }
    return false;
  }
}
