package io.sep2.utility;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.model.DerControl;
import io.sep2.model.DerControlList;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.keystore.KeystoreWriter;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.fixtures.FixturePack;
import io.sep2.server.fixtures.FixturePackException;
import io.sep2.server.fixtures.UtilitySetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fixture pack's {@code utility.json} sets up the utility server at start: devices by LFDI or
 * certificate (with PIN and RegistrationLink), aggregators, programs with default controls
 * (CSIP-AUS limits) and controls starting relative to the server's start; a bad file stops the
 * server from being made, naming the file, the field and the problem.
 */
class UtilityFixtureTest {

  static final Instant T0 = Instant.parse("2025-09-01T00:00:00Z");
  static final String OTHER = "3E4F45AB31EDFE5B67E343E5E4562E31984E23E5";

  @TempDir Path pack;

  Sep2Pki pki =
      Sep2Pki.builder()
          .seed("utility-fixture")
          .addDevice("device", "SN-1")
          .addDevice("gateway", "SN-GW")
          .build();

  void write(String json) throws IOException {
    Files.writeString(pack.resolve("utility.json"), json);
  }

  ServerOptions.Builder options() {
    return ServerOptions.builder()
        .pki(pki)
        .clock(Clock.fixed(T0, ZoneOffset.UTC))
        .fixtures(pack.toString());
  }

  @Test
  void aPackSetsUpDevicesAggregatorsProgramsAndControls() throws Exception {
    Files.createDirectories(pack.resolve("certs"));
    KeystoreWriter.writeCertificatesPem(
        pack.resolve("certs/device.pem"), List.of(pki.device("device").certificate()));
    KeystoreWriter.writeCertificatesPem(
        pack.resolve("certs/gateway.pem"), List.of(pki.device("gateway").certificate()));
    Files.createDirectories(pack.resolve("mappings"));
    Files.writeString(
        pack.resolve("mappings/hello.json"),
        "{\"request\": {\"method\": \"GET\", \"url\": \"/vendor/hello\"},"
            + " \"response\": {\"status\": 200, \"body\": \"hello\"}}");
    write(
        """
        // a utility's set-up, as its back office has it
        {
          "devices": [
            {"lfdi": "%s", "registrationLink": false},
            {"certificate": "certs/device.pem", "pin": 12345}
          ],
          "aggregators": [{"certificate": "certs/gateway.pem"}],
          "programs": [
            {"description": "Low", "primacy": 9, "fsa": 2,
             "defaultControl": {"opModMaxLimW": 8000}},
            {"description": "Export limits", "primacy": 1,
             "defaultControl": {"opModExpLimW": 5000, "opModImpLimW": 4000,
                                "opModGenLimW": 6000, "opModLoadLimW": 7000,
                                "opModConnect": true, "rampTms": 100},
             "controls": [
               {"start": 60, "duration": 300, "modes": {"opModExpLimW": 1500},
                "description": "evening peak", "randomizeStart": 30, "responseRequired": 1},
               {"start": -10, "duration": 30, "modes": {"opModConnect": false}}
             ]}
          ]
        }
        """
            .formatted(OTHER));
    UtilitySetup setup = FixturePack.of(pack.toString()).utilitySetup().orElseThrow();
    String deviceLfdi = DeviceIdentity.of(pki.device("device").certificate()).lfdi();
    String gatewayLfdi = DeviceIdentity.of(pki.device("gateway").certificate()).lfdi();
    assertThat(setup.deviceLfdis()).containsExactly(OTHER, deviceLfdi);
    assertThat(setup.aggregatorLfdis()).containsExactly(gatewayLfdi);
    assertThat(setup.programDescriptions()).containsExactly("Low", "Export limits");

    try (Sep2MockServer server = new Sep2MockServer(options().build()).start()) {
      Utility utility = server.utility();
      assertThat(utility.devices()).extracting(Device::lfdi).containsExactly(OTHER, deviceLfdi);
      assertThat(utility.programs()).extracting(Program::primacy).containsExactly(9, 1);
      Sep2Client device = new Sep2Client(server, pki.device("device"));
      Sep2Client gateway = new Sep2Client(server, pki.device("gateway"));

      // the device is /edev/2 with its PIN; /edev/1 links no Registration
      assertThat(device.post("/edev", device.endDevice()).location()).contains("/edev/2");
      assertThat(device.get("/edev/2/rg").body()).contains("<pIN>123455</pIN>");
      assertThat(device.get("/edev/2").body()).contains("RegistrationLink");
      assertThat(gateway.get("/edev/1").body()).doesNotContain("RegistrationLink");
      // the gateway is an aggregator
      assertThat(gateway.get("/edev?l=10").all()).isEqualTo(3);
      assertThat(gateway.get("/edev/0").status()).isEqualTo(200);

      // programs by primacy, the default control's CSIP-AUS limits, controls from the start
      assertThat(UtilityListsTest.itemHrefs(device.get("/edev/2/derp?l=5").body()))
          .containsExactly("/edev/2/derp/2", "/edev/2/derp/1");
      assertThat(device.get("/edev/2/fsa?l=5").all()).isEqualTo(2);
      assertThat(device.get("/edev/2/derp/2/dderc").body())
          .contains("<csipaus:opModExpLimW><multiplier>0</multiplier><value>5000</value>")
          .contains("<csipaus:opModImpLimW><multiplier>0</multiplier><value>4000</value>")
          .contains("<csipaus:opModGenLimW><multiplier>0</multiplier><value>6000</value>")
          .contains("<csipaus:opModLoadLimW><multiplier>0</multiplier><value>7000</value>")
          .contains("<opModConnect>true</opModConnect>")
          .contains("<rampTms>100</rampTms>");
      List<DerControl> controls =
          device.get("/edev/2/derp/2/derc?l=5").as(DerControlList.class).derControls();
      assertThat(controls)
          .extracting(c -> c.interval().start())
          .containsExactly(T0.minusSeconds(10), T0.plusSeconds(60));
      DerControl peak = controls.get(1);
      assertThat(peak.description()).contains("evening peak");
      assertThat(peak.randomizeStart()).hasValue(30);
      assertThat(peak.responseRequired()).hasValue(1);
      assertThat(peak.interval().duration()).isEqualTo(300);
      assertThat(device.get("/edev/2/derp/2/actderc?l=5").body())
          .contains("<opModConnect>false</opModConnect>");
      // and the pack's stubs are served as ever
      assertThat(device.get("/vendor/hello").body()).isEqualTo("hello");
      server.wireMock().verify(1, getRequestedFor(urlEqualTo("/vendor/hello")));
    }
  }

