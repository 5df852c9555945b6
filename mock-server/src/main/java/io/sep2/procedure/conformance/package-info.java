/**
 * Running procedures against a device client as a suite, shared by the JUnit layer, the {@code
 * sep2:conformance} goal and the runnable jar: {@link
 * io.sep2.procedure.conformance.ProcedureSelection} picks procedures (the built-in catalog or a
 * directory of CSIP-AUS files), {@link io.sep2.procedure.conformance.ConformanceRunner} runs one
 * with a time limit and collects its result, {@link
 * io.sep2.procedure.conformance.ConformanceSession} runs a list in the foreground for a device that
 * is not Java (status lines, operator console, report files).
 */
package io.sep2.procedure.conformance;
