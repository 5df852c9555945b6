package io.sep2.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.sep2.model.ActivePower;
import io.sep2.model.DateTimeInterval;
import io.sep2.model.DerAvailability;
import io.sep2.model.DerCapability;
import io.sep2.model.DerControl;
import io.sep2.model.DerControlBase;
import io.sep2.model.DerSettings;
import io.sep2.model.DerStatus;
import io.sep2.model.Lfdi;
import io.sep2.model.MirrorUsagePoint;
import io.sep2.model.Mrid;
import io.sep2.model.Sep2Xml;
import io.sep2.pki.Sep2Pki;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import io.sep2.server.ServerOptions;
import io.sep2.server.internal.TlsNotificationSender;
import io.sep2.tls.Sep2ClientTls;
import io.sep2.utility.NotificationDelivery;
import io.sep2.utility.Program;
import io.sep2.utility.Utility;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLSocketFactory;

/**
 * The JVM of the {@code utility} benchmark (issues 12 and 13): one utility server (the default
 * {@link Sep2MockServer}) and, as references, WireMock's own HTTPS and a plain stub server, all in
 * this JVM, driven over real TLS connections on 127.0.0.1 by the harness's {@link Http} client. It
 * prints {@code SEP2-BENCH RESULT name=value} lines and exits:
 *
 * <ul>
 *   <li>{@code heapPerDevice}: live heap (two full GCs before and after) added per EndDevice
 *       registered by an aggregator with its four DER documents PUT (DERCapability, DERSettings,
 *       DERStatus, DERAvailability); the request history is bounded to 100 entries here so that the
 *       figure is the devices' state, not the log of the requests that made it;
 *   <li>{@code mmrPerSecond} / {@code mmrReferencePerSecond}: MirrorMeterReading POSTs per second
 *       on one kept-alive connection, against a WireMock stub answering 201 to the same POST;
 *   <li>{@code notifyMillis} / {@code notifyReferenceMillis}: from scheduling a DERControl to its
 *       Notification being answered by the subscriber (a second mock server over CCM_8 TLS), as the
 *       utility server measures it, against the same sender posting the same Notification directly
 *       (the transport alone);
 *   <li>{@code list10Micros}, {@code list500Micros} and their references: GET of a DERControlList
 *       of 10,000 controls with {@code l=10} and {@code l=500}, against WireMock serving the very
 *       same bytes from a stub.
 * </ul>
 */
public final class UtilityBenchMain {

  static final String RESULT = ServerControl.PREFIX + "RESULT ";
  static final String DONE = ServerControl.PREFIX + "DONE";
  private static final String NS = "urn:ieee:std:2030.5:ns";

  private UtilityBenchMain() {}

