package io.sep2.utility.internal;

import io.sep2.model.DerControl;
import io.sep2.model.Mrid;
import io.sep2.model.Response;
import io.sep2.utility.Control;
import io.sep2.utility.Program;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A live {@link Control} over one {@link ControlState}. */
final class ControlView implements Control {

  private final UtilityServer server;
  private final ControlState control;

  ControlView(UtilityServer server, ControlState control) {
    this.server = server;
    this.control = control;
  }

  @Override
  public Mrid mrid() {
    return control.mrid;
  }

  @Override
  public long id() {
    return control.id;
  }

  @Override
  public Program program() {
    return new ProgramView(server, control.program);
  }

  @Override
  public int currentStatus() {
    return server.locked(state -> control.currentStatus(state.clock.instant()));
  }

  @Override
  public DerControl asServed() {
    return server.locked(
        state ->
            control.template.toBuilder()
                .eventStatus(control.eventStatus(state.clock.instant(), null))
                .build());
  }

  @Override
  public Control cancel(boolean randomized) {
    server.locked(
        state -> {
          if (control.cancelled == null) {
            control.cancelled = state.clock.instant();
            control.cancelledWithRandomization = randomized;
          }
          return null;
        });
    server.changed();
    return this;
  }

  @Override
  public List<String> missingResponses() {
    return server.locked(state -> ResponseChecks.missing(state, control, state.clock.instant()));
  }

  @Override
  public List<Response> responses() {
    return server.locked(this::responses);
  }

  private List<Response> responses(UtilityState state) {
    List<Response> responses = new ArrayList<>();
    for (DeviceState device : state.devices.values()) {
      for (StoredDocument<Response> r : device.responses) {
        if (r.value().subject().equals(control.mrid)) {
          responses.add(r.value());
        }
      }
    }
    return responses;
  }

  @Override
  public Response awaitResponse(int status, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long mark = server.log().mark();
      Optional<Response> found =
          server.locked(
              state ->
                  responses(state).stream()
                      .filter(r -> r.status().isPresent() && r.status().getAsInt() == status)
                      .findFirst());
      if (found.isPresent()) {
        return found.get();
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "no Response with status "
                + status
                + " to DERControl "
                + control.mrid
                + " within "
                + timeout.toMillis()
                + " ms; statuses seen: "
                + responses().stream().map(r -> r.status().orElse(-1)).toList());
      }
      try {
        server
            .log()
            .await(
                mark,
                e -> e.method().equals("POST") && e.path().contains("/rsps/"),
                Duration.ofNanos(left));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for a Response", e);
      }
    }
  }

  @Override
  public String toString() {
    return "Control[" + control.mrid + ", program " + control.program.id + "]";
  }
}
