package io.sep2.utility;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.model.EndDevice;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An aggregator (ServerOptions.aggregator, or Utility.registerAggregator at run time) registers
 * other devices' sFDIs, sees every EndDevice and its own {@code /edev/0} (with its
 * SubscriptionList), and acts for the devices it aggregates; a device certificate does none of
 * that. The aggregator's certificate is a second device of the same test PKI.
 */
class AggregatorTest {

  static final String NS = "xmlns=\"urn:ieee:std:2030.5:ns\"";
  static final String OTHER_LFDI = "ABCDEF0123456789ABCDEF0123456789ABCDEF01";

  Sep2Pki pki =
      Sep2Pki.builder()
          .seed("utility-aggregator")
          .addDevice("device", "SN-1")
          .addDevice("aggregator", "SN-AGG")
          .addDevice("late", "SN-LATE")
          .build();
  Sep2MockServer server;
  Sep2Client device;
  Sep2Client aggregator;
  Sep2Client late;

  @BeforeEach
  void start() {
    String lfdi = DeviceIdentity.of(pki.device("aggregator").certificate()).lfdi();
    server = new Sep2MockServer(ServerOptions.builder().pki(pki).aggregator(lfdi).build()).start();
    device = new Sep2Client(server, pki.device("device"));
    aggregator = new Sep2Client(server, pki.device("aggregator"));
    late = new Sep2Client(server, pki.device("late"));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void anAggregatorRegistersOtherDevicesAndSeesThemAll() {
    assertThat(device.register()).isEqualTo("/edev/1");
    long otherSfdi = DeviceIdentity.sfdiOfLfdi(OTHER_LFDI);
    Sep2Client.Reply other = aggregator.post("/edev", Sep2Client.endDevice(otherSfdi, OTHER_LFDI));
    assertThat(other.status()).isEqualTo(201);
    assertThat(other.location()).contains("/edev/2");
    Sep2Client.Reply again = aggregator.post("/edev", Sep2Client.endDevice(otherSfdi, OTHER_LFDI));
    assertThat(again.status()).isEqualTo(204);
    assertThat(again.location()).contains("/edev/2");
    // the device's own sFDI, registered already: 204 and its Location
    Sep2Client.Reply known = aggregator.post("/edev", device.endDevice());
    assertThat(known.status()).isEqualTo(204);
    assertThat(known.location()).contains("/edev/1");
    // an sFDI without its lFDI cannot be registered by an aggregator
    Sep2Client.Reply bare = aggregator.post("/edev", Sep2Client.endDevice(1234567, null));
    assertThat(bare.status()).isEqualTo(400);
    assertThat(server.utility().exchanges().get(server.utility().exchanges().size() - 1).findings())
        .anySatisfy(f -> assertThat(f).contains("lFDI"));
    // an sFDI that does not belong to the lFDI is taken, with a finding
    Sep2Client.Reply mismatch =
        aggregator.post("/edev", Sep2Client.endDevice(1234567, OTHER_LFDI.replace('A', 'B')));
    assertThat(mismatch.status()).isEqualTo(201);
    assertThat(server.utility().exchanges().get(server.utility().exchanges().size() - 1).findings())
        .anySatisfy(f -> assertThat(f).contains("does not belong to its lFDI"));

    Sep2Client.Reply list = aggregator.get("/edev?l=10");
    assertThat(list.all()).isEqualTo(4);
    assertThat(UtilityListsTest.itemHrefs(list.body()))
        .startsWith("/edev/0")
        .containsExactlyInAnyOrder("/edev/0", "/edev/1", "/edev/2", "/edev/3");
    assertThat(aggregator.get("/dcap").body())
        .contains("<EndDeviceListLink href=\"/edev\" all=\"4\"/>");
    // the device sees itself only, and no /edev/0
    assertThat(device.get("/edev?l=10").all()).isEqualTo(1);
    assertThat(device.get("/dcap").body())
        .contains("<EndDeviceListLink href=\"/edev\" all=\"1\"/>");
    assertThat(device.get("/edev/0").status()).isEqualTo(404);
    assertThat(device.get("/edev/2").status()).isEqualTo(403);
    assertThat(device.post("/edev", Sep2Client.endDevice(otherSfdi, OTHER_LFDI)).status())
        .isEqualTo(403);
  }

  @Test
  void theAggregatorsOwnEndDeviceHoldsItsSubscriptions() {
    EndDevice own = aggregator.get("/edev/0").as(EndDevice.class);
    assertThat(own.href()).contains("/edev/0");
    assertThat(own.lfdi().map(Object::toString)).contains(aggregator.lfdi());
    assertThat(own.sfdi()).isEqualTo(aggregator.sfdi());
    assertThat(own.subscriptionListLink()).hasValueSatisfying(l -> assertThat(l.all()).hasValue(0));
    assertThat(own.registrationLink()).isEmpty();
    assertThat(own.derListLink()).isEmpty();

    String subscription =
        "<Subscription "
            + NS
            + "><subscribedResource>/edev</subscribedResource><encoding>0</encoding>"
            + "<level>+S1</level><limit>10</limit><notificationURI>"
            + UtilityScenario.NOWHERE
            + "</notificationURI></Subscription>";
    Sep2Client.Reply created = aggregator.post("/edev/0/sub", subscription);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.location()).contains("/edev/0/sub/1");
    assertThat(aggregator.get("/edev/0/sub").all()).isEqualTo(1);
    assertThat(aggregator.get("/edev/0/sub/1").body()).contains("<subscribedResource>/edev<");
    assertThat(aggregator.get("/edev/0").as(EndDevice.class).subscriptionListLink())
        .hasValueSatisfying(l -> assertThat(l.all()).hasValue(1));
    assertThat(aggregator.send("DELETE", "/edev/0/sub/1", null, null).status()).isEqualTo(204);
    assertThat(aggregator.get("/edev/0/sub").all()).isZero();
    // /edev/0 has nothing but its subscriptions
    for (String path : List.of("/edev/0/der", "/edev/0/rg", "/edev/0/derp", "/edev/0/fsa")) {
      assertThat(aggregator.get(path).status()).as(path).isEqualTo(403);
    }
    assertThat(device.get("/edev/0/sub").status()).isEqualTo(404);
  }