  public static void main(String[] args) throws Exception {
    int devices = Integer.parseInt(ServerControl.option(args, "--devices", "1000"));
    int controls = Integer.parseInt(ServerControl.option(args, "--controls", "10000"));
    int postMillis = Integer.parseInt(ServerControl.option(args, "--post-millis", "3000"));
    int rounds = Integer.parseInt(ServerControl.option(args, "--rounds", "3"));
    int notifications = Integer.parseInt(ServerControl.option(args, "--notifications", "30"));
    int gets = Integer.parseInt(ServerControl.option(args, "--gets", "200"));

    Sep2Pki pki =
        Sep2Pki.builder()
            .seed("utility-bench")
            .serverHostnames()
            .addDevice("device", "SN-1")
            .addDevice("aggregator", "SN-AGG")
            .build();
    String aggregatorLfdi = DeviceIdentity.of(pki.device("aggregator").certificate()).lfdi();
    Sep2MockServer server =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(pki)
                    .registerPkiDevices(true)
                    .aggregator(aggregatorLfdi)
                    .retainedConnections(100)
                    .build())
            .start();
    Sep2MockServer subscriber =
        new Sep2MockServer(
                ServerOptions.builder()
                    .pki(pki)
                    .utilityServer(false)
                    .defaultResources(false)
                    .build())
            .start();
    subscriber.wireMock().stubFor(post("/notify").willReturn(aResponse().withStatus(201)));
    WireMockServer wireMock =
        new WireMockServer(options().bindAddress(Http.HOST).httpDisabled(true).dynamicHttpsPort());
    wireMock.start();
    try {
      SSLSocketFactory deviceTls = tls(pki, "device");
      SSLSocketFactory aggregatorTls = tls(pki, "aggregator");
      SSLSocketFactory wireMockTls = Clients.bcjsseTrustAll();
      Utility utility = server.utility();
      String deviceHref = utility.device(pki.device("device").certificate()).orElseThrow().href();

      heapPerDevice(server, aggregatorTls, devices);
      mirrorReadings(server, wireMock, deviceTls, wireMockTls, pki, postMillis, rounds);
      notifications(server, subscriber, deviceTls, deviceHref, notifications);
      lists(server, wireMock, deviceTls, wireMockTls, deviceHref, controls, gets, rounds);
    } finally {
      server.stop();
      subscriber.stop();
      wireMock.stop();
    }
    System.out.println(DONE);
    System.out.flush();
    System.exit(0);
  }

  private static SSLSocketFactory tls(Sep2Pki pki, String device) {
    return Sep2ClientTls.builder()
        .clientCertificate(pki.device(device))
        .trust(pki.serca().certificate())
        .verifyHostname(false)
        .build()
        .socketFactory();
  }

  static void result(String name, double value) {
    System.out.println(String.format(Locale.ROOT, "%s%s=%.6f", RESULT, name, value));
    System.out.flush();
  }

  private static long liveHeap() throws InterruptedException {
    for (int i = 0; i < 2; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static Http.Reply must(Http.Reply reply, String what, int... statuses)
      throws IOException {
    for (int s : statuses) {
      if (reply.status() == s) {
        return reply;
      }
    }
    throw new IOException(
        what + " answered " + reply.head() + new String(reply.body(), StandardCharsets.UTF_8));
  }

  private static void heapPerDevice(Sep2MockServer server, SSLSocketFactory aggregatorTls, int n)
      throws IOException, InterruptedException {
    Sep2Xml xml = Sep2Xml.create();
    byte[][] der = {
      xml.write(
          DerCapability.builder()
              .modesSupported(0x00500165L)
              .rtgMaxW(ActivePower.watts(5000))
              .type(4)
              .doeModesSupported(0x0F)
              .build()),
      xml.write(
          DerSettings.builder()
              .setGradW(100)
              .setMaxW(ActivePower.watts(5000))
              .updatedTime(Instant.now())
              .build()),
      xml.write(DerStatus.builder().readingTime(Instant.now()).build()),
      xml.write(DerAvailability.builder().readingTime(Instant.now()).reservePercent(1000).build())
    };
    String[] names = {"dercap", "derg", "ders", "dera"};
    try (Http http = Http.open(aggregatorTls, server.port(), 30_000)) {
      int warm = Math.max(5, n / 20);
      register(http, der, names, 0, warm);
      long before = liveHeap();
      register(http, der, names, warm, n);
      long after = liveHeap();
      result("heapPerDevice", (after - before) / (double) n);
      result("devices", n);
    }
  }

  private static void register(Http http, byte[][] der, String[] names, int offset, int n)
      throws IOException {
    for (int i = 0; i < n; i++) {
      String lfdi = String.format(Locale.ROOT, "%040X", 0xB0000000L + offset + i);
      long sfdi = DeviceIdentity.sfdiOfLfdi(lfdi);
      String endDevice =
          "<EndDevice xmlns=\""
              + NS
              + "\"><sFDI>"
              + sfdi
              + "</sFDI><lFDI>"
              + lfdi
              + "</lFDI><changedTime>0</changedTime></EndDevice>";
      Http.Reply created =
          must(
              http.request("POST", "/edev", endDevice.getBytes(StandardCharsets.UTF_8)),
              "POST /edev",
              201,
              204);
      String location = created.header("Location");
      String href = URI.create(location).getPath();
      for (int d = 0; d < der.length; d++) {
        String path = href + "/der/1/" + names[d];
        must(http.request("PUT", path, der[d]), "PUT " + path, 204, 201);
      }
    }
  }

  private static void mirrorReadings(
      Sep2MockServer server,
      WireMockServer wireMock,
      SSLSocketFactory deviceTls,
      SSLSocketFactory wireMockTls,
      Sep2Pki pki,
      int millis,
      int rounds)
      throws IOException {
    Sep2Xml xml = Sep2Xml.create();
    byte[] mirror =
        xml.write(
            MirrorUsagePoint.builder()
                .mrid(Mrid.parse(String.format("%030X%02X", 0xABCDEFL, 1)))
                .description("Site")
                .roleFlags(0x49)
                .serviceCategoryKind(0)
                .status(1)
                .deviceLfdi(
                    Lfdi.parse(DeviceIdentity.of(pki.device("device").certificate()).lfdi()))
                .build());
    byte[] reading =
        ("<MirrorMeterReading xmlns=\""
                + NS
                + "\"><mRID>ABCDEF00000000000000000000000A01</mRID><description>Power</description>"
                + "<Reading><value>1500</value></Reading>"
                + "<ReadingType><accumulationBehaviour>12</accumulationBehaviour>"
                + "<commodity>1</commodity><dataQualifier>2</dataQualifier>"
                + "<flowDirection>1</flowDirection><kind>37</kind><phase>0</phase>"
                + "<powerOfTenMultiplier>0</powerOfTenMultiplier><uom>38</uom>"
                + "</ReadingType></MirrorMeterReading>")
            .getBytes(StandardCharsets.UTF_8);
    wireMock.stubFor(
        post("/mup/1")
            .willReturn(
                aResponse().withStatus(201).withHeader("Location", "/mup/1/mr/1").withBody("")));
    try (Http ours = Http.open(deviceTls, server.port(), 30_000);
        Http ref = Http.open(wireMockTls, wireMock.httpsPort(), 30_000)) {
      String mup =
          URI.create(
                  must(ours.request("POST", "/mup", mirror), "POST /mup", 201).header("Location"))
              .getPath();
      // warm-up: as long as one measured round each
      postFor(ours, mup, reading, millis);
      postFor(ref, "/mup/1", reading, millis);
      long o = 0;
      long r = 0;
      double os = 0;
      double rs = 0;
      for (int i = 0; i < rounds; i++) {
        long t0 = System.nanoTime();
        o += postFor(ours, mup, reading, millis);
        long t1 = System.nanoTime();
        r += postFor(ref, "/mup/1", reading, millis);
        long t2 = System.nanoTime();
        os += (t1 - t0) / 1e9;
        rs += (t2 - t1) / 1e9;
      }
      result("mmrPerSecond", o / os);
      result("mmrReferencePerSecond", r / rs);
    }
  }

  private static long postFor(Http http, String path, byte[] body, int millis) throws IOException {
    long end = System.nanoTime() + millis * 1_000_000L;
    long n = 0;
    while (System.nanoTime() < end) {
      must(http.request("POST", path, body), "POST " + path, 201, 204);
      n++;
    }
    return n;
  }

  private static void notifications(
      Sep2MockServer server,
      Sep2MockServer subscriber,
      SSLSocketFactory deviceTls,
      String deviceHref,
      int n)
      throws IOException, InterruptedException {
    Utility utility = server.utility();
    Program program = utility.createProgram("notified", 1, 1);
    String resource = deviceHref + "/derp/" + program.id() + "/derc";
    String notifyUri = subscriber.baseUri() + "/notify";
    String subscription =
        "<Subscription xmlns=\""
            + NS
            + "\"><subscribedResource>"
            + resource
            + "</subscribedResource><encoding>0</encoding><level>+S1</level><limit>10</limit>"
            + "<notificationURI>"
            + notifyUri
            + "</notificationURI></Subscription>";
    try (Http http = Http.open(deviceTls, server.port(), 30_000)) {
      must(
          http.request("POST", deviceHref + "/sub", subscription.getBytes(StandardCharsets.UTF_8)),
          "POST sub",
          201);
    }
    List<Double> latencies = new ArrayList<>();
    String body = null;
    int warm = Math.max(1, n / 5);
    for (int i = 0; i < warm + n; i++) {
      int seen = delivered(utility, resource);
      program.schedule(
          DerControl.builder()
              .interval(new DateTimeInterval(600L, Instant.now().plusSeconds(3600 + i * 700L)))
              .derControlBase(DerControlBase.builder().opModConnect(false).build()));
      NotificationDelivery d = awaitDelivery(utility, resource, seen);
      if (i >= warm) {
        latencies.add(d.latency().toNanos() / 1e6);
      }
      body = d.body();
    }
    // the transport alone: the same sender class, certificate and body, posted directly
    TlsNotificationSender sender =
        new TlsNotificationSender(
            server.serverCertificate(), List.of(server.pki().serca().certificate()));
    URI uri = URI.create(notifyUri);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    List<Double> direct = new ArrayList<>();
    for (int i = 0; i < warm + n; i++) {
      long t0 = System.nanoTime();
      int status;
      try {
        status = sender.send(uri, bytes);
      } catch (Exception e) {
        throw new IOException("direct notification failed: " + e, e);
      }
      long t1 = System.nanoTime();
      if (status != 201) {
        throw new IOException("direct notification answered " + status);
      }
      if (i >= warm) {
        direct.add((t1 - t0) / 1e6);
      }
    }
    result("notifyMillis", Stats.median(latencies));
    result("notifyReferenceMillis", Stats.median(direct));
  }

  private static int delivered(Utility utility, String resource) {
    int n = 0;
    for (NotificationDelivery d : utility.notifications()) {
      if (d.subscribedResource().equals(resource) && d.delivered()) {
        n++;
      }
    }
    return n;
  }

  private static NotificationDelivery awaitDelivery(Utility utility, String resource, int seen)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      int n = 0;
      for (NotificationDelivery d : utility.notifications()) {
        if (d.subscribedResource().equals(resource) && d.delivered() && ++n > seen) {
          return d;
        }
      }
      Thread.sleep(0, 200_000);
    }
    throw new IOException("no notification delivered for " + resource + " within 10 s");
  }

  private static void lists(
      Sep2MockServer server,
      WireMockServer wireMock,
      SSLSocketFactory deviceTls,
      SSLSocketFactory wireMockTls,
      String deviceHref,
      int controls,
      int gets,
      int rounds)
      throws IOException {
    Program program = server.utility().createProgram("many controls", 2, 1);
    Instant start = Instant.now().plusSeconds(86_400);
    for (int i = 0; i < controls; i++) {
      program.schedule(
          DerControl.builder()
              .interval(new DateTimeInterval(60L, start.plusSeconds(120L * i)))
              .derControlBase(
                  DerControlBase.builder()
                      .opModExpLimW(ActivePower.watts(1000 + i % 1000))
                      .build()));
    }
    String base = deviceHref + "/derp/" + program.id() + "/derc";
    try (Http ours = Http.open(deviceTls, server.port(), 30_000);
        Http ref = Http.open(wireMockTls, wireMock.httpsPort(), 30_000)) {
      for (int limit : new int[] {10, 500}) {
        String path = base + "?l=" + limit;
        byte[] body = ours.get(path);
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.contains("all=\"" + controls + "\"")) {
          throw new IOException(path + " does not list " + controls + " controls: " + text);
        }
        wireMock.stubFor(
            get("/list" + limit)
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/sep+xml")
                        .withBody(body)));
        for (int i = 0; i < Math.max(10, gets / 2); i++) {
          ours.get(path);
          ref.get("/list" + limit);
        }
        double[] o = new double[gets * rounds];
        double[] r = new double[gets * rounds];
        int k = 0;
        for (int round = 0; round < rounds; round++) {
          for (int i = 0; i < gets; i++) {
            long t0 = System.nanoTime();
            ours.get(path);
            long t1 = System.nanoTime();
            ref.get("/list" + limit);
            long t2 = System.nanoTime();
            o[k] = (t1 - t0) / 1e3;
            r[k++] = (t2 - t1) / 1e3;
          }
        }
        result("list" + limit + "Micros", Stats.percentile(o, 50));
        result("list" + limit + "ReferenceMicros", Stats.percentile(r, 50));
        result("list" + limit + "Bytes", body.length);
      }
    }
  }
}
