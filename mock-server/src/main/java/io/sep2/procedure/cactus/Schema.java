package io.sep2.procedure.cactus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The types and parameters of the CSIP-AUS client procedure format, as the format defines them. */
final class Schema {

  enum Type {
    STRING,
    INTEGER,
    UNSIGNED,
    FLOAT,
    BOOLEAN,
    DATETIME,
    LIST_STRING,
    LIST_INTEGER,
    HEX,
    LIST_RESOURCE
  }

  record Param(Type type, boolean required) {}

  static final Set<String> VERSIONS = Set.of("v1.2", "v1.3", "v1.3-beta/storage");

  static final Set<String> RESOURCES =
      Set.of(
          "DeviceCapability",
          "Time",
          "MirrorUsagePointList",
          "MirrorUsagePoint",
          "EndDeviceList",
          "EndDevice",
          "ConnectionPoint",
          "Registration",
          "FunctionSetAssignmentsList",
          "FunctionSetAssignments",
          "DERProgramList",
          "DERProgram",
          "DERControlList",
          "DERControl",
          "DefaultDERControl",
          "DERList",
          "DER",
          "DERCapability",
          "DERSettings",
          "DERStatus",
          "SubscriptionList",
          "Subscription",
          "Notification",
          "TariffProfileList",
          "TariffProfile",
          "RateComponentList",
          "RateComponent",
          "CombinedTimeTariffIntervalList",
          "TimeTariffIntervalList",
          "TimeTariffInterval",
          "ConsumptionTariffIntervalList",
          "ConsumptionTariffInterval");

  static final Map<String, Map<String, Param>> EVENTS = new LinkedHashMap<>();
  static final Map<String, Map<String, Param>> ACTIONS = new LinkedHashMap<>();
  static final Map<String, Map<String, Param>> CHECKS = new LinkedHashMap<>();

