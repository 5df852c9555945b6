package io.sep2.procedure;

import io.sep2.utility.Exchange;
import io.sep2.utility.internal.RequestPattern;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a client polls (or posts) at the rate it was given. Each concrete path is judged on its
 * own: a gap of more than 1.5 intervals between two requests is a missed poll, and in every
 * complete window of 5 intervals from the start at most one missed poll may end; in every window of
 * 3 intervals from the start (the last, partial one too) there may be at most 6 requests.
 */
final class PollTiming {

  /** The most requests allowed in one window of three intervals: 1.5 per interval, plus 2. */
  static final int MOST_PER_WINDOW = (int) Math.floor(1.5 * 3 + 2);

  private PollTiming() {}

  static EngineChecks.Outcome judge(Engine engine, Map<String, Object> p) {
    List<String> endpoints = new ArrayList<>();
    if (p.get("endpoints") instanceof List<?> list) {
      list.forEach(o -> endpoints.add(String.valueOf(o)));
    }
    long seconds =
        p.get("poll_interval_seconds") == null
            ? 0
            : EngineActions.integer(p, "poll_interval_seconds");
    String method = String.valueOf(p.get("request_type_str")).toUpperCase(Locale.ROOT);
    if (endpoints.isEmpty() || seconds <= 0) {
      return EngineChecks.Outcome.fail("needs endpoints and a poll interval above 0");
    }
    if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
      return EngineChecks.Outcome.fail("'" + method + "' is not an HTTP method");
    }
    Instant start = engine.started;
    if (start == null) {
      return EngineChecks.Outcome.fail("the procedure never started");
    }
    Instant end = engine.now();
    String base = engine.admin.basePath();
    List<RequestPattern> patterns =
        endpoints.stream().map(e -> RequestPattern.of(base + e)).toList();
    Map<String, List<Exchange>> byPath = new LinkedHashMap<>();
    List<Exchange> judged = new ArrayList<>();
    for (Exchange e : engine.history) {
      String s = e.query().get("s");
      if (!e.method().equals(method)
          || e.time().isBefore(start)
          || (s != null && !s.strip().equals("0"))
          || patterns.stream().noneMatch(pt -> pt.matches(e.path()))) {
        continue;
      }
      byPath.computeIfAbsent(e.path(), k -> new ArrayList<>()).add(e);
      judged.add(e);
    }
    if (byPath.isEmpty()) {
      return new EngineChecks.Outcome(
          false, "no " + method + " of " + endpoints + " since the start", List.of());
    }
    Duration interval = Duration.ofSeconds(seconds);
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, List<Exchange>> e : byPath.entrySet()) {
      List<Instant> times = e.getValue().stream().map(Exchange::time).toList();
      violations.addAll(missed(e.getKey(), times, start, end, interval));
      violations.addAll(tooMany(e.getKey(), times, start, end, interval));
    }
    if (violations.isEmpty()) {
      return new EngineChecks.Outcome(
          true,
          method
              + " of "
              + byPath.keySet()
              + " came every "
              + seconds
              + " s as asked ("
              + judged.size()
              + " requests)",
          judged);
    }
    return new EngineChecks.Outcome(
        false,
        method + " not at the " + seconds + " s rate: " + String.join("; ", violations),
        judged);
  }

  private static List<String> missed(
      String path, List<Instant> times, Instant start, Instant end, Duration interval) {
    List<Instant> missEnds = new ArrayList<>();
    long limit = interval.toMillis() * 3 / 2;
    for (int i = 1; i < times.size(); i++) {
      if (Duration.between(times.get(i - 1), times.get(i)).toMillis() > limit) {
        missEnds.add(times.get(i));
      }
    }
    List<String> out = new ArrayList<>();
    Duration window = interval.multipliedBy(5);
    for (Instant w = start; !w.plus(window).isAfter(end); w = w.plus(window)) {
      Instant from = w;
      Instant to = w.plus(window);
      long n = missEnds.stream().filter(m -> !m.isBefore(from) && m.isBefore(to)).count();
      if (n > 1) {
        out.add(
            path
                + ": "
                + n
                + " gaps over "
                + limit / 1000
                + " s between "
                + from
                + " and "
                + to
                + " (at most 1 allowed)");
      }
    }
    return out;
  }

  private static List<String> tooMany(
      String path, List<Instant> times, Instant start, Instant end, Duration interval) {
    List<String> out = new ArrayList<>();
    Duration window = interval.multipliedBy(3);
    for (Instant w = start; w.isBefore(end) || w.equals(start); w = w.plus(window)) {
      Instant from = w;
      Instant to = w.plus(window);
      long n = times.stream().filter(t -> !t.isBefore(from) && t.isBefore(to)).count();
      if (n > MOST_PER_WINDOW) {
        out.add(
            path
                + ": "
                + n
                + " requests between "
                + from
                + " and "
                + to
                + " (at most "
                + MOST_PER_WINDOW
                + " in 3 intervals)");
      }
      if (!w.isBefore(end)) {
        break;
      }
    }
    return out;
  }
}
