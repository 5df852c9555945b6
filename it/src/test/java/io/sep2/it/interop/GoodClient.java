package io.sep2.it.interop;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocket;

/**
 * A real TLS client that can speak 2030.5's one suite, set up the way its documentation says: TLS
 * 1.2 only, {@code TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8} only, the device certificate with its chain,
 * the SERCA as the only trust anchor. Each runs GET {@code /dcap} and then GET the link the
 * DeviceCapability names; the same list runs against every target of the matrix.
 *
 * @param name the client's name in the matrix
 * @param version its installed version (shown, never compared)
 * @param runner what it does
 */
record GoodClient(String name, Supplier<String> version, Runner runner) {

  static final String CASE = "CCM_8 + device certificate: GET /dcap, then a link it names";
  static final String EXPECTED = "TLS 1.2 CCM_8; 200 for /dcap and the linked resource";

  private static final Duration LIMIT = Duration.ofSeconds(15);

  /** Runs the client against an endpoint. */
  @FunctionalInterface
  interface Runner {
    Exchange run(Endpoint endpoint) throws Exception;
  }

  /** The clients that must succeed, in matrix order. */
  static List<GoodClient> all() {
    return List.of(
        new GoodClient("openssl s_client", () -> Tools.version(Tools.OPENSSL), GoodClient::openssl),
        new GoodClient("curl", () -> Tools.version(Tools.CURL), GoodClient::curl),
        new GoodClient(
            "Python ssl + http.client", () -> Tools.version(Tools.PYTHON), GoodClient::python),
        new GoodClient("Node.js https", () -> Tools.version(Tools.NODE), GoodClient::node),
        new GoodClient("gnutls-cli", () -> Tools.version(Tools.GNUTLS), GoodClient::gnutls),
        new GoodClient("Java BCJSSE (Sep2ClientTls)", Tools::bcjsseVersion, GoodClient::bcjsse));
  }

  @Override
  public String toString() {
    return name;
  }

  // ---- the clients ----

  /** openssl s_client on one connection: /dcap kept alive, then the link with Connection: close. */
  static Exchange openssl(Endpoint e) throws Exception {
    List<String> command =
        Proc.cmd(
            Tools.require(Tools.OPENSSL),
            "s_client",
            "-connect",
            e.address(),
            "-tls1_2",
            "-cipher",
            Tools.opensslCcm8(Tools.version(Tools.OPENSSL)),
            "-cert",
            e.deviceChain().toString(),
            "-cert_chain",
            e.deviceChain().toString(),
            "-key",
            e.deviceKey().toString(),
            "-CAfile",
            e.serca().toString(),
            "-verify_return_error",
            "-quiet");
    return interactive(command, e);
  }

  /** gnutls-cli on one connection, like openssl. */
  static Exchange gnutls(Endpoint e) throws Exception {
    List<String> command =
        Proc.cmd(
            Tools.require(Tools.GNUTLS),
            "--priority",
            Tools.GNUTLS_CCM8_PRIORITY,
            "--x509certfile",
            e.deviceChain().toString(),
            "--x509keyfile",
            e.deviceKey().toString(),
            "--x509cafile",
            e.serca().toString(),
            "-p",
            Integer.toString(e.port()),
            e.host());
    return interactive(command, e);
  }

