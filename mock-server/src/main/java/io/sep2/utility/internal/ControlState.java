package io.sep2.utility.internal;

import io.sep2.model.DateTimeInterval;
import io.sep2.model.DerControl;
import io.sep2.model.EventStatus;
import io.sep2.model.Mrid;
import java.time.Instant;

/**
 * One DERControl (an event) of a program: what the utility asked for, with the identity the server
 * gave it (href id, mRID, creationTime: fixed for its whole life) and its lifecycle. The status is
 * derived from the utility clock whenever it is served: scheduled before its start, active until
 * its end; cancelling and superseding are states that stay (a cancelled control is not deleted).
 */
final class ControlState {

  /** EventStatus currentStatus values (2030.5). */
  static final int SCHEDULED = 0;

  static final int ACTIVE = 1;
  static final int CANCELLED = 2;
  static final int CANCELLED_WITH_RANDOMIZATION = 3;
  static final int SUPERSEDED = 4;

  final long id;
  final ProgramState program;
  final Mrid mrid;
  final Instant creationTime;
  final DerControl template;
  Instant cancelled;
  boolean cancelledWithRandomization;
  Instant superseded;

  /** When each EndDevice (by id) was first served this control: who should respond. */
  final java.util.Map<Long, Instant> servedTo = new java.util.LinkedHashMap<>();

  /**
   * @param template the control as asked for; its mRID, creationTime and EventStatus are the
   *     server's
   */
  ControlState(long id, ProgramState program, DerControl template, Instant creationTime) {
    this.id = id;
    this.program = program;
    this.mrid = template.mrid();
    this.creationTime = creationTime;
    this.template = template;
  }

  Instant creationTime() {
    return creationTime;
  }

  Instant start() {
    return template.interval().start();
  }

  Instant end() {
    return start().plusSeconds(template.interval().duration());
  }

  /** Whether its interval overlaps {@code other}'s. */
  boolean overlaps(ControlState other) {
    return start().isBefore(other.end()) && other.start().isBefore(end());
  }

  boolean cancelledOrSuperseded() {
    return cancelled != null || superseded != null;
  }

  /** Whether the event's time is over (it then leaves the lists). */
  boolean over(Instant now) {
    return !now.isBefore(end());
  }

  int currentStatus(Instant now) {
    if (cancelled != null) {
      return cancelledWithRandomization ? CANCELLED_WITH_RANDOMIZATION : CANCELLED;
    }
    if (superseded != null) {
      return SUPERSEDED;
    }
    return now.isBefore(start()) ? SCHEDULED : ACTIVE;
  }

  /** Active now: started, not ended, neither cancelled nor superseded. */
  boolean activeAt(Instant now) {
    return currentStatus(now) == ACTIVE && !over(now);
  }

  EventStatus eventStatus(Instant now, Instant potentiallySupersededTime) {
    int status = currentStatus(now);
    Instant since =
        switch (status) {
          case CANCELLED, CANCELLED_WITH_RANDOMIZATION -> cancelled;
          case SUPERSEDED -> superseded;
          case ACTIVE -> start();
          default -> creationTime;
        };
    EventStatus.Builder s =
        EventStatus.builder()
            .currentStatus(status)
            .dateTime(since)
            .potentiallySuperseded(potentiallySupersededTime != null);
    if (potentiallySupersededTime != null) {
      s.potentiallySupersededTime(potentiallySupersededTime);
    }
    return s.build();
  }

  DateTimeInterval interval() {
    return template.interval();
  }
}
