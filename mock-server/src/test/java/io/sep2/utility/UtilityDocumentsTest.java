package io.sep2.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sep2.model.ActivePower;
import io.sep2.model.DerControlResponse;
import io.sep2.model.Lfdi;
import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.record.HttpExchange;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What clients send: documents in the 2013 namespace ({@code http://ieee.org/2030.5}) are accepted,
 * mapped to 2018 and every mapping recorded as a finding; with {@code ServerOptions.schema(path)}
 * every schema violation of a client document is a finding (tests of that need {@code
 * -Dsep2.schema}).
 */
class UtilityDocumentsTest {

  static final String NS2013 = "xmlns=\"http://ieee.org/2030.5\"";

  Sep2Pki pki = Sep2Pki.builder().seed("utility-documents").build();

  Sep2MockServer start(Path schema) {
    ServerOptions.Builder options = ServerOptions.builder().pki(pki);
    if (schema != null) {
      options.schema(schema);
    }
    return new Sep2MockServer(options.build()).start();
  }

  static List<String> recordedFindings(Sep2MockServer server, String method, String uri) {
    return server.connections().stream()
        .flatMap(r -> r.exchanges().stream())
        .filter(e -> e.method().equals(method) && e.uri().equals(uri))
        .flatMap(e -> e.findings().stream())
        .toList();
  }

  @Test
  void documentsOfThe2013NamespaceAreMappedAndTheMappingsAreFindings() {
    try (Sep2MockServer server = start(null)) {
      Sep2Client client = new Sep2Client(server);
      Sep2Client.Reply created =
          client.post(
              "/edev",
              "<EndDevice "
                  + NS2013
                  + "><sFDI>"
                  + client.sfdi()
                  + "</sFDI><changedTime>0</changedTime></EndDevice>");
      assertThat(created.status()).isEqualTo(201);
      assertThat(recordedFindings(server, "POST", "/edev"))
          .anySatisfy(f -> assertThat(f).contains("2013 namespace"));

      String dercap =
          "<DERCapability "
              + NS2013
              + "><modesSupported>00000001</modesSupported>"
              + "<rtgVA><multiplier>3</multiplier><value>6</value></rtgVA>"
              + "<rtgW><multiplier>3</multiplier><value>5</value></rtgW>"
              + "<type>4</type></DERCapability>";
      Sep2Client.Reply put = client.put("/edev/1/der/1/dercap", dercap);
      assertThat(put.status()).isEqualTo(204);
      Exchange exchange =
          server.utility().awaitRequest("PUT", "/edev/1/der/1/dercap", Duration.ofSeconds(5));
      assertThat(exchange.change()).contains("DERCapability stored");
      assertThat(exchange.findings())
          .anySatisfy(f -> assertThat(f).contains("2013 namespace"))
          .anySatisfy(f -> assertThat(f).contains("rtgW of DERCapability mapped to rtgMaxW"))
          .anySatisfy(f -> assertThat(f).contains("rtgVA of DERCapability mapped to rtgMaxVA"));
      assertThat(recordedFindings(server, "PUT", "/edev/1/der/1/dercap"))
          .containsExactlyElementsOf(exchange.findings());
      // stored as 2018 and served so
      assertThat(server.utility().device(client.lfdi()).orElseThrow().derCapability())
          .hasValueSatisfying(c -> assertThat(c.rtgMaxW()).isEqualTo(new ActivePower(3, 5)));
      String served = client.get("/edev/1/der/1/dercap").body();
      assertThat(served)
          .contains("urn:ieee:std:2030.5:ns")
          .contains("<rtgMaxW><multiplier>3</multiplier><value>5</value></rtgMaxW>")
          .doesNotContain("ieee.org/2030.5")
          .doesNotContain("<rtgW>");

      String settings =
          "<DERSettings "
              + NS2013
              + "><setGradW>100</setGradW><setMaxW><multiplier>0</multiplier><value>5000</value>"
              + "</setMaxW><setMinPF><displacement>90</displacement><multiplier>-2</multiplier>"
              + "</setMinPF><updatedTime>1700000000</updatedTime></DERSettings>";
      assertThat(client.put("/edev/1/der/1/derg", settings).status()).isEqualTo(204);
      assertThat(recordedFindings(server, "PUT", "/edev/1/der/1/derg"))
          .anySatisfy(f -> assertThat(f).contains("setMinPF of DERSettings mapped to"));
      assertThat(client.get("/edev/1/der/1/derg").body()).contains("<setMinPFOverExcited>");
    }
  }

  /** Every kind of document a client sends, valid, with where it goes. */
  static Stream<Arguments> clientDocuments() {
    return Stream.of(
        doc("PUT", "/edev/1/der/1/dercap", s -> s.write(UtilityScenario.derCapability())),
        doc("PUT", "/edev/1/der/1/derg", s -> s.write(UtilityScenario.derSettings())),
        doc("PUT", "/edev/1/der/1/ders", s -> s.write(UtilityScenario.derStatus())),
        doc("PUT", "/edev/1/der/1/dera", s -> s.write(UtilityScenario.derAvailability())),
        doc("PUT", "/edev/1/di", s -> s.write(UtilityScenario.deviceInformation())),
        doc("PUT", "/edev/1/dstat", s -> s.write(UtilityScenario.deviceStatus())),
        doc("PUT", "/edev/1/ps", s -> s.write(UtilityScenario.powerStatus())),
        doc("PUT", "/edev/1/cp", s -> s.write(UtilityScenario.connectionPoint())),
        doc("POST", "/edev/1/lel", s -> s.write(UtilityScenario.logEvent(1))),
        doc("POST", "/edev/1/sub", s -> s.write(UtilityScenario.subscription("/edev/1/derp"))),
        doc("POST", "/mup", s -> s.write(s.mirror(7, "Site"))),
        doc("POST", "/mup/1", s -> UtilityScenario.MIRROR_READING),
        doc(
            "POST",
            "/edev/1/rsps/site_control/rsp",
            s ->
                s.write(
                    DerControlResponse.builder()
                        .createdDateTime(UtilityScenario.T0)
                        .endDeviceLfdi(Lfdi.parse(s.client.lfdi()))
                        .status(1)
                        .subject(s.active.mrid())
                        .build())));
  }

  static Arguments doc(String method, String path, Function<UtilityScenario, String> body) {
    return Arguments.of(method, path, body);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("clientDocuments")
  void withASchemaEveryViolationOfAClientDocumentIsAFinding(
      String method, String path, Function<UtilityScenario, String> body) {
    assumeTrue(SchemaSupport.available(), SchemaSupport.ASSUMPTION);
    UtilityScenario s = withSchema();
    {
      String valid = body.apply(s);
      Sep2Client.Reply good = s.client.send(method, path, Sep2Client.SEP_XML, valid);
      assertThat(good.status()).as(good.toString()).isBetween(200, 299);
      Exchange goodExchange = last(s, method, path);
      assertThat(goodExchange.findings()).noneMatch(f -> f.startsWith("schema:"));

      // two violations: an unknown element, and the same again further down
      int close = valid.lastIndexOf("</");
      String bad =
          valid.substring(0, close)
              + "<bogusOne>1</bogusOne><bogusTwo>2</bogusTwo>"
              + valid.substring(close);
      Sep2Client.Reply reply = s.client.send(method, path, Sep2Client.SEP_XML, bad);
      Exchange exchange = last(s, method, path);
      List<String> schema =
          exchange.findings().stream().filter(f -> f.startsWith("schema:")).toList();
      assertThat(schema).as(reply + "\n" + exchange.findings()).isNotEmpty();
      assertThat(String.join("\n", schema)).contains("bogusOne");
      // the recording carries them too
      List<HttpExchange> recorded =
          s.server.connections().stream()
              .flatMap(r -> r.exchanges().stream())
              .filter(e -> e.method().equals(method) && e.uri().equals(path))
              .toList();
      assertThat(recorded.get(recorded.size() - 1).findings()).containsAll(schema);
    }
  }

  @Test
  void withASchemaA2013DocumentIsAcceptedAndItsViolationsAreFindings() {
    assumeTrue(SchemaSupport.available(), SchemaSupport.ASSUMPTION);
    try (Sep2MockServer server = start(SchemaSupport.path())) {
      Sep2Client client = new Sep2Client(server);
      client.register();
      String dercap =
          "<DERCapability "
              + NS2013
              + "><modesSupported>00000001</modesSupported>"
              + "<rtgW><multiplier>3</multiplier><value>5</value></rtgW>"
              + "<type>4</type></DERCapability>";
      assertThat(client.put("/edev/1/der/1/dercap", dercap).status()).isEqualTo(204);
      Exchange e = server.utility().awaitRequest("PUT", "/edev/1/der/1/dercap", Duration.ZERO);
      assertThat(e.findings())
          .anySatisfy(f -> assertThat(f).contains("rtgW of DERCapability mapped to rtgMaxW"))
          .anySatisfy(f -> assertThat(f).startsWith("schema:"));
      // a valid 2018 document has no schema finding
      client.put(
          "/edev/1/der/1/derg",
          io.sep2.model.Sep2Xml.create().writeString(UtilityScenario.derSettings()));
      Exchange valid = server.utility().awaitRequest("PUT", "/edev/1/der/1/derg", Duration.ZERO);
      assertThat(valid.findings()).isEmpty();
    }
  }

  private static UtilityScenario withSchema;

  /** One populated scenario with the schema, shared by the parameterized cases. */
  static synchronized UtilityScenario withSchema() {
    if (withSchema == null) {
      withSchema = new UtilityScenario(SchemaSupport.path()).populate();
    }
    return withSchema;
  }

  @AfterAll
  static void stopScenario() {
    if (withSchema != null) {
      withSchema.close();
    }
  }

  private static Exchange last(UtilityScenario s, String method, String path) {
    List<Exchange> all = s.utility.exchanges();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).method().equals(method) && all.get(i).path().equals(path)) {
        return all.get(i);
      }
    }
    throw new AssertionError("no " + method + " " + path);
  }
}
