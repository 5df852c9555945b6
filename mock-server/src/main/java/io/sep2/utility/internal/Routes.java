package io.sep2.utility.internal;

import java.util.ArrayList;
import java.util.List;

/** The utility server's resources, under its base path. */
final class Routes {

  private final String base;
  private final List<Route> routes = new ArrayList<>();

  Routes(String base) {
    this.base = base;
  }

  Route add(String template) {
    Route route = new Route(PathPattern.of(base + template));
    routes.add(route);
    return route;
  }

  List<Route> all() {
    return routes;
  }
}
