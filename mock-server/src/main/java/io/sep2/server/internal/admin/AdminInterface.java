package io.sep2.server.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.sep2.model.DefaultDerControl;
import io.sep2.model.DerControl;
import io.sep2.server.internal.http.FaultState;
import io.sep2.utility.Control;
import io.sep2.utility.Device;
import io.sep2.utility.Program;
import io.sep2.utility.Utility;
import io.sep2.utility.internal.ControlModes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The operator's handle on a running utility server, for device clients that are not Java ({@code
 * sep2:serve}): plain HTTP with JSON, bound to 127.0.0.1 only. It creates and cancels controls,
 * sets default controls and programs, moves the clock and starts comms faults (README, "Operating
 * sep2:serve"). Off unless asked for.
 */
public final class AdminInterface implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY = 64 * 1024;

  private final HttpServer http;
  private final Utility utility;
  private final FaultState faults;
  private final Runnable closeConnections;
  private final java.util.function.BooleanSupplier proceed;

  private AdminInterface(
      HttpServer http,
      Utility utility,
      FaultState faults,
      Runnable closeConnections,
      java.util.function.BooleanSupplier proceed) {
    this.http = http;
    this.utility = utility;
    this.faults = faults;
    this.closeConnections = closeConnections;
    this.proceed = proceed;
  }

  /**
   * Starts the interface on 127.0.0.1:{@code port} (0: a free port).
   *
   * @param proceed what an operator's "proceed" does (a procedure step waiting for it); answers
   *     whether anybody was waiting
   * @throws UncheckedIOException naming the port when it cannot be bound
   */
  public static AdminInterface start(
      int port,
      Utility utility,
      FaultState faults,
      Runnable closeConnections,
      java.util.function.BooleanSupplier proceed) {
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind the admin interface to 127.0.0.1:" + port, e);
    }
    AdminInterface admin = new AdminInterface(http, utility, faults, closeConnections, proceed);
    http.createContext("/", admin::handle);
    http.setExecutor(
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "sep2-admin");
              t.setDaemon(true);
              return t;
            }));
    http.start();
    return admin;
  }

  /** {@code http://127.0.0.1:PORT}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
  }

  @Override
  public void close() {
    http.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    try {
      JsonNode body = body(exchange);
      Object answer = route(method, path, body);
      send(exchange, 200, answer);
    } catch (AdminError e) {
      send(exchange, e.status, Map.of("error", e.getMessage()));
    } catch (IllegalArgumentException | IllegalStateException e) {
      send(exchange, 400, Map.of("error", String.valueOf(e.getMessage())));
    } catch (RuntimeException e) {
      send(exchange, 500, Map.of("error", e.toString()));
    }
  }

  private Object route(String method, String path, JsonNode body) {
    String[] p = path.replaceAll("/+$", "").split("/");
    String route = method + " " + path;
    if (route.equals("GET /state") || route.equals("GET /")) {
      return state();
    } else if (route.equals("POST /programs")) {
      Program program =
          utility.createProgram(
              text(body, "description", "program"),
              body.path("primacy").asInt(1),
              body.path("fsa").asLong(1));
      return Map.of("id", program.id(), "mRID", program.mrid().toString());
    } else if (method.equals("PUT")
        && p.length == 4
        && p[1].equals("programs")
        && p[3].equals("default")) {
      Program program = program(p[2]);
      DefaultDerControl.Builder control = DefaultDerControl.builder();
      applyModes(body, control);
      program.defaultControl(control);
      return Map.of("program", program.id(), "defaultControl", "set");
    } else if (route.equals("POST /controls")) {
      Program program = program(text(body, "program", "1"));
      Instant start = start(body);
      DerControl.Builder control =
          DerControl.builder()
              .interval(start, Duration.ofSeconds(body.path("duration").asLong(300)));
      if (body.has("randomizeStart")) {
        control.randomizeStart(body.get("randomizeStart").asInt());
      }
      applyModes(body, control);
      Control scheduled = program.schedule(control);
      return Map.of(
          "mRID", scheduled.mrid().toString(),
          "program", program.id(),
          "id", scheduled.id(),
          "start", start.toString());
    } else if (method.equals("POST")
        && p.length == 4
        && p[1].equals("controls")
        && p[3].equals("cancel")) {
      Control control = control(p[2]);
      control.cancel(body.path("randomized").asBoolean(false));
      return Map.of("mRID", control.mrid().toString(), "currentStatus", control.currentStatus());
    } else if (route.equals("POST /clock/advance")) {
      utility.clock().advance(Duration.ofSeconds(require(body, "seconds").asLong()));
      return Map.of("time", utility.clock().instant().toString());
    } else if (route.equals("POST /clock/set")) {
      utility.clock().set(Instant.ofEpochSecond(require(body, "time").asLong()));
      return Map.of("time", utility.clock().instant().toString());
    } else if (route.equals("POST /faults")) {
      String kind = text(body, "kind", "");
      Duration period = Duration.ofSeconds(body.path("seconds").asLong(30));
      switch (kind) {
        case "unavailable" ->
            faults.unavailable(period, Duration.ofSeconds(body.path("retryAfter").asLong(10)));
        case "refuse" -> faults.refuseHandshakes(period);
        case "close" -> closeConnections.run();
        case "delay" ->
            faults.delayAnswers(Duration.ofMillis(body.path("delayMillis").asLong(2000)), period);
        default ->
            throw new AdminError(
                400, "kind must be unavailable, refuse, close or delay, was '" + kind + "'");
      }
      return Map.of("fault", kind, "history", faults.history().size());
    } else if (route.equals("DELETE /faults")) {
      faults.clear();
      return Map.of("fault", "cleared");
    } else if (route.equals("POST /proceed")) {
      if (!proceed.getAsBoolean()) {
        throw new AdminError(409, "no procedure is waiting for an operator");
      }
      return Map.of("proceed", true);
    }
    throw new AdminError(
        404,
        "unknown admin request "
            + route
            + "; see the README for GET /state, POST /programs, PUT /programs/{id}/default, POST"
            + " /controls, POST /controls/{mRID}/cancel, POST /clock/advance, POST /clock/set, POST"
            + " /faults, DELETE /faults, POST /proceed");
  }

  private ObjectNode state() {
    ObjectNode state = JSON.createObjectNode();
    state.put("time", utility.clock().instant().toString());
    ArrayNode devices = state.putArray("devices");
    for (Device d : utility.devices()) {
      ObjectNode n = devices.addObject();
      n.put("href", d.href());
      n.put("lFDI", d.lfdi());
      n.put("sFDI", d.sfdi());
      n.put("derSettings", d.derSettings().isPresent());
      n.put("derCapability", d.derCapability().isPresent());
      n.put("responses", d.responses().size());
      n.put("readings", d.readings().size());
    }
    ArrayNode programs = state.putArray("programs");
    for (Program program : utility.programs()) {
      ObjectNode n = programs.addObject();
      n.put("id", program.id());
      n.put("mRID", program.mrid().toString());
      n.put("primacy", program.primacy());
      n.put("defaultControl", program.defaultControl().isPresent());
      ArrayNode controls = n.putArray("controls");
      for (Control c : program.controls()) {
        ObjectNode cn = controls.addObject();
        cn.put("mRID", c.mrid().toString());
        cn.put("currentStatus", c.currentStatus());
        cn.put("responses", c.responses().size());
      }
    }
    state.put("requests", utility.exchanges().size());
    state.put("notifications", utility.notifications().size());
    return state;
  }

  private Program program(String id) {
    try {
      return utility
          .program(Long.parseLong(id))
          .orElseThrow(() -> new AdminError(404, "there is no program " + id));
    } catch (NumberFormatException e) {
      throw new AdminError(400, "a program id is a number, was '" + id + "'");
    }
  }

  private Control control(String mrid) {
    for (Program program : utility.programs()) {
      for (Control c : program.controls()) {
        if (c.mrid().toString().equalsIgnoreCase(mrid)) {
          return c;
        }
      }
    }
    throw new AdminError(404, "there is no control with mRID " + mrid);
  }

  /** {@code "start"}: seconds since the epoch, or {@code "+60"} seconds from now; default +60. */
  private Instant start(JsonNode body) {
    JsonNode start = body.path("start");
    Instant now = utility.clock().instant();
    if (start.isMissingNode() || start.isNull()) {
      return now.plusSeconds(60);
    }
    String text = start.asText();
    if (text.startsWith("+")) {
      return now.plusSeconds(Long.parseLong(text.substring(1)));
    }
    return Instant.ofEpochSecond(Long.parseLong(text));
  }

  /** The body's mode fields (other fields, such as program and start, are not modes). */
  private static void applyModes(JsonNode body, DerControl.Builder control) {
    modes(body).forEach((name, value) -> ControlModes.apply(name, value, control));
  }

  private static void applyModes(JsonNode body, DefaultDerControl.Builder control) {
    modes(body).forEach((name, value) -> ControlModes.apply(name, value, control));
  }

  private static Map<String, JsonNode> modes(JsonNode body) {
    Map<String, JsonNode> modes = new java.util.LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (ControlModes.isMode(field.getKey())) {
        modes.put(field.getKey(), field.getValue());
      }
    }
    return modes;
  }

  private static JsonNode require(JsonNode body, String name) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      throw new AdminError(400, "missing field '" + name + "'");
    }
    return value;
  }

  private static String text(JsonNode body, String name, String dflt) {
    JsonNode value = body.get(name);
    return value == null || value.isNull() ? dflt : value.asText();
  }

  private static JsonNode body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw new AdminError(413, "request body over " + MAX_BODY + " bytes");
      }
      if (bytes.length == 0) {
        return JSON.createObjectNode();
      }
      try {
        JsonNode node = JSON.readTree(bytes);
        if (!node.isObject()) {
          throw new AdminError(400, "the body must be a JSON object");
        }
        return node;
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new AdminError(400, "the body is not JSON: " + e.getOriginalMessage());
      }
    }
  }

  private static void send(HttpExchange exchange, int status, Object answer) throws IOException {
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(answer);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** An admin request that cannot be done, with its HTTP status. */
  private static final class AdminError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    AdminError(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }
}
