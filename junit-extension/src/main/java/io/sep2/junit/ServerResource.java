package io.sep2.junit;

import io.sep2.server.Sep2MockServer;
import io.sep2.tls.Sep2ClientTls;

/**
 * A running server in the extension store; JUnit closes it (stopping the server and freeing its
 * port) when the owning context ends. The client set-up is made on first use and kept with it.
 */
final class ServerResource implements AutoCloseable {

  private final ServerSettings settings;
  private final Sep2MockServer server;
  private volatile Sep2ClientTls clientTls;

  ServerResource(ServerSettings settings, Sep2MockServer server) {
    this.settings = settings;
    this.server = server;
  }

  ServerSettings settings() {
    return settings;
  }

  Sep2MockServer server() {
    return server;
  }

  Sep2ClientTls clientTls() {
    Sep2ClientTls tls = clientTls;
    if (tls == null) {
      synchronized (this) {
        tls = clientTls;
        if (tls == null) {
          tls = server.clientTls(server.pki().device());
          clientTls = tls;
        }
      }
    }
    return tls;
  }

  /** A non-closing reference, for a context that uses a server another context owns. */
  Borrowed borrowed() {
    return new Borrowed(this);
  }

  record Borrowed(ServerResource resource) {}

  @Override
  public void close() {
    server.stop();
  }
}
