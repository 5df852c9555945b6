package io.sep2.utility.internal;

import java.util.List;
import java.util.Map;

/**
 * The query of a 2030.5 list GET: {@code s} (start index), {@code l} (limit) and {@code a} (after:
 * only items changed or created at or after this time, for time-ordered lists). As the standard
 * says, a missing {@code s} means 0 and a missing {@code l} means 1: a client that wants a whole
 * list asks for it. {@code l} above {@value #MAX_LIMIT} is served as {@value #MAX_LIMIT}.
 *
 * @param start index of the first item to return
 * @param limit the most items to return
 * @param after the {@code a} value in seconds since the epoch, or {@code -1} when absent
 */
record Paging(int start, int limit, long after) {

  /** The most items one page holds: {@value}. */
  static final int MAX_LIMIT = 500;

  /**
   * Reads {@code s}, {@code l} and {@code a} from a query.
   *
   * @throws Refusal 400 naming the parameter and value when one is not a non-negative integer
   */
  static Paging of(Map<String, String> query) {
    int start = (int) Math.min(Integer.MAX_VALUE, number(query, "s", 0));
    int limit = (int) Math.min(MAX_LIMIT, number(query, "l", 1));
    long after = query.containsKey("a") ? number(query, "a", 0) : -1;
    return new Paging(start, limit, after);
  }

  private static long number(Map<String, String> query, String name, long absent) {
    String value = query.get(name);
    if (value == null) {
      return absent;
    }
    String digits = value.strip();
    if (digits.matches("\\+?[0-9]{19,}")) {
      // a whole number too large for a long: as large as can be (l is then served as 500)
      return Long.MAX_VALUE;
    }
    try {
      long n = Long.parseLong(digits);
      if (n < 0) {
        throw Refusal.badRequest(
            "list query parameter " + name + "=" + value + " must not be negative");
      }
      return n;
    } catch (NumberFormatException e) {
      throw Refusal.badRequest(
          "list query parameter " + name + "=" + value + " is not a whole number");
    }
  }

  /** The items of {@code all} this page shows (already filtered for {@code a} by the caller). */
  <T> List<T> page(List<T> all) {
    if (start >= all.size()) {
      return List.of();
    }
    return List.copyOf(all.subList(start, Math.min(all.size(), start + limit)));
  }
}
