package io.sep2.utility.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A request path pattern as tests and procedure files write it: a path whose segments may be <code>
 * &#42;</code>, which matches exactly one whole segment (<code>/edev/&#42;/der</code> matches
 * {@code /edev/1/der}, not {@code /edev/1/2/der}). Without a {@code *} the path must be equal.
 */
public final class RequestPattern {

  private final String pattern;
  private final List<String> segments;

  private RequestPattern(String pattern) {
    this.pattern = pattern;
    this.segments = split(pattern);
  }

  /** The pattern {@code pattern}. */
  public static RequestPattern of(String pattern) {
    return new RequestPattern(pattern);
  }

  /** Whether {@code path} (without its query) matches. */
  public boolean matches(String path) {
    if (!pattern.contains("*")) {
      return pattern.equals(path);
    }
    List<String> parts = split(path);
    if (parts.size() != segments.size()) {
      return false;
    }
    for (int i = 0; i < parts.size(); i++) {
      if (!segments.get(i).equals("*") && !segments.get(i).equals(parts.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> split(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