  private static Map<String, Param> params(Object... pairs) {
    Map<String, Param> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], (Param) pairs[i + 1]);
    }
    return m;
  }

  private static Param req(Type t) {
    return new Param(t, true);
  }

  private static Param opt(Type t) {
    return new Param(t, false);
  }

  static {
    for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
      EVENTS.put(
          method + "-request-received",
          params("endpoint", req(Type.STRING), "serve_request_first", opt(Type.BOOLEAN)));
    }
    EVENTS.put("wait", params("duration_seconds", req(Type.INTEGER)));
    EVENTS.put("proceed", params("timeout_seconds", opt(Type.INTEGER)));

    ACTIONS.put("enable-steps", params("steps", req(Type.LIST_STRING)));
    ACTIONS.put("remove-steps", params("steps", req(Type.LIST_STRING)));
    ACTIONS.put("finish-test", params("fail_message", opt(Type.STRING)));
    ACTIONS.put(
        "set-default-der-control",
        params(
            "derp_id", opt(Type.INTEGER),
            "opModImpLimW", opt(Type.FLOAT),
            "opModExpLimW", opt(Type.FLOAT),
            "opModGenLimW", opt(Type.FLOAT),
            "opModLoadLimW", opt(Type.FLOAT),
            "opModStorageTargetW", opt(Type.FLOAT),
            "setGradW", opt(Type.INTEGER),
            "cancelled", opt(Type.BOOLEAN)));
    ACTIONS.put(
        "create-der-control",
        params(
            "start", req(Type.DATETIME),
            "duration_seconds", req(Type.INTEGER),
            "pow_10_multipliers", opt(Type.INTEGER),
            "der_program_tag", opt(Type.STRING),
            "primacy", opt(Type.INTEGER),
            "fsa_id", opt(Type.INTEGER),
            "randomizeStart_seconds", opt(Type.INTEGER),
            "ramp_time_seconds", opt(Type.FLOAT),
            "opModEnergize", opt(Type.BOOLEAN),
            "opModConnect", opt(Type.BOOLEAN),
            "opModImpLimW", opt(Type.FLOAT),
            "opModExpLimW", opt(Type.FLOAT),
            "opModGenLimW", opt(Type.FLOAT),
            "opModLoadLimW", opt(Type.FLOAT),
            "opModFixedW", opt(Type.FLOAT),
            "opModStorageTargetW", opt(Type.FLOAT),
            "tag", opt(Type.STRING),
            "end_device_indexes", opt(Type.LIST_INTEGER)));
    ACTIONS.put(
        "create-der-program",
        params(
            "primacy", req(Type.INTEGER),
            "fsa_id", opt(Type.INTEGER),
            "end_device_indexes", opt(Type.LIST_INTEGER),
            "tag", opt(Type.STRING)));
    ACTIONS.put("cancel-active-der-controls", params());
    ACTIONS.put(
        "set-comms-rate",
        params(
            "dcap_poll_seconds", opt(Type.INTEGER),
            "edev_post_seconds", opt(Type.INTEGER),
            "edev_list_poll_seconds", opt(Type.INTEGER),
            "fsa_list_poll_seconds", opt(Type.INTEGER),
            "derp_list_poll_seconds", opt(Type.INTEGER),
            "der_list_poll_seconds", opt(Type.INTEGER),
            "mup_post_seconds", opt(Type.INTEGER),
            "tp_list_poll_seconds", opt(Type.INTEGER),
            "tti_list_poll_seconds", opt(Type.INTEGER)));
    ACTIONS.put("communications-status", params("enabled", req(Type.BOOLEAN)));
    ACTIONS.put("edev-registration-links", params("enabled", req(Type.BOOLEAN)));
    ACTIONS.put(
        "register-end-device",
        params(
            "nmi", opt(Type.STRING),
            "registration_pin", opt(Type.INTEGER),
            "aggregator_lfdi", opt(Type.HEX),
            "aggregator_sfdi", opt(Type.INTEGER)));
    ACTIONS.put(
        "create-tariff-profile",
        params(
            "primacy", req(Type.INTEGER),
            "fsa_id", opt(Type.INTEGER),
            "price_pow_10_multiplier", opt(Type.INTEGER),
            "tag", opt(Type.STRING)));
    ACTIONS.put(
        "create-rate-component",
        params(
            "tariff_profile_tag", opt(Type.STRING),
            "role_flags", opt(Type.INTEGER),
            "commodity", opt(Type.INTEGER),
            "data_qualifier", opt(Type.INTEGER),
            "flow_direction", opt(Type.INTEGER),
            "kind", opt(Type.INTEGER),
            "phase", opt(Type.INTEGER),
            "power_of_ten_multiplier", opt(Type.INTEGER),
            "uom", opt(Type.INTEGER),
            "tag", opt(Type.STRING)));
    ACTIONS.put(
        "create-time-tariff-interval",
        params(
            "start", req(Type.DATETIME),
            "duration_seconds", req(Type.INTEGER),
            "rate_component_tag", opt(Type.STRING),
            "price_pow10_encoded_block0", req(Type.INTEGER),
            "price_pow10_encoded_block1", opt(Type.INTEGER),
            "price_start_pow10_block1", opt(Type.INTEGER),
            "tag", opt(Type.STRING)));
    ACTIONS.put("cancel-time-tariff-intervals", params("tag", opt(Type.STRING)));
    ACTIONS.put("delete-rate-component", params("tag", req(Type.STRING)));
    ACTIONS.put("remove-function-set-assignment", params("fsa_id", req(Type.INTEGER)));
    ACTIONS.put(
        "create-wellknown-route",
        params("version", req(Type.STRING), "dcap_paths", req(Type.LIST_STRING)));
    ACTIONS.put("add-proxy-route", params("route", req(Type.STRING), "proxy_to", req(Type.STRING)));

    CHECKS.put("all-steps-complete", params("ignored_steps", opt(Type.LIST_STRING)));
    CHECKS.put("all-notifications-transmitted", params());
    CHECKS.put(
        "end-device-contents",
        params(
            "has_connection_point_id", opt(Type.BOOLEAN),
            "deviceCategory_anyset", opt(Type.HEX),
            "check_lfdi", opt(Type.BOOLEAN)));
    CHECKS.put(
        "end-device-count",
        params("minimum_count", opt(Type.INTEGER), "maximum_count", opt(Type.INTEGER)));
    Map<String, Param> settings =
        params(
            "setGradW", opt(Type.INTEGER),
            "doeModesEnabled", opt(Type.BOOLEAN),
            "doeModesEnabled_set", opt(Type.HEX),
            "doeModesEnabled_unset", opt(Type.HEX),
            "modesEnabled_set", opt(Type.HEX),
            "modesEnabled_unset", opt(Type.HEX),
            "vppModesEnabled", opt(Type.BOOLEAN),
            "vppModesEnabled_set", opt(Type.HEX),
            "vppModesEnabled_unset", opt(Type.HEX));
    for (String b :
        new String[] {
          "setMaxVA",
          "setMaxVar",
          "setMaxVarNeg",
          "setMaxW",
          "setMaxChargeRateW",
          "setMaxDischargeRateW",
          "setMaxWh",
          "setMinWh",
          "setMinPFOverExcited",
          "setMinPFUnderExcited"
        }) {
      settings.put(b, opt(Type.BOOLEAN));
    }
    CHECKS.put("der-settings-contents", settings);
    Map<String, Param> capability =
        params(
            "doeModesSupported", opt(Type.BOOLEAN),
            "doeModesSupported_set", opt(Type.HEX),
            "doeModesSupported_unset", opt(Type.HEX),
            "modesSupported_set", opt(Type.HEX),
            "modesSupported_unset", opt(Type.HEX),
            "vppModesSupported", opt(Type.BOOLEAN),
            "vppModesSupported_set", opt(Type.HEX),
            "vppModesSupported_unset", opt(Type.HEX));
    for (String b :
        new String[] {
          "rtgMaxVA",
          "rtgMaxVar",
          "rtgMaxVarNeg",
          "rtgMaxW",
          "rtgMaxChargeRateW",
          "rtgMaxDischargeRateW",
          "rtgMaxWh",
          "rtgMinPFOverExcited",
          "rtgMinPFUnderExcited"
        }) {
      capability.put(b, opt(Type.BOOLEAN));
    }
    CHECKS.put("der-capability-contents", capability);
    CHECKS.put(
        "der-status-contents",
        params(
            "genConnectStatus", opt(Type.INTEGER),
            "genConnectStatus_bit0", opt(Type.BOOLEAN),
            "genConnectStatus_bit1", opt(Type.BOOLEAN),
            "genConnectStatus_bit2", opt(Type.BOOLEAN),
            "operationalModeStatus", opt(Type.INTEGER),
            "alarmStatus", opt(Type.INTEGER)));
    for (String r :
        new String[] {
          "readings-voltage", "readings-site-active-power", "readings-site-reactive-power",
          "readings-der-active-power", "readings-der-reactive-power", "readings-der-stored-energy"
        }) {
      CHECKS.put(
          r,
          params(
              "minimum_count", opt(Type.INTEGER),
              "minimum_level", opt(Type.FLOAT),
              "maximum_level", opt(Type.FLOAT),
              "window_seconds", opt(Type.UNSIGNED)));
    }
    CHECKS.put("subscription-contents", params("subscribed_resource", req(Type.STRING)));
    Map<String, Param> responses =
        params(
            "latest", opt(Type.BOOLEAN),
            "status", opt(Type.INTEGER),
            "all", opt(Type.BOOLEAN),
            "subject_tag", opt(Type.STRING),
            "exists", opt(Type.BOOLEAN));
    CHECKS.put("response-contents", responses);
    CHECKS.put("price-response-contents", new LinkedHashMap<>(responses));
    CHECKS.put(
        "all-polls-at-correct-time",
        params(
            "endpoints", req(Type.LIST_STRING),
            "poll_interval_seconds", req(Type.INTEGER),
            "request_type_str", req(Type.STRING)));
    CHECKS.put(
        "resource-requests",
        params(
            "resources", req(Type.LIST_RESOURCE),
            "minimum_count", opt(Type.INTEGER),
            "maximum_count", opt(Type.INTEGER)));
  }

  private Schema() {}
}