  /** curl, one process per request (a shell script's 2030.5 client). */
  static Exchange curl(Endpoint e) throws Exception {
    String curl = Tools.require(Tools.CURL);
    StringBuilder transcript = new StringBuilder();
    List<Exchange.Response> responses = new ArrayList<>();
    String path = "/dcap";
    for (int i = 0; i < 2 && path != null; i++) {
      Proc.Result r =
          Proc.run(
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
                  Tools.opensslCcm8(Tools.version(Tools.CURL)),
                  "--cert",
                  e.deviceChain().toString(),
                  "--key",
                  e.deviceKey().toString(),
                  "--cacert",
                  e.serca().toString(),
                  "-H",
                  "Accept: application/sep+xml; level=-S1",
                  e.url(path)),
              null,
              LIMIT);
      transcript.append("$ curl ").append(e.url(path)).append(" (exit ").append(r.exitCode());
      transcript.append(")\n").append(r.output()).append('\n');
      List<Exchange.Response> got = Exchange.parseRawHttp(r.output());
      responses.addAll(got);
      path = got.isEmpty() ? null : Exchange.discoverLink(got.get(0).body());
    }
    return new Exchange(responses, transcript.toString());
  }

  static Exchange python(Endpoint e) throws Exception {
    return script(
        List.of(Tools.require(Tools.PYTHON), Tools.resource("sep2_client.py", e.work()).toString()),
        e);
  }

  static Exchange node(Endpoint e) throws Exception {
    return script(
        List.of(Tools.require(Tools.NODE), Tools.resource("sep2_client.js", e.work()).toString()),
        e);
  }

  /** Java with Bouncy Castle JSSE: a socket from {@code Sep2ClientTls.socketFactory()}. */
  static Exchange bcjsse(Endpoint e) throws Exception {
    StringBuilder transcript = new StringBuilder();
    List<Exchange.Response> responses = new ArrayList<>();
    try (SSLSocket socket =
        (SSLSocket) e.javaClient().socketFactory().createSocket(e.host(), e.port())) {
      socket.setSoTimeout((int) LIMIT.toMillis());
      socket.startHandshake();
      transcript
          .append("TLS ")
          .append(socket.getSession().getProtocol())
          .append(' ')
          .append(socket.getSession().getCipherSuite())
          .append('\n');
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      String path = "/dcap";
      for (int i = 0; i < 2 && path != null; i++) {
        out.write(request(e, path, i == 1).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String response = readResponse(in);
        transcript.append(response).append('\n');
        List<Exchange.Response> got = Exchange.parseRawHttp(response);
        responses.addAll(got);
        path = got.isEmpty() ? null : Exchange.discoverLink(got.get(0).body());
      }
    }
    return new Exchange(responses, transcript.toString());
  }

  // ---- helpers ----

  static String request(Endpoint e, String path, boolean close) {
    return "GET "
        + path
        + " HTTP/1.1\r\nHost: "
        + e.address()
        + "\r\nAccept: application/sep+xml; level=-S1\r\nConnection: "
        + (close ? "close" : "keep-alive")
        + "\r\n\r\n";
  }

  /**
   * Drives a line-mode TLS client (s_client, gnutls-cli) through its standard input: GET /dcap on a
   * kept-alive connection, read the DeviceCapability, GET the link it names with {@code Connection:
   * close}, and wait for the client to end when the server closes.
   */
  private static Exchange interactive(List<String> command, Endpoint e) throws Exception {
    try (Proc proc = Proc.start(command, e.work())) {
      proc.write(request(e, "/dcap", false));
      proc.awaitOutput(o -> o.contains("</DeviceCapability>"), LIMIT);
      List<Exchange.Response> first = Exchange.parseRawHttp(proc.output());
      String link = first.isEmpty() ? null : Exchange.discoverLink(first.get(0).body());
      if (link != null) {
        proc.write(request(e, link, true));
      }
      proc.awaitOutput(o -> Exchange.parseRawHttp(o).size() >= 2, LIMIT);
      proc.closeInput();
      Proc.Result r = proc.await(Duration.ofSeconds(5));
      String transcript = "$ " + proc.commandLine() + "\n" + r.output();
      return new Exchange(Exchange.parseRawHttp(r.output()), transcript);
    }
  }

  private static Exchange script(List<String> interpreterAndScript, Endpoint e) throws Exception {
    List<String> command = new ArrayList<>(interpreterAndScript);
    command.addAll(
        List.of(
            e.host(),
            Integer.toString(e.port()),
            e.deviceChain().toString(),
            e.deviceKey().toString(),
            e.serca().toString()));
    Proc.Result r = Proc.run(command, null, LIMIT);
    return new Exchange(
        Exchange.parseScriptOutput(r.output()),
        "$ " + String.join(" ", command) + " (exit " + r.exitCode() + ")\n" + r.output());
  }

  /** Reads one HTTP/1.1 response with a Content-Length body (what the mock server sends). */
  private static String readResponse(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return head.toString(StandardCharsets.ISO_8859_1);
      }
      head.write(b);
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String headers = head.toString(StandardCharsets.ISO_8859_1);
    int length = 0;
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
      }
    }
    return headers + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
