/**
 * The results of procedure runs and the reports written from them, shared by the JUnit layer, the
 * {@code sep2:conformance} goal and the runnable jar's {@code conformance} command: a {@link
 * io.sep2.procedure.report.ProcedureResult} per run (its {@link
 * io.sep2.procedure.report.ProcedureFailure failing step and evidence}, its status line, the
 * server's connection records), a {@link io.sep2.procedure.report.ConformanceReport} for a whole
 * run of procedures, and {@link io.sep2.procedure.report.ConformanceReportWriter}, which writes it
 * as a self-contained HTML page, Markdown, JUnit XML and the recordings.
 */
package io.sep2.procedure.report;
