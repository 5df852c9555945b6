package io.sep2.procedure.cactus;

import io.sep2.procedure.Action;
import io.sep2.procedure.Check;
import io.sep2.procedure.Event;
import io.sep2.procedure.Expression;
import io.sep2.procedure.Expressions;
import io.sep2.procedure.Procedure;
import io.sep2.procedure.Step;
import io.sep2.procedure.cactus.ProcedureFileException.Problem;
import io.sep2.procedure.cactus.Schema.Param;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the CSIP-AUS client test procedure files (the YAML format of the open-source CACTUS test
 * definitions) into {@link Procedure}s that the {@link io.sep2.procedure.ProcedureRunner} runs.
 * Loading is strict: an unknown or duplicate key, an unknown event/action/check type, an unknown or
 * missing parameter, a value of the wrong type, a malformed expression, a step action naming a step
 * there is not, a {@code set-default-der-control} without {@code derp_id} before any program
 * exists, a {@code create-der-control} or a client-dependent variable among the {@code
 * init_actions}: each is reported with its file and line, and the file is rejected.
 *
 * <p>Mapping onto the engine: {@code init_actions} are the set-up, {@code checks} the start checks
 * (the run starts once they hold, rather than on an operator's {@code /start}), {@code actions} run
 * at start; each step is removed only by {@code remove-steps}; {@code serve_request_first} fires
 * the event after the server applied the request. A file that needs what the engine cannot do
 * (pricing, proxy routes, {@code .well-known}, the 1.3 storage extension) loads, and reports {@code
 * NOT SUPPORTED} when run.
 *
 * <p>The procedure files are not part of this kit; point {@link #loadDirectory(Path)} at a copy.
 */
public final class CactusProcedures {

  /** Variables an {@code init_actions} parameter may use (no client has talked yet). */
  private static final Set<String> INIT_VARIABLES =
      Set.of(
          "now",
          "now_day",
          "now_hour",
          "valid_nmi_1",
          "valid_nmi_2",
          "randuri_1",
          "randuri_2",
          "randuri_3");

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  private CactusProcedures(String file) {
    this.file = file;
  }

  /**
   * Loads one procedure file; its id is the file name without {@code .yaml}.
   *
   * @throws ProcedureFileException listing every problem, with its line
   * @throws IOException when the file cannot be read
   */
  public static Procedure load(Path file) throws IOException, ProcedureFileException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString();
    return parse(text, name, name.replaceFirst("\\.ya?ml$", ""), file.toString());
  }

  /**
   * Reads one procedure from {@code yaml}.
   *
   * @param yaml the file's text
   * @param fileName the name problems are reported against, e.g. {@code ALL-01.yaml}
   * @param id the procedure's id, e.g. {@code ALL-01}
   * @throws ProcedureFileException listing every problem, with its line
   */
  public static Procedure parse(String yaml, String fileName, String id)
      throws ProcedureFileException {
    return parse(yaml, fileName, id, fileName);
  }

  private static Procedure parse(String yaml, String fileName, String id, String source)
      throws ProcedureFileException {
    CactusProcedures loader = new CactusProcedures(fileName);
    Procedure p = loader.read(yaml, id, source);
    if (!loader.problems.isEmpty() || p == null) {
      if (loader.problems.isEmpty()) {
        loader.problem(0, "no procedure could be read");
      }
      throw new ProcedureFileException(fileName, loader.problems);
    }
    return p;
  }

  /** Every {@code *.yaml} file in {@code directory}, loaded, in file name order. */
  public static List<Procedure> loadDirectory(Path directory)
      throws IOException, ProcedureFileException {
    List<Procedure> all = new ArrayList<>();
    for (Path file : yamlFiles(directory)) {
      all.add(load(file));
    }
    return all;
  }

  /** The {@code *.yaml} files of {@code directory}, in file name order. */
  public static List<Path> yamlFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
    }
  }

  // ---- reading ----

  private void problem(Node node, String message) {
    problem(node == null ? 0 : node.getStartMark().getLine() + 1, message);
  }

  private void problem(int line, String message) {
    problems.add(new Problem(line, message));
  }

  private static String norm(String key) {
    return key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /**
   * The entries of a mapping by normalised key; duplicates and keys not in {@code known}
   * (normalised) are problems.
   */
  private Map<String, NodeTuple> fields(Node node, String where, String... known) {
    Map<String, NodeTuple> out = new LinkedHashMap<>();
    if (!(node instanceof MappingNode map)) {
      problem(node, where + " must be a mapping (key: value), not " + kind(node));
      return out;
    }
    Set<String> allowed = new HashSet<>();
    for (String k : known) {
      allowed.add(norm(k));
    }
    for (NodeTuple t : map.getValue()) {
      String key = scalar(t.getKeyNode());
      if (key == null) {
        problem(t.getKeyNode(), where + ": a key must be text");
        continue;
      }
      String n = norm(key);
      if (!allowed.contains(n)) {
        problem(
            t.getKeyNode(),
            "unknown key '" + key + "' in " + where + " (known: " + String.join(", ", known) + ")");
        continue;
      }
      if (out.containsKey(n)) {
        problem(t.getKeyNode(), "duplicate key '" + key + "' in " + where);
        continue;
      }
      out.put(n, t);
    }
    return out;
  }

  private static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return node == null ? "nothing" : "'" + ((ScalarNode) node).getValue() + "'";
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  private static boolean isNull(Node node) {
    return node == null || (node instanceof ScalarNode s && s.getTag().equals(Tag.NULL));
  }

  private Node value(Map<String, NodeTuple> fields, String key) {
    NodeTuple t = fields.get(norm(key));
    return t == null ? null : t.getValueNode();
  }

  private Node required(Map<String, NodeTuple> fields, Node parent, String key, String where) {
    Node v = value(fields, key);
    if (v == null) {
      problem(parent, where + " has no '" + key + "'");
    }
    return v;
  }

  private String text(Node node, String where) {
    if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
      return s.getValue();
    }
    problem(node, where + " must be text, not " + kind(node));
    return "";
  }

  private List<String> texts(Node node, String where) {
    List<String> out = new ArrayList<>();
    if (isNull(node)) {
      return out;
    }
    if (!(node instanceof SequenceNode seq)) {
      problem(node, where + " must be a list, not " + kind(node));
      return out;
    }
    for (Node n : seq.getValue()) {
      out.add(text(n, where + " item"));
    }
    return out;
  }

  private Procedure read(String yaml, String id, String source) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      root = new Yaml(options).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      problem(
          e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
          "not well-formed YAML: " + e.getProblem());
      return null;
    } catch (YAMLException e) {
      problem(0, "not well-formed YAML: " + e.getMessage());
      return null;
    }
    if (root == null) {
      problem(0, "the file is empty");
      return null;
    }
    Map<String, NodeTuple> top =
        fields(
            root,
            "the procedure",
            "Description",
            "Category",
            "Classes",
            "TargetVersions",
            "Steps",
            "Preconditions",
            "Criteria");
    if (!(root instanceof MappingNode)) {
      return null;
    }
    Procedure.Builder b = Procedure.builder(id).source(source).references("CSIP-AUS " + id);
    b.title(text(required(top, root, "Description", "the procedure"), "Description"));
    b.category(text(required(top, root, "Category", "the procedure"), "Category"));
    texts(required(top, root, "Classes", "the procedure"), "Classes");
    Node versions = required(top, root, "TargetVersions", "the procedure");
    for (String v : texts(versions, "TargetVersions")) {
      if (!Schema.VERSIONS.contains(v)) {
        problem(versions, "unknown TargetVersion '" + v + "' (known: " + Schema.VERSIONS + ")");
      }
    }
    // steps first: actions refer to them
    Node stepsNode = required(top, root, "Steps", "the procedure");
    Map<String, NodeTuple> stepNodes = new LinkedHashMap<>();
    if (stepsNode instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        String name = scalar(t.getKeyNode());
        if (name == null) {
          problem(t.getKeyNode(), "a step name must be text");
        } else if (stepNodes.containsKey(name)) {
          problem(t.getKeyNode(), "duplicate step '" + name + "'");
        } else {
          stepNodes.put(name, t);
        }
      }
    } else if (stepsNode != null) {
      problem(stepsNode, "Steps must be a mapping of step name to step");
    }
    Set<String> stepNames = stepNodes.keySet();
    List<Action> order = new ArrayList<>();
    Node pre = value(top, "Preconditions");
    if (!isNull(pre)) {
      Map<String, NodeTuple> pf =
          fields(
              pre,
              "Preconditions",
              "init_actions",
              "immediate_start",
              "actions",
              "checks",
              "instructions");
      List<Action> init = actions(value(pf, "init_actions"), "init_actions", stepNames, true);
      b.setup(init.toArray(Action[]::new));
      order.addAll(init);
      Node immediate = value(pf, "immediate_start");
      if (!isNull(immediate)) {
        Object v = scalarValue((ScalarNode) asScalar(immediate, "immediate_start"));
        if (v instanceof Boolean flag) {
          b.immediateStart(flag);
        } else {
          problem(immediate, "immediate_start must be true or false");
        }
      }
      List<Action> atStart =
          actions(value(pf, "actions"), "Preconditions actions", stepNames, false);
      b.atStart(atStart.toArray(Action[]::new));
      order.addAll(atStart);
      b.startWhen(checks(value(pf, "checks"), "Preconditions checks").toArray(Check[]::new));
      b.instructions(texts(value(pf, "instructions"), "instructions").toArray(String[]::new));
    }
    long waits = 0;
    for (Map.Entry<String, NodeTuple> e : stepNodes.entrySet()) {
      Step step = step(e.getKey(), e.getValue().getValueNode(), stepNames);
      if (step != null) {
        b.steps(step);
        order.addAll(step.actions());
        waits += step.event().duration().map(Duration::toSeconds).orElse(0L);
      }
    }
    Node criteria = value(top, "Criteria");
    if (!isNull(criteria)) {
      Map<String, NodeTuple> cf = fields(criteria, "Criteria", "checks");
      b.criteria(checks(value(cf, "checks"), "Criteria checks").toArray(Check[]::new));
    }
    defaultBeforeProgram(order, root);
    // no timeout in the format: long enough for every wait twice over, at least an hour
    b.timeout(Duration.ofSeconds(Math.max(3600, 2 * waits + 600)));
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      problem(root, e.getMessage());
      return null;
    }
  }

  private Node asScalar(Node node, String where) {
    if (!(node instanceof ScalarNode)) {
      problem(node, where + " must be a single value, not " + kind(node));
      return new ScalarNode(
          Tag.NULL, "", null, null, org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN);
    }
    return node;
  }

  /** A set-default-der-control without derp_id needs a program to exist before it. */
  private void defaultBeforeProgram(List<Action> order, Node root) {
    for (Action a : order) {
      if (a.type().equals("create-der-program") || a.type().equals("create-der-control")) {
        return;
      }
      if (a.type().equals("set-default-der-control") && !a.parameters().containsKey("derp_id")) {
        problem(
            root,
            "set-default-der-control without derp_id comes before any create-der-program or"
                + " create-der-control: there is no program to set it on");
        return;
      }
    }
  }

  private Step step(String name, Node node, Set<String> stepNames) {
    String where = "step " + name;
    Map<String, NodeTuple> f = fields(node, where, "event", "actions", "instructions");
    Node eventNode = required(f, node, "event", where);
    Node actionsNode = required(f, node, "actions", where);
    Event event = eventNode == null ? null : event(eventNode, where);
    List<Action> actions = actions(actionsNode, where + " actions", stepNames, false);
    List<String> instructions = texts(value(f, "instructions"), where + " instructions");
    if (event == null) {
      return null;
    }
    return Step.of(name, event, actions.toArray(Action[]::new))
        .instructions(instructions.toArray(String[]::new))
        .completesWhenFired(false);
  }

  private Event event(Node node, String where) {
    Map<String, NodeTuple> f = fields(node, where + " event", "type", "parameters", "checks");
    Node typeNode = required(f, node, "type", where + " event");
    Node paramsNode = required(f, node, "parameters", where + " event");
    List<Check> gate = checks(value(f, "checks"), where + " event checks");
    if (typeNode == null || paramsNode == null) {
      return null;
    }
    String type = text(typeNode, where + " event type");
    Map<String, Param> schema = Schema.EVENTS.get(type);
    if (schema == null) {
      problem(
          typeNode,
          "unknown event type '"
              + type
              + "' in "
              + where
              + " (known: "
              + Schema.EVENTS.keySet()
              + ")");
      return null;
    }
    Map<String, Object> p = parameters(paramsNode, schema, where + " event " + type, false, false);
    if (p == null) {
      return null;
    }
    Event event;
    if (type.endsWith("-request-received")) {
      Object endpoint = p.get("endpoint");
      if (endpoint == null) {
        return null;
      }
      event = Event.request(type.substring(0, type.indexOf('-')), endpoint);
      if (Boolean.TRUE.equals(p.get("serve_request_first"))) {
        event = event.afterServed();
      }
    } else if (type.equals("wait")) {
      Object d = p.get("duration_seconds");
      if (!(d instanceof Long seconds) || seconds < 0) {
        problem(paramsNode, where + ": wait duration_seconds must be a whole number of seconds");
        return null;
      }
      event = Event.waitFor(Duration.ofSeconds(seconds));
    } else {
      Object t = p.get("timeout_seconds");
      if (t == null) {
        event = Event.proceed();
      } else if (t instanceof Long seconds && seconds >= 0) {
        event = Event.proceedOrAfter(Duration.ofSeconds(seconds));
      } else {
        problem(paramsNode, where + ": proceed timeout_seconds must be a whole number of seconds");
        return null;
      }
    }
    return gate.isEmpty() ? event : event.when(gate.toArray(Check[]::new));
  }

  private List<Action> actions(Node node, String where, Set<String> stepNames, boolean init) {
    List<Action> out = new ArrayList<>();
    if (isNull(node)) {
      return out;
    }
    if (!(node instanceof SequenceNode seq)) {
      problem(node, where + " must be a list, not " + kind(node));
      return out;
    }
    for (Node item : seq.getValue()) {
      Map<String, NodeTuple> f = fields(item, where + " item", "type", "parameters");
      Node typeNode = required(f, item, "type", where + " item");
      Node paramsNode = required(f, item, "parameters", where + " item");
      if (typeNode == null || paramsNode == null) {
        continue;
      }
      String type = text(typeNode, where + " type");
      Map<String, Param> schema = Schema.ACTIONS.get(type);
      if (schema == null) {
        problem(
            typeNode,
            "unknown action type '"
                + type
                + "' in "
                + where
                + " (known: "
                + Schema.ACTIONS.keySet()
                + ")");
        continue;
      }
      Map<String, Object> p = parameters(paramsNode, schema, where + " " + type, true, init);
      if (p == null) {
        continue;
      }
      if (type.equals("enable-steps") || type.equals("remove-steps")) {
        if (p.get("steps") instanceof List<?> names) {
          for (Object n : names) {
            if (!stepNames.contains(String.valueOf(n))) {
              problem(
                  paramsNode,
                  where
                      + ": "
                      + type
                      + " names step '"
                      + n
                      + "', which the procedure does not have");
            }
          }
        }
      }
      if (init && type.equals("create-der-control")) {
        problem(
            typeNode,
            "create-der-control cannot be an init_action: no EndDevice is registered before the"
                + " client talks");
      }
      out.add(Action.of(type, p));
    }
    return out;
  }

  private List<Check> checks(Node node, String where) {
    List<Check> out = new ArrayList<>();
    if (isNull(node)) {
      return out;
    }
    if (!(node instanceof SequenceNode seq)) {
      problem(node, where + " must be a list, not " + kind(node));
      return out;
    }
    for (Node item : seq.getValue()) {
      Map<String, NodeTuple> f = fields(item, where + " item", "type", "parameters");
      Node typeNode = required(f, item, "type", where + " item");
      Node paramsNode = required(f, item, "parameters", where + " item");
      if (typeNode == null || paramsNode == null) {
        continue;
      }
      String type = text(typeNode, where + " type");
      Map<String, Param> schema = Schema.CHECKS.get(type);
      if (schema == null) {
        problem(
            typeNode,
            "unknown check type '"
                + type
                + "' in "
                + where
                + " (known: "
                + Schema.CHECKS.keySet()
                + ")");
        continue;
      }
      Map<String, Object> p = parameters(paramsNode, schema, where + " " + type, false, false);
      if (p != null) {
        out.add(Check.of(type, p));
      }
    }
    return out;
  }

  /**
   * The parameters, checked against the schema; {@code null} when the node is not a mapping.
   * Expressions are read from top-level values, and from list items too when {@code listItems}.
   */
  private Map<String, Object> parameters(
      Node node, Map<String, Param> schema, String where, boolean listItems, boolean init) {
    if (!(node instanceof MappingNode map)) {
      if (isNull(node)) {
        problem(node, where + ": parameters must be a mapping (write {} for none)");
      } else {
        problem(node, where + ": parameters must be a mapping, not " + kind(node));
      }
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      String key = scalar(t.getKeyNode());
      if (key == null) {
        problem(t.getKeyNode(), where + ": a parameter name must be text");
        continue;
      }
      if (out.containsKey(key)) {
        problem(t.getKeyNode(), where + ": duplicate parameter '" + key + "'");
        continue;
      }
      Param param = schema.get(key);
      if (param == null) {
        problem(
            t.getKeyNode(),
            where
                + ": unknown parameter '"
                + key
                + "' (known: "
                + (schema.isEmpty() ? "none" : String.join(", ", schema.keySet()))
                + ")");
        continue;
      }
      Object value = convert(t.getValueNode(), where + " " + key, listItems);
      if (value == INVALID) {
        continue;
      }
      if (init) {
        for (Expression x : expressions(value)) {
          for (String v : x.variables()) {
            if (!INIT_VARIABLES.contains(v)) {
              problem(
                  t.getValueNode(),
                  where
                      + " "
                      + key
                      + ": init_actions run before the client talks, so $"
                      + v
                      + " has no value there");
            }
          }
        }
      }
      String wrong = typeProblem(param.type(), value);
      if (wrong != null) {
        problem(t.getValueNode(), where + " " + key + ": " + wrong);
        continue;
      }
      out.put(key, value);
    }
    for (Map.Entry<String, Param> e : schema.entrySet()) {
      if (e.getValue().required() && !out.containsKey(e.getKey())) {
        boolean given =
            map.getValue().stream().anyMatch(t -> e.getKey().equals(scalar(t.getKeyNode())));
        if (!given) {
          problem(node, where + ": the required parameter '" + e.getKey() + "' is missing");
        }
      }
    }
    return out;
  }

  private static final Object INVALID = new Object();

  private static List<Expression> expressions(Object value) {
    List<Expression> out = new ArrayList<>();
    if (value instanceof Expression x) {
      out.add(x);
    } else if (value instanceof List<?> list) {
      list.forEach(v -> out.addAll(expressions(v)));
    }
    return out;
  }

  private Object convert(Node node, String where, boolean listItems) {
    if (node instanceof ScalarNode s) {
      Object v = scalarValue(s);
      if (v == INVALID) {
        problem(
            node, where + ": '" + s.getValue() + "' is not a valid " + s.getTag().getClassName());
        return INVALID;
      }
      if (v instanceof String text && Expressions.isExpression(text)) {
        try {
          return Expression.of(text);
        } catch (IllegalArgumentException e) {
          problem(node, where + ": " + e.getMessage());
          return INVALID;
        }
      }
      return v;
    }
    if (node instanceof SequenceNode seq) {
      List<Object> list = new ArrayList<>();
      for (Node item : seq.getValue()) {
        Object v = item instanceof ScalarNode s ? scalarValue(s) : INVALID;
        if (v == INVALID) {
          problem(item, where + ": a list item must be a single value");
          return INVALID;
        }
        if (listItems && v instanceof String text && Expressions.isExpression(text)) {
          try {
            v = Expression.of(text);
          } catch (IllegalArgumentException e) {
            problem(item, where + ": " + e.getMessage());
            return INVALID;
          }
        }
        list.add(v);
      }
      return list;
    }
    problem(node, where + ": a value must be a single value or a list, not a mapping");
    return INVALID;
  }

  /** The value of a scalar as YAML types it (quoted ones stay text). */
  private static Object scalarValue(ScalarNode s) {
    Tag tag = s.getTag();
    String v = s.getValue();
    try {
      if (tag.equals(Tag.NULL)) {
        return null;
      }
      if (tag.equals(Tag.BOOL)) {
        return switch (v.toLowerCase(Locale.ROOT)) {
          case "true", "yes", "on", "y" -> true;
          default -> false;
        };
      }
      if (tag.equals(Tag.INT)) {
        String d = v.replace("_", "");
        if (d.startsWith("0x") || d.startsWith("0X")) {
          return Long.parseLong(d.substring(2), 16);
        }
        if (d.startsWith("0o")) {
          return Long.parseLong(d.substring(2), 8);
        }
        return Long.parseLong(d);
      }
      if (tag.equals(Tag.FLOAT)) {
        return Double.parseDouble(v.replace("_", ""));
      }
      if (tag.equals(Tag.TIMESTAMP)) {
        return timestamp(v);
      }
      return v;
    } catch (RuntimeException e) {
      return INVALID;
    }
  }

  private static Instant timestamp(String v) {
    String t = v.strip().replace(' ', 'T').replaceFirst("T+", "T");
    if (t.length() == 10) {
      return LocalDateTime.parse(t + "T00:00:00").toInstant(ZoneOffset.UTC);
    }
    try {
      return OffsetDateTime.parse(
              t.replaceFirst("Z$", "+00:00"), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .toInstant();
    } catch (DateTimeParseException e) {
      // naive times are taken as UTC
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    }
  }

  private static boolean integral(Object v) {
    return v instanceof Long || (v instanceof Double d && d == Math.rint(d) && !d.isInfinite());
  }

  /** Why {@code value} is not of {@code type}, or {@code null}. Null and expressions pass. */
  private static String typeProblem(Schema.Type type, Object value) {
    if (value == null || value instanceof Expression) {
      return null;
    }
    return switch (type) {
      case STRING -> value instanceof String ? null : "expected text, got " + value;
      case INTEGER -> integral(value) ? null : "expected a whole number, got " + value;
      case UNSIGNED ->
          integral(value) && ((Number) value).doubleValue() >= 0
              ? null
              : "expected a whole number of 0 or more, got " + value;
      case FLOAT -> value instanceof Number ? null : "expected a number, got " + value;
      case BOOLEAN -> value instanceof Boolean ? null : "expected true or false, got " + value;
      case DATETIME ->
          value instanceof Instant
              ? null
              : "expected a time (an unquoted timestamp or an expression such as $(now)), got "
                  + value;
      case LIST_STRING ->
          value instanceof List<?> l
                  && l.stream().allMatch(o -> o instanceof String || o instanceof Expression)
              ? null
              : "expected a list of text, got " + value;
      case LIST_INTEGER ->
          value instanceof List<?> l && l.stream().allMatch(CactusProcedures::integral)
              ? null
              : "expected a list of whole numbers, got " + value;
      case HEX ->
          value instanceof String s && s.strip().matches("[0-9A-Fa-f]+")
              ? null
              : "expected hexadecimal text (quoted, e.g. \"80\"), got " + value;
      case LIST_RESOURCE ->
          value instanceof List<?> l && l.stream().allMatch(o -> Schema.RESOURCES.contains(o))
              ? null
              : "expected a list of CSIP-AUS resource names, got " + value;
    };
  }
}