  @Test
  void anAggregatorActsForTheDevicesItAggregates() {
    long otherSfdi = DeviceIdentity.sfdiOfLfdi(OTHER_LFDI);
    aggregator.post("/edev", Sep2Client.endDevice(otherSfdi, OTHER_LFDI));
    assertThat(aggregator.put("/edev/1/der/1/derg", UtilityHttpTest.SETTINGS).status())
        .isEqualTo(204);
    assertThat(server.utility().device(OTHER_LFDI).orElseThrow().derSettings()).isPresent();
    String mup =
        "<MirrorUsagePoint "
            + NS
            + "><mRID>0A000000000000000000000000000009</mRID><roleFlags>49</roleFlags>"
            + "<serviceCategoryKind>0</serviceCategoryKind><status>1</status><deviceLFDI>"
            + OTHER_LFDI
            + "</deviceLFDI></MirrorUsagePoint>";
    assertThat(aggregator.post("/mup", mup).status()).isEqualTo(201);
    assertThat(aggregator.get("/mup").all()).isEqualTo(1);
    // a device cannot mirror another device
    assertThat(device.post("/mup", mup.replace("09<", "0A<")).status()).isEqualTo(403);
  }

  @Test
  void anAggregatorCanBeRegisteredAtRunTime() {
    long otherSfdi = DeviceIdentity.sfdiOfLfdi(OTHER_LFDI);
    assertThat(late.post("/edev", Sep2Client.endDevice(otherSfdi, OTHER_LFDI)).status())
        .isEqualTo(403);
    assertThat(late.get("/edev/0").status()).isEqualTo(404);
    server.utility().registerAggregator(late.lfdi().toLowerCase(java.util.Locale.ROOT));
    assertThat(late.post("/edev", Sep2Client.endDevice(otherSfdi, OTHER_LFDI)).status())
        .isEqualTo(201);
    assertThat(late.get("/edev/0").status()).isEqualTo(200);
    assertThat(late.get("/edev?l=5").all()).isEqualTo(2);
  }
}
