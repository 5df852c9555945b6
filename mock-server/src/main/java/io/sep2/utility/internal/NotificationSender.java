package io.sep2.utility.internal;

import java.net.URI;

/** Sends one Notification document to a device's notificationURI; answers its HTTP status. */
public interface NotificationSender extends AutoCloseable {

  /**
   * POSTs {@code body} ({@code application/sep+xml}) to {@code uri}.
   *
   * @return the HTTP status the device answered
   * @throws Exception when there was no answer (refused, TLS failure, timeout)
   */
  int send(URI uri, byte[] body) throws Exception;

  @Override
  default void close() {}
}
