package io.sep2.verify.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/** Text helpers for findings, which are one line each. */
final class Messages {

  private Messages() {}

  /** A multi-line text as one line, lines joined with {@code " / "}. */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " / ");
  }

  /** An exception and its causes, each message once: {@code A: m1 <- B: m2}. */
  static String causes(Throwable t) {
    Set<String> parts = new LinkedHashSet<>();
    for (Throwable c = t; c != null && parts.size() < 5; c = c.getCause()) {
      String message = c.getMessage();
      String part = c.getClass().getSimpleName() + (message == null ? "" : ": " + message);
      if (parts.stream().noneMatch(p -> message != null && p.contains(message))) {
        parts.add(part);
      }
    }
    return oneLine(String.join(" <- ", parts));
  }
}
