package io.sep2.verify.internal;

import io.sep2.pki.HeldCertificate;
import io.sep2.pki.Sep2Pki;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.record.ConnectionRecord;
import io.sep2.tls.Sep2ClientTls;
import io.sep2.tls.Sep2TlsPolicy;
import io.sep2.verify.Finding;
import io.sep2.verify.KeystoreRole;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLSession;

/**
 * Check 5: a real TLS handshake on the loopback interface with the project's own device identity.
 *
 * <p>Starts the in-process 2030.5 mock server of sep2-mock-server ({@link Sep2MockServer}: TLS 1.2,
 * CCM_8 only, client certificate required and checked against the 2030.5 profile) on 127.0.0.1 and
 * a free port, answering from its default resources (no utility server). The server trusts the
 * truststore's certificates and the device chain's root, and presents the project's server keystore
 * if one is configured, otherwise a server certificate of a generated test PKI (seed {@value
 * #LOOPBACK_SEED}), whose SERCA the client then trusts as well. The client is {@link Sep2ClientTls}
 * (BCJSSE, CCM_8, TLS 1.2) presenting the device key and chain; host names are not checked (2030.5
 * server certificates carry none). It must negotiate TLS 1.2 with CCM_8 and get 200 for {@code GET
 * /dcap}: {@code handshake.loopback} OK, or ERROR with the client's error and the server's
 * diagnosis of the connection. Without a loaded device keystore the check is skipped ({@code
 * handshake.skipped}).
 */
public final class LoopbackHandshakeCheck implements Check {

  /** Seed of the generated PKI that supplies a server certificate when the project has none. */
  public static final String LOOPBACK_SEED = "sep2:verify-tls loopback";

  private static final String ID = "handshake.loopback";

  @Override
  public String name() {
    return "loopback handshake";
  }

  @Override
  public List<Finding> run(VerifyContext context) {
    if (!context.configured(KeystoreRole.DEVICE)) {
      return List.of(skipped("no device keystore is configured"));
    }
    List<KeystoreResult> devices = context.loaded(KeystoreRole.DEVICE);
    if (devices.isEmpty()) {
      return List.of(skipped("the device keystore did not load"));
    }
    if (context.configured(KeystoreRole.SERVER) && context.loaded(KeystoreRole.SERVER).isEmpty()) {
      return List.of(skipped("the server keystore did not load"));
    }
    KeystoreResult device = devices.get(0);
    List<X509Certificate> trusted = context.trustedCertificates();
    List<X509Certificate> deviceChain = HeldCertificates.withRoot(device.entry().chain(), trusted);
    if (deviceChain == null) {
      return List.of(
          skipped(
              "the device chain of "
                  + device.spec().label()
                  + " does not end at a root and no truststore certificate completes it"));
    }
    Sep2Pki generated = Sep2Pki.builder().seed(LOOPBACK_SEED).chainLength(2).build();
    HeldCertificate serverCertificate;
    String serverLabel;
    Set<X509Certificate> clientTrust = new LinkedHashSet<>(trusted);
    if (context.loaded(KeystoreRole.SERVER).isEmpty()) {
      serverCertificate = generated.server();
      serverLabel = "a generated test server certificate";
      clientTrust.add(generated.serca().certificate());
    } else {
      KeystoreResult server = context.loaded(KeystoreRole.SERVER).get(0);
      List<X509Certificate> serverChain =
          HeldCertificates.withRoot(server.entry().chain(), trusted);
      if (serverChain == null) {
        serverChain = server.entry().chain();
      }
      serverCertificate =
          io.sep2.pki.HeldCertificate.of("server", server.entry().privateKey(), serverChain);
      serverLabel = server.spec().label();
      if (trusted.isEmpty()) {
        clientTrust.add(serverChain.get(serverChain.size() - 1));
      }
    }
    HeldCertificate deviceCertificate =
        io.sep2.pki.HeldCertificate.of("device", device.entry().privateKey(), deviceChain);
    return List.of(
        handshake(
            context,
            device.spec().label(),
            deviceCertificate,
            serverCertificate,
            serverLabel,
            generated,
            trusted,
            new ArrayList<>(clientTrust)));
  }

