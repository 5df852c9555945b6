package io.sep2.tls.diagnostics;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A read-only table from a 16-bit TLS registry code to its name, built from lines of the form
 * {@code "C0AE TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8"}. Shared by the per-concept name classes so each
 * of them is just its table.
 */
final class CodeTable {

  private final Map<Integer, String> names;

  private CodeTable(Map<Integer, String> names) {
    this.names = names;
  }

  /** Parses {@code "HHHH name"} lines; blank lines are ignored; a later line wins on duplicates. */
  static CodeTable parse(String lines) {
    Map<Integer, String> map = new HashMap<>();
    for (String line : lines.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      int space = trimmed.indexOf(' ');
      map.put(
          Integer.parseInt(trimmed.substring(0, space), 16), trimmed.substring(space + 1).trim());
    }
    return new CodeTable(Collections.unmodifiableMap(map));
  }

  /** Returns the registered name, or {@code null} when the code is not in the table. */
  String name(int code) {
    return names.get(code);
  }

  /**
   * Returns the name, {@code "GREASE (0x0A0A)"} for a GREASE value, or the hex code (e.g. {@code
   * "0x1234"}) when unknown. Never {@code null}.
   */
  String label(int code) {
    String name = names.get(code);
    if (name != null) {
      return name;
    }
    if (Grease.isGrease(code)) {
      return "GREASE (" + hex(code) + ")";
    }
    return hex(code);
  }

  /** Returns {@code "NAME (0xC0AE)"}, {@code "GREASE (0x0A0A)"} or {@code "0x1234"}. */
  String describe(int code) {
    String name = names.get(code);
    return name != null ? name + " (" + hex(code) + ")" : label(code);
  }

  int size() {
    return names.size();
  }

  /** Formats a 16-bit code as {@code 0xC0AE} (upper-case, four digits). */
  static String hex(int code) {
    return String.format(Locale.ROOT, "0x%04X", code & 0xFFFF);
  }
}
