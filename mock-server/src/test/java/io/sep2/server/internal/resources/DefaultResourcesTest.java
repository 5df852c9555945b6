package io.sep2.server.internal.resources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.direct.DirectCallHttpServer;
import com.github.tomakehurst.wiremock.direct.DirectCallHttpServerFactory;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import io.sep2.tls.ClientIdentity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class DefaultResourcesTest {

  private static final String NS = DefaultResources.NAMESPACE;
  private static final String LFDI = "3E4F45AB31EDFE5B67E343E5E4562E31984E23E5";

  private WireMockServer wireMock;
  private DirectCallHttpServer http;

  /** A WireMock server with the direct-call factory and the required extensions. */
  private WireMockServer start(DefaultResources resources) {
    DirectCallHttpServerFactory factory = new DirectCallHttpServerFactory();
    wireMock =
        new WireMockServer(
            options()
                .httpServerFactory(factory)
                .extensions(DefaultResources.requiredExtensions().toArray(Extension[]::new)));
    wireMock.start();
    http = factory.getHttpServer();
    resources.install(wireMock);
    return wireMock;
  }

  @AfterEach
  void stop() {
    if (wireMock != null) {
      wireMock.stop();
    }
  }

  private Response request(RequestMethod method, String path, Map<String, String> headers) {
    return DirectRequests.send(http, method, path, headers);
  }

  private Response fetch(String path) {
    return request(RequestMethod.GET, path, Map.of());
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private Element resource(String path) throws Exception {
    Response response = fetch(path);
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    assertThat(response.getHeaders().getContentTypeHeader().firstValue())
        .isEqualTo("application/sep+xml");
    Element root = parse(response.getBodyAsString()).getDocumentElement();
    assertThat(root.getNamespaceURI()).as(path).isEqualTo(NS);
    return root;
  }

  private static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e) {
        assertThat(e.getNamespaceURI()).as(e.getTagName()).isEqualTo(NS);
        children.add(e);
      }
    }
    return children;
  }

  private static List<String> childNames(Element parent) {
    return children(parent).stream().map(Node::getLocalName).toList();
  }

  private static Element child(Element parent, String name) {
    return children(parent).stream()
        .filter(e -> e.getLocalName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(parent.getLocalName() + " has no " + name));
  }

  private static long number(Element parent, String name) {
    return Long.parseLong(child(parent, name).getTextContent().strip());
  }

  @Test
  void deviceCapabilityIsTheDocumentedExample() throws Exception {
    start(DefaultResources.standard());

    Element dcap = resource("/dcap");

    assertThat(dcap.getLocalName()).isEqualTo("DeviceCapability");
    assertThat(dcap.getAttribute("href")).isEqualTo("/dcap");
    assertThat(dcap.getAttribute("pollRate")).isEqualTo("900");
    assertThat(childNames(dcap))
        .containsExactly(
            "TimeLink", "EndDeviceListLink", "MirrorUsagePointListLink", "SelfDeviceLink");
    assertThat(child(dcap, "TimeLink").getAttribute("href")).isEqualTo("/tm");
    assertThat(child(dcap, "EndDeviceListLink").getAttribute("href")).isEqualTo("/edev");
    assertThat(child(dcap, "EndDeviceListLink").getAttribute("all")).isEqualTo("1");
    assertThat(child(dcap, "MirrorUsagePointListLink").getAttribute("href")).isEqualTo("/mup");
    assertThat(child(dcap, "MirrorUsagePointListLink").getAttribute("all")).isEqualTo("0");
    assertThat(child(dcap, "SelfDeviceLink").getAttribute("href")).isEqualTo("/sdev");
  }

  @Test
  void elementsFollowTheSchemaOrder() throws Exception {
    start(DefaultResources.standard());

    assertThat(childNames(resource("/tm")))
        .containsExactly(
            "currentTime",
            "dstEndTime",
            "dstOffset",
            "dstStartTime",
            "localTime",
            "quality",
            "tzOffset");
    assertThat(childNames(resource("/edev/0")))
        .containsExactly(
            "lFDI", "sFDI", "changedTime", "enabled", "FunctionSetAssignmentsListLink");
    assertThat(childNames(resource("/edev/0/fsa/0")))
        .containsExactly("DERProgramListLink", "TimeLink", "mRID", "description");
    assertThat(childNames(resource("/derp/0")))
        .containsExactly("mRID", "description", "DERControlListLink", "primacy");
    Element derc = resource("/derp/0/derc/0");
    assertThat(childNames(derc))
        .containsExactly(
            "mRID", "description", "creationTime", "EventStatus", "interval", "DERControlBase");
    assertThat(childNames(child(derc, "EventStatus")))
        .containsExactly("currentStatus", "dateTime", "potentiallySuperseded");
    assertThat(childNames(child(derc, "interval"))).containsExactly("duration", "start");
    assertThat(childNames(child(derc, "DERControlBase")))
        .containsExactly("opModConnect", "opModMaxLimW");
    assertThat(childNames(resource("/sdev"))).containsExactly("lFDI", "sFDI");
  }

  @Test
  void listsHoldExactlyTheirItems() throws Exception {
    start(DefaultResources.standard());
    Map<String, String> lists =
        Map.of(
            "/edev", "EndDevice",
            "/edev/0/fsa", "FunctionSetAssignments",
            "/derp", "DERProgram",
            "/derp/0/derc", "DERControl",
            "/mup", "MirrorUsagePoint");

    for (Map.Entry<String, String> list : lists.entrySet()) {
      Element root = resource(list.getKey());
      List<Element> items = children(root);
      assertThat(root.getAttribute("href")).isEqualTo(list.getKey());
      assertThat(items).extracting(Node::getLocalName).allMatch(list.getValue()::equals);
      assertThat(root.getAttribute("all")).isEqualTo(Integer.toString(items.size()));
      assertThat(root.getAttribute("results")).isEqualTo(Integer.toString(items.size()));
      for (Element item : items) {
        assertThat(item.getAttribute("href")).as("item of " + list.getKey()).isNotEmpty();
        assertThat(childNames(item))
            .as("list item equals the single resource")
            .isEqualTo(childNames(resource(item.getAttribute("href"))));
      }
    }
  }

  @Test
  void everyLinkResolvesFromDeviceCapability() throws Exception {
    start(DefaultResources.standard());
    Set<String> visited = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of("/dcap"));

    while (!todo.isEmpty()) {
      String path = todo.pop();
      if (!visited.add(path)) {
        continue;
      }
      Element root = resource(path);
      NodeList all = root.getElementsByTagNameNS(NS, "*");
      List<Element> elements = new ArrayList<>(List.of(root));
      for (int i = 0; i < all.getLength(); i++) {
        elements.add((Element) all.item(i));
      }
      for (Element e : elements) {
        if (e.hasAttribute("href")) {
          todo.add(e.getAttribute("href"));
        }
      }
    }

    assertThat(visited)
        .containsExactlyInAnyOrder(
            "/dcap",
            "/tm",
            "/edev",
            "/edev/0",
            "/edev/0/fsa",
            "/edev/0/fsa/0",
            "/derp",
            "/derp/0",
            "/derp/0/derc",
            "/derp/0/derc/0",
            "/mup",
            "/sdev");
  }

  @Test
  void descriptionsFitString32AndMridsAre128Bit() throws Exception {
    start(DefaultResources.standard());
    for (String path : List.of("/edev/0/fsa/0", "/derp/0", "/derp/0/derc/0")) {
      Element root = resource(path);
      assertThat(child(root, "description").getTextContent()).hasSizeLessThanOrEqualTo(32);
      assertThat(child(root, "mRID").getTextContent()).matches("[0-9A-F]{32}");
    }
  }

  @Test
  void timeIsCurrentAndUtcByDefault() throws Exception {
    start(DefaultResources.standard());
    long now = Instant.now().getEpochSecond();

    Element time = resource("/tm");

    assertThat(number(time, "currentTime")).isBetween(now - 5, now + 5);
    assertThat(number(time, "localTime")).isEqualTo(number(time, "currentTime"));
    assertThat(number(time, "tzOffset")).isZero();
    assertThat(number(time, "dstOffset")).isZero();
    assertThat(number(time, "dstStartTime")).isZero();
    assertThat(number(time, "dstEndTime")).isZero();
    assertThat(number(time, "quality")).isEqualTo(4);
  }

  @Test
  void timeFollowsTheConfiguredZone() throws Exception {
    ZoneId california = ZoneId.of("America/Los_Angeles");
    start(DefaultResources.standard().withTimeZone(california));

    Element time = resource("/tm");

    long current = number(time, "currentTime");
    Instant at = Instant.ofEpochSecond(current);
    assertThat(number(time, "tzOffset")).isEqualTo(-8 * 3600);
    assertThat(number(time, "dstOffset")).isEqualTo(3600);
    assertThat(number(time, "localTime"))
        .isEqualTo(current + california.getRules().getOffset(at).getTotalSeconds());
    assertThat(number(time, "dstStartTime")).isLessThan(number(time, "dstEndTime"));
  }

  @Test
  void endDeviceShowsTheRequestingClientsIdentityOrPlaceholders() throws Exception {
    start(DefaultResources.standard());

    Response mine =
        request(
            RequestMethod.GET,
            "/edev",
            Map.of(ClientIdentity.LFDI_HEADER, LFDI, ClientIdentity.SFDI_HEADER, "167261211391"));
    Element device = children(parse(mine.getBodyAsString()).getDocumentElement()).get(0);
    assertThat(child(device, "lFDI").getTextContent()).isEqualTo(LFDI);
    assertThat(child(device, "sFDI").getTextContent()).isEqualTo("167261211391");

    Element anonymous = resource("/edev/0");
    assertThat(child(anonymous, "lFDI").getTextContent()).isEqualTo("0".repeat(40));
    assertThat(child(anonymous, "sFDI").getTextContent()).isEqualTo("0");
  }

  @Test
  void aBasePathMovesEveryResourceAndLink() throws Exception {
    start(DefaultResources.standard().withBasePath("/sep2/v1"));

    Element dcap = resource("/sep2/v1/dcap");

    assertThat(dcap.getAttribute("href")).isEqualTo("/sep2/v1/dcap");
    assertThat(child(dcap, "TimeLink").getAttribute("href")).isEqualTo("/sep2/v1/tm");
    assertThat(fetch("/dcap").getStatus()).isEqualTo(404);
    Response created = request(RequestMethod.POST, "/sep2/v1/mup", Map.of());
    assertThat(created.getStatus()).isEqualTo(201);
    assertThat(created.getHeaders().getHeader("Location").firstValue()).isEqualTo("/sep2/v1/mup/0");
  }

  @Test
  void listQueriesForPagingAreAccepted() throws Exception {
    start(DefaultResources.standard());
    assertThat(fetch("/edev?s=0&l=10").getStatus()).isEqualTo(200);
  }

  @Test
  void aTestsOwnStubWins() throws Exception {
    start(DefaultResources.standard());
    wireMock.stubFor(get("/tm").willReturn(aResponse().withStatus(503)));

    assertThat(fetch("/tm").getStatus()).isEqualTo(503);
  }

  @Test
  void installIsRepeatableAndRemoveTakesOnlyTheDefaults() throws Exception {
    DefaultResources resources = DefaultResources.standard();
    start(resources);
    int defaults = wireMock.getStubMappings().size();
    resources.install(wireMock);
    assertThat(wireMock.getStubMappings()).hasSize(defaults);
    wireMock.stubFor(get("/own").willReturn(aResponse()));

    resources.remove(wireMock);

    assertThat(wireMock.getStubMappings()).hasSize(1);
    assertThat(defaults).isEqualTo(13);
    assertThat(resources.stubMappings())
        .allSatisfy(s -> assertThat(s.getPriority()).isEqualTo(DefaultResources.PRIORITY));
  }

  @Test
  void theServersIdentityAppearsInSelfDevice() throws Exception {
    start(DefaultResources.standard().withServerIdentity(LFDI.toLowerCase(), "167261211391"));

    Element self = resource("/sdev");

    assertThat(child(self, "lFDI").getTextContent()).isEqualTo(LFDI);
    assertThat(child(self, "sFDI").getTextContent()).isEqualTo("167261211391");
  }

  @Test
  void aServerWithoutTheTimeTransformerIsRefused() {
    DirectCallHttpServerFactory factory = new DirectCallHttpServerFactory();
    wireMock = new WireMockServer(options().httpServerFactory(factory));

    assertThatThrownBy(() -> DefaultResources.standard().install(wireMock))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(TimeTransformer.NAME);
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> DefaultResources.standard().withBasePath("sep2/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sep2/'");
    assertThatThrownBy(() -> DefaultResources.standard().withServerIdentity("XYZ", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'XYZ'");
  }
}
