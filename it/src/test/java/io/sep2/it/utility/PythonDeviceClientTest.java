package io.sep2.it.utility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sep2.junit.With2030_5Server;
import io.sep2.model.DateTimeInterval;
import io.sep2.model.DefaultDerControl;
import io.sep2.model.DerControl;
import io.sep2.model.DerControlBase;
import io.sep2.model.Finding;
import io.sep2.model.MirrorMeterReading;
import io.sep2.model.MirrorUsagePoint;
import io.sep2.model.SchemaValidator;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.server.Sep2MockServer;
import io.sep2.utility.Control;
import io.sep2.utility.Device;
import io.sep2.utility.Exchange;
import io.sep2.utility.Program;
import io.sep2.utility.Utility;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device client we did not write in Java against the utility server: {@code
 * interop/sep2_device.py} (Python's {@code ssl}, {@code http.client} and {@code ElementTree}, CCM_8
 * with the PKI's device files) knows only {@code /dcap} and goes through the whole 2030.5 flow:
 * discovery, registration with its pIN, its four DER documents, its program's default control and
 * controls (twice, checking that mRIDs and creation times are stable), paging, mirror metering and
 * the HTTP errors. The test asserts on what the device saw (the JSON the script prints) and on what
 * the server holds afterwards ({@code server.utility()}); curl then sends the 415 and 400 cases as
 * a second client. With {@code -Dsep2.schema=PATH/sep.xsd} every document the server sent and every
 * document the server accepted is validated against the schema.
 */
@With2030_5Server(pkiSeed = "python-device")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PythonDeviceClientTest {

  /** The pIN a utility gives its installers for every device: 11111 and its check digit. */
  static final int PIN = 111115;

  static final long SCRIPT_SECONDS = 60;

  @TempDir static Path work;

  static PkiFiles pki;
  static Path script;
  static Program program;
  static List<Control> controls;

  @BeforeAll
  static void utilitySetUp(Sep2MockServer server) {
    pki = PkiFiles.write(server.pki(), work.resolve("pki"));
    script = DeviceScript.copyTo(work.resolve("script"));
    Utility utility = server.utility();
    program = utility.createProgram("Python device program", 1, 1);
    program.defaultControl(
        DefaultDerControl.builder()
            .derControlBase(DerControlBase.builder().opModMaxLimW(8000).build()));
    Instant now = utility.clock().instant();
    controls =
        List.of(
            program.schedule(
                DerControl.builder()
                    .description("60 % now")
                    .interval(new DateTimeInterval(1800L, now.minusSeconds(60)))
                    .derControlBase(DerControlBase.builder().opModMaxLimW(6000).build())),
            program.schedule(
                DerControl.builder()
                    .description("50 % in an hour")
                    .interval(new DateTimeInterval(1800L, now.plusSeconds(3600)))
                    .derControlBase(DerControlBase.builder().opModMaxLimW(5000).build())),
            program.schedule(
                DerControl.builder()
                    .description("disconnect in two hours")
                    .interval(new DateTimeInterval(1800L, now.plusSeconds(7200)))
                    .derControlBase(DerControlBase.builder().opModConnect(false).build())));
  }

  static List<String> arguments(Sep2MockServer server, PkiFiles files, int pin) {
    return List.of(
        server.host(),
        Integer.toString(server.port()),
        files.deviceChain().toString(),
        files.deviceKey().toString(),
        files.serca().toString(),
        "--pin",
        Integer.toString(pin));
  }

  @Test
  @Order(1)
  void pythonDeviceGoesThroughTheWholeFlow(Sep2MockServer server) throws Exception {
    Utility utility = server.utility();
    int before = utility.exchanges().size();
    DeviceScript.Run run = DeviceScript.run(script, SCRIPT_SECONDS, arguments(server, pki, PIN));
    System.out.println("What the Python device did (" + run.commandLine() + "):");
    System.out.print(run.summary());
    String why = run.transcript();

    // ---- what the device saw ----
    assertThat(run.exitCode()).as(why).isZero();
    assertThat(run.json().path("ok").asBoolean()).as(why).isTrue();
    assertThat(run.json().path("failures")).as(why).isEmpty();
    assertThat(run.json().path("tls").path("version").asText()).isEqualTo("TLSv1.2");
    assertThat(run.json().path("tls").path("cipher").asText()).isEqualTo("ECDHE-ECDSA-AES128-CCM8");
    DeviceIdentity me = DeviceIdentity.of(server.pki().device().certificate());
    assertThat(run.json().path("device").path("lFDI").asText()).isEqualTo(me.lfdi());
    assertThat(run.json().path("device").path("sFDI").asLong()).isEqualTo(me.sfdi());

    JsonNode created = run.step("registration: POST EndDevice");
    assertThat(created.path("status").asInt()).isEqualTo(201);
    String location = created.path("location").asText();
    assertThat(location).matches("/edev/\\d+");
    JsonNode again = run.step("registration: POST EndDevice again");
    assertThat(again.path("status").asInt()).isEqualTo(204);
    assertThat(again.path("location").asText()).isEqualTo(location);
    assertThat(run.step("registration: Registration").path("values").path("pIN").asInt())
        .isEqualTo(PIN);
    for (String document :
        List.of("DERCapability", "DERSettings", "DERStatus", "DERAvailability")) {
      assertThat(run.step("DER: PUT " + document).path("status").asInt()).isEqualTo(204);
      assertThat(run.step("DER: GET " + document).path("status").asInt()).isEqualTo(200);
    }

    List<String> controlMrids = controls.stream().map(c -> c.mrid().toString()).toList();
    for (int pass = 1; pass <= 2; pass++) {
      JsonNode dderc = run.step("programs " + pass + ": DefaultDERControl").path("values");
      assertThat(dderc.path("mRID").asText())
          .isEqualTo(program.defaultControl().orElseThrow().mrid().toString());
      assertThat(dderc.path("opModMaxLimW").asInt()).isEqualTo(8000);
      JsonNode list = run.step("programs " + pass + ": DERControlList").path("values");
      assertThat(list.path("all").asInt()).isEqualTo(3);
      List<String> seen = new ArrayList<>();
      list.path("controls").forEach(c -> seen.add(c.path("mRID").asText()));
      assertThat(seen).isEqualTo(controlMrids);
      assertThat(list.path("controls").get(0).path("currentStatus").asInt()).isEqualTo(1);
      assertThat(list.path("controls").get(1).path("currentStatus").asInt()).isZero();
      assertThat(run.step("programs " + pass + ": DERProgram").path("values").path("mRID").asText())
          .isEqualTo(program.mrid().toString());
    }
    assertThat(
            run.step("programs: stable across two passes")
                .path("values")
                .path("stable")
                .asBoolean())
        .isTrue();
    List<String> paged = new ArrayList<>();
    run.step("paging: pages joined")
        .path("values")
        .path("mRIDs")
        .forEach(m -> paged.add(m.asText()));
    assertThat(paged).isEqualTo(controlMrids);
    assertThat(run.step("paging: DERControlList s=3 l=1").path("values").path("results").asInt())
        .isZero();

    String site = run.step("metering: POST MirrorUsagePoint site").path("location").asText();
    String der = run.step("metering: POST MirrorUsagePoint der").path("location").asText();
    assertThat(site).matches("/mup/\\d+").isNotEqualTo(der);
    assertThat(run.step("metering: POST MirrorUsagePoint site again").path("location").asText())
        .isEqualTo(site);
    assertThat(run.step("metering: POST MirrorMeterReading site").path("status").asInt())
        .isEqualTo(201);
    assertThat(run.step("metering: POST MirrorMeterReading der").path("status").asInt())
        .isEqualTo(201);

    assertThat(run.step("errors: unknown path").path("status").asInt()).isEqualTo(404);
    JsonNode notAllowed = run.step("errors: DELETE DeviceCapability");
    assertThat(notAllowed.path("status").asInt()).isEqualTo(405);
    assertThat(notAllowed.path("allow").asText()).contains("GET");
    assertThat(run.step("errors: malformed XML").path("status").asInt()).isEqualTo(400);
    assertThat(run.step("errors: wrong Content-Type").path("status").asInt()).isEqualTo(415);

    // ---- what the server holds ----
    Device device = utility.device(me.lfdi()).orElseThrow();
    assertThat(device.href()).isEqualTo(location);
    assertThat(device.sfdi()).isEqualTo(me.sfdi());
    assertThat(device.derCapability().orElseThrow().rtgMaxW().watts()).isEqualTo(5000.0);
    assertThat(device.derSettings().orElseThrow().setMaxW().watts()).isEqualTo(4800.0);
    assertThat(device.derStatus().orElseThrow().genConnectStatus().orElseThrow().value())
        .isEqualTo(0x07);
    assertThat(device.derAvailability().orElseThrow().statWAvail().orElseThrow().watts())
        .isEqualTo(4200.0);
    List<MirrorUsagePoint> mirrors = utility.mirrorUsagePoints();
    assertThat(mirrors).hasSize(2);
    assertThat(mirrors).allSatisfy(m -> assertThat(m.deviceLfdi().toString()).isEqualTo(me.lfdi()));
    assertThat(mirrors.stream().map(MirrorUsagePoint::roleFlags)).containsExactly(0x03, 0x49);
    assertThat(
            device.readings().stream()
                .map(MirrorMeterReading::reading)
                .map(r -> r.orElseThrow().value().orElseThrow()))
        .containsExactly(1850L, 4100L);

    // the server saw exactly the requests the device made, and noticed only the refused ones
    List<Exchange> exchanges = utility.exchanges().subList(before, utility.exchanges().size());
    List<JsonNode> steps = run.exchanges();
    assertThat(exchanges).as(why).hasSameSizeAs(steps);
    for (int i = 0; i < steps.size(); i++) {
      JsonNode step = steps.get(i);
      Exchange exchange = exchanges.get(i);
      assertThat(exchange.method() + " " + exchange.path() + " -> " + exchange.status())
          .as(step.path("step").asText())
          .isEqualTo(
              step.path("method").asText()
                  + " "
                  + step.path("path").asText().replaceFirst("\\?.*", "")
                  + " -> "
                  + step.path("status").asInt());
      assertThat(exchange.lfdi()).isEqualTo(me.lfdi());
      if (exchange.succeeded()) {
        assertThat(exchange.findings())
            .as("findings of %s", exchange)
            .allSatisfy(f -> assertThat(f).contains("is already registered at " + location));
      } else {
        assertThat(exchange.findings())
            .as("findings of %s", exchange)
            .singleElement()
            .asString()
            .startsWith(exchange.status() + ": ");
      }
    }
    assertThat(exchanges.stream().map(Exchange::change).filter(c -> c != null))
        .contains(
            "EndDevice " + location + " registered (sFDI " + me.sfdi() + ")",
            "DERCapability stored for EndDevice " + location,
            "DERSettings stored for EndDevice " + location,
            "DERStatus stored for EndDevice " + location,
            "DERAvailability stored for EndDevice " + location,
            "1 MirrorMeterReading received for " + site,
            "1 MirrorMeterReading received for " + der);
    assertThat(
            exchanges.stream().filter(e -> e.status() == 415).findFirst().orElseThrow().findings())
        .singleElement()
        .asString()
        .contains("Content-Type must be application/sep+xml, was 'application/xml'");
  }

  /** curl, one process per request, as a second client: the 415 and 400 cases. */
  @Test
  @Order(2)
  void curlGets415And400(Sep2MockServer server) throws Exception {
    Utility utility = server.utility();
    Device device = utility.registerDevice(server.pki().device().certificate());
    String settings = device.href() + "/der/1/derg";
    String stored = device.derSettings().map(Object::toString).orElse(null);
    int before = utility.exchanges().size();

    Path valid = work.resolve("settings.xml");
    Files.writeString(
        valid,
        "<DERSettings xmlns=\"urn:ieee:std:2030.5:ns\"><setGradW>50</setGradW>"
            + "<setMaxW><multiplier>0</multiplier><value>1000</value></setMaxW>"
            + "<updatedTime>1700000000</updatedTime></DERSettings>");
    Path malformed = work.resolve("malformed.xml");
    Files.writeString(malformed, "<DERSettings xmlns=\"urn:ieee:std:2030.5:ns\"><setGradW>");
    String wrongType = curl(server, settings, "PUT", "text/xml", valid);
    String broken = curl(server, settings, "PUT", "application/sep+xml", malformed);
    System.out.println("curl PUT text/xml:\n" + wrongType + "\ncurl PUT malformed:\n" + broken);

    assertThat(statusOf(wrongType)).as(wrongType).isEqualTo(415);
    assertThat(wrongType).contains("<Error").contains("<reasonCode>");
    assertThat(statusOf(broken)).as(broken).isEqualTo(400);
    assertThat(broken).contains("<Error");
    List<Exchange> exchanges = utility.exchanges().subList(before, utility.exchanges().size());
    assertThat(exchanges).extracting(Exchange::status).containsExactly(415, 400);
    assertThat(exchanges.get(0).findings())
        .singleElement()
        .asString()
        .contains("Content-Type must be application/sep+xml, was 'text/xml'");
    assertThat(exchanges.get(1).findings())
        .singleElement()
        .asString()
        .contains("not a valid DERSettings document");
    assertThat(device.derSettings().map(Object::toString).orElse(null))
        .as("refused PUTs change nothing")
        .isEqualTo(stored);
  }

  /**
   * With {@code -Dsep2.schema=PATH/sep.xsd}: every document the server sent in this class's
   * exchanges, and every document it accepted from a client, is valid against the schema (and the
   * CSIP-AUS schemas beside it, for documents that use their namespace).
   */
  @Test
  @Order(3)
  void everyDocumentIsSchemaValid(Sep2MockServer server) throws Exception {
    String schema = System.getProperty("sep2.schema", "");
    Assumptions.assumeFalse(
        schema.isBlank(), "no -Dsep2.schema=PATH/sep.xsd given: documents not validated");
    SchemaValidator validator = SchemaValidator.forSepSchema(Path.of(schema).toAbsolutePath());
    List<Exchange> exchanges = server.utility().exchanges();
    assertThat(exchanges).as("the tests before made exchanges").isNotEmpty();
    List<String> problems = new ArrayList<>();
    int sent = 0;
    int accepted = 0;
    for (Exchange exchange : exchanges) {
      if (!exchange.responseBody().isEmpty()) {
        sent++;
        check(validator, exchange, "response", exchange.responseBody(), problems);
      }
      if (exchange.succeeded() && !exchange.requestBody().isEmpty()) {
        accepted++;
        check(validator, exchange, "request", exchange.requestBody(), problems);
      }
    }
    System.out.printf(
        "sep2.schema %s: validated %d documents the server sent and %d it accepted (%d exchanges,"
            + " CSIP-AUS schemas %s)%n",
        schema, sent, accepted, exchanges.size(), validator.hasCsipAus() ? "found" : "absent");
    assertThat(problems).as("schema findings").isEmpty();
    assertThat(sent).isPositive();
  }

  private static void check(
      SchemaValidator validator,
      Exchange exchange,
      String which,
      String body,
      List<String> problems) {
    List<Finding> findings = validator.validate(body.getBytes(StandardCharsets.UTF_8));
    if (!findings.isEmpty()) {
      problems.add(exchange + " " + which + ": " + findings + "\n" + body);
    }
  }

  /**
   * A device given another pIN than its Registration serves goes no further: exit 1, the failure in
   * the JSON, and the server saw no DER document.
   */
  @Test
  @With2030_5Server(pkiSeed = "python-device-wrong-pin")
  void aDeviceGivenAnotherPinStopsAtRegistration(Sep2MockServer server) throws Exception {
    PkiFiles files = PkiFiles.write(server.pki(), work.resolve("pki-wrong-pin"));
    DeviceScript.Run run =
        DeviceScript.run(script, SCRIPT_SECONDS, arguments(server, files, 222220));
    System.out.println("A device given pIN 222220:");
    System.out.print(run.summary());

    assertThat(run.exitCode()).as(run.transcript()).isEqualTo(1);
    assertThat(run.json().path("ok").asBoolean()).isFalse();
    assertThat(run.json().path("stopped").asText()).contains("wrong registration pIN");
    JsonNode last = run.steps().get(run.steps().size() - 1);
    assertThat(last.path("step").asText()).isEqualTo("registration: Registration");
    assertThat(last.path("failures").get(0).asText())
        .isEqualTo("Registration pIN 111115 is not the pIN this device was given (222220)");
    Device device = server.utility().devices().get(0);
    assertThat(device.derSettings()).isEmpty();
    assertThat(server.utility().exchanges()).noneMatch(e -> e.method().equals("PUT"));
  }

  // ---- curl ----

  private static String curl(
      Sep2MockServer server, String path, String method, String type, Path body) throws Exception {
    String curl = DeviceScript.require("curl");
    return DeviceScript.exec(
        List.of(
            curl,
            "-sS",
            "-i",
            "--max-time",
            "10",
            "--tlsv1.2",
            "--tls-max",
            "1.2",
            "--ciphers",
            curlCcm8(curl),
            "--cert",
            pki.deviceChain().toString(),
            "--key",
            pki.deviceKey().toString(),
            "--cacert",
            pki.serca().toString(),
            "-X",
            method,
            "-H",
            "Content-Type: " + type,
            "-H",
            "Accept: application/sep+xml",
            "--data-binary",
            "@" + body,
            "https://" + server.host() + ":" + server.port() + path),
        20);
  }

  /** ECDHE-ECDSA-AES128-CCM8, plus :@SECLEVEL=0 when curl's OpenSSL is 3.2 or later. */
  private static String curlCcm8(String curl) throws Exception {
    Matcher m =
        Pattern.compile("OpenSSL/(\\d+)\\.(\\d+)")
            .matcher(DeviceScript.exec(List.of(curl, "--version"), 10));
    boolean lowered =
        m.find() && Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(m.group(2)) >= 302;
    return "ECDHE-ECDSA-AES128-CCM8" + (lowered ? ":@SECLEVEL=0" : "");
  }

  private static int statusOf(String response) {
    Matcher m = Pattern.compile("^HTTP/\\S+ (\\d{3})", Pattern.MULTILINE).matcher(response);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
