package io.sep2.utility.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A URI path template of the utility server, e.g. {@code /edev/{e}/der/{d}/derg}: literal segments
 * and {@code {name}} segments that match one whole segment of decimal digits (2030.5 servers number
 * their resources; a non-numeric id is simply not a resource).
 */
final class PathPattern {

  private final String template;
  private final List<String> segments;

  private PathPattern(String template) {
    this.template = template;
    this.segments = split(template);
  }

  static PathPattern of(String template) {
    Objects.requireNonNull(template, "template");
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("a path template starts with '/', was " + template);
    }
    return new PathPattern(template);
  }

  String template() {
    return template;
  }

  /** The values of the {@code {name}} segments when {@code path} matches, else {@code null}. */
  Map<String, Long> match(String path) {
    List<String> parts = split(path);
    if (parts.size() != segments.size()) {
      return null;
    }
    Map<String, Long> values = new HashMap<>(4);
    for (int i = 0; i < parts.size(); i++) {
      String pattern = segments.get(i);
      String part = parts.get(i);
      if (pattern.startsWith("{")) {
        if (part.isEmpty() || part.length() > 18 || !part.chars().allMatch(Character::isDigit)) {
          return null;
        }
        values.put(pattern.substring(1, pattern.length() - 1), Long.parseLong(part));
      } else if (!pattern.equals(part)) {
        return null;
      }
    }
    return values;
  }

  /** The path of this template with its names filled in from {@code values}. */
  String expand(Map<String, ?> values) {
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      path.append('/');
      if (segment.startsWith("{")) {
        Object value = values.get(segment.substring(1, segment.length() - 1));
        if (value == null) {
          throw new IllegalArgumentException("no value for " + segment + " in " + template);
        }
        path.append(value);
      } else {
        path.append(segment);
      }
    }
    return path.toString();
  }

  private static List<String> split(String path) {
    List<String> parts = new ArrayList<>();
    // a 2030.5 href never ends in '/', so "/edev/" is not "/edev"
    int start = 1;
    for (int i = 1; i <= path.length(); i++) {
      if (i == path.length() || path.charAt(i) == '/') {
        parts.add(path.substring(start, i));
        start = i + 1;
      }
    }
    return parts;
  }

  @Override
  public String toString() {
    return template;
  }
}
