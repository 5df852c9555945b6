package io.sep2.server.internal.http;

import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request WireMock sees. {@link ImmutableRequest} reports its cookies as {@code null}, which
 * makes WireMock 3.13's response templating fail with a {@code NullPointerException} (it builds the
 * template model from every request); this subclass parses the {@code Cookie} headers instead.
 */
final class DirectRequest extends ImmutableRequest {

  private final Map<String, Cookie> cookies;

  DirectRequest(
      String absoluteUrl,
      RequestMethod method,
      String protocol,
      String clientIp,
      List<HttpHeader> headers,
      byte[] body) {
    super(absoluteUrl, method, protocol, clientIp, new HttpHeaders(headers), body, false, false);
    this.cookies = parseCookies(headers);
  }

  @Override
  public Map<String, Cookie> getCookies() {
    return cookies;
  }

  /** {@code Cookie: a=1; b=2} headers (RFC 6265 section 4.2) as name to values. */
  private static Map<String, Cookie> parseCookies(List<HttpHeader> headers) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (HttpHeader header : headers) {
      if (!header.keyEquals("Cookie")) {
        continue;
      }
      for (String line : header.values()) {
        for (String pair : line.split(";")) {
          int equals = pair.indexOf('=');
          if (equals > 0) {
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
              value = value.substring(1, value.length() - 1);
            }
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
          }
        }
      }
    }
    Map<String, Cookie> cookies = new LinkedHashMap<>();
    values.forEach((name, list) -> cookies.put(name, new Cookie(list)));
    return Collections.unmodifiableMap(cookies);
  }
}
