package io.sep2.server.internal.resources;

import com.github.tomakehurst.wiremock.direct.DirectCallHttpServer;
import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends requests straight to a {@link DirectCallHttpServer} in tests. A plain {@link
 * ImmutableRequest} has {@code null} cookies, which breaks WireMock's response templating, so this
 * subclass has none instead.
 */
public final class DirectRequests extends ImmutableRequest {

  private DirectRequests(String url, RequestMethod method, List<HttpHeader> headers) {
    super(
        url, method, "HTTP/1.1", "127.0.0.1", new HttpHeaders(headers), new byte[0], false, false);
  }

  @Override
  public Map<String, Cookie> getCookies() {
    return Map.of();
  }

  /** Sends {@code method path} with {@code headers} and returns WireMock's answer. */
  public static Response send(
      DirectCallHttpServer server, RequestMethod method, String path, Map<String, String> headers) {
    List<HttpHeader> list = new ArrayList<>();
    headers.forEach((name, value) -> list.add(new HttpHeader(name, value)));
    return server.stubRequest(new DirectRequests("https://localhost:8443" + path, method, list));
  }

  /** Sends {@code GET path}. */
  public static Response get(DirectCallHttpServer server, String path) {
    return send(server, RequestMethod.GET, path, Map.of());
  }
}
