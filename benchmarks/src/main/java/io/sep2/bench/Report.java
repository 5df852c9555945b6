package io.sep2.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Collects the figures of a run and prints them as they come and as a table at the end. */
final class Report {

  private final PrintStream out;
  private final List<Figure> figures = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final List<String> details = new ArrayList<>();

  Report(PrintStream out) {
    this.out = out;
  }

  void add(Figure figure) {
    figures.add(figure);
    out.printf(
        "  => %s: %s %s vs %s %s (%s): ratio %s× target %s %s%n",
        figure.name(),
        Figure.format(figure.ours()),
        figure.unit(),
        Figure.format(figure.referenceValue()),
        figure.unit(),
        figure.reference(),
        Figure.format(figure.ratio()),
        figure.target(),
        figure.status());
  }

  /** A line printed now and repeated in the summary (e.g. a row of the scaling table). */
  void detail(String line) {
    details.add(line);
    out.println(line);
  }

  void skip(String bench, String reason) {
    skipped.add(bench + ": " + reason);
    out.println("  => " + bench + " skipped: " + reason);
  }

  void line(String text) {
    out.println(text);
  }

  List<Figure> figures() {
    return List.copyOf(figures);
  }

  List<String> skipped() {
    return List.copyOf(skipped);
  }

  /** The summary table, details and skipped benchmarks, as markdown. */
  String summary() {
    StringBuilder s = new StringBuilder(Figure.HEADER).append('\n');
    for (Figure f : figures) {
      s.append(f.row()).append('\n');
    }
    if (!details.isEmpty()) {
      s.append('\n');
      for (String d : details) {
        s.append(d).append('\n');
      }
    }
    for (String k : skipped) {
      s.append("\nskipped: ").append(k).append('\n');
    }
    return s.toString();
  }
}
