package io.sep2.procedure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Copies and checks the parameter maps of events, actions and checks. */
final class Parameters {

  private Parameters() {}

  /**
   * An unmodifiable copy, in the given order. Values: String, Long/Integer, Double, Boolean,
   * java.time.Instant, {@link Expression}, or a list of those.
   */
  static Map<String, Object> copy(Map<String, ?> parameters) {
    Objects.requireNonNull(parameters, "parameters");
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : parameters.entrySet()) {
      Object v = e.getValue();
      if (v instanceof List<?> list) {
        v = Collections.unmodifiableList(new ArrayList<>(list));
      } else if (v instanceof Integer i) {
        v = i.longValue();
      } else if (v instanceof Float f) {
        v = f.doubleValue();
      }
      copy.put(Objects.requireNonNull(e.getKey(), "parameter name"), v);
    }
    return Collections.unmodifiableMap(copy);
  }

  static String describe(String type, Map<String, Object> parameters) {
    if (parameters.isEmpty()) {
      return type;
    }
    StringBuilder s = new StringBuilder(type).append(" (");
    boolean first = true;
    for (Map.Entry<String, Object> e : parameters.entrySet()) {
      if (!first) {
        s.append(", ");
      }
      first = false;
      s.append(e.getKey()).append('=').append(e.getValue());
    }
    return s.append(')').toString();
  }
}
