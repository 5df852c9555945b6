package io.sep2.utility.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A resource of the utility server: its path template and the methods it takes. */
final class Route {

  /** Answers one method of a resource. */
  @FunctionalInterface
  interface Handler {
    UtilityResponse handle(Call call);
  }

  final PathPattern pattern;
  final Map<String, Handler> handlers = new LinkedHashMap<>();

  Route(PathPattern pattern) {
    this.pattern = pattern;
  }

  Route get(Handler handler) {
    handlers.put("GET", handler);
    return this;
  }

  Route put(Handler handler) {
    handlers.put("PUT", handler);
    return this;
  }

  Route post(Handler handler) {
    handlers.put("POST", handler);
    return this;
  }

  Route delete(Handler handler) {
    handlers.put("DELETE", handler);
    return this;
  }

  /** The methods of an {@code Allow} header: HEAD goes with GET. */
  List<String> allow() {
    List<String> allow = new ArrayList<>(handlers.keySet());
    if (handlers.containsKey("GET")) {
      allow.add(allow.indexOf("GET") + 1, "HEAD");
    }
    return allow;
  }

  Handler handler(String method) {
    return handlers.get(method.equals("HEAD") ? "GET" : method);
  }
}
