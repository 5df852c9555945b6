package io.sep2.server.internal.resources;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A WireMock response transformer that fills in the current time when a response is sent, so the
 * 2030.5 {@code Time} resource ({@code /tm}) is right at every poll rather than frozen at stub
 * time.
 *
 * <p>A stub opts in with {@code .withTransformers(TimeTransformer.NAME)}; the transformer then
 * replaces these tokens in the response body (all values in seconds, see {@link TimeValues}):
 * {@code ${currentTime}}, {@code ${dstEndTime}}, {@code ${dstOffset}}, {@code ${dstStartTime}},
 * {@code ${localTime}}, {@code ${tzOffset}}. The time zone comes from the transformer parameter
 * {@value #TIME_ZONE_PARAMETER} (an IANA zone id such as {@code America/Los_Angeles}); default
 * {@code UTC}. Any other text is left alone, so it can be combined with WireMock's own templating.
 *
 * <p>The transformer must be registered when the {@code WireMockServer} is created; {@link
 * io.sep2.server.internal.http.WireMockBackend} does that, for any other server add {@link
 * DefaultResources#requiredExtensions()} to its options.
 */
public final class TimeTransformer implements ResponseTransformerV2 {

  /** The name stubs refer to in {@code withTransformers(...)}: {@value}. */
  public static final String NAME = "sep2-time";

  /** The transformer parameter holding the IANA time zone id: {@value}. Default {@code UTC}. */
  public static final String TIME_ZONE_PARAMETER = "timeZone";

  /** The names of the tokens this transformer replaces, e.g. {@code currentTime}. */
  static final Set<String> TOKEN_NAMES =
      Set.of("currentTime", "dstEndTime", "dstOffset", "dstStartTime", "localTime", "tzOffset");

  private final Clock clock;

  /** A transformer reading the system clock. */
  public TimeTransformer() {
    this(Clock.systemUTC());
  }

  /** A transformer reading {@code clock} (for tests that need a fixed time). */
  public TimeTransformer(Clock clock) {
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

  @Override
  public Response transform(Response response, ServeEvent serveEvent) {
    ZoneId zone = zoneOf(serveEvent.getTransformerParameters());
    TimeValues time = TimeValues.at(clock.instant(), zone);
    String body = response.getBodyAsString();
    for (Map.Entry<String, Long> token : tokens(time).entrySet()) {
      body = body.replace("${" + token.getKey() + "}", Long.toString(token.getValue()));
    }
    return Response.Builder.like(response).but().body(body).build();
  }

  /** The token names this transformer replaces, mapped to their values at {@code time}. */
  static Map<String, Long> tokens(TimeValues time) {
    return Map.of(
        "currentTime", time.currentTime(),
        "dstEndTime", time.dstEndTime(),
        "dstOffset", time.dstOffset(),
        "dstStartTime", time.dstStartTime(),
        "localTime", time.localTime(),
        "tzOffset", time.tzOffset());
  }

  private static ZoneId zoneOf(Parameters parameters) {
    String id = parameters == null ? null : parameters.getString(TIME_ZONE_PARAMETER, null);
    if (id == null || id.isBlank()) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "transformer parameter " + TIME_ZONE_PARAMETER + " is not a time zone id: '" + id + "'",
          e);
    }
  }
}
