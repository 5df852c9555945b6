package io.sep2.utility.internal;

/**
 * Sees every request before and after the utility server handles it, under the server's lock (so
 * requests reach it one at a time): the procedure engine's request events and the comms faults.
 */
public interface Interceptor {

  /**
   * Called before the request is handled.
   *
   * @return an answer to send instead of handling the request (e.g. a 503 during a comms fault), or
   *     {@code null} to go on
   */
  default UtilityResponse before(UtilityRequest request) {
    return null;
  }

  /** Called after the request was handled (not when {@link #before} answered it). */
  default void after(UtilityRequest request, UtilityResponse response) {}
}
