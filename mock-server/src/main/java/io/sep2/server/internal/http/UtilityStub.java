package io.sep2.server.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.sep2.model.Sep2Xml;
import io.sep2.tls.ClientIdentity;
import io.sep2.utility.UtilityClock;
import io.sep2.utility.internal.UtilityRequest;
import io.sep2.utility.internal.UtilityResponse;
import io.sep2.utility.internal.UtilityServer;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The utility server inside WireMock: one catch-all stub of the lowest priority whose answer this
 * transformer computes, so a test's own stub for a URI wins over the utility server for that URI,
 * and every request and answer is in WireMock's journal for {@code verify()}.
 */
public final class UtilityStub implements ResponseDefinitionTransformerV2 {

  /** The transformer's name: {@value}. */
  public static final String NAME = "sep2-utility";

  /** The catch-all stub's priority: below every stub a test writes (WireMock's default is 5). */
  public static final int PRIORITY = 10_000;

  private final Supplier<UtilityServer> utility;
  private final UtilityClock clock;

  /**
   * Answers from the utility server {@code utility} supplies, stamping requests with {@code clock}.
   * The supplier is asked on every request, never before the first: the server builds its utility
   * model on another thread while WireMock starts, and has it before it accepts any connection.
   */
  public UtilityStub(Supplier<UtilityServer> utility, UtilityClock clock) {
    this.utility = Objects.requireNonNull(utility, "utility");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  /** The catch-all stub mapping. */
  public static StubMapping stubMapping() {
    return any(anyUrl())
        .atPriority(PRIORITY)
        .willReturn(aResponse().withTransformers(NAME))
        .withName("sep2 utility server")
        .build();
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    UtilityResponse answer = utility.get().handle(request(serveEvent.getRequest()));
    ResponseDefinitionBuilder response = aResponse().withStatus(answer.status());
    if (answer.body() != null) {
      response.withHeader("Content-Type", Sep2Xml.CONTENT_TYPE).withBody(answer.body());
    }
    if (answer.location() != null) {
      response.withHeader("Location", answer.location());
    }
    if (!answer.allow().isEmpty()) {
      response.withHeader("Allow", String.join(", ", answer.allow()));
    }
    for (String finding : answer.findings()) {
      response.withHeader(WireMockTranslation.FINDING_HEADER, oneLine(finding));
    }
    return response.build();
  }

  private UtilityRequest request(Request request) {
    URI uri = URI.create(request.getUrl());
    String lfdi = request.getHeader(ClientIdentity.LFDI_HEADER);
    String sfdi = request.getHeader(ClientIdentity.SFDI_HEADER);
    return new UtilityRequest(
        request.getMethod().value(),
        uri.getPath() == null ? "/" : uri.getPath(),
        query(uri.getRawQuery()),
        request.getHeader("Content-Type"),
        request.getBody() == null ? new byte[0] : request.getBody(),
        lfdi == null || lfdi.isEmpty() ? null : lfdi,
        sfdi == null || sfdi.isEmpty() ? -1 : Long.parseLong(sfdi),
        clock.instant());
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      query.putIfAbsent(name, value);
    }
    return query;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static String oneLine(String text) {
    return text.replace('\r', ' ').replace('\n', ' ');
  }
}
