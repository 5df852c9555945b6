package io.sep2.server.internal.resources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.sep2.tls.ClientIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default IEEE 2030.5 resources of the mock server, as ordinary WireMock stub mappings.
 *
 * <p>A 2030.5 client starts at one well-known URI, the <b>DeviceCapability</b> ({@code /dcap}), and
 * discovers every other resource by following the {@code href} links it finds there: {@code
 * DeviceCapability} &rarr; {@code Time} ({@code /tm}), {@code EndDeviceList} ({@code /edev}),
 * {@code MirrorUsagePointList} ({@code /mup}), {@code SelfDevice} ({@code /sdev}); {@code
 * EndDevice} ({@code /edev/0}) &rarr; its {@code FunctionSetAssignmentsList} ({@code /edev/0/fsa})
 * &rarr; {@code DERProgramList} ({@code /derp}) &rarr; {@code DERProgram} ({@code /derp/0}) &rarr;
 * {@code DERControlList} ({@code /derp/0/derc}) with one {@code DERControl}. Clients must not
 * hard-code these paths, and a test can move them all with {@link #withBasePath(String)} to check
 * that. Every link in these resources resolves to one of them, lists match on the path only (so
 * paging query parameters such as {@code ?s=0&l=10} are accepted and ignored), and {@code POST
 * /mup} (a client creating a MirrorUsagePoint) answers {@code 201 Created} with {@code Location:
 * /mup/0}. Other URIs get WireMock's {@code 404}.
 *
 * <p>Every body is {@code application/sep+xml} in the namespace {@value #NAMESPACE}, with elements
 * in the order the 2030.5-2018 schema requires (each file under {@code sep2/resources/} on the
 * class path names the order it follows). {@code /tm} is filled in at response time by {@link
 * TimeTransformer}; {@code /edev} and {@code /edev/0} carry the LFDI and SFDI of the requesting
 * client (from the {@link ClientIdentity} headers the server adds after the TLS handshake, via
 * WireMock response templating), or placeholders for a client without certificate. The DERControl
 * is active for 24 hours from {@link #stubMappings()} and changes nothing (connected, 100 % power
 * limit).
 *
 * <p>All stubs have priority {@value #PRIORITY}, lower than WireMock's default of 5, so a test's
 * own stub for the same URI wins without removing anything: {@code
 * wireMock.stubFor(get("/dcap").willReturn(...))}. Their ids are fixed per base path, so {@link
 * #install} is repeatable. Immutable and thread-safe.
 */
public final class DefaultResources {

  /** Priority of every default stub: {@value}. WireMock's default is 5; lower numbers win. */
  public static final int PRIORITY = 10;

  /** Content type of every default body: {@value}. */
  public static final String CONTENT_TYPE = "application/sep+xml";

  /** XML namespace of IEEE 2030.5-2018: {@value}. */
  public static final String NAMESPACE = "urn:ieee:std:2030.5:ns";

  /** Stub metadata key under which every default stub is tagged: {@value}. */
  public static final String METADATA_KEY = "sep2";

  /** Placeholder LFDI of the server's SelfDevice until {@link #withServerIdentity} is given. */
  public static final String PLACEHOLDER_LFDI = "0000000000000000000000000000000000000000";

  /** Placeholder SFDI of the server's SelfDevice until {@link #withServerIdentity} is given. */
  public static final String PLACEHOLDER_SFDI = "0";

  private static final String RESOURCE_DIR = "/sep2/resources/";
  private static final String TEMPLATE = "response-template";
  private static final Pattern BASE_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)*");
  private static final Pattern LFDI = Pattern.compile("[0-9A-Fa-f]{40}");
  private static final Pattern SFDI = Pattern.compile("[0-9]{1,13}");
  private static final Pattern TOKEN = Pattern.compile("\\$\\{([A-Za-z]+)(?::([A-Za-z0-9.-]+))?}");
  private static final Pattern LEADING_COMMENT =
      Pattern.compile("\\A\\s*<!--.*?-->\\s*", Pattern.DOTALL);
  private static final String ROOT_NAMESPACE = " xmlns=\"" + NAMESPACE + "\"";

  private static final DefaultResources STANDARD =
      new DefaultResources("", ZoneId.of("UTC"), PLACEHOLDER_LFDI, PLACEHOLDER_SFDI);

  private final String basePath;
  private final ZoneId timeZone;
  private final String serverLfdi;
  private final String serverSfdi;

  private DefaultResources(String basePath, ZoneId timeZone, String serverLfdi, String serverSfdi) {
    this.basePath = basePath;
    this.timeZone = timeZone;
    this.serverLfdi = serverLfdi;
    this.serverSfdi = serverSfdi;
  }

  /** The resources at {@code /dcap} etc., time zone UTC, placeholder server identity. */
  public static DefaultResources standard() {
    return STANDARD;
  }

  /**
   * The extensions a {@code WireMockServer} must be created with to serve these resources: {@link
   * TimeTransformer}. {@link io.sep2.server.internal.http.WireMockBackend} adds them itself.
   */
  public static List<Extension> requiredExtensions() {
    return List.of(new TimeTransformer());
  }

  /**
   * Returns a copy serving every resource below {@code basePath}, e.g. {@code /sep2} gives {@code
   * /sep2/dcap}, {@code /sep2/tm}, ...; links follow. Default {@code ""}.
   *
   * @param basePath empty, or {@code /}-separated segments of letters, digits and {@code ._~-},
   *     starting with {@code /} and not ending with one
   */
  public DefaultResources withBasePath(String basePath) {
    Objects.requireNonNull(basePath, "basePath");
    if (!BASE_PATH.matcher(basePath).matches()) {
      throw new IllegalArgumentException(
          "basePath must be empty or like /a/b (letters, digits, ._~- ; no trailing /), was '"
              + basePath
              + "'");
    }
    return new DefaultResources(basePath, timeZone, serverLfdi, serverSfdi);
  }

  /**
   * Returns a copy whose {@code Time} resource reports local time in {@code zone} (its standard
   * offset as {@code tzOffset}, its daylight saving rules as {@code dst*}). Default UTC.
   */
  public DefaultResources withTimeZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    try {
      zone.getRules();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("time zone has no rules: " + zone, e);
    }
    return new DefaultResources(basePath, zone, serverLfdi, serverSfdi);
  }

  /**
   * Returns a copy whose {@code SelfDevice} ({@code /sdev}) carries the server's own identity, the
   * LFDI and SFDI of its TLS certificate. Default: {@value #PLACEHOLDER_LFDI} / {@value
   * #PLACEHOLDER_SFDI}.
   *
   * @param lfdi 40 hex digits
   * @param sfdi 1 to 13 decimal digits (36 bits as decimal plus a check digit)
   */
  public DefaultResources withServerIdentity(String lfdi, String sfdi) {
    Objects.requireNonNull(lfdi, "lfdi");
    Objects.requireNonNull(sfdi, "sfdi");
    if (!LFDI.matcher(lfdi).matches()) {
      throw new IllegalArgumentException("lfdi must be 40 hex digits, was '" + lfdi + "'");
    }
    if (!SFDI.matcher(sfdi).matches()) {
      throw new IllegalArgumentException("sfdi must be 1 to 13 decimal digits, was '" + sfdi + "'");
    }
    return new DefaultResources(basePath, timeZone, lfdi.toUpperCase(Locale.ROOT), sfdi);
  }

  /** The base path, {@code ""} by default. */
  public String basePath() {
    return basePath;
  }

  /** The time zone of the {@code Time} resource, UTC by default. */
  public ZoneId timeZone() {
    return timeZone;
  }

  /** The path clients start from: {@code basePath() + "/dcap"}. */
  public String deviceCapabilityPath() {
    return basePath + "/dcap";
  }

  /**
   * Builds the stub mappings, fresh objects on every call; the DERControl's and EndDevice's times
   * are the time of this call.
   */
  public List<StubMapping> stubMappings() {
    Map<String, String> values =
        Map.of(
            "base",
            basePath,
            "installTime",
            Long.toString(Instant.now().getEpochSecond()),
            "lfdiHeader",
            ClientIdentity.LFDI_HEADER,
            "sfdiHeader",
            ClientIdentity.SFDI_HEADER,
            "selfLfdi",
            serverLfdi,
            "selfSfdi",
            serverSfdi);
    List<StubMapping> stubs = new ArrayList<>();
    stubs.add(xml("DeviceCapability", "GET", "/dcap", "dcap.xml", values));
    stubs.add(
        xml(
            "Time",
            "GET",
            "/tm",
            "tm.xml",
            values,
            r ->
                r.withTransformers(TimeTransformer.NAME)
                    .withTransformerParameter(
                        TimeTransformer.TIME_ZONE_PARAMETER, timeZone.getId())));
    stubs.add(
        xml(
            "EndDeviceList",
            "GET",
            "/edev",
            "edev-list.xml",
            values,
            r -> r.withTransformers(TEMPLATE)));
    stubs.add(
        xml("EndDevice", "GET", "/edev/0", "edev.xml", values, r -> r.withTransformers(TEMPLATE)));
    stubs.add(xml("FunctionSetAssignmentsList", "GET", "/edev/0/fsa", "fsa-list.xml", values));
    stubs.add(xml("FunctionSetAssignments", "GET", "/edev/0/fsa/0", "fsa.xml", values));
    stubs.add(xml("DERProgramList", "GET", "/derp", "derp-list.xml", values));
    stubs.add(xml("DERProgram", "GET", "/derp/0", "derp.xml", values));
    stubs.add(xml("DERControlList", "GET", "/derp/0/derc", "derc-list.xml", values));
    stubs.add(xml("DERControl", "GET", "/derp/0/derc/0", "derc.xml", values));
    stubs.add(xml("SelfDevice", "GET", "/sdev", "sdev.xml", values));
    stubs.add(xml("MirrorUsagePointList", "GET", "/mup", "mup-list.xml", values));
    stubs.add(
        stub(
            "MirrorUsagePoint created",
            "POST",
            "/mup",
            aResponse().withStatus(201).withHeader("Location", basePath + "/mup/0")));
    return List.copyOf(stubs);
  }

  /**
   * Adds the stubs to {@code server}, replacing those a previous call with the same base path
   * added.
   *
   * @throws IllegalStateException when {@code server} lacks {@link #requiredExtensions()} or has
   *     response templating disabled
   */
  public void install(WireMockServer server) {
    Objects.requireNonNull(server, "server");
    requireCapabilities(server.getOptions());
    for (StubMapping stub : stubMappings()) {
      server.removeStubMapping(stub.getId());
      server.addStubMapping(stub);
    }
  }

  /** Removes the stubs {@link #install} added for this base path; absent ones are skipped. */
  public void remove(WireMockServer server) {
    Objects.requireNonNull(server, "server");
    for (StubMapping stub : stubMappings()) {
      server.removeStubMapping(stub.getId());
    }
  }

  @Override
  public String toString() {
    return "DefaultResources[basePath='"
        + basePath
        + "', timeZone="
        + timeZone
        + ", serverLfdi="
        + serverLfdi
        + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DefaultResources other
        && basePath.equals(other.basePath)
        && timeZone.equals(other.timeZone)
        && serverLfdi.equals(other.serverLfdi)
        && serverSfdi.equals(other.serverSfdi);
  }

  @Override
  public int hashCode() {
    return Objects.hash(basePath, timeZone, serverLfdi, serverSfdi);
  }

  private static void requireCapabilities(Options options) {
    boolean hasTime =
        options.getDeclaredExtensions().getInstances().containsKey(TimeTransformer.NAME)
            || options.getDeclaredExtensions().getClasses().contains(TimeTransformer.class);
    if (!hasTime) {
      throw new IllegalStateException(
          "this WireMockServer was created without the "
              + TimeTransformer.NAME
              + " transformer the /tm resource needs: create it with"
              + " io.sep2.server.internal.http.WireMockBackend, or add DefaultResources.requiredExtensions()"
              + " to its options");
    }
    if (!options.getResponseTemplatingEnabled()) {
      throw new IllegalStateException(
          "this WireMockServer has response templating disabled; the /edev resources need it to"
              + " show the client's LFDI/SFDI");
    }
  }

  private StubMapping xml(
      String resource, String method, String path, String file, Map<String, String> values) {
    return xml(resource, method, path, file, values, r -> r);
  }

  private StubMapping xml(
      String resource,
      String method,
      String path,
      String file,
      Map<String, String> values,
      UnaryOperator<ResponseDefinitionBuilder> extra) {
    ResponseDefinitionBuilder response =
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", CONTENT_TYPE)
            .withBody(render(file, values));
    return stub(resource, method, path, extra.apply(response));
  }

  /** A stub for {@code method} on {@code basePath + path}, matching the path only. */
  private StubMapping stub(
      String resource, String method, String path, ResponseDefinitionBuilder response) {
    String fullPath = basePath + path;
    return request(method, urlPathEqualTo(fullPath))
        .withId(idOf(method, fullPath))
        .withName("2030.5 default " + resource)
        .atPriority(PRIORITY)
        .withMetadata(
            Map.of(METADATA_KEY, Map.of("defaultResource", resource, "basePath", basePath)))
        .willReturn(response)
        .build();
  }

  private static UUID idOf(String method, String path) {
    return UUID.nameUUIDFromBytes(
        ("sep2 default resource " + method + " " + path).getBytes(StandardCharsets.UTF_8));
  }

  /** Reads {@code file}, drops its leading comments and fills in install-time tokens. */
  private static String render(String file, Map<String, String> values) {
    String text = LEADING_COMMENT.matcher(read(file)).replaceFirst("").strip();
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String replacement;
      if ("include".equals(name) && m.group(2) != null) {
        replacement = render(m.group(2), values).replaceFirst(Pattern.quote(ROOT_NAMESPACE), "");
      } else if (values.containsKey(name) && m.group(2) == null) {
        replacement = values.get(name);
      } else if (TimeTransformer.TOKEN_NAMES.contains(name) && m.group(2) == null) {
        replacement = m.group(); // filled in at response time by TimeTransformer
      } else {
        throw new IllegalStateException(
            "unknown token " + m.group() + " in " + RESOURCE_DIR + file);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String read(String file) {
    try (InputStream in = DefaultResources.class.getResourceAsStream(RESOURCE_DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing class path resource " + RESOURCE_DIR + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read class path resource " + RESOURCE_DIR + file, e);
    }
  }
}
