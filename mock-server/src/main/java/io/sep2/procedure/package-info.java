/**
 * Test procedures for 2030.5 / CSIP-AUS device clients, run against the in-process utility server.
 *
 * <p>A {@link io.sep2.procedure.Procedure} has preconditions (set-up actions, start checks, start
 * actions), named {@link io.sep2.procedure.Step}s each waiting for one {@link
 * io.sep2.procedure.Event} (a request, before or after the server applies it; a wait on the utility
 * clock; the operator's proceed) and running {@link io.sep2.procedure.Action}s, and criteria
 * ({@link io.sep2.procedure.Check}s) judged at the end. {@link io.sep2.procedure.ProcedureRunner}
 * runs one on a {@link io.sep2.server.Sep2MockServer} from a fresh utility state and returns a
 * {@link io.sep2.procedure.ProcedureReport}. {@link io.sep2.procedure.Catalog} holds the built-in
 * procedures; {@code io.sep2.procedure.cactus} reads the public CSIP-AUS procedure files.
 */
package io.sep2.procedure;
