package io.sep2.it.utility;

import static org.assertj.core.api.Assertions.assertThat;

import io.sep2.junit.With2030_5Server;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.keystore.PkiFiles;
import io.sep2.server.Sep2MockServer;
import io.sep2.testing.Curl;
import io.sep2.utility.Device;
import io.sep2.utility.Exchange;
import io.sep2.utility.Utility;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * curl (OpenSSL underneath, one process per request) as the device client a shell-script team would
 * write: it registers its EndDevice, stores its DERSettings, and gets {@code 415} and {@code 400}
 * with an Error document for a wrong Content-Type and a malformed body, which change nothing.
 */
@With2030_5Server(pkiSeed = "curl-device")
class CurlDeviceTest {

  private static final Pattern STATUS = Pattern.compile("^HTTP/\\S+ (\\d{3})", Pattern.MULTILINE);
  private static final Pattern LOCATION =
      Pattern.compile("^Location: (\\S+)", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

  @TempDir Path work;

  @Test
  void registersStoresItsSettingsAndGets415And400(Sep2MockServer server) throws Exception {
    PkiFiles pki = PkiFiles.write(server.pki(), work.resolve("pki"));
    DeviceIdentity me = DeviceIdentity.of(server.pki().device().certificate());
    Utility utility = server.utility();

    String registered =
        curl(
            server,
            pki,
            "POST",
            "/edev",
            "application/sep+xml",
            "<EndDevice xmlns=\"urn:ieee:std:2030.5:ns\"><sFDI>"
                + me.sfdi()
                + "</sFDI><changedTime>0</changedTime></EndDevice>");
    assertThat(statusOf(registered)).as(registered).isEqualTo(201);
    Matcher location = LOCATION.matcher(registered);
    assertThat(location.find()).as(registered).isTrue();
    String settings = location.group(1) + "/der/1/derg";

    String valid =
        "<DERSettings xmlns=\"urn:ieee:std:2030.5:ns\"><setGradW>50</setGradW>"
            + "<setMaxW><multiplier>0</multiplier><value>1000</value></setMaxW>"
            + "<updatedTime>1700000000</updatedTime></DERSettings>";
    String stored = curl(server, pki, "PUT", settings, "application/sep+xml", valid);
    assertThat(statusOf(stored)).as(stored).isEqualTo(204);
    Device device = utility.devices().get(0);
    assertThat(device.lfdi()).isEqualTo(me.lfdi());
    assertThat(device.derSettings()).isPresent();
    String before = device.derSettings().orElseThrow().toString();
    int exchangesBefore = utility.exchanges().size();

    String wrongType = curl(server, pki, "PUT", settings, "text/xml", valid);
    String broken =
        curl(
            server,
            pki,
            "PUT",
            settings,
            "application/sep+xml",
            "<DERSettings xmlns=\"urn:ieee:std:2030.5:ns\"><setGradW>");

    assertThat(statusOf(wrongType)).as(wrongType).isEqualTo(415);
    assertThat(wrongType).contains("<Error").contains("<reasonCode>");
    assertThat(statusOf(broken)).as(broken).isEqualTo(400);
    assertThat(broken).contains("<Error");
    List<Exchange> refused =
        utility.exchanges().subList(exchangesBefore, utility.exchanges().size());
    assertThat(refused).extracting(Exchange::status).containsExactly(415, 400);
    assertThat(refused.get(0).findings())
        .singleElement()
        .asString()
        .contains("Content-Type must be application/sep+xml, was 'text/xml'");
    assertThat(refused.get(1).findings())
        .singleElement()
        .asString()
        .contains("not a valid DERSettings document");
    assertThat(device.derSettings().orElseThrow().toString())
        .as("refused PUTs change nothing")
        .isEqualTo(before);
  }

  private String curl(
      Sep2MockServer server, PkiFiles pki, String method, String path, String type, String body)
      throws Exception {
    Path file = Files.createTempFile(work, "body", ".xml");
    Files.writeString(file, body);
    return Curl.tls12Ccm8()
        .cert(pki.deviceChain(), pki.deviceKey())
        .caCert(pki.serca())
        .options(
            "-sS",
            "-i",
            "--max-time",
            "10",
            "-X",
            method,
            "-H",
            "Content-Type: " + type,
            "-H",
            "Accept: application/sep+xml",
            "--data-binary",
            "@" + file,
            server.baseUri().resolve(path).toString())
        .command()
        .run()
        .assertSuccess()
        .output();
  }

  private static int statusOf(String response) {
    Matcher m = STATUS.matcher(response);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
