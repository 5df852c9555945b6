package io.sep2.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sep2.pki.HeldCertificate;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.pki.keystore.KeystoreWriter;
import io.sep2.server.Sep2MockServer;
import io.sep2.tls.Sep2ClientTls;
import io.sep2.utility.Exchange;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sep2:serve} in-process: the utility server with the PKI's devices and the holders of
 * {@code sep2.trust} device certificates registered at start, the admin interface on {@code
 * sep2.admin.port}, {@code sep2.schema} validation, and one console line per state change.
 */
class ServeMojoTest {

  static final String SETTINGS =
      "<DERSettings xmlns=\"urn:ieee:std:2030.5:ns\"><setGradW>100</setGradW>"
          + "<setMaxW><multiplier>0</multiplier><value>5000</value></setMaxW>"
          + "<updatedTime>1700000000</updatedTime></DERSettings>";

  @TempDir Path work;

  /** The console, line by line. */
  final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

  final List<String> seen = new ArrayList<>();

  ServeMojo mojo(String seed) throws Exception {
    ServeMojo mojo = new ServeMojo();
    set(mojo, "host", "127.0.0.1");
    set(mojo, "port", 0);
    set(mojo, "seed", seed);
    set(mojo, "password", "changeit");
    set(mojo, "seconds", 120);
    mojo.console = new PrintStream(new LineSink(lines), true, StandardCharsets.UTF_8);
    return mojo;
  }

  static void set(Object target, String name, Object value) throws Exception {
    Field field;
    try {
      field = ServeMojo.class.getDeclaredField(name);
    } catch (NoSuchFieldException shared) {
      field = AbstractServerMojo.class.getDeclaredField(name);
    }
    field.setAccessible(true);
    field.set(target, value);
  }