  @Test
  void aPackMayHoldOnlyAUtilitySetup() throws Exception {
    write("{\"programs\": [{\"primacy\": 1, \"defaultControl\": {\"opModExpLimW\": 1}}]}");
    try (Sep2MockServer server = new Sep2MockServer(options().build()).start()) {
      assertThat(server.utility().programs()).hasSize(1);
      assertThat(server.utility().programs().get(0).defaultControl()).isPresent();
    }
  }

  @Test
  void aPackWithAUtilitySetupNeedsTheUtilityServer() throws Exception {
    write("{\"devices\": [{\"lfdi\": \"" + OTHER + "\"}]}");
    assertThatThrownBy(() -> new Sep2MockServer(options().utilityServer(false).build()))
        .isInstanceOf(FixturePackException.class)
        .hasMessageContaining("utility.json")
        .hasMessageContaining("utilityServer(false)");
  }

  static Stream<Arguments> badFiles() {
    String lfdi = "\"lfdi\": \"" + OTHER + "\"";
    String modes = "\"modes\": {\"opModExpLimW\": 1}";
    return Stream.of(
        Arguments.of("{\"devices\": [{\"lfdi\": \"XYZ\"}]}", "devices[0].lfdi: must be an LFDI"),
        Arguments.of("{\"devices\": [{}]}", "devices[0]: give either \"lfdi\""),
        Arguments.of(
            "{\"devices\": [{" + lfdi + ", \"certificate\": \"x.pem\"}]}",
            "devices[0]: give either"),
        Arguments.of(
            "{\"devices\": [{\"certificate\": \"missing.pem\"}]}",
            "devices[0].certificate: 'missing.pem' is not a file in the pack"),
        Arguments.of(
            "{\"devices\": [{\"certificate\": \"../outside.pem\"}]}",
            "devices[0].certificate: '../outside.pem' is not a file in the pack"),
        Arguments.of(
            "{\"devices\": [{\"certificate\": \"utility.json\"}]}",
            "devices[0].certificate: 'utility.json' is not a PEM or DER certificate"),
        Arguments.of(
            "{\"devices\": [{" + lfdi + ", \"pin\": 123456}]}",
            "devices[0].pin: must be a five-digit PIN, 0..99999, was 123456"),
        Arguments.of(
            "{\"devices\": [{" + lfdi + ", \"registrationLink\": \"no\"}]}",
            "devices[0].registrationLink: must be true or false"),
        Arguments.of("{\"aggregators\": [\"nope\"]}", "aggregators[0]: must be an LFDI"),
        Arguments.of(
            "{\"programs\": [{\"description\": \"x\"}]}", "programs[0].primacy: is missing"),
        Arguments.of(
            "{\"programs\": [{\"primacy\": 300}]}", "programs[0].primacy: must be 0..255, was 300"),
        Arguments.of(
            "{\"programs\": [{\"primacy\": 1.5}]}", "programs[0].primacy: must be a whole number"),
        Arguments.of(
            "{\"programs\": [{\"primacy\": 1, \"fsa\": 0}]}",
            "programs[0].fsa: must be a function"),
        Arguments.of(
            "{\"programs\": [{\"primacy\": 1, \"controls\": [{\"start\": 0, \"duration\": -5, "
                + modes
                + "}]}]}",
            "programs[0].controls[0].duration: must be whole seconds above 0, was -5"),
        Arguments.of(
            "{\"programs\": [{\"primacy\": 1, \"controls\": [{\"duration\": 5, " + modes + "}]}]}",
            "programs[0].controls[0].start: is missing"),
        Arguments.of(
            "{\"programs\": [{\"primacy\": 1, \"controls\": [{\"start\": 0, \"duration\": 5}]}]}",
            "programs[0].controls[0].modes: is missing"),
        Arguments.of(
            "{\"programs\": [{\"primacy\": 1, \"controls\": [{\"start\": 0, \"duration\": 5,"
                + " \"modes\": {}}]}]}",
            "programs[0].controls[0].modes: must be an object with at least one mode"),
        Arguments.of(
            "{\"programs\": [{\"primacy\": 1, \"defaultControl\": {\"opModExpLimit\": 5}}]}",
            "programs[0].defaultControl.opModExpLimit: 'opModExpLimit' is not a mode"),
        Arguments.of(
            "{\"programs\": [{\"primacy\": 1, \"defaultControl\": {\"opModConnect\": 1}}]}",
            "programs[0].defaultControl.opModConnect: must be true or false, was 1"),
        Arguments.of(
            "{\"programs\": [{\"primacy\": 1, \"defaultControl\": {\"opModMaxLimW\": 20000}}]}",
            "programs[0].defaultControl.opModMaxLimW: must be hundredths of a percent"),
        Arguments.of(
            "{\"programs\": [{\"primacy\": 1, \"controls\": [{\"start\": 0, \"duration\": 5, "
                + modes
                + ", \"colour\": \"red\"}]}]}",
            "programs[0].controls[0].colour: unknown field"),
        Arguments.of("{\"program\": []}", "program: unknown field"),
        Arguments.of("{\"programs\": {}}", "programs: must be an array"),
        Arguments.of("[]", "must hold a JSON object"),
        Arguments.of("{\"devices\": [}", "is not valid JSON"),
        Arguments.of("{\"devices\": [], \"devices\": []}", "Duplicate field 'devices'"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badFiles")
  void aBadFileIsRejectedNamingFileFieldAndProblem(String json, String message) throws Exception {
    write(json);
    assertThatThrownBy(() -> new Sep2MockServer(options().build()))
        .isInstanceOf(FixturePackException.class)
        .hasMessageStartingWith(
            "fixture pack " + pack.toAbsolutePath().normalize() + ": utility.json: ")
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((FixturePackException) e).file()).contains("utility.json"));
  }
}
