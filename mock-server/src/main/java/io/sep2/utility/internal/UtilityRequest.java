package io.sep2.utility.internal;

import java.time.Instant;
import java.util.Map;

/**
 * A request as the utility server sees it: the HTTP method, the path without the query, the query,
 * the content type and body, and who sent it (from the TLS handshake, never from the client).
 *
 * @param method upper-case method, e.g. {@code GET}
 * @param path the decoded path, e.g. {@code /edev/1}
 * @param query the query parameters (the first value of each)
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param body the body bytes (empty when none)
 * @param lfdi the client certificate's LFDI (upper case), or {@code null} without a certificate
 * @param sfdi the client certificate's SFDI, or {@code -1} without a certificate
 * @param time when it arrived, on the utility clock
 */
public record UtilityRequest(
    String method,
    String path,
    Map<String, String> query,
    String contentType,
    byte[] body,
    String lfdi,
    long sfdi,
    Instant time) {

  /** Copies the query. */
  public UtilityRequest {
    query = Map.copyOf(query);
  }

  /** Whether the client presented a certificate. */
  public boolean identified() {
    return lfdi != null;
  }
}
