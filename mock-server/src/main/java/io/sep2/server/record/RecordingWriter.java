package io.sep2.server.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sep2.tls.ClientIdentity;
import io.sep2.tls.diagnostics.ClientHelloInfo;
import io.sep2.tls.diagnostics.ClientStack;
import io.sep2.tls.diagnostics.Diagnosis;
import io.sep2.tls.diagnostics.TlsNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Writes the connections of one test as {@code NAME.txt} (what a developer reads: {@link
 * ConnectionRecord#toDetailedText()} of each connection) and {@code NAME.json} (the same for tools)
 * into a directory; the JUnit extension passes {@code target/sep2/recordings/<TestClass>/<method>}.
 *
 * <p>JSON field names are stable (they are part of the recording format): the top-level object has
 * {@code name}, {@code format} (currently 1) and {@code connections}; instants are ISO-8601 UTC
 * strings; the ClientHello's wire codes are written as {@code {"code": "0xC0AE", "name":
 * "TLS_..."}} objects (the alert sent as {@code {"code": 40, "name": "handshake_failure"}}, its
 * code a number; the negotiated version, suite and group by name only); absent values are {@code
 * null}. NAME is sanitised for every common file system (see {@link #sanitize(String)}).
 */
public final class RecordingWriter {

  /** The version of the JSON layout; bumped only on incompatible changes. */
  public static final int FORMAT = 1;

  private static final int MAX_NAME = 100;

  private static final Set<String> WINDOWS_RESERVED =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
          "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RecordingWriter() {}

  /**
   * Writes {@code NAME.txt} and {@code NAME.json} for {@code records} into {@code directory}
   * (created if missing; existing files of the same name are replaced).
   *
   * @param directory where to write
   * @param name the recording's name, e.g. the test method's display name; sanitised
   * @param records the connections, usually in id order
   * @return the two files written, text first
   * @throws UncheckedIOException when the files cannot be written
   */
  public static List<Path> write(Path directory, String name, List<ConnectionRecord> records) {
    String base = sanitize(name);
    List<ConnectionRecord> list = records == null ? List.of() : records;
    try {
      Files.createDirectories(directory);
      Path txt = directory.resolve(base + ".txt");
      Path json = directory.resolve(base + ".json");
      writeAtomically(txt, toText(list));
      writeAtomically(json, toJson(name, list));
      return List.of(txt, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write recording " + base + " to " + directory, e);
    }
  }

  /** Returns the text recording: each connection's detailed text, separated by blank lines. */
  public static String toText(List<ConnectionRecord> records) {
    if (records == null || records.isEmpty()) {
      return "No connections.\n";
    }
    StringBuilder sb = new StringBuilder();
    for (ConnectionRecord record : records) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(record.toDetailedText()).append('\n');
    }
    return sb.toString();
  }

  /** Returns the JSON recording (pretty-printed, newline-terminated). */
  public static String toJson(String name, List<ConnectionRecord> records) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("name", name);
    root.put("format", FORMAT);
    ArrayNode connections = root.putArray("connections");
    if (records != null) {
      for (ConnectionRecord record : records) {
        connections.add(toJson(record));
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns one connection as a JSON object (the elements of {@code connections}). */
  public static ObjectNode toJson(ConnectionRecord record) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", record.id());
    node.put("remoteAddress", record.remoteAddress());
    node.put("start", instant(record.start()));
    node.put("end", instant(record.end()));
    if (record.duration() == null) {
      node.putNull("durationMillis");
    } else {
      node.put("durationMillis", record.duration().toMillis());
    }
    node.put("outcome", record.outcome().name());
    node.put("protocolVersion", record.protocolVersion());
    node.put("cipherSuite", record.cipherSuite());
    node.put("namedGroup", record.namedGroup());
    node.set("clientIdentity", identity(record.clientIdentity()));
    if (record.alertSent() < 0) {
      node.putNull("alertSent");
    } else {
      ObjectNode alert = node.putObject("alertSent");
      alert.put("code", record.alertSent());
      alert.put("name", TlsNames.alert(record.alertSent()));
    }
    node.set("diagnosis", diagnosis(record.diagnosis()));
    node.set("clientHello", hello(record.clientHello()));
    node.set(
        "clientStack",
        record.clientHello() == null ? null : stack(record.clientHello().clientStack()));
    ArrayNode exchanges = node.putArray("exchanges");
    for (HttpExchange exchange : record.exchanges()) {
      exchanges.add(exchange(exchange));
    }
    if (record.exchangesNotKept() > 0) {
      // between the first ConnectionRecord.KEPT_FIRST exchanges and the newest ones
      node.put("exchangesNotKept", record.exchangesNotKept());
    }
    return node;
  }

  /**
   * Makes {@code name} safe as a file name on Linux, macOS and Windows: every run of characters
   * other than letters, digits, {@code .}, {@code _} and {@code -} becomes one {@code _}; leading
   * and trailing dots, underscores and spaces are dropped; Windows device names ({@code CON},
   * {@code NUL}...) get a leading {@code _}; names longer than 100 characters are cut and end with
   * a hash of the full name so that they stay distinct; an empty result becomes {@code recording}.
   */
  public static String sanitize(String name) {
    if (name == null) {
      return "recording";
    }
    String s = name.replaceAll("[^A-Za-z0-9._-]+", "_");
    s = s.replaceAll("^[._ ]+", "").replaceAll("[._ ]+$", "");
    if (s.isEmpty()) {
      return "recording";
    }
    String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
    if (WINDOWS_RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
      s = "_" + s;
    }
    if (s.length() > MAX_NAME) {
      String hash = String.format(Locale.ROOT, "%08x", name.hashCode());
      s = s.substring(0, MAX_NAME - hash.length() - 1) + "-" + hash;
    }
    return s;
  }

  private static void writeAtomically(Path target, String content) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String instant(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static ObjectNode identity(ClientIdentity identity) {
    ObjectNode node = MAPPER.createObjectNode();
    ClientIdentity id = identity == null ? ClientIdentity.ANONYMOUS : identity;
    node.put("present", id.present());
    node.put("lfdi", id.lfdi());
    node.put("sfdi", id.sfdi());
    node.put("subject", id.subject());
    node.put("trusted", id.trusted());
    return node;
  }

  private static ObjectNode diagnosis(Diagnosis diagnosis) {
    if (diagnosis == null) {
      return null;
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("cause", diagnosis.cause().name());
    node.put("reason", diagnosis.reason());
    node.put("fix", diagnosis.fix());
    ArrayNode also = node.putArray("alsoNoted");
    diagnosis.alsoNoted().forEach(also::add);
    node.put("detail", diagnosis.detail());
    return node;
  }

  private static ObjectNode hello(ClientHelloInfo hello) {
    if (hello == null) {
      return null;
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("kind", hello.kind().name());
    node.put("bytesCaptured", hello.bytesCaptured());
    node.set("recordVersion", code(hello.recordVersion(), TlsNames::version));
    node.set("clientVersion", code(hello.clientVersion(), TlsNames::version));
    node.set("supportedVersions", codes(hello.supportedVersions(), TlsNames::version));
    node.set("cipherSuites", codes(hello.cipherSuites(), TlsNames::cipherSuiteLabel));
    node.set("supportedGroups", codes(hello.supportedGroups(), TlsNames::group));
    node.set("signatureAlgorithms", codes(hello.signatureAlgorithms(), TlsNames::signatureScheme));
    node.set("keyShareGroups", codes(hello.keyShareGroups(), TlsNames::group));
    node.put("serverName", hello.serverName());
    ArrayNode alpn = node.putArray("alpnProtocols");
    hello.alpnProtocols().forEach(alpn::add);
    ArrayNode formats = node.putArray("ecPointFormats");
    hello.ecPointFormats().forEach(formats::add);
    node.set("extensions", codes(hello.extensions(), TlsNames::extension));
    node.put("renegotiationInfo", hello.renegotiationInfo());
    node.put("renegotiationScsv", hello.renegotiationScsv());
    node.put("sessionIdLength", hello.sessionIdLength());
    node.put("preview", hello.preview());
    node.put("malformed", hello.malformed());
    node.put("problem", hello.problem());
    return node;
  }

  private static ObjectNode stack(ClientStack stack) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("stack", stack.stack().name());
    node.put("name", stack.name());
    ArrayNode evidence = node.putArray("evidence");
    stack.evidence().forEach(evidence::add);
    node.put("ja3", stack.ja3());
    node.put("ja3Hash", stack.ja3Hash());
    node.put("ja4", stack.ja4());
    node.put("reason", stack.reason());
    node.put("summary", stack.summary());
    return node;
  }

  private static ObjectNode code(int code, IntFunction<String> namer) {
    if (code < 0) {
      return null;
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("code", String.format(Locale.ROOT, "0x%04X", code));
    node.put("name", namer.apply(code));
    return node;
  }

  private static ArrayNode codes(List<Integer> codes, IntFunction<String> namer) {
    ArrayNode array = MAPPER.createArrayNode();
    for (int code : codes) {
      array.add(code(code, namer));
    }
    return array;
  }

  private static ObjectNode exchange(HttpExchange exchange) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("start", instant(exchange.start()));
    node.put("method", exchange.method());
    node.put("uri", exchange.uri());
    node.set("requestHeaders", headers(exchange.requestHeaders()));
    node.put("requestBody", exchange.requestBody());
    node.put("status", exchange.status());
    node.set("responseHeaders", headers(exchange.responseHeaders()));
    node.put("responseBody", exchange.responseBody());
    node.put("durationMillis", exchange.durationMillis());
    return node;
  }

  private static ArrayNode headers(List<Map.Entry<String, String>> headers) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Map.Entry<String, String> header : headers) {
      ObjectNode node = array.addObject();
      node.put("name", header.getKey());
      node.put("value", header.getValue());
    }
    return array;
  }
}
