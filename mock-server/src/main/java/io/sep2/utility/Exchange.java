package io.sep2.utility;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request a device client made to the utility server, and how the server answered it: what
 * tests wait for ({@link Utility#awaitRequest}) and assert on.
 *
 * @param time when the server handled it, on the {@linkplain UtilityClock utility clock}
 * @param method the HTTP method, e.g. {@code PUT}
 * @param path the request path without the query, e.g. {@code /edev/1/der/1/derg}
 * @param query the query parameters (e.g. {@code s}, {@code l}); empty when none
 * @param lfdi the LFDI of the client's certificate, or {@code null} for a client without one
 * @param requestBody the request body as text (empty when none)
 * @param status the HTTP status the server answered with
 * @param location the {@code Location} the server answered with, or {@code null}
 * @param responseBody the response body as text (empty when none)
 * @param findings what the server noticed about the request: a mapped 2013-namespace element, a
 *     schema violation, a refused value, a function set that is not implemented; empty when none
 * @param change the state change the request made, in plain words (e.g. {@code DERSettings stored
 *     for EndDevice /edev/1}), or {@code null} when it changed nothing
 */
public record Exchange(
    Instant time,
    String method,
    String path,
    Map<String, String> query,
    String lfdi,
    String requestBody,
    int status,
    String location,
    String responseBody,
    List<String> findings,
    String change) {

  /** Copies the collections. */
  public Exchange {
    query = Map.copyOf(query);
    findings = List.copyOf(findings);
  }

  /** The {@code Location} header, if any. */
  public Optional<String> locationHeader() {
    return Optional.ofNullable(location);
  }

  /** Whether the status is 2xx. */
  public boolean succeeded() {
    return status >= 200 && status < 300;
  }

  @Override
  public String toString() {
    return method
        + " "
        + path
        + (query.isEmpty() ? "" : "?" + query)
        + " -> "
        + status
        + (location == null ? "" : " " + location)
        + (findings.isEmpty() ? "" : " " + findings);
  }
}
