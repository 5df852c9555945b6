package io.sep2.utility.internal;

import io.sep2.model.Sep2Error;
import io.sep2.model.Sep2Xml;
import io.sep2.utility.Exchange;
import io.sep2.utility.UtilityClock;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The stateful 2030.5 utility server behind the TLS front end: routes each request to its resource,
 * under one lock, and answers as a utility's server would (201 + Location on create, 204 on update,
 * 404, 405 + Allow, 400, 403, 415, each with a 2030.5 {@code Error} document). Every exchange is
 * logged for tests to await and assert on.
 */
public final class UtilityServer {

  private static final System.Logger LOG = System.getLogger("io.sep2.utility");

  private final UtilityState state;
  private final Routes routes;
  private final Sep2Xml xml = Sep2Xml.create();
  private final ExchangeLog log;
  private final List<Interceptor> interceptors = new CopyOnWriteArrayList<>();
  private final List<Consumer<Exchange>> listeners = new CopyOnWriteArrayList<>();

  private final Notifications notifications;

  /** A utility server with no devices and no programs yet. */
  public UtilityServer(
      UtilityClock clock,
      UtilitySettings settings,
      int retainedExchanges,
      NotificationSender sender) {
    this.state = new UtilityState(clock, settings);
    this.notifications = new Notifications(sender, clock);
    // what a subscriber GETs can also change with the clock alone (a control becoming active)
    notifications
        .executor()
        .scheduleWithFixedDelay(this::changed, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
    this.log = new ExchangeLog(retainedExchanges);
    this.routes = new Routes(settings.basePath());
    CoreResources.register(routes);
    EndDeviceResources.register(routes);
    ClientDocuments.register(routes);
    ProgramResources.register(routes);
    ResponseResources.register(routes);
    LogEventResources.register(routes);
    MeteringResources.register(routes);
    SubscriptionResources.register(routes, this);
  }

  /** The notification attempts so far, and waiting for one. */
  Notifications notifications() {
    return notifications;
  }

  /**
   * Sends a Notification for every subscription whose resource, as its subscriber would GET it, has
   * changed since it was last notified. Called after every request that changed something, after
   * every change the test makes through the API, and every second.
   */
  public void changed() {
    List<Notifications.Pending> pending;
    synchronized (state) {
      pending = detect();
    }
    if (!pending.isEmpty()) {
      notifications.send(pending);
    }
  }

  private List<Notifications.Pending> detect() {
    List<Notifications.Pending> pending = new java.util.ArrayList<>();
    for (SubscriptionState s : SubscriptionResources.all(state)) {
      byte[] now =
          renderFor(
              s.subscription.subscribedResource(),
              s.subscription.limit(),
              s.lfdi,
              s.sfdi,
              state.clock.instant());
      int status = 0;
      if (now == null) {
        // the resource is gone: tell the subscriber once, with 4 (resource deleted), and stop
        status = 4;
        s.device.subscriptions.remove(s);
      } else if (java.util.Arrays.equals(now, s.lastBody)) {
        continue;
      }
      s.lastBody = now;
      pending.add(
          new Notifications.Pending(
              s.href(state.base()),
              s.subscription.subscribedResource(),
              java.net.URI.create(s.subscription.notificationURI()),
              notification(s, status, now)));
    }
    return pending;
  }

  private byte[] notification(SubscriptionState s, int status, byte[] resource) {
    io.sep2.model.Notification.Builder n =
        io.sep2.model.Notification.builder()
            .subscribedResource(s.subscription.subscribedResource())
            .subscriptionURI(s.href(state.base()))
            .status(status);
    if (resource != null) {
      io.sep2.model.ReadResult<io.sep2.model.Sep2Document> read = xml.read(resource);
      if (read.isOk() && read.orElseThrow() instanceof io.sep2.model.Resource r) {
        n.resource(r);
      }
    }
    return xml.write(n.build());
  }

  /**
   * What {@code path} GETs for this client now ({@code l = limit} for lists), or {@code null} when
   * that is not a 200. Called under the state lock.
   */
  byte[] renderFor(String path, long limit, String lfdi, long sfdi, java.time.Instant now) {
    UtilityResponse r =
        route(
            new UtilityRequest(
                "GET",
                path,
                Map.of("l", Long.toString(Math.min(limit, Paging.MAX_LIMIT))),
                null,
                new byte[0],
                lfdi,
                sfdi,
                now));
    return r.status() == 200 ? r.body() : null;
  }

  /** Stops delivering notifications. */
  public void close() {
    notifications.close();
  }

  private final List<Runnable> proceedListeners = new CopyOnWriteArrayList<>();

  /** Calls {@code listener} when an operator says "proceed" (the admin interface, a console). */
  public void onProceed(Runnable listener) {
    proceedListeners.add(listener);
  }

  /** Stops calling a proceed listener. */
  public void stopOnProceed(Runnable listener) {
    proceedListeners.remove(listener);
  }

  /** An operator said "proceed"; returns whether anybody was listening. */
  public boolean proceed() {
    proceedListeners.forEach(Runnable::run);
    return !proceedListeners.isEmpty();
  }

  /** Adds an interceptor (the procedure engine, comms faults). */
  public void intercept(Interceptor interceptor) {
    interceptors.add(interceptor);
  }

  /** Removes an interceptor. */
  public void stopIntercepting(Interceptor interceptor) {
    interceptors.remove(interceptor);
  }

  /** Calls {@code listener} with every exchange once it is answered (not under the lock). */
  public void onExchange(Consumer<Exchange> listener) {
    listeners.add(listener);
  }

  /** Stops calling an exchange listener. */
  public void removeExchangeListener(Consumer<Exchange> listener) {
    listeners.remove(listener);
  }

  /** The exchanges. */
  public ExchangeLog log() {
    return log;
  }

  /** The XML codec the server writes with. */
  public Sep2Xml xml() {
    return xml;
  }

  /** Runs {@code action} on the state under its lock (the public API's way in). */
  <T> T locked(java.util.function.Function<UtilityState, T> action) {
    synchronized (state) {
      return action.apply(state);
    }
  }

  /** The state, for the API classes of this package family. */
  UtilityState state() {
    return state;
  }

  /** Answers one request. Never throws. */
  public UtilityResponse handle(UtilityRequest request) {
    UtilityResponse response;
    synchronized (state) {
      response = null;
      for (Interceptor interceptor : interceptors) {
        response = interceptor.before(request);
        if (response != null) {
          break;
        }
      }
      if (response == null) {
        response = route(request);
        for (Interceptor interceptor : interceptors) {
          interceptor.after(request, response);
        }
      }
    }
    if (!request.method().equals("GET")
        && !request.method().equals("HEAD")
        && response.status() >= 200
        && response.status() < 300) {
      changed();
    }
    Exchange exchange = exchange(request, response);
    log.add(exchange);
    for (Consumer<Exchange> listener : listeners) {
      try {
        listener.accept(exchange);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a utility exchange listener failed", e);
      }
    }
    return response;
  }

  private UtilityResponse route(UtilityRequest request) {
    try {
      for (Route route : routes.all()) {
        Map<String, Long> vars = route.pattern.match(request.path());
        if (vars == null) {
          continue;
        }
        Route.Handler handler = route.handler(request.method());
        if (handler == null) {
          throw Refusal.methodNotAllowed(
              request.method()
                  + " is not allowed on "
                  + request.path()
                  + "; it takes "
                  + String.join(", ", route.allow()),
              route.allow());
        }
        return handler.handle(new Call(request, vars, state, xml));
      }
      String functionSet = UnimplementedFunctionSets.of(request.path(), state.base());
      throw Refusal.notFound(
          functionSet != null
              ? "the "
                  + functionSet
                  + " function set is not implemented by sep2-testkit's utility server ("
                  + request.path()
                  + ")"
              : "there is no resource " + request.path());
    } catch (Refusal refusal) {
      return error(refusal);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "the utility server failed on " + request.method() + " " + request.path(),
          e);
      return new UtilityResponse(500, errorBody(Refusal.INVALID_REQUEST_VALUES), null, List.of())
          .finding("the utility server failed: " + e);
    }
  }

  private UtilityResponse error(Refusal refusal) {
    return new UtilityResponse(
            refusal.status(), errorBody(refusal.reasonCode()), null, refusal.allow())
        .finding(refusal.status() + ": " + refusal.getMessage());
  }

  private byte[] errorBody(int reasonCode) {
    return xml.write(Sep2Error.builder().reasonCode(reasonCode).build());
  }

  private static Exchange exchange(UtilityRequest request, UtilityResponse response) {
    return new Exchange(
        request.time(),
        request.method(),
        request.path(),
        request.query(),
        request.lfdi(),
        new String(request.body(), StandardCharsets.UTF_8),
        response.status(),
        response.location(),
        response.body() == null ? "" : new String(response.body(), StandardCharsets.UTF_8),
        response.findings(),
        response.change());
  }
}
