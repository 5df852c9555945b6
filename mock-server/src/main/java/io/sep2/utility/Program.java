package io.sep2.utility;

import io.sep2.model.DefaultDerControl;
import io.sep2.model.DerControl;
import io.sep2.model.DerCurve;
import io.sep2.model.Mrid;
import java.util.List;
import java.util.Optional;

/**
 * A DER program of the utility: its default control (what a device falls back to when no control is
 * active), its controls (events with a start and a duration) and its curves. Programs are the
 * utility's: every EndDevice sees them, under its own hrefs, with the same mRIDs.
 */
public interface Program {

  /** The program's number, {@code 1} for {@code /edev/{e}/derp/1}. */
  long id();

  /** Its mRID, the same for every EndDevice. */
  Mrid mrid();

  /** Its primacy: the lower, the higher its priority over other programs. */
  int primacy();

  /**
   * Sets the DefaultDERControl. The server gives it its mRID and raises its {@code version} on
   * every change; the builder's own mRID and version are ignored.
   */
  Program defaultControl(DefaultDerControl.Builder control);

  /** The DefaultDERControl as served, if set. */
  Optional<DefaultDerControl> defaultControl();

  /**
   * Schedules a control (a DERControl event) in this program. The builder gives what the utility
   * asks for: {@code interval} (start, duration), {@code DERControlBase}, and optionally
   * randomizeStart/randomizeDuration, responseRequired (default 0x03: received and specific
   * responses wanted), description. The server gives its mRID, creationTime and EventStatus (the
   * builder's are ignored), derives its status from the clock, and marks any earlier overlapping
   * control of this program superseded.
   */
  Control schedule(DerControl.Builder control);

  /** Every control of this program, including cancelled, superseded and past ones. */
  List<Control> controls();

  /** Adds a DERCurve; the server gives its mRID and creationTime. */
  Program addCurve(DerCurve.Builder curve);
}
