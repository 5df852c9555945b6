package io.sep2.procedure;

import java.util.List;
import java.util.Objects;

/**
 * A parameter value computed when it is used, written as in the CSIP-AUS procedure files: {@code
 * $now}, {@code $(now + '2 minutes')}, {@code $(maxExportW * 0.5)}, {@code $(this <= rtgMaxW)}. The
 * body is one operand, or two joined by one of {@code + - * / == != < <= > >=}; an operand is a
 * variable, a number or a quoted time span ({@code '90 seconds'}, {@code '-5 minutes'}, units days,
 * hours, minutes, seconds). There are no parentheses, no precedence and no unary minus.
 *
 * <p>Variables: {@code now} (the utility clock), {@code now_day}/{@code now_hour} (the start of
 * today/this hour in UTC+10), {@code setMaxW} and the other DERSettings values and {@code rtgMaxW}
 * and the other DERCapability values in watts (of the settings/capability stored last), {@code
 * maxImportW}/{@code maxExportW} (setMaxChargeRateW/setMaxDischargeRateW, else setMaxW), {@code
 * randuri_1..3} (a random path, fixed for the run), and {@code this}: the name of the parameter the
 * expression is the value of (under {@code setMaxW}, {@code $(this <= rtgMaxW)} compares setMaxW).
 */
public final class Expression {

  private final String text;
  private final Expressions.Parsed parsed;

  private Expression(String text) {
    this.text = text;
    this.parsed = Expressions.parse(text);
  }

  /**
   * The expression {@code text}, e.g. {@code $(now + '2 minutes')}.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static Expression of(String text) {
    return new Expression(Objects.requireNonNull(text, "text"));
  }

  /**
   * Whether {@code value} is written as an expression (has a {@code $} not escaped as {@code \$}).
   */
  public static boolean isExpression(String value) {
    return Expressions.isExpression(value);
  }

  /** The variables it uses. */
  public List<String> variables() {
    return parsed.variables();
  }

  /** The text as written. */
  public String text() {
    return text;
  }

  Expressions.Parsed parsed() {
    return parsed;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Expression e && e.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
