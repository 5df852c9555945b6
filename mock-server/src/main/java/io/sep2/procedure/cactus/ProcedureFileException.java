package io.sep2.procedure.cactus;

import java.util.List;

/**
 * A CSIP-AUS procedure file that cannot be loaded: every problem found, each with the line it is on
 * and what is wrong, e.g. {@code ALL-01.yaml:14: unknown key 'check' in step GET-DCAP (known:
 * event, actions, instructions)}.
 */
public final class ProcedureFileException extends Exception {

  private static final long serialVersionUID = 1L;

  /** One problem: the line (from 1; 0 when the file as a whole) and what is wrong. */
  public record Problem(int line, String message) {}

  private final String file;
  private final transient List<Problem> problems;

  ProcedureFileException(String file, List<Problem> problems) {
    super(text(file, problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  private static String text(String file, List<Problem> problems) {
    StringBuilder s = new StringBuilder();
    for (Problem p : problems) {
      if (s.length() > 0) {
        s.append('\n');
      }
      s.append(file).append(':').append(p.line()).append(": ").append(p.message());
    }
    return s.toString();
  }

  /** The file, as given. */
  public String file() {
    return file;
  }

  /** Every problem, in file order. */
  public List<Problem> problems() {
    return problems;
  }
}
