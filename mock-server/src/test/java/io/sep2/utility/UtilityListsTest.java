package io.sep2.utility;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.model.EndDeviceList;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every list of the utility server over real TLS: {@code s}, {@code l} and {@code a} with {@code
 * all} and {@code results} right for each page, the defaults (s=0, l=1), l above 500 served as 500,
 * bad values refused with 400 and an Error document, the order 2030.5 gives each list, and pollRate
 * on the lists whose schema type carries it.
 */
class UtilityListsTest {

  static UtilityScenario scenario;

  @BeforeAll
  static void start() {
    scenario = new UtilityScenario().populate();
  }

  @AfterAll
  static void stop() {
    scenario.close();
  }

  /** Path, client ("device" or "aggregator"), total, whether the schema type has pollRate. */
  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of("/edev", "device", 1, true),
        Arguments.of("/edev", "aggregator", 6, true),
        Arguments.of("/mup", "device", 2, true),
        Arguments.of("/edev/1/der", "device", 1, true),
        Arguments.of("/edev/1/fsa", "device", 2, true),
        Arguments.of("/edev/1/fsa/1/derp", "device", 2, true),
        Arguments.of("/edev/1/fsa/2/derp", "device", 1, true),
        Arguments.of("/edev/1/derp", "device", 3, true),
        Arguments.of("/edev/1/derp/2/derc", "device", 4, false),
        Arguments.of("/edev/1/derp/2/actderc", "device", 1, false),
        Arguments.of("/edev/1/derp/2/dc", "device", 2, false),
        Arguments.of("/edev/1/rsps", "device", 1, true),
        Arguments.of("/edev/1/rsps/site_control/rsp", "device", 3, false),
        Arguments.of("/edev/1/lel", "device", 3, true),
        Arguments.of("/edev/1/sub", "device", 2, true),
        Arguments.of("/edev/0/sub", "aggregator", 1, true),
        Arguments.of("/edev/3/der", "aggregator", 1, true));
  }

  static Sep2Client client(String who) {
    return who.equals("aggregator") ? scenario.aggregator : scenario.client;
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("lists")
  void everyPageHasTheRightItemsAllAndResults(
      String path, String who, int total, boolean pollRate) {
    Sep2Client client = client(who);
    Sep2Client.Reply full = UtilityScenario.must(client.get(path + "?l=500"), 200);
    assertThat(full.all()).as(full.toString()).isEqualTo(total);
    assertThat(full.results()).isEqualTo(total);
    List<String> items = itemHrefs(full.body());
    assertThat(items).as(full.toString()).hasSize(total).doesNotHaveDuplicates();
    for (int s = 0; s <= total + 1; s++) {
      for (int l : new int[] {0, 1, 2, total}) {
        Sep2Client.Reply page = UtilityScenario.must(client.get(path + "?s=" + s + "&l=" + l), 200);
        List<String> expected = items.subList(Math.min(s, total), Math.min(total, s + l));
        assertThat(page.all()).as(page.toString()).isEqualTo(total);
        assertThat(page.results()).as(page.toString()).isEqualTo(expected.size());
        assertThat(itemHrefs(page.body())).as(page.toString()).isEqualTo(expected);
      }
    }
    // defaults: s=0, l=1
    Sep2Client.Reply first = UtilityScenario.must(client.get(path), 200);
    assertThat(first.all()).isEqualTo(total);
    assertThat(first.results()).isEqualTo(Math.min(1, total));
    assertThat(itemHrefs(first.body())).isEqualTo(items.subList(0, Math.min(1, total)));
    assertThat(itemHrefs(client.get(path + "?s=1").body()))
        .isEqualTo(items.subList(Math.min(1, total), Math.min(2, total)));
    assertThat(itemHrefs(client.get(path + "?l=3").body()))
        .isEqualTo(items.subList(0, Math.min(3, total)));
    // the root's href is the list's own, and pollRate where the schema has it
    assertThat(first.rootAttribute("href")).isEqualTo(path);
    assertThat(first.rootAttribute("pollRate"))
        .isEqualTo(pollRate ? Long.toString(UtilityScenario.POLL_RATE) : null);
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("lists")
  void badQueryValuesAre400WithAnErrorDocument(
      String path, String who, int total, boolean pollRate) {
    Sep2Client client = client(who);
    for (String query : List.of("s=-1", "l=-1", "l=x", "s=1.5", "l=", "a=yesterday", "a=-5")) {
      Sep2Client.Reply bad = client.get(path + "?" + query);
      assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
      assertThat(bad.body()).contains("<Error");
      assertThat(bad.reasonCode()).isZero();
    }
  }

  @Test
  void aFindingNamesTheBadParameter() {
    long mark = scenario.utility.exchanges().size();
    scenario.client.get("/edev/1/lel?l=ten");
    Exchange e = scenario.utility.exchanges().get((int) mark);
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.findings()).anySatisfy(f -> assertThat(f).contains("l=ten"));
  }

  @Test
  void programsByPrimacyControlsByStartEndDevicesMostRecentlyChangedFirst() {
    assertThat(itemHrefs(scenario.client.get("/edev/1/derp?l=10").body()))
        .containsExactly("/edev/1/derp/2", "/edev/1/derp/3", "/edev/1/derp/1");
    assertThat(itemHrefs(scenario.client.get("/edev/1/fsa/1/derp?l=10").body()))
        .containsExactly("/edev/1/derp/2", "/edev/1/derp/1");
    // start ascending; the two with the same start: the later created (late2) first
    assertThat(itemHrefs(scenario.client.get("/edev/1/derp/2/derc?l=10").body()))
        .containsExactly(
            "/edev/1/derp/2/derc/" + scenario.active.id(),
            "/edev/1/derp/2/derc/" + scenario.next.id(),
            "/edev/1/derp/2/derc/" + scenario.late2.id(),
            "/edev/1/derp/2/derc/" + scenario.late1.id());
    // the aggregator's own EndDevice first, then the most recently changed
    assertThat(itemHrefs(scenario.aggregator.get("/edev?l=10").body()))
        .containsExactly("/edev/0", "/edev/5", "/edev/4", "/edev/3", "/edev/2", "/edev/1");
    scenario.advance(1);
    scenario.utility.devices().get(1).registrationPin(12345); // /edev/2 changes
    assertThat(itemHrefs(scenario.aggregator.get("/edev?l=10").body()))
        .containsExactly("/edev/0", "/edev/2", "/edev/5", "/edev/4", "/edev/3", "/edev/1");
    List<Long> changed =
        scenario.aggregator.get("/edev?l=10").as(EndDeviceList.class).endDevices().stream()
            .skip(1)
            .map(d -> d.changedTime().getEpochSecond())
            .toList();
    assertThat(changed).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void afterFiltersTheTimeOrderedLists() {
    long t0 = UtilityScenario.T0.getEpochSecond();
    // log events created at T0+1, +2, +3
    Sep2Client.Reply lel = scenario.client.get("/edev/1/lel?l=10&a=" + (t0 + 2));
    assertThat(lel.all()).isEqualTo(2);
    assertThat(itemHrefs(lel.body())).containsExactly("/edev/1/lel/2", "/edev/1/lel/3");
    assertThat(scenario.client.get("/edev/1/lel?l=10&a=" + (t0 + 4)).all()).isZero();
    // responses: two 5 s after the first
    List<Exchange> posts =
        scenario.utility.exchanges().stream()
            .filter(e -> e.method().equals("POST") && e.path().endsWith("/rsp"))
            .toList();
    long second = posts.get(1).time().getEpochSecond();
    Sep2Client.Reply rsp = scenario.client.get("/edev/1/rsps/site_control/rsp?l=10&a=" + second);
    assertThat(rsp.all()).isEqualTo(2);
    assertThat(rsp.results()).isEqualTo(2);
    // EndDevices changed at or after a time
    long fifth = scenario.utility.devices().get(4).sfdi();
    assertThat(fifth).isPositive();
    Sep2Client.Reply edev = scenario.aggregator.get("/edev?l=10&a=" + (t0 + 40));
    assertThat(itemHrefs(edev.body())).contains("/edev/5").doesNotContain("/edev/1", "/edev/3");
    assertThat(edev.all()).isEqualTo(edev.results());
  }

  @Test
  void aLimitAbove500IsServedAs500() {
    Sep2Pki pki = Sep2Pki.builder().seed("utility-lists-500").build();
    String lfdi = DeviceIdentity.of(pki.device().certificate()).lfdi();
    try (Sep2MockServer server =
        new Sep2MockServer(ServerOptions.builder().pki(pki).aggregator(lfdi).build()).start()) {
      for (int i = 0; i < 600; i++) {
        server.utility().registerDevice(String.format("%040X", 0xA000L + i));
      }
      Sep2Client client = new Sep2Client(server);
      for (String l : List.of("501", "1000", "99999999999999999999999")) {
        Sep2Client.Reply page = UtilityScenario.must(client.get("/edev?l=" + l), 200);
        assertThat(page.all()).isEqualTo(601); // 600 and the aggregator's own /edev/0
        assertThat(page.results()).isEqualTo(500);
        assertThat(itemHrefs(page.body())).hasSize(500);
      }
      Sep2Client.Reply rest = client.get("/edev?s=500&l=1000");
      assertThat(rest.results()).isEqualTo(101);
      assertThat(client.get("/edev?s=99999999999999999999").results()).isZero();
    }
  }

  private static final Pattern ELEMENT = Pattern.compile("<([A-Za-z:]+)\\s[^>]*?href=\"([^\"]*)\"");

  /** The hrefs of the list's items: elements with an href, but not the root and not links. */
  static List<String> itemHrefs(String xml) {
    List<String> hrefs = new ArrayList<>();
    Matcher m = ELEMENT.matcher(xml);
    boolean root = true;
    while (m.find()) {
      if (root) {
        root = false;
        continue;
      }
      if (!m.group(1).endsWith("Link")) {
        hrefs.add(m.group(2));
      }
    }
    return hrefs;
  }
}
