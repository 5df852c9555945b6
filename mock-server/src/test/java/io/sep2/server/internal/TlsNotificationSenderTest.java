package io.sep2.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.pki.Sep2Pki;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TLS client of the Notifications is made on the first send, not with the server. */
class TlsNotificationSenderTest {

  @Test
  void makesItsTlsClientOnTheFirstNotificationOnly() throws Exception {
    Sep2Pki pki = Sep2Pki.builder().seed("notification-sender").chainLength(2).build();
    TlsNotificationSender sender =
        new TlsNotificationSender(pki.server(), List.of(pki.serca().certificate()));
    assertThat(sender.started()).isFalse();

    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    URI nobody = URI.create("https://127.0.0.1:" + closedPort + "/notify");
    assertThatThrownBy(() -> sender.send(nobody, new byte[0])).isInstanceOf(IOException.class);
    assertThat(sender.started()).isTrue();
  }
}
