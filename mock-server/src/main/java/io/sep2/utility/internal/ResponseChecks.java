package io.sep2.utility.internal;

import io.sep2.model.Response;
import java.time.Duration;
import java.time.Instant;

/**
 * What the server notices about a Response to a DERControl: sent by the device it was addressed to,
 * with a status that fits the control's state, and a sane {@code createdDateTime}. Each problem is
 * a finding in the recording, not a refusal: a test decides whether it fails the device.
 */
final class ResponseChecks {

  /** 2030.5 Response status codes the checks know by name. */
  static final int RECEIVED = 1;

  static final int STARTED = 2;
  static final int COMPLETED = 3;
  static final int CANCELLED = 6;
  static final int SUPERSEDED = 7;

  /** How long after its start (plus randomizeStart) a control may be reported started. */
  static final Duration LATE_SLACK = Duration.ofSeconds(60);

  /** How far a createdDateTime may be from the server's clock before it is a finding. */
  static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

  private ResponseChecks() {}

  static void check(Call call, DeviceState device, ControlState control, Response response) {
    String subject = "Response to DERControl " + control.mrid;
    if (!response.endDeviceLfdi().toString().equalsIgnoreCase(device.lfdi)) {
      call.findings.add(
          subject
              + ": endDeviceLFDI "
              + response.endDeviceLfdi()
              + " is not the LFDI of EndDevice "
              + device.href(call.base())
              + " ("
              + device.lfdi
              + ")");
    }
    if (response.status().isEmpty()) {
      call.findings.add(subject + ": no status");
    } else {
      int status = response.status().getAsInt();
      String misfit = misfit(status, control, call);
      if (misfit != null) {
        call.findings.add(subject + ": status " + status + " " + misfit);
      }
    }
    response
        .createdDateTime()
        .ifPresent(
            created -> {
              Duration skew = Duration.between(call.now, created).abs();
              if (skew.compareTo(CLOCK_SLACK) > 0) {
                call.findings.add(
                    subject
                        + ": createdDateTime "
                        + created
                        + " is "
                        + skew.toSeconds()
                        + " s from the server's time "
                        + call.now
                        + " (is the device's clock synchronised with /tm?)");
              }
            });
  }

  private static String misfit(int status, ControlState control, Call call) {
    Instant now = call.now;
    // randomizeStart is signed (2030.5: -3600..3600): a device picks its start in [start, start +
    // randomizeStart] when positive, in [start + randomizeStart, start] when negative
    int randomize = control.template.randomizeStart().orElse(0);
    Instant earliest = control.start().plusSeconds(Math.min(0, randomize));
    String window =
        randomize == 0 ? "" : " (randomizeStart " + randomize + " s: from " + earliest + ")";
    if (status == STARTED) {
      Instant latest = control.start().plusSeconds(Math.max(0, randomize)).plus(LATE_SLACK);
      if (now.isAfter(latest)) {
        return "(started) at "
            + now
            + ", after the control's start "
            + control.start()
            + (randomize > 0 ? " + randomizeStart " + randomize + " s" : "")
            + " (+"
            + LATE_SLACK.toSeconds()
            + " s slack): late";
      }
    }
    int current = control.currentStatus(now);
    boolean started = !now.isBefore(earliest);
    return switch (status) {
      case STARTED ->
          !started
              ? "(started) before the control's start " + control.start() + window
              : current == ControlState.CANCELLED || current == ControlState.SUPERSEDED
                  ? "(started) for a control that is " + name(current)
                  : null;
      case COMPLETED ->
          now.isBefore(earliest)
              ? "(completed) before the control's start " + control.start() + window
              : null;
      case CANCELLED ->
          current != ControlState.CANCELLED && current != ControlState.CANCELLED_WITH_RANDOMIZATION
              ? "(cancelled) for a control that is " + name(current)
              : null;
      case SUPERSEDED ->
          current != ControlState.SUPERSEDED && !outrankedByAnotherProgram(call, control)
              ? "(superseded) for a control that is "
                  + name(current)
                  + " and that no higher-priority program's control overlaps"
              : null;
      default -> null;
    };
  }

  /**
   * A device answers 7 also for a control it does not follow because a control of a program with
   * higher priority (lower primacy) overlaps it.
   */
  private static boolean outrankedByAnotherProgram(Call call, ControlState control) {
    for (ProgramState program : call.state.programs) {
      if (program.primacy >= control.program.primacy) {
        continue;
      }
      for (ControlState other : program.controls) {
        if (!other.cancelledOrSuperseded() && other.overlaps(control)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The responses a control still lacks, or got late, as of {@code now}: for each EndDevice that
   * was served the control, received (1) when its responseRequired asks for it, started (2) once it
   * has started and completed (3) once it is over, when it asks for specific responses; none for a
   * cancelled or superseded control beyond received.
   */
  static java.util.List<String> missing(UtilityState state, ControlState control, Instant now) {
    java.util.List<String> findings = new java.util.ArrayList<>();
    int required =
        control.template.responseRequired().orElse(ProgramResources.DEFAULT_RESPONSE_REQUIRED);
    for (java.util.Map.Entry<Long, Instant> served : control.servedTo.entrySet()) {
      DeviceState device = state.devices.get(served.getKey());
      if (device == null) {
        continue;
      }
      java.util.Set<Integer> got = new java.util.HashSet<>();
      for (StoredDocument<io.sep2.model.Response> r : device.responses) {
        if (r.value().subject().equals(control.mrid) && r.value().status().isPresent()) {
          got.add(r.value().status().getAsInt());
        }
      }
      String who = "EndDevice " + device.href(state) + ", DERControl " + control.mrid;
      Duration grace = Duration.ofSeconds(state.settings.pollRate());
      if ((required & 0x01) != 0
          && !got.contains(RECEIVED)
          && now.isAfter(served.getValue().plus(grace))) {
        findings.add(
            who + ": no Response 1 (received) though it was served at " + served.getValue());
      }
      // a positive randomizeStart lets the device start (and so end) that much later
      long randomizeLater = Math.max(0, control.template.randomizeStart().orElse(0));
      if ((required & 0x02) != 0 && !control.cancelledOrSuperseded()) {
        if (!now.isBefore(control.start().plusSeconds(randomizeLater).plus(LATE_SLACK))
            && !got.contains(STARTED)) {
          findings.add(who + ": no Response 2 (started) though it started at " + control.start());
        }
        if (!now.isBefore(control.end().plusSeconds(randomizeLater).plus(LATE_SLACK))
            && !got.contains(COMPLETED)) {
          findings.add(who + ": no Response 3 (completed) though it ended at " + control.end());
        }
      }
      if ((required & 0x02) != 0 && control.cancelled != null && !got.contains(CANCELLED)) {
        findings.add(
            who + ": no Response 6 (cancelled) though it was cancelled at " + control.cancelled);
      }
      if ((required & 0x02) != 0 && control.superseded != null && !got.contains(SUPERSEDED)) {
        findings.add(
            who + ": no Response 7 (superseded) though it was superseded at " + control.superseded);
      }
    }
    return findings;
  }

  static String name(int status) {
    return switch (status) {
      case ControlState.SCHEDULED -> "scheduled";
      case ControlState.ACTIVE -> "active";
      case ControlState.CANCELLED -> "cancelled";
      case ControlState.CANCELLED_WITH_RANDOMIZATION -> "cancelled with randomization";
      case ControlState.SUPERSEDED -> "superseded";
      default -> "in status " + status;
    };
  }
}
