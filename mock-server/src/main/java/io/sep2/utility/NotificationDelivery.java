package io.sep2.utility;

import java.time.Duration;
import java.time.Instant;

/**
 * One attempt of the utility server to deliver a 2030.5 Notification to a device's {@code
 * notificationURI}: a POST over TLS 1.2 with TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8, the server
 * presenting its own certificate and checking the device's against the test PKI.
 *
 * @param time when the attempt started, on the utility clock
 * @param subscription the href of the Subscription, e.g. {@code /edev/1/sub/1}
 * @param subscribedResource the resource it is about, e.g. {@code /edev/1/derp/1/derc}
 * @param notificationUri where it was POSTed
 * @param attempt 1 for the first try, then 2, 3... for retries
 * @param status the HTTP status the device answered, or {@code -1} when there was no answer
 * @param error why there was no answer (connection refused, handshake failure, timeout), or {@code
 *     null}
 * @param latency how long after the change the attempt ended
 * @param body the Notification document sent
 */
public record NotificationDelivery(
    Instant time,
    String subscription,
    String subscribedResource,
    String notificationUri,
    int attempt,
    int status,
    String error,
    Duration latency,
    String body) {

  /** Whether the device took it (a 2xx answer). */
  public boolean delivered() {
    return status >= 200 && status < 300;
  }

  @Override
  public String toString() {
    return "Notification "
        + subscribedResource
        + " -> "
        + notificationUri
        + " attempt "
        + attempt
        + ": "
        + (status >= 0 ? "HTTP " + status : error)
        + " after "
        + latency.toMillis()
        + " ms";
  }
}