  private static Finding handshake(
      VerifyContext context,
      String deviceLabel,
      HeldCertificate device,
      HeldCertificate serverCertificate,
      String serverLabel,
      Sep2Pki generated,
      List<X509Certificate> trusted,
      List<X509Certificate> clientTrust) {
    String subject = deviceLabel + " -> mock server";
    List<X509Certificate> deviceChain = device.chain();
    ServerOptions.Builder builder =
        ServerOptions.builder()
            .pki(generated)
            .host("127.0.0.1")
            .port(0)
            .serverCertificate(serverCertificate)
            .handshakeTimeout(context.timeout())
            // the default resources answer GET /dcap; the stateful utility server is not needed
            // for a handshake check and its start was a quarter of the check's time
            .utilityServer(false)
            .maxConnections(4);
    // the device's own chain is trusted too: anchors and intermediates by the one trust rule
    Set<X509Certificate> serverTrust = new LinkedHashSet<>(trusted);
    serverTrust.addAll(deviceChain.subList(1, deviceChain.size()));
    builder.trust(serverTrust.toArray(X509Certificate[]::new));
    Sep2ClientTls client =
        Sep2ClientTls.builder()
            .clientCertificate(device)
            .trust(clientTrust.toArray(X509Certificate[]::new))
            .verifyHostname(false)
            .build();
    long start = System.nanoTime();
    try (Sep2MockServer server = new Sep2MockServer(builder.build()).start()) {
      HttpClient http = client.httpClient();
      HttpRequest request =
          HttpRequest.newBuilder(server.deviceCapabilityUri())
              .header("Accept", "application/sep+xml")
              .timeout(context.timeout())
              .GET()
              .build();
      HttpResponse<String> response = null;
      String clientError = null;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        clientError = Messages.causes(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        clientError = "interrupted";
      }
      server.awaitHandshakes(context.timeout());
      long millis = (System.nanoTime() - start) / 1_000_000;
      List<ConnectionRecord> records = server.connections();
      Optional<SSLSession> session = response == null ? Optional.empty() : response.sslSession();
      boolean ccm8 =
          session.isPresent()
              && Sep2TlsPolicy.CIPHER_SUITE_NAME.equals(session.get().getCipherSuite())
              && Sep2TlsPolicy.PROTOCOL_NAME.equals(session.get().getProtocol());
      if (response != null && response.statusCode() == 200 && ccm8) {
        ConnectionRecord record = records.isEmpty() ? null : records.get(0);
        return Finding.ok(
            ID,
            subject,
            session.get().getProtocol()
                + " "
                + session.get().getCipherSuite()
                + (record != null && record.namedGroup() != null ? " " + record.namedGroup() : "")
                + " with mutual authentication, GET /dcap 200, in "
                + millis
                + " ms (server presented "
                + serverLabel
                + ")");
      }
      StringBuilder actual = new StringBuilder();
      if (clientError != null) {
        actual.append("client: ").append(clientError);
      } else if (response != null) {
        actual
            .append("GET /dcap answered ")
            .append(response.statusCode())
            .append(
                session.map(s -> " over " + s.getProtocol() + " " + s.getCipherSuite()).orElse(""));
      }
      String fix =
          "Fix the findings above for "
              + deviceLabel
              + " (and the server keystore); the server's diagnosis says which part of the"
              + " handshake failed.";
      for (ConnectionRecord record : records) {
        actual.append(" | server: ").append(record.toText().lines().findFirst().orElse(""));
        if (record.diagnosis() != null) {
          actual.append(" / Reason: ").append(record.diagnosis().reason());
          fix = record.diagnosis().fix();
        }
      }
      return Finding.error(
          ID,
          subject,
          "TLS 1.2 with "
              + Sep2TlsPolicy.CIPHER_SUITE_NAME
              + ", the device certificate accepted, GET /dcap 200",
          Messages.oneLine(actual.toString()),
          Messages.oneLine(fix));
    } catch (RuntimeException e) {
      return Finding.error(
          ID,
          subject,
          "a loopback mock server and client to start",
          Messages.causes(e),
          "Check that 127.0.0.1 can be bound and the keys are ECDSA P-256.");
    }
  }

  private static Finding skipped(String why) {
    return Finding.info("handshake.skipped", "loopback handshake", "not run: " + why);
  }
}
