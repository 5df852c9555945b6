package io.sep2.bench;

import java.util.Locale;

/**
 * One measured figure next to its reference from the same run.
 *
 * @param bench which benchmark (e.g. {@code 1 handshake CPU})
 * @param name what was measured
 * @param unit unit of {@link #ours()} and {@link #referenceValue()}
 * @param ours the mock server's figure
 * @param reference what the reference is ({@code openssl s_server}, {@code WireMock HTTPS}, ...)
 * @param referenceValue the reference's figure
 * @param targetMaxRatio the highest acceptable {@link #ratio()} (the lowest when {@code atLeast}),
 *     or {@code NaN} when the figure has no target (shown for information)
 * @param atLeast whether the target is a lower bound (rates: higher is better)
 */
record Figure(
    String bench,
    String name,
    String unit,
    double ours,
    String reference,
    double referenceValue,
    double targetMaxRatio,
    boolean atLeast) {

  /** A figure whose ratio must not exceed {@code targetMaxRatio}. */
  Figure(
      String bench,
      String name,
      String unit,
      double ours,
      String reference,
      double referenceValue,
      double targetMaxRatio) {
    this(bench, name, unit, ours, reference, referenceValue, targetMaxRatio, false);
  }

  /** A figure whose ratio must be at least {@code targetMinRatio} (a rate). */
  static Figure atLeast(
      String bench,
      String name,
      String unit,
      double ours,
      String reference,
      double refValue,
      double targetMinRatio) {
    return new Figure(bench, name, unit, ours, reference, refValue, targetMinRatio, true);
  }

  /** A figure without a target. */
  static Figure info(
      String bench, String name, String unit, double ours, String reference, double refValue) {
    return new Figure(bench, name, unit, ours, reference, refValue, Double.NaN);
  }

  /** ours / reference. */
  double ratio() {
    return ours / referenceValue;
  }

  boolean hasTarget() {
    return !Double.isNaN(targetMaxRatio);
  }

  /** {@code met}, {@code MISSED}, or {@code -} without a target. */
  String status() {
    if (!hasTarget()) {
      return "-";
    }
    boolean met = atLeast ? ratio() >= targetMaxRatio : ratio() <= targetMaxRatio;
    return met ? "met" : "MISSED";
  }

  String target() {
    return hasTarget() ? (atLeast ? "≥ " : "≤ ") + format(targetMaxRatio) + "×" : "-";
  }

  /** A markdown table row. */
  String row() {
    return "| "
        + bench
        + " | "
        + name
        + " | "
        + format(ours)
        + " "
        + unit
        + " | "
        + format(referenceValue)
        + " "
        + unit
        + " ("
        + reference
        + ") | "
        + format(ratio())
        + "× | "
        + target()
        + " | "
        + status()
        + " |";
  }

  static final String HEADER =
      "| bench | figure | sep2-testkit | reference | ratio | target | status |\n"
          + "| --- | --- | --- | --- | --- | --- | --- |";

  /** Three significant digits or so, without exponent. */
  static String format(double value) {
    double abs = Math.abs(value);
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (abs >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
