package io.sep2.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sep2.model.Finding;
import io.sep2.model.SchemaValidator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every document the utility server serves is valid against IEEE's sep.xsd with the CSIP-AUS
 * schemas: a client and an aggregator walk every resource reachable from {@code /dcap} (programs,
 * default controls with the CSIP-AUS limits, controls, curves, responses, log events, mirrors,
 * subscriptions, the aggregator's /edev/0) and every body is validated. Needs {@code
 * -Dsep2.schema}; skipped otherwise.
 */
class ServedSchemaTest {

  static UtilityScenario scenario;

  @BeforeAll
  static void start() {
    if (SchemaSupport.available()) {
      scenario = new UtilityScenario().populate();
    }
  }

  @AfterAll
  static void stop() {
    if (scenario != null) {
      scenario.close();
    }
  }

  @BeforeEach
  void requireSchema() {
    assumeTrue(SchemaSupport.available(), SchemaSupport.ASSUMPTION);
  }

  @Test
  void everyServedDocumentIsSchemaValid() {
    SchemaValidator validator = SchemaSupport.validator();
    assertThat(validator.hasCsipAus()).as("CSIP-AUS schemas beside sep.xsd").isTrue();
    Map<String, Sep2Client.Reply> client = ResourceWalk.walk(scenario.client, "/dcap");
    Map<String, Sep2Client.Reply> aggregator = ResourceWalk.walk(scenario.aggregator, "/dcap");
    List<String> problems = new ArrayList<>();
    TreeSet<String> roots = new TreeSet<>();
    int validated = 0;
    for (Map<String, Sep2Client.Reply> walk : List.of(client, aggregator)) {
      for (Map.Entry<String, Sep2Client.Reply> e : walk.entrySet()) {
        Sep2Client.Reply reply = e.getValue();
        if (reply.status() != 200) {
          continue;
        }
        validated++;
        roots.add(root(reply.body()));
        for (Finding f : validator.validate(reply.body().getBytes(StandardCharsets.UTF_8))) {
          problems.add(e.getKey() + ": " + f + "\n" + reply.body());
        }
      }
    }
    System.out.println(
        "ServedSchemaTest: validated "
            + validated
            + " served documents ("
            + client.size()
            + " resources walked as the device, "
            + aggregator.size()
            + " as the aggregator), root elements "
            + roots);
    assertThat(problems).isEmpty();
    assertThat(roots)
        .contains(
            "DeviceCapability",
            "Time",
            "SelfDevice",
            "EndDeviceList",
            "EndDevice",
            "Registration",
            "DERList",
            "DER",
            "DERCapability",
            "DERSettings",
            "DERStatus",
            "DERAvailability",
            "FunctionSetAssignmentsList",
            "FunctionSetAssignments",
            "DERProgramList",
            "DERProgram",
            "DefaultDERControl",
            "DERControlList",
            "DERControl",
            "DERCurveList",
            "DERCurve",
            "ResponseSetList",
            "ResponseSet",
            "ResponseList",
            "LogEventList",
            "LogEvent",
            "SubscriptionList",
            "Subscription",
            "MirrorUsagePointList",
            "MirrorUsagePoint",
            "DeviceInformation",
            "DeviceStatus",
            "PowerStatus",
            "csipaus:ConnectionPoint");
    // what the walk could not read: only documents devices have not PUT (the utility's own
    // EndDevices 2..4 and the second device)
    for (Map<String, Sep2Client.Reply> walk : List.of(client, aggregator)) {
      walk.forEach(
          (path, reply) -> {
            if (reply.status() != 200) {
              assertThat(reply.status()).as(path).isEqualTo(404);
              assertThat(path)
                  .matches("/edev/[2-5]/(der/1/(dercap|derg|ders|dera)|di|dstat|ps|cp)");
            }
          });
    }
  }

  @Test
  void responsesAreSchemaValidToo() {
    SchemaValidator validator = SchemaSupport.validator();
    // Response list items and single Responses, which the walk reaches through ResponseSet
    Sep2Client.Reply list = scenario.client.get("/edev/1/rsps/site_control/rsp?l=10");
    assertThat(validator.validate(list.body().getBytes(StandardCharsets.UTF_8))).isEmpty();
    Sep2Client.Reply one = scenario.client.get("/edev/1/rsps/site_control/rsp/1");
    assertThat(one.status()).isEqualTo(200);
    assertThat(validator.validate(one.body().getBytes(StandardCharsets.UTF_8))).isEmpty();
    // error documents
    Sep2Client.Reply error = scenario.client.get("/nothing");
    assertThat(validator.validate(error.body().getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  private static String root(String xml) {
    int start = xml.indexOf('<', xml.startsWith("<?") ? xml.indexOf("?>") : 0);
    int end = start + 1;
    while (end < xml.length()
        && !Character.isWhitespace(xml.charAt(end))
        && xml.charAt(end) != '>'
        && xml.charAt(end) != '/') {
      end++;
    }
    return xml.substring(start + 1, end);
  }
}
