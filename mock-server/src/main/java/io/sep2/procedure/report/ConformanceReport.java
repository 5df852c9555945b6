package io.sep2.procedure.report;

import io.sep2.procedure.ProcedureReport.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A run of several procedures against one device client, as the report files show it.
 *
 * @param name what ran, e.g. {@code sep2-conformance} or a test class name; the JUnit XML suite
 *     name
 * @param server the server's DeviceCapability URI, or another description of it
 * @param started when the first procedure started, real time
 * @param finished when the last one ended, real time
 * @param results every procedure's result, in the order they ran
 */
public record ConformanceReport(
    String name, String server, Instant started, Instant finished, List<ProcedureResult> results) {

  /** Copies the list. */
  public ConformanceReport {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
    results = List.copyOf(results);
  }

  /** How many passed. */
  public long passedCount() {
    return count(Verdict.PASSED);
  }

  /** How many failed. */
  public long failedCount() {
    return count(Verdict.FAILED);
  }

  /** How many were not supported (never run). */
  public long notSupportedCount() {
    return count(Verdict.NOT_SUPPORTED);
  }

  /** Whether none failed (a NOT SUPPORTED procedure does not fail the run, nor pass). */
  public boolean succeeded() {
    return failedCount() == 0;
  }

  /** {@code 3 passed, 1 failed, 1 not supported (of 5)}. */
  public String counts() {
    return passedCount()
        + " passed, "
        + failedCount()
        + " failed, "
        + notSupportedCount()
        + " not supported (of "
        + results.size()
        + ")";
  }

  private long count(Verdict verdict) {
    return results.stream().filter(r -> r.verdict() == verdict).count();
  }
}
