package io.sep2.server.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request and the response the mock server gave it, as written to the recording.
 *
 * @param start when the request line was read
 * @param method the HTTP method, e.g. {@code GET}
 * @param uri the request target as sent, e.g. {@code /dcap}
 * @param requestHeaders request headers in arrival order (name, value); identity headers the server
 *     added in-process are included, client-supplied copies of them are not
 * @param requestBody the request body decoded as UTF-8 (empty when none)
 * @param status the HTTP status code sent
 * @param responseHeaders response headers (name, value)
 * @param responseBody the response body decoded as UTF-8 (empty when none)
 * @param durationMillis time from reading the request line to writing the last response byte
 * @param findings what the utility server noticed about the request (a refused value, a mapped 2013
 *     element, a schema violation, a function set it does not implement); empty when none
 */
public record HttpExchange(
    Instant start,
    String method,
    String uri,
    List<Map.Entry<String, String>> requestHeaders,
    String requestBody,
    int status,
    List<Map.Entry<String, String>> responseHeaders,
    String responseBody,
    long durationMillis,
    List<String> findings) {

  /** Copies the lists. */
  public HttpExchange {
    requestHeaders = List.copyOf(requestHeaders);
    responseHeaders = List.copyOf(responseHeaders);
    findings = findings == null ? List.of() : List.copyOf(findings);
  }
}
