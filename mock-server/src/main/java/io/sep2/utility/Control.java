package io.sep2.utility;

import io.sep2.model.DerControl;
import io.sep2.model.Mrid;
import io.sep2.model.Response;
import java.time.Duration;
import java.util.List;

/**
 * One scheduled DERControl (an event) of a program, with its lifecycle: scheduled before its start,
 * active until its end, or cancelled or superseded (states that stay; a cancelled control is not
 * deleted, so devices learn of the cancellation).
 */
public interface Control {

  /** The control's mRID: what a device's Responses name as their subject. */
  Mrid mrid();

  /** Its number within its program, {@code 7} for {@code .../derc/7}. */
  long id();

  /** Its program. */
  Program program();

  /**
   * The 2030.5 EventStatus currentStatus now: 0 scheduled, 1 active, 2 cancelled, 3 cancelled with
   * randomization, 4 superseded.
   */
  int currentStatus();

  /** The control as the first EndDevice would be served it now (with its status). */
  DerControl asServed();

  /** Cancels it (status 2; 3 when {@code randomized}); it stays in the lists until its end. */
  Control cancel(boolean randomized);

  /**
   * What is wrong with the responses to this control as of now: for each EndDevice that was served
   * it, a missing received (1), started (2), completed (3), cancelled (6) or superseded (7)
   * response, as its responseRequired asks; empty when all is there. Wrong responses (a status that
   * does not fit, another device's LFDI, a late start) are findings of the exchange that carried
   * them ({@link Exchange#findings()}).
   */
  List<String> missingResponses();

  /** The Responses devices POSTed about this control, oldest first. */
  List<Response> responses();

  /**
   * Waits until a device has POSTed a Response with this status (1 received, 2 started, 3
   * completed, 6 cancelled, 7 superseded...) about this control.
   *
   * @throws AssertionError naming the statuses seen, when none comes in time
   */
  Response awaitResponse(int status, Duration timeout);
}
