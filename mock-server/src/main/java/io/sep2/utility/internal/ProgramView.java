package io.sep2.utility.internal;

import io.sep2.model.DefaultDerControl;
import io.sep2.model.DerControl;
import io.sep2.model.DerCurve;
import io.sep2.model.EventStatus;
import io.sep2.model.Mrid;
import io.sep2.utility.Control;
import io.sep2.utility.Program;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A live {@link Program} over one {@link ProgramState}. */
final class ProgramView implements Program {

  private final UtilityServer server;
  private final ProgramState program;

  ProgramView(UtilityServer server, ProgramState program) {
    this.server = server;
    this.program = program;
  }

  @Override
  public long id() {
    return program.id;
  }

  @Override
  public Mrid mrid() {
    return program.mrid;
  }

  @Override
  public int primacy() {
    return server.locked(state -> program.primacy);
  }

  @Override
  public Program defaultControl(DefaultDerControl.Builder control) {
    Objects.requireNonNull(control, "control");
    server.locked(
        state -> {
          program.defaultVersion++;
          program.defaultControl =
              control
                  .mrid(Mrids.of(Mrids.DEFAULT_CONTROL, program.id))
                  .version(program.defaultVersion)
                  .build();
          return null;
        });
    server.changed();
    return this;
  }

  @Override
  public Optional<DefaultDerControl> defaultControl() {
    return server.locked(state -> Optional.ofNullable(program.defaultControl));
  }

  @Override
  public Control schedule(DerControl.Builder control) {
    Objects.requireNonNull(control, "control");
    Control scheduled = scheduleLocked(control);
    server.changed();
    return scheduled;
  }

  private Control scheduleLocked(DerControl.Builder control) {
    return server.locked(
        state -> {
          Instant now = state.clock.instant();
          long id = state.nextControlId();
          DerControl template =
              control
                  .mrid(Mrids.of(Mrids.CONTROL, id))
                  .creationTime(now)
                  .eventStatus(
                      EventStatus.builder()
                          .currentStatus(ControlState.SCHEDULED)
                          .dateTime(now)
                          .potentiallySuperseded(false)
                          .build())
                  .build();
          ControlState scheduled = new ControlState(id, program, template, now);
          for (ControlState earlier : program.controls) {
            if (!earlier.cancelledOrSuperseded()
                && !earlier.over(now)
                && earlier.overlaps(scheduled)) {
              earlier.superseded = now;
            }
          }
          program.controls.add(scheduled);
          return new ControlView(server, scheduled);
        });
  }

  @Override
  public List<Control> controls() {
    return server.locked(
        state -> program.controls.stream().map(c -> (Control) new ControlView(server, c)).toList());
  }

  @Override
  public Program addCurve(DerCurve.Builder curve) {
    Objects.requireNonNull(curve, "curve");
    server.locked(
        state -> {
          long n = program.curves.size() + 1;
          program.curves.add(
              curve
                  .mrid(Mrids.of(Mrids.CURVE, program.id * 1000 + n))
                  .creationTime(state.clock.instant())
                  .build());
          return null;
        });
    server.changed();
    return this;
  }

  @Override
  public String toString() {
    return "Program[" + program.id + ", " + program.description + ", primacy " + primacy() + "]";
  }
}
