package io.sep2.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Runs the annotated method once per procedure, as one test each, on the server of {@link
 * With2030_5Server} (or a registered {@link Sep2ServerExtension}): each procedure starts from a
 * fresh utility state, then the method runs as the client under test, receiving a {@link
 * io.sep2.procedure.conformance.ProcedureContext} (the DeviceCapability URI, the server, the
 * operator's proceed); once it returns the procedure runs on until it ends or its limit passes. The
 * test passes when the procedure passes; it fails with the failing step and its evidence as the
 * message (then the whole report); a NOT SUPPORTED procedure is aborted (reported as skipped) with
 * what it needs, never passed.
 *
 * <pre>{@code
 * @With2030_5Server(pkiSeed = "team-a")
 * class MyDeviceConformanceTest {
 *   @Sep2Procedures(ids = {Catalog.DISCOVERY, Catalog.REGISTRATION, Catalog.DER_REPORTING})
 *   void builtIn(ProcedureContext procedure) {
 *     myClient.start(procedure.deviceCapabilityUri());
 *   }
 *
 *   @Sep2Procedures(directory = "${sep2.cactus.dir}", ids = {"ALL-01", "ALL-04"})
 *   void csipAus(ProcedureContext procedure) {
 *     myClient.start(procedure.deviceCapabilityUri());
 *   }
 * }
 * }</pre>
 *
 * After each procedure the HTML, Markdown and JUnit XML reports and the recordings are written to
 * {@code <reportDirectory>/<test class>/<method>}. The method may also declare the parameters
 * {@link With2030_5Server} provides and {@link io.sep2.procedure.Procedure}. A server runs one
 * procedure at a time, so the invocations run one after the other ({@code SAME_THREAD}) even under
 * parallel execution; give two such methods that may run at once their own servers. Works on JUnit
 * 5.14 and 6.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@Execution(ExecutionMode.SAME_THREAD)
@ExtendWith(Sep2ProceduresExtension.class)
public @interface Sep2Procedures {

  /**
   * The procedures, in the order they run: ids of the built-in catalog ({@code SEP2-DISC-01}, see
   * {@link io.sep2.procedure.Catalog}), or, with {@link #directory()}, file names without {@code
   * .yaml}. Default: every procedure of the source.
   */
  String[] ids() default {};

  /**
   * A directory of CSIP-AUS procedure files (relative to the working directory). {@code ${name}} is
   * replaced by the system property, else the environment variable, of that name; when it has
   * neither, the test is aborted saying which to set (the files are not part of this kit). Default:
   * empty, the built-in catalog.
   */
  String directory() default "";

  /**
   * Each procedure's timeout in seconds on the utility clock (real time: 30 s more); 0 (the
   * default) uses each procedure's own.
   */
  long timeoutSeconds() default 0;

  /**
   * Where the reports go, relative to the working directory; empty writes none. Default {@code
   * target/sep2/conformance}.
   */
  String reportDirectory() default "target/sep2/conformance";
}
