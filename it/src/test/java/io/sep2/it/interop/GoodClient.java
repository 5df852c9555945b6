package io.sep2.it.interop;

import io.sep2.testing.Curl;
import io.sep2.testing.ExternalCommand;
import io.sep2.testing.ProcessResult;
import io.sep2.testing.RawHttp;
import io.sep2.testing.RunningProcess;
import io.sep2.testing.Tool;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        new GoodClient("openssl s_client", () -> Tools.version(Tool.OPENSSL), GoodClient::openssl),
        new GoodClient("curl", () -> Tools.version(Tool.CURL), GoodClient::curl),
        new GoodClient(
            "Python ssl + http.client", () -> Tools.version(Tool.PYTHON), GoodClient::python),
        new GoodClient("Node.js https", () -> Tools.version(Tool.NODE), GoodClient::node),
        new GoodClient("gnutls-cli", () -> Tools.version(Tool.GNUTLS), GoodClient::gnutls),
        new GoodClient("Java BCJSSE (Sep2ClientTls)", Tools::bcjsseVersion, GoodClient::bcjsse));
  }

  @Override
  public String toString() {
    return name;
  }

  // ---- the clients ----

  /** openssl s_client on one connection: /dcap kept alive, then the link with Connection: close. */
  static Exchange openssl(Endpoint e) throws Exception {
    return interactive(
        e.sClient()
            .tls12Ccm8()
            .cert(e.deviceChain(), e.deviceKey())
            .certChain(e.deviceChain())
            .caFile(e.serca())
            .options("-verify_return_error", "-quiet")
            .command(),
        e);
  }

  /** gnutls-cli on one connection, like openssl. */
  static Exchange gnutls(Endpoint e) throws Exception {
    return interactive(
        Tool.GNUTLS.command(
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
            e.host()),
        e);
  }

  /** curl, one process per request (a shell script's 2030.5 client). */
  static Exchange curl(Endpoint e) throws Exception {
    StringBuilder transcript = new StringBuilder();
    List<Exchange.Response> responses = new ArrayList<>();
    String path = "/dcap";
    for (int i = 0; i < 2 && path != null; i++) {
      ProcessResult r =
          Curl.tls12Ccm8()
              .cert(e.deviceChain(), e.deviceKey())
              .caCert(e.serca())
              .options(
                  "-sS",
                  "-i",
                  "--max-time",
                  "10",
                  "-H",
                  "Accept: application/sep+xml; level=-S1",
                  e.url(path))
              .command()
              .timeout(LIMIT)
              .run();
      transcript.append("$ curl ").append(e.url(path)).append(" (exit ").append(r.exitCode());
      transcript.append(")\n").append(r.output()).append('\n');
      List<Exchange.Response> got = Exchange.parseRawHttp(r.output());
      responses.addAll(got);
      path = got.isEmpty() ? null : Exchange.discoverLink(got.get(0).body());
    }
    return new Exchange(responses, transcript.toString());
  }

  static Exchange python(Endpoint e) throws Exception {
    return script(Tool.PYTHON, Tools.resource("sep2_client.py", e.work()), e);
  }

  static Exchange node(Endpoint e) throws Exception {
    return script(Tool.NODE, Tools.resource("sep2_client.js", e.work()), e);
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
        String response;
        try {
          response = RawHttp.read(in).text();
        } catch (EOFException eof) {
          transcript.append(eof.getMessage()).append('\n');
          break;
        }
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
  private static Exchange interactive(ExternalCommand command, Endpoint e) throws Exception {
    try (RunningProcess proc = command.in(e.work()).start()) {
      proc.write(request(e, "/dcap", false));
      proc.awaitOutput(o -> o.contains("</DeviceCapability>"), LIMIT);
      List<Exchange.Response> first = Exchange.parseRawHttp(proc.output());
      String link = first.isEmpty() ? null : Exchange.discoverLink(first.get(0).body());
      if (link != null) {
        proc.write(request(e, link, true));
      }
      proc.awaitOutput(o -> Exchange.parseRawHttp(o).size() >= 2, LIMIT);
      proc.closeInput();
      ProcessResult r = proc.await(Duration.ofSeconds(5));
      String transcript = "$ " + proc.commandLine() + "\n" + r.output();
      return new Exchange(Exchange.parseRawHttp(r.output()), transcript);
    }
  }

  /** {@code interpreter script host port device-chain device-key serca}, run to its end. */
  private static Exchange script(Tool interpreter, Path script, Endpoint e) throws Exception {
    ProcessResult r =
        interpreter
            .command(
                script.toString(),
                e.host(),
                Integer.toString(e.port()),
                e.deviceChain().toString(),
                e.deviceKey().toString(),
                e.serca().toString())
            .timeout(LIMIT)
            .run();
    return new Exchange(Exchange.parseScriptOutput(r.output()), r.transcript());
  }
}
