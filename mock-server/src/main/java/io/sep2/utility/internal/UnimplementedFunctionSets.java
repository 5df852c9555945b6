package io.sep2.utility.internal;

import java.util.Map;

/**
 * The 2030.5 function sets the utility server does not implement, by the path segment their
 * resources conventionally live under, so that a 404 for one of them says "not implemented here"
 * and nobody mistakes it for a client bug.
 */
final class UnimplementedFunctionSets {

  private static final Map<String, String> BY_SEGMENT =
      Map.ofEntries(
          Map.entry("tp", "Pricing"),
          Map.entry("msg", "Messaging"),
          Map.entry("bill", "Billing"),
          Map.entry("ca", "Billing (customer accounts)"),
          Map.entry("ppy", "Prepayment"),
          Map.entry("file", "Software download (files)"),
          Map.entry("fs", "Software download (file status)"),
          Map.entry("drp", "Demand response and load control"),
          Map.entry("lsl", "Demand response and load control (load shed availability)"),
          Map.entry("frq", "Flow reservation"),
          Map.entry("frp", "Flow reservation"),
          Map.entry("upt", "Metering (usage points)"),
          Map.entry("cfg", "Configuration"),
          Map.entry("ns", "Network status"),
          Map.entry("ipi", "Network status (IP interfaces)"),
          Map.entry("ads", "Device information (aggregated devices)"),
          Map.entry("prx", "Device information (proxied devices)"));

  private UnimplementedFunctionSets() {}

  /** The function set a path belongs to when it is one we do not implement, else {@code null}. */
  static String of(String path, String base) {
    String rest = path.startsWith(base) ? path.substring(base.length()) : path;
    String[] parts = rest.split("/");
    // /tp..., or /edev/{e}/tp...
    if (parts.length > 1 && BY_SEGMENT.containsKey(parts[1])) {
      return BY_SEGMENT.get(parts[1]);
    }
    if (parts.length > 3 && parts[1].equals("edev") && BY_SEGMENT.containsKey(parts[3])) {
      return BY_SEGMENT.get(parts[3]);
    }
    if (parts.length > 5 && parts[1].equals("edev") && parts[3].equals("fsa")) {
      return BY_SEGMENT.get(parts[5]);
    }
    return null;
  }
}