  /** The next console line matching {@code regex}, waiting up to 60 s. */
  Matcher await(String regex) throws InterruptedException {
    Pattern pattern = Pattern.compile(regex);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line == null) {
        continue;
      }
      seen.add(line);
      Matcher m = pattern.matcher(line);
      if (m.matches()) {
        return m;
      }
    }
    throw new AssertionError("no console line " + regex + "; saw " + seen);
  }

  List<String> utilityLines() {
    lines.drainTo(seen);
    return seen.stream().filter(l -> l.startsWith("sep2 utility: ")).toList();
  }

  static HttpResponse<String> send(HttpClient client, String method, URI uri, String body)
      throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(uri);
    if (body == null) {
      r.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      r.header("Content-Type", "application/sep+xml")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesTheUtilityWithRegisteredDevicesAdminSchemaAndOneLinePerChange() throws Exception {
    // a vendor's own PKI: its SERCA is trusted, its device is registered from its certificate
    Sep2Pki vendor = Sep2Pki.builder().seed("serve-mojo-vendor").chainLength(2).build();
    Path serca = work.resolve("vendor-serca.pem");
    Path device = work.resolve("vendor-device.pem");
    KeystoreWriter.writeCertificatesPem(serca, List.of(vendor.serca().certificate()));
    KeystoreWriter.writeCertificatesPem(device, List.of(vendor.device().certificate()));
    ServeMojo mojo = mojo("serve-mojo-test");
    set(mojo, "trust", serca + "," + device);
    set(mojo, "adminPort", 0);
    String schema = System.getProperty("sep2.schema");
    boolean withSchema = schema != null && Files.isRegularFile(Path.of(schema));
    if (withSchema) {
      set(mojo, "schema", new File(schema));
    }
    CompletableFuture<Void> run =
        CompletableFuture.runAsync(
            () -> {
              try {
                mojo.execute();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    try {
      Matcher admin = await("sep2 admin interface: (http://127\\.0\\.0\\.1:\\d+)");
      Matcher ready = await("sep2 mock server ready: (https://127\\.0\\.0\\.1:(\\d+))/dcap");
      Sep2MockServer server = mojo.server();
      String base = ready.group(1);
      String pkiLfdi = DeviceIdentity.of(server.pki().device().certificate()).lfdi();
      String vendorLfdi = DeviceIdentity.of(vendor.device().certificate()).lfdi();
      assertThat(server.utility().devices())
          .extracting(d -> d.href() + " " + d.lfdi())
          .containsExactly("/edev/1 " + pkiLfdi, "/edev/2 " + vendorLfdi);

      // the PKI's device needs no POST; its registration again changes nothing
      HttpClient client = server.httpClient();
      assertThat(send(client, "GET", URI.create(base + "/edev/1"), null).statusCode())
          .isEqualTo(200);
      String edev =
          "<EndDevice xmlns=\"urn:ieee:std:2030.5:ns\"><sFDI>"
              + DeviceIdentity.of(server.pki().device().certificate()).sfdi()
              + "</sFDI><changedTime>0</changedTime></EndDevice>";
      assertThat(send(client, "POST", URI.create(base + "/edev"), edev).statusCode())
          .isEqualTo(204);
      assertThat(
              send(client, "PUT", URI.create(base + "/edev/1/der/1/derg"), SETTINGS).statusCode())
          .isEqualTo(204);
      await(
          "sep2 utility: DERSettings stored for EndDevice /edev/1 \\(PUT /edev/1/der/1/derg ->"
              + " 204\\)");

      // the vendor's device, trusted through its SERCA, is /edev/2
      HeldCertificate vendorDevice = vendor.device();
      HttpClient vendorClient =
          Sep2ClientTls.builder()
              .clientCertificate(vendorDevice)
              .trust(server.pki().serca().certificate())
              .verifyHostname(false)
              .build()
              .httpClient();
      assertThat(
              send(vendorClient, "PUT", URI.create(base + "/edev/2/der/1/derg"), SETTINGS)
                  .statusCode())
          .isEqualTo(204);
      await("sep2 utility: DERSettings stored for EndDevice /edev/2 .*");
      assertThat(send(vendorClient, "GET", URI.create(base + "/edev/1"), null).statusCode())
          .isEqualTo(403);

      // the admin interface
      HttpResponse<String> program =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(admin.group(1) + "/programs"))
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"description\":\"limits\",\"primacy\":1}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(program.statusCode()).isEqualTo(200);
      assertThat(send(client, "GET", URI.create(base + "/edev/1/derp"), null).body())
          .contains("all=\"1\"");

      // the schema: a violation is a finding
      if (withSchema) {
        send(
            client,
            "PUT",
            URI.create(base + "/edev/1/der/1/derg"),
            SETTINGS.replace("</DERSettings>", "<bogus/></DERSettings>"));
        Exchange bad =
            server.utility().awaitRequest("PUT", "/edev/1/der/1/derg", Duration.ofSeconds(5));
        List<Exchange> puts =
            server.utility().exchanges().stream().filter(e -> e.method().equals("PUT")).toList();
        assertThat(bad).isNotNull();
        assertThat(puts.get(puts.size() - 1).findings())
            .anySatisfy(f -> assertThat(f).startsWith("schema:").contains("bogus"));
        await("sep2 utility: DERSettings replaced for EndDevice /edev/1 .*");
      }

      // one line per state change, none for reads, refusals or a known registration
      assertThat(utilityLines()).hasSize(withSchema ? 3 : 2);
    } finally {
      mojo.stop();
      run.get(30, TimeUnit.SECONDS);
    }
    await("sep2 mock server stopped");
    assertThat(mojo.server()).isNull();
  }

  @Test
  void aMissingSchemaFileFailsTheGoal() throws Exception {
    ServeMojo mojo = mojo("serve-mojo-schema");
    set(mojo, "schema", work.resolve("nope.xsd").toFile());
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("nope.xsd")
        .hasMessageContaining("sep2.schema");
  }

  /** Collects what is printed, line by line. */
  static final class LineSink extends OutputStream {
    private final BlockingQueue<String> lines;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

    LineSink(BlockingQueue<String> lines) {
      this.lines = lines;
    }

    @Override
    public synchronized void write(int b) {
      if (b == '\n') {
        lines.add(line.toString(StandardCharsets.UTF_8).replace("\r", ""));
        line.reset();
      } else {
        line.write(b);
      }
    }
  }
}
