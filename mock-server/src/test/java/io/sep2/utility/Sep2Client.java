package io.sep2.utility;

import io.sep2.model.ReadResult;
import io.sep2.model.Sep2Document;
import io.sep2.model.Sep2Xml;
import io.sep2.pki.HeldCertificate;
import io.sep2.pki.identity.DeviceIdentity;
import io.sep2.server.Sep2MockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A 2030.5 device client for tests: one device certificate, real TLS 1.2 CCM_8, JDK HttpClient. */
final class Sep2Client {

  static final String SEP_XML = "application/sep+xml";
  static final String NS = "urn:ieee:std:2030.5:ns";

  private final Sep2MockServer server;
  private final HttpClient http;
  final DeviceIdentity identity;

  Sep2Client(Sep2MockServer server) {
    this(server, server.pki().device());
  }

  Sep2Client(Sep2MockServer server, HeldCertificate device) {
    this.server = server;
    this.http = server.clientTls(device).httpClient();
    this.identity = DeviceIdentity.of(device.certificate());
  }

  String lfdi() {
    return identity.lfdi();
  }

  long sfdi() {
    return identity.sfdi();
  }

  Reply get(String path) {
    return send("GET", path, null, null);
  }

  Reply post(String path, String body) {
    return send("POST", path, SEP_XML, body);
  }

  Reply put(String path, String body) {
    return send("PUT", path, SEP_XML, body);
  }

  Reply send(String method, String path, String contentType, String body) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(server.baseUri() + path)).header("Accept", SEP_XML);
    if (body == null) {
      r.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      if (contentType != null) {
        r.header("Content-Type", contentType);
      }
      r.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    try {
      HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(method, path, response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The EndDevice document this client POSTs to register itself. */
  String endDevice() {
    return endDevice(sfdi(), lfdi());
  }

  static String endDevice(long sfdi, String lfdi) {
    return "<EndDevice xmlns=\""
        + NS
        + "\"><sFDI>"
        + sfdi
        + "</sFDI>"
        + (lfdi == null ? "" : "<lFDI>" + lfdi + "</lFDI>")
        + "<changedTime>0</changedTime></EndDevice>";
  }

  /** Registers this client's own EndDevice and returns its href. */
  String register() {
    Reply reply = post("/edev", endDevice());
    if (reply.status != 201 && reply.status != 204) {
      throw new AssertionError("registration failed: " + reply);
    }
    return reply.location().orElseThrow();
  }

  /** One answer. */
  record Reply(String method, String path, int status, String body, HttpHeaders headers) {

    Optional<String> location() {
      return headers.firstValue("Location");
    }

    Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    /** An attribute of the root element, e.g. {@code all}. */
    String rootAttribute(String name) {
      Matcher tag = Pattern.compile("<[A-Za-z][^>]*>").matcher(body);
      if (!tag.find()) {
        throw new AssertionError("no element in " + this);
      }
      String root = tag.group();
      if (root.startsWith("<?")) {
        tag.find();
        root = tag.group();
      }
      Matcher attr = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(root);
      return attr.find() ? attr.group(1) : null;
    }

    long all() {
      return Long.parseLong(rootAttribute("all"));
    }

    long results() {
      return Long.parseLong(rootAttribute("results"));
    }

    <T extends Sep2Document> T as(Class<T> type) {
      ReadResult<T> read = Sep2Xml.create().read(body.getBytes(StandardCharsets.UTF_8), type);
      if (!read.isOk()) {
        throw new AssertionError("not a " + type.getSimpleName() + ": " + read + " in " + this);
      }
      return read.orElseThrow();
    }

    /** The reasonCode of the 2030.5 Error document of an error answer. */
    int reasonCode() {
      return as(io.sep2.model.Sep2Error.class).reasonCode();
    }

    @Override
    public String toString() {
      return method + " " + path + " -> " + status + " " + headers.map() + "\n" + body;
    }
  }
}
