package io.sep2.procedure.conformance;

/**
 * The device client under test, started inside a procedure: called once the procedure has reset the
 * utility and run its set-up, with the DeviceCapability URI to start from. It may run the client to
 * its end or start it and return; the procedure then runs until it ends by itself or its time limit
 * passes.
 */
@FunctionalInterface
public interface DeviceClient {

  /**
   * Starts (or runs) the client against {@code procedure}'s server.
   *
   * @throws Exception anything the client throws; the procedure is then finished and the exception
   *     passed on
   */
  void start(ProcedureContext procedure) throws Exception;
}
