package io.sep2.procedure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the engine can run: the action, check and event types it carries out, and the reasons a
 * procedure cannot be run (each reason starts with the feature, so reasons can be counted).
 */
final class Support {

  /** Action types the engine carries out. */
  public static final Set<String> ACTIONS =
      Set.of(
          "enable-steps",
          "remove-steps",
          "finish-test",
          "set-default-der-control",
          "create-der-program",
          "create-der-control",
          "cancel-active-der-controls",
          "set-comms-rate",
          "communications-status",
          "edev-registration-links",
          "register-end-device",
          "remove-function-set-assignment");

  /** Action types of the format the engine does not carry out, with why. */
  public static final Map<String, String> UNSUPPORTED_ACTIONS =
      Map.of(
          "create-tariff-profile", "pricing function set",
          "create-rate-component", "pricing function set",
          "create-time-tariff-interval", "pricing function set",
          "cancel-time-tariff-intervals", "pricing function set",
          "delete-rate-component", "pricing function set",
          "add-proxy-route", "proxy routes",
          "create-wellknown-route", "/.well-known/csipaus discovery");

  /** Check types the engine judges. */
  public static final Set<String> CHECKS =
      Set.of(
          "all-steps-complete",
          "all-notifications-transmitted",
          "end-device-contents",
          "end-device-count",
          "der-settings-contents",
          "der-capability-contents",
          "der-status-contents",
          "der-availability-contents",
          "readings-voltage",
          "readings-site-active-power",
          "readings-site-reactive-power",
          "readings-der-active-power",
          "readings-der-reactive-power",
          "readings-der-stored-energy",
          "subscription-contents",
          "response-contents",
          "all-polls-at-correct-time",
          "all-requests-xsd-valid",
          "comm-003-basic-security",
          "comm-004-chain-refused");

  /** Check types of the format the engine does not judge, with why. */
  public static final Map<String, String> UNSUPPORTED_CHECKS =
      Map.of(
          "price-response-contents", "pricing function set",
          "resource-requests", "resource-requests (CSIP-AUS 1.3 resource names)");

  /** Parameters of the CSIP-AUS 1.3 storage extension, which the 1.2 model does not carry. */
  public static final Set<String> STORAGE_PARAMETERS =
      Set.of(
          "opModStorageTargetW",
          "vppModesEnabled",
          "vppModesEnabled_set",
          "vppModesEnabled_unset",
          "vppModesSupported",
          "vppModesSupported_set",
          "vppModesSupported_unset",
          "setMinWh");

  /** Path segments of the pricing function set. */
  private static final Set<String> PRICING_SEGMENTS =
      Set.of("tp", "rc", "tti", "ctti", "cti", "price", "tariff_generated_rates");

  private Support() {}

  /** Why {@code procedure} cannot be run, one line each; empty when it can. */
  public static List<String> reasons(Procedure procedure) {
    Set<String> reasons = new LinkedHashSet<>();
    List<Action> actions = new ArrayList<>(procedure.setup());
    actions.addAll(procedure.startActions());
    List<Check> checks = new ArrayList<>(procedure.startChecks());
    checks.addAll(procedure.criteria());
    for (Step step : procedure.steps()) {
      actions.addAll(step.actions());
      checks.addAll(step.event().checks());
      event(step, reasons);
    }
    for (Action a : actions) {
      String why = UNSUPPORTED_ACTIONS.get(a.type());
      if (a.type().equals("needs-defective-chain")) {
        reasons.add("a defective server chain (needs " + a.parameters().get("what") + ")");
        continue;
      }
      if (why != null) {
        reasons.add(why + " (action " + a.type() + ")");
      } else if (!ACTIONS.contains(a.type())) {
        reasons.add("unknown action type '" + a.type() + "'");
      }
      parameters(a.type(), a.parameters(), reasons);
      if (a.type().equals("set-comms-rate")) {
        for (String p : List.of("tp_list_poll_seconds", "tti_list_poll_seconds")) {
          if (a.parameters().containsKey(p)) {
            reasons.add("pricing function set (set-comms-rate " + p + ")");
          }
        }
      }
    }
    for (Check c : checks) {
      String why = UNSUPPORTED_CHECKS.get(c.type());
      if (why != null) {
        reasons.add(why + " (check " + c.type() + ")");
      } else if (!CHECKS.contains(c.type())) {
        reasons.add("unknown check type '" + c.type() + "'");
      }
      parameters(c.type(), c.parameters(), reasons);
    }
    return new ArrayList<>(reasons);
  }

  private static void event(Step step, Set<String> reasons) {
    Event e = step.event();
    if (e.kind() == Event.Kind.REQUEST && e.endpoint() instanceof String path) {
      for (String segment : path.split("/")) {
        if (PRICING_SEGMENTS.contains(segment)) {
          reasons.add("pricing function set (event " + e.method() + " " + path + ")");
        }
      }
    } else if (e.endpoint() instanceof Expression x) {
      variables(x, reasons);
    }
  }

  private static void parameters(String type, Map<String, Object> parameters, Set<String> out) {
    for (Map.Entry<String, Object> p : parameters.entrySet()) {
      if (STORAGE_PARAMETERS.contains(p.getKey())) {
        out.add("CSIP-AUS 1.3 storage extension (" + type + " " + p.getKey() + ")");
      }
      values(p.getValue(), out);
    }
  }

  private static void values(Object value, Set<String> out) {
    if (value instanceof Expression x) {
      variables(x, out);
    } else if (value instanceof List<?> list) {
      list.forEach(v -> values(v, out));
    }
  }

  private static void variables(Expression x, Set<String> out) {
    for (String v : x.variables()) {
      if (Expressions.UNRESOLVABLE.contains(v)) {
        out.add("variable $" + v + " (no runner gives it a value)");
      } else if (v.equals("setMinWh")) {
        out.add("CSIP-AUS 1.3 storage extension (variable $setMinWh)");
      }
    }
  }
}
