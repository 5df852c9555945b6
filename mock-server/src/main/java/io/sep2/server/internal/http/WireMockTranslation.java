package io.sep2.server.internal.http;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import io.sep2.tls.ClientIdentity;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;

/**
 * Translates between httpcore5's messages and WireMock's, and puts the TLS client identity on the
 * request.
 */
final class WireMockTranslation {

  /** Scheme WireMock sees: the mock server always runs behind TLS. */
  static final String SCHEME = "https";

  private static final Set<String> IDENTITY_HEADERS =
      Set.of(
          ClientIdentity.LFDI_HEADER.toLowerCase(Locale.ROOT),
          ClientIdentity.SFDI_HEADER.toLowerCase(Locale.ROOT),
          ClientIdentity.VERIFIED_HEADER.toLowerCase(Locale.ROOT));

  /** WireMock's own headers ({@code Matched-Stub-Id}, {@code Matched-Stub-Name}): not sent. */
  static final String STUBBING_HEADER_PREFIX = "matched-stub-";

  /** An in-process header carrying one finding of the utility server to the recording. */
  public static final String FINDING_HEADER = "X-Sep2-Finding";

  /** Framing headers httpcore5 computes itself from the entity; a stub's copies are dropped. */
  private static final Set<String> FRAMING_HEADERS =
      Set.of(
          HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT),
          HttpHeaders.TRANSFER_ENCODING.toLowerCase(Locale.ROOT));

  private WireMockTranslation() {}

  /**
   * The request's headers in arrival order, without any client-supplied identity header (compared
   * case-insensitively), followed by the server's identity headers when the client presented a
   * certificate.
   */
  static List<Map.Entry<String, String>> headersWithIdentity(
      Header[] headers, ClientIdentity identity) {
    List<Map.Entry<String, String>> result = new ArrayList<>(headers.length + 3);
    for (Header header : headers) {
      if (!IDENTITY_HEADERS.contains(header.getName().toLowerCase(Locale.ROOT))) {
        result.add(Map.entry(header.getName(), header.getValue() == null ? "" : header.getValue()));
      }
    }
    if (identity.present()) {
      result.add(Map.entry(ClientIdentity.LFDI_HEADER, identity.lfdi()));
      if (identity.sfdi() != null) {
        result.add(Map.entry(ClientIdentity.SFDI_HEADER, identity.sfdi()));
      }
      result.add(Map.entry(ClientIdentity.VERIFIED_HEADER, Boolean.toString(identity.trusted())));
    }
    return result;
  }

  /**
   * A WireMock request for {@code request} with {@code headers} (already identity-processed) and
   * {@code body}.
   *
   * @throws BadRequestTargetException when the request target is not an absolute path
   */
  static Request toWireMock(
      ClassicHttpRequest request,
      List<Map.Entry<String, String>> headers,
      byte[] body,
      InetAddress clientAddress,
      int localPort)
      throws BadRequestTargetException {
    String target = request.getPath();
    if (target == null || !target.startsWith("/")) {
      throw new BadRequestTargetException("request target must be an absolute path: " + target);
    }
    String url = SCHEME + "://" + authority(headers, localPort) + target;
    try {
      URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new BadRequestTargetException("request target is not a valid URI: " + target);
    }
    Map<String, List<String>> grouped = new LinkedHashMap<>();
    Map<String, String> spelling = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : headers) {
      String key = header.getKey().toLowerCase(Locale.ROOT);
      spelling.putIfAbsent(key, header.getKey());
      grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(header.getValue());
    }
    List<HttpHeader> wireMockHeaders = new ArrayList<>(grouped.size());
    grouped.forEach(
        (key, values) -> wireMockHeaders.add(new HttpHeader(spelling.get(key), values)));
    return new DirectRequest(
        url,
        RequestMethod.fromString(request.getMethod()),
        request.getVersion() != null ? request.getVersion().format() : "HTTP/1.1",
        clientAddress != null ? clientAddress.getHostAddress() : "",
        wireMockHeaders,
        body);
  }

  /** The Host header if it is a usable authority, else {@code localhost} and the local port. */
  private static String authority(List<Map.Entry<String, String>> headers, int localPort) {
    for (Map.Entry<String, String> header : headers) {
      if (header.getKey().equalsIgnoreCase(HttpHeaders.HOST)) {
        String host = header.getValue().strip();
        try {
          if (!host.isEmpty() && URI.create(SCHEME + "://" + host + "/").getHost() != null) {
            return host;
          }
        } catch (IllegalArgumentException ignored) {
          // fall through to the local address
        }
        break;
      }
    }
    return "localhost:" + localPort;
  }

  /**
   * The httpcore5 response for WireMock's {@code answer}; its framing headers are left to
   * httpcore5, its body is attached where the status allows one.
   */
  static ClassicHttpResponse toHttp(Response answer) {
    int status = answer.getStatus();
    String reason = answer.getStatusMessage();
    if (reason == null || reason.isBlank()) {
      reason = reasonPhrase(status);
    }
    BasicClassicHttpResponse response = new BasicClassicHttpResponse(status, reason);
    for (HttpHeader header : answer.getHeaders().all()) {
      String key = header.key().toLowerCase(Locale.ROOT);
      if (FRAMING_HEADERS.contains(key) || key.startsWith(STUBBING_HEADER_PREFIX)) {
        continue;
      }
      for (String value : header.values()) {
        response.addHeader(header.key(), value);
      }
    }
    if (status != 204 && status != 304) {
      byte[] body = answer.getBody();
      response.setEntity(new ByteArrayEntity(body != null ? body : new byte[0], null));
    }
    return response;
  }

  /**
   * The headers the utility server uses to hand its findings to the recording: taken off the
   * response here, so they never reach the wire.
   */
  static List<String> takeFindings(ClassicHttpResponse response) {
    List<String> findings = new ArrayList<>();
    for (Header header : response.getHeaders(FINDING_HEADER)) {
      findings.add(header.getValue());
    }
    response.removeHeaders(FINDING_HEADER);
    return findings;
  }

  /** The English reason phrase of {@code status}, or {@code ""} for an unknown code. */
  static String reasonPhrase(int status) {
    String reason = EnglishReasonPhraseCatalog.INSTANCE.getReason(status, Locale.ENGLISH);
    return reason != null ? reason : "";
  }

  /** The request target cannot be turned into a URL. */
  static final class BadRequestTargetException extends Exception {
    private static final long serialVersionUID = 1L;

    BadRequestTargetException(String message) {
      super(message);
    }
  }
}
