package io.sep2.utility;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.model.DateTimeInterval;
import io.sep2.model.DefaultDerControl;
import io.sep2.model.DerControl;
import io.sep2.model.DerControlBase;
import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ServerOptions.basePath} moves the whole tree, and every link follows. */
class BasePathTest {

  static final String BASE = "/sep2/v1";

  Sep2MockServer server;
  Sep2Client client;

  @BeforeEach
  void start() {
    server =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(Sep2Pki.builder().seed("utility-base-path").build())
                    .basePath(BASE)
                    .build())
            .start();
    client = new Sep2Client(server);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void theTreeMovesAndEveryLinkFollows() {
    assertThat(client.get("/dcap").status()).isEqualTo(404);
    assertThat(client.get("/edev").status()).isEqualTo(404);
    Sep2Client.Reply created = client.post(BASE + "/edev", client.endDevice());
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.location()).contains(BASE + "/edev/1");
    assertThat(client.post("/edev", client.endDevice()).status()).isEqualTo(404);

    Program program = server.utility().createProgram("limits", 1, 1);
    program.defaultControl(DefaultDerControl.builder().opModExpLimW(5000));
    program.schedule(
        DerControl.builder()
            .interval(new DateTimeInterval(600L, Instant.now().minusSeconds(10)))
            .derControlBase(DerControlBase.builder().opModConnect(true).build()));
    program.addCurve(UtilityScenario.curve(11, "Volt-var"));
    UtilityScenario.must(client.put(BASE + "/edev/1/der/1/derg", UtilityHttpTest.SETTINGS), 204);
    UtilityScenario.must(client.post(BASE + "/edev/1/lel", UtilityHttpTest.logEvent()), 201);
    Sep2Client.Reply sub =
        client.post(
            BASE + "/edev/1/sub",
            new UtilityScenario.Documents()
                .write(UtilityScenario.subscription(BASE + "/edev/1/derp/1/derc")));
    assertThat(sub.status()).as(sub.toString()).isEqualTo(201);
    assertThat(sub.location()).contains(BASE + "/edev/1/sub/1");

    Map<String, Sep2Client.Reply> walk = ResourceWalk.walk(client, BASE + "/dcap");
    assertThat(walk).hasSizeGreaterThan(25);
    Pattern href = Pattern.compile("(href|replyTo)=\"([^\"]+)\"");
    walk.forEach(
        (path, reply) -> {
          assertThat(path).startsWith(BASE + "/");
          if (reply.status() != 200) {
            // only what the client has not PUT
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(path).matches(BASE + "/edev/1/(der/1/(dercap|ders|dera)|di|dstat|ps|cp)");
            return;
          }
          Matcher m = href.matcher(reply.body());
          while (m.find()) {
            assertThat(m.group(2)).as(path + ": " + m.group()).startsWith(BASE + "/");
          }
        });
    assertThat(walk)
        .containsKeys(
            BASE + "/tm",
            BASE + "/edev/1/rg",
            BASE + "/edev/1/derp/1/dderc",
            BASE + "/edev/1/derp/1/derc/1",
            BASE + "/edev/1/derp/1/dc/1",
            BASE + "/edev/1/lel/1",
            BASE + "/edev/1/sub/1",
            BASE + "/edev/1/rsps/site_control/rsp");
    assertThat(walk.get(BASE + "/edev/1/derp/1/derc/1").body())
        .contains("replyTo=\"" + BASE + "/edev/1/rsps/site_control/rsp\"");

    // the API speaks the moved paths; awaitRequest patterns are relative to the base
    assertThat(server.utility().devices().get(0).href()).isEqualTo(BASE + "/edev/1");
    assertThat(
            server
                .utility()
                .awaitRequest("PUT", "/edev/*/der/1/derg", Duration.ofSeconds(1))
                .path())
        .isEqualTo(BASE + "/edev/1/der/1/derg");
    // function sets that are not implemented are named under the base too
    Sep2Client.Reply pricing = client.get(BASE + "/edev/1/tp");
    assertThat(pricing.status()).isEqualTo(404);
    assertThat(server.utility().exchanges().get(server.utility().exchanges().size() - 1).findings())
        .anySatisfy(f -> assertThat(f).contains("Pricing"));
  }
}
