package io.sep2.utility.internal;

import io.sep2.model.Subscription;
import io.sep2.model.SubscriptionList;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * Subscriptions: a client POSTs a Subscription (the resource it wants to hear about, where to
 * notify it, how many list items a notification may carry) to its EndDevice's SubscriptionList;
 * from then on the server POSTs a Notification whenever that resource, as the client would GET it,
 * changes; DELETE of the Subscription stops them.
 */
final class SubscriptionResources {

  /** The resources a client may subscribe to (2030.5 marks them subscribable). */
  static final List<PathPattern> SUBSCRIBABLE =
      List.of(
          PathPattern.of("/edev"),
          PathPattern.of("/edev/{e}"),
          PathPattern.of("/edev/{e}/fsa"),
          PathPattern.of("/edev/{e}/fsa/{f}/derp"),
          PathPattern.of("/edev/{e}/derp"),
          PathPattern.of("/edev/{e}/derp/{p}"),
          PathPattern.of("/edev/{e}/derp/{p}/derc"),
          PathPattern.of("/edev/{e}/derp/{p}/actderc"),
          PathPattern.of("/edev/{e}/derp/{p}/dderc"),
          PathPattern.of("/edev/{e}/der/{d}/dercap"),
          PathPattern.of("/edev/{e}/der/{d}/derg"),
          PathPattern.of("/edev/{e}/der/{d}/ders"),
          PathPattern.of("/edev/{e}/der/{d}/dera"));

  private SubscriptionResources() {}

  static void register(Routes routes, UtilityServer server) {
    routes.add("/edev/{e}/sub").get(SubscriptionResources::list).post(call -> create(call, server));
    routes
        .add("/edev/{e}/sub/{s}")
        .get(SubscriptionResources::subscription)
        .delete(SubscriptionResources::delete);
  }

  static UtilityResponse list(Call call) {
    DeviceState device = call.subscriber();
    Lists<SubscriptionState> page =
        Lists.page(device.subscriptions, Paging.of(call.request.query()));
    SubscriptionList.Builder list =
        SubscriptionList.builder()
            .href(call.request.path())
            .all(page.all())
            .results(page.results())
            .pollRate(call.state.settings.pollRate());
    for (SubscriptionState s : page.items()) {
      list.addSubscription(render(call, s));
    }
    return call.ok(list.build());
  }

  private static Subscription render(Call call, SubscriptionState s) {
    return s.subscription.toBuilder().href(s.href(call.base())).build();
  }

  private static SubscriptionState find(Call call) {
    DeviceState device = call.subscriber();
    long id = call.var("s");
    return device.subscriptions.stream()
        .filter(s -> s.id == id)
        .findFirst()
        .orElseThrow(() -> Refusal.notFound("there is no Subscription " + call.request.path()));
  }

  static UtilityResponse subscription(Call call) {
    return call.ok(render(call, find(call)));
  }

  static UtilityResponse delete(Call call) {
    SubscriptionState s = find(call);
    s.device.subscriptions.remove(s);
    return call.noContent(null)
        .change("Subscription " + s.href(call.base()) + " deleted: no more notifications");
  }

  static UtilityResponse create(Call call, UtilityServer server) {
    DeviceState device = call.subscriber();
    Subscription posted = call.body(Subscription.class).orElseThrow();
    String resource = posted.subscribedResource();
    String path = resource.startsWith(call.base()) ? resource.substring(call.base().length()) : "";
    boolean subscribable = SUBSCRIBABLE.stream().anyMatch(p -> p.match(path) != null);
    if (!subscribable) {
      throw Refusal.invalidValue(
          "subscribedResource "
              + resource
              + " is not a resource this server takes subscriptions for (EndDeviceList,"
              + " EndDevice, FunctionSetAssignmentsList, DERProgramList, DERProgram, DERControlList,"
              + " ActiveDERControlList, DefaultDERControl, DERCapability/Settings/Status/Availability)");
    }
    if (posted.encoding() != 0) {
      throw Refusal.invalidValue(
          "encoding " + posted.encoding() + " (EXI) is not supported; use 0 (XML)");
    }
    if (posted.limit() < 1) {
      throw Refusal.invalidValue("limit must be at least 1, was " + posted.limit());
    }
    URI target;
    try {
      target = new URI(posted.notificationURI());
    } catch (URISyntaxException e) {
      throw Refusal.invalidValue(
          "notificationURI '" + posted.notificationURI() + "' is not a URI: " + e.getMessage());
    }
    if (!"https".equalsIgnoreCase(target.getScheme()) || target.getHost() == null) {
      throw Refusal.invalidValue(
          "notificationURI '"
              + posted.notificationURI()
              + "' must be an absolute https URI: 2030.5 notifications go over TLS like all its"
              + " traffic");
    }
    byte[] current =
        server.renderFor(
            resource, posted.limit(), call.request.lfdi(), call.request.sfdi(), call.now);
    if (current == null) {
      throw Refusal.notFound(
          "subscribedResource " + resource + " does not exist or is not this client's to read");
    }
    SubscriptionState s =
        new SubscriptionState(
            call.state.nextSubscription++,
            device,
            call.request.lfdi(),
            call.request.sfdi(),
            posted,
            call.now);
    s.lastBody = current;
    device.subscriptions.add(s);
    return call.created(s.href(call.base()))
        .change(
            "Subscription "
                + s.href(call.base())
                + " to "
                + resource
                + " (notifications to "
                + posted.notificationURI()
                + ")");
  }

  /** Every subscription of every device. */
  static List<SubscriptionState> all(UtilityState state) {
    return java.util.stream.Stream.concat(
            state.aggregatorDevices.values().stream(), state.devices.values().stream())
        .flatMap(d -> d.subscriptions.stream())
        .toList();
  }

  static Map<String, String> listQuery(long limit) {
    return Map.of("l", Long.toString(limit));
  }
}
