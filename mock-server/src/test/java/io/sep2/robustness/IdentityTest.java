package io.sep2.robustness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.sep2.pki.HeldCertificate;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.tls.ClientAuth;
import io.sep2.tls.ClientIdentity;
import io.sep2.tls.diagnostics.Diagnosis;
import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A client certificate that fails the chain check or the 2030.5 profile check never reaches the
 * stubs as a trusted identity: refused in the handshake by default, and with {@code
 * lenientClientCertificates(true)} let in only as {@code X-SEP2-Client-Verified: false}, whatever
 * identity headers the client sends itself.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IdentityTest {

  private static final Sep2Pki STRANGER = Sep2Pki.builder().seed("robustness-stranger").build();

  @BeforeAll
  static void warmUp() throws Exception {
    Warmup.once();
  }

  /** A device certificate and key, the chain sent leaf first without the root. */
  private record Presented(String what, PrivateKey key, List<X509Certificate> chain) {
    String lfdi() {
      return DeviceIdentity.of(chain.get(0)).lfdi();
    }
  }

  private static List<Presented> untrusted() {
    HeldCertificate device = GoodClient.PKI.device();
    HeldCertificate mica = GoodClient.PKI.mica().orElseThrow();
    List<X509Certificate> profileBreaking = new ArrayList<>(device.chainWithoutRoot());
    profileBreaking.set(0, DefectiveDevices.withNonCriticalKeyUsage(device, mica));
    return List.of(
        new Presented(
            "a device of an untrusted PKI",
            STRANGER.device().privateKey(),
            STRANGER.device().chainWithoutRoot()),
        new Presented(
            "a device whose keyUsage is not critical", device.privateKey(), profileBreaking));
  }

  /** Not even parseable by the JDK: refused in either mode. */
  private static Presented unparseable() {
    HeldCertificate device = GoodClient.PKI.device();
    List<X509Certificate> chain = new ArrayList<>(device.chainWithoutRoot());
    chain.set(0, DefectiveDevices.withNonCriticalSan(device, GoodClient.PKI.mica().orElseThrow()));
    return new Presented(
        "a device with an empty subject and a non-critical subjectAltName (unparseable)",
        device.privateKey(),
        chain);
  }

  private static Sep2MockServer start(boolean lenient) {
    Sep2MockServer server =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(GoodClient.PKI)
                    .lenientClientCertificates(lenient)
                    .handshakeTimeout(Duration.ofSeconds(5))
                    .build())
            .start();
    // a stub that would hand out secrets to a trusted identity
    server
        .wireMock()
        .stubFor(
            get("/secret")
                .withHeader(ClientIdentity.VERIFIED_HEADER, equalTo("true"))
                .willReturn(aResponse().withStatus(200).withBody("for trusted devices only")));
    server
        .wireMock()
        .stubFor(get("/secret").atPriority(10).willReturn(aResponse().withStatus(403)));
    return server;
  }

  /** A GET /secret over a connection presenting {@code p} fails: refused in the handshake. */
  private static void assertGetIsRefused(Sep2MockServer server, Presented p) {
    assertThatThrownBy(
            () -> {
              try (InChannelClient c = InChannelClient.connect(server.port(), p.key(), p.chain())) {
                c.get("/secret");
              }
            })
        .as(p.what())
        .isInstanceOf(IOException.class);
  }

  private static final String SPOOF =
      "GET /secret HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "X-SEP2-Client-Verified: true\r\n"
          + "x-sep2-client-lfdi: "
          + "0".repeat(40)
          + "\r\nX-SEP2-CLIENT-SFDI: 1\r\n\r\n";

  @Test
  void byDefaultAnUntrustedOrNonProfileCertificateIsRefusedInTheHandshake() throws Exception {
    ResourceSnapshot.around(
        "identity/strict",
        () -> {
          try (Sep2MockServer server = start(false)) {
            List<Presented> all = new ArrayList<>(untrusted());
            all.add(unparseable());
            for (Presented p : all) {
              long mark = server.connectionMark();
              assertGetIsRefused(server, p);
              server.awaitHandshakes(Duration.ofSeconds(5));
              ConnectionRecord record = server.connectionsSince(mark).get(0);
              assertThat(record.failed()).as(p.what()).isTrue();
              assertThat(record.diagnosis().cause())
                  .as(p.what())
                  .isIn(
                      Diagnosis.Cause.CLIENT_CERTIFICATE_UNTRUSTED,
                      Diagnosis.Cause.CLIENT_CERTIFICATE_NOT_PROFILE,
                      // the JDK cannot parse it: the detail says why
                      Diagnosis.Cause.SERVER_ALERT);
              assertThat(record.alertSent()).isIn(42, 48);
              assertThat(record.clientIdentity().trusted()).isFalse();
              Figures.record(
                  "identity/strict",
                  p.what()
                      + ": refused, alert "
                      + record.alertSent()
                      + ", "
                      + record.diagnosis().cause());
            }
            assertThat(server.wireMock().findAll(anyRequestedFor(anyUrl())))
                .as("no request reached the stubs")
                .isEmpty();
            assertThat(GoodClient.fetchOnce(server, "/dcap")).isEqualTo(200);
          }
        });
  }

  @Test
  void leniently_anUntrustedCertificateReachesTheStubsOnlyAsUnverified() throws Exception {
    ResourceSnapshot.around(
        "identity/lenient",
        () -> {
          try (Sep2MockServer server = start(true)) {
            for (Presented p : untrusted()) {
              server.wireMock().resetRequests();
              try (InChannelClient c = InChannelClient.connect(server.port(), p.key(), p.chain())) {
                assertThat(c.get("/secret")).as(p.what()).isEqualTo("HTTP/1.1 403 Forbidden");
                c.sendRaw(SPOOF);
              }
              List<LoggedRequest> seen = server.wireMock().findAll(anyRequestedFor(anyUrl()));
              assertThat(seen).hasSizeGreaterThanOrEqualTo(1);
              for (LoggedRequest r : seen) {
                assertThat(r.header(ClientIdentity.VERIFIED_HEADER).values())
                    .as(p.what())
                    .containsExactly("false");
                assertThat(r.header(ClientIdentity.LFDI_HEADER).values())
                    .as(p.what())
                    .containsExactly(p.lfdi());
              }
              Figures.record(
                  "identity/lenient",
                  p.what()
                      + ": let in as "
                      + ClientIdentity.VERIFIED_HEADER
                      + ": false, LFDI of its own certificate; the trusted-only stub answered"
                      + " 403, also to its own 'Verified: true' header");
            }
            Presented p = unparseable();
            server.wireMock().resetRequests();
            assertGetIsRefused(server, p);
            assertThat(server.wireMock().findAll(anyRequestedFor(anyUrl()))).isEmpty();
            Figures.record("identity/lenient", p.what() + ": refused in the handshake even so");
          }
        });
  }

  @Test
  void aClientWithoutCertificateCannotClaimAnIdentityOverTls() throws Exception {
    ResourceSnapshot.around(
        "identity/anonymous",
        () -> {
          try (Sep2MockServer server =
              new Sep2MockServer(
                      ServerOptions.builder()
                          .pki(GoodClient.PKI)
                          .clientAuth(ClientAuth.OPTIONAL)
                          .build())
                  .start()) {
            server
                .wireMock()
                .stubFor(
                    get("/secret")
                        .withHeader(ClientIdentity.VERIFIED_HEADER, equalTo("true"))
                        .willReturn(aResponse().withStatus(200)));
            try (InChannelClient c = InChannelClient.connect(server.port(), null, List.of())) {
              c.sendRaw(SPOOF);
            }
            List<LoggedRequest> seen = server.wireMock().findAll(anyRequestedFor(anyUrl()));
            assertThat(seen).hasSize(1);
            assertThat(seen.get(0).getHeaders().keys())
                .noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("x-sep2-client"));
            Figures.record(
                "identity/anonymous",
                "a client without certificate (ClientAuth.OPTIONAL) sending X-SEP2-Client-*"
                    + " headers: all removed before WireMock");
          }
        });
  }
}
