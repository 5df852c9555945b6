package io.sep2.procedure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parameter expression language of procedures: {@code $name} or {@code $(body)}, where the body
 * is one operand or {@code operand OP operand}; an operand is a named variable, a number or a
 * quoted time span such as {@code '2 minutes'}; OP is one of {@code + - * / == != < <= > >=}. No
 * parentheses, no precedence, no unary minus ({@code 0 - x} instead).
 */
public final class Expressions {

  /** Every variable the language knows. */
  public static final Set<String> VARIABLES =
      Set.of(
          "now",
          "now_day",
          "now_hour",
          "this",
          "setMaxW",
          "setMaxVA",
          "setMaxVar",
          "setMaxVarNeg",
          "setMaxChargeRateW",
          "setMaxDischargeRateW",
          "setMaxWh",
          "setMinWh",
          "setMinPFOverExcited",
          "setMinPFUnderExcited",
          "maxImportW",
          "maxExportW",
          "rtgMaxW",
          "rtgMaxVA",
          "rtgMaxVar",
          "rtgMaxVarNeg",
          "rtgMaxChargeRateW",
          "rtgMaxDischargeRateW",
          "rtgMaxWh",
          "rtgMinPFOverExcited",
          "rtgMinPFUnderExcited",
          "negRtgMaxChargeRateW",
          "randuri_1",
          "randuri_2",
          "randuri_3",
          "valid_nmi_1",
          "valid_nmi_2");

  /** Variables no runner can give a value to (reported as not supported). */
  public static final Set<String> UNRESOLVABLE = Set.of("valid_nmi_1", "valid_nmi_2");

  private static final Set<String> OPERATORS =
      Set.of("+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=");

  private Expressions() {}

  /** One operand: a variable name, a number, or a time span. */
  public record Operand(String variable, Number number, Duration span) {
    @Override
    public String toString() {
      return variable != null ? variable : number != null ? number.toString() : "'" + span + "'";
    }
  }

  /** A parsed expression: one operand, or two with an operator. */
  public record Parsed(Operand left, String operator, Operand right) {
    /** The variables it names. */
    public List<String> variables() {
      List<String> names = new ArrayList<>();
      if (left.variable() != null) {
        names.add(left.variable());
      }
      if (right != null && right.variable() != null) {
        names.add(right.variable());
      }
      return names;
    }

    @Override
    public String toString() {
      return right == null ? left.toString() : left + " " + operator + " " + right;
    }
  }

  /**
   * Whether a text value is an expression: it has a {@code $} that is not escaped as {@code \$}.
   */
  public static boolean isExpression(String text) {
    int i = text.indexOf('$');
    return i >= 0 && !(i > 0 && text.charAt(i - 1) == '\\');
  }

  /**
   * Parses {@code text} ({@code $name} or {@code $(body)}, nothing else but spaces around it).
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static Parsed parse(String text) {
    int i = text.indexOf('$');
    if (i < 0) {
      throw new IllegalArgumentException("'" + text + "' is not an expression: it has no $");
    }
    if (!text.substring(0, i).isBlank()) {
      throw new IllegalArgumentException(
          "'" + text + "': an expression must be the whole value, text before $ is not allowed");
    }
    String body;
    String rest;
    if (i + 1 < text.length() && text.charAt(i + 1) == '(') {
      int close = text.indexOf(')', i + 2);
      if (close < 0) {
        throw new IllegalArgumentException("'" + text + "': $( has no closing )");
      }
      body = text.substring(i + 2, close);
      rest = text.substring(close + 1);
    } else {
      int end = i + 1;
      while (end < text.length()
          && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
        end++;
      }
      body = text.substring(i + 1, end);
      rest = text.substring(end);
    }
    if (!rest.isBlank()) {
      throw new IllegalArgumentException(
          "'" + text + "': an expression must be the whole value, '" + rest + "' follows it");
    }
    if (body.isBlank()) {
      throw new IllegalArgumentException("'" + text + "': the expression is empty");
    }
    List<String> tokens = tokens(body, text);
    if (tokens.size() == 1) {
      return new Parsed(operand(tokens.get(0), text), null, null);
    }
    if (!tokens.isEmpty() && OPERATORS.contains(tokens.get(0))) {
      throw new IllegalArgumentException(
          "'" + text + "': there is no unary " + tokens.get(0) + "; write 0 - x instead");
    }
    if (tokens.size() == 3 && OPERATORS.contains(tokens.get(1))) {
      return new Parsed(operand(tokens.get(0), text), tokens.get(1), operand(tokens.get(2), text));
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "': an expression is one operand or 'operand OP operand' (OP one of + - * / =="
            + " != < <= > >=), got "
            + tokens);
  }

  private static List<String> tokens(String body, String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < body.length()
            && (Character.isLetterOrDigit(body.charAt(i)) || body.charAt(i) == '_')) {
          i++;
        }
        tokens.add(body.substring(start, i));
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < body.length())) {
        int start = i;
        while (i < body.length()
            && (Character.isDigit(body.charAt(i))
                || body.charAt(i) == '.'
                || body.charAt(i) == 'e'
                || body.charAt(i) == 'E')) {
          i++;
        }
        tokens.add(body.substring(start, i));
      } else if (c == '\'' || c == '"') {
        int close = body.indexOf(c, i + 1);
        if (close < 0) {
          throw new IllegalArgumentException("'" + text + "': unterminated quoted time span");
        }
        tokens.add(body.substring(i, close + 1));
        i = close + 1;
      } else {
        String two = i + 1 < body.length() ? body.substring(i, i + 2) : "";
        if (OPERATORS.contains(two)) {
          tokens.add(two);
          i += 2;
        } else if (OPERATORS.contains(String.valueOf(c))) {
          tokens.add(String.valueOf(c));
          i++;
        } else {
          throw new IllegalArgumentException(
              "'" + text + "': unexpected character '" + c + "' in the expression");
        }
      }
    }
    return tokens;
  }

  private static Operand operand(String token, String text) {
    char c = token.charAt(0);
    if (c == '\'' || c == '"') {
      return new Operand(null, null, span(token.substring(1, token.length() - 1), text));
    }
    if (Character.isDigit(c) || c == '.') {
      try {
        Number n =
            token.contains(".") || token.contains("e") || token.contains("E")
                ? (Number) Double.parseDouble(token)
                : (Number) Long.parseLong(token);
        return new Operand(null, n, null);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + text + "': '" + token + "' is not a number");
      }
    }
    if (OPERATORS.contains(token)) {
      throw new IllegalArgumentException(
          "'" + text + "': operator " + token + " where an operand belongs (no unary minus)");
    }
    if (!VARIABLES.contains(token)) {
      throw new IllegalArgumentException(
          "'" + text + "': unknown variable '" + token + "' (known: " + sorted() + ")");
    }
    return new Operand(token, null, null);
  }

  private static List<String> sorted() {
    return VARIABLES.stream().sorted().toList();
  }

  /** A time span such as {@code 5 minutes}, {@code -60 seconds}, {@code 1.5 hrs}. */
  static Duration span(String text, String whole) {
    String t = text.strip();
    int split = 0;
    while (split < t.length()
        && (Character.isDigit(t.charAt(split))
            || t.charAt(split) == '.'
            || t.charAt(split) == '-')) {
      split++;
    }
    String number = t.substring(0, split);
    String unit = t.substring(split).strip().toLowerCase(Locale.ROOT);
    double amount;
    try {
      amount = Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + whole + "': '" + text + "' is not a time span such as '5 minutes'");
    }
    double seconds =
        switch (unit) {
          case "day", "days" -> 86_400;
          case "hour", "hours", "hr", "hrs" -> 3_600;
          case "minute", "minutes", "min", "mins" -> 60;
          case "second", "seconds", "sec", "secs" -> 1;
          default ->
              throw new IllegalArgumentException(
                  "'"
                      + whole
                      + "': unknown time unit '"
                      + unit
                      + "' (days, hours, minutes or seconds)");
        };
    return Duration.ofMillis(Math.round(amount * seconds * 1000));
  }

  /** Gives variables their values. */
  public interface Variables {
    /**
     * The value of {@code name}: an {@link Instant}, a {@link Double} or a {@link String}.
     *
     * @throws IllegalStateException when it has none now, saying why
     */
    Object value(String name);
  }

  /**
   * The value of {@code parsed}, with {@code this} standing for {@code key}: an {@link Instant}, a
   * {@link Duration}, a {@link Number}, a {@link String} or a {@link Boolean}.
   *
   * @throws IllegalStateException when a variable has no value or the operator does not fit
   */
  public static Object evaluate(Parsed parsed, String key, Variables variables) {
    Object left = value(parsed.left(), key, variables);
    if (parsed.right() == null) {
      return left;
    }
    Object right = value(parsed.right(), key, variables);
    return apply(left, parsed.operator(), right, parsed);
  }

  private static Object value(Operand operand, String key, Variables variables) {
    if (operand.variable() == null) {
      return operand.number() != null ? operand.number() : operand.span();
    }
    String name = operand.variable();
    if (name.equals("this")) {
      if (key == null || key.equals("this")) {
        throw new IllegalStateException(
            "'this' stands for the parameter's own name; there is none");
      }
      name = key;
    }
    return variables.value(name);
  }

  private static Object apply(Object a, String op, Object b, Parsed parsed) {
    if (a instanceof Number x && b instanceof Number y) {
      boolean integral = !(x instanceof Double) && !(y instanceof Double) && !(x instanceof Float);
      double p = x.doubleValue();
      double q = y.doubleValue();
      return switch (op) {
        case "+" -> integral ? (Object) (x.longValue() + y.longValue()) : p + q;
        case "-" -> integral ? (Object) (x.longValue() - y.longValue()) : p - q;
        case "*" -> integral ? (Object) (x.longValue() * y.longValue()) : p * q;
        case "/" -> p / q;
        case "==" -> p == q;
        case "!=" -> p != q;
        case "<" -> p < q;
        case "<=" -> p <= q;
        case ">" -> p > q;
        default -> p >= q;
      };
    }
    if (a instanceof Instant t && b instanceof Duration d) {
      if (op.equals("+")) {
        return t.plus(d);
      }
      if (op.equals("-")) {
        return t.minus(d);
      }
    }
    if (a instanceof Duration d && b instanceof Instant t && op.equals("+")) {
      return t.plus(d);
    }
    if (a instanceof Duration d && b instanceof Duration e) {
      if (op.equals("+")) {
        return d.plus(e);
      }
      if (op.equals("-")) {
        return d.minus(e);
      }
    }
    if (a instanceof Duration d && b instanceof Number n && op.equals("*")) {
      return Duration.ofMillis(Math.round(d.toMillis() * n.doubleValue()));
    }
    if (a instanceof Number n && b instanceof Duration d && op.equals("*")) {
      return Duration.ofMillis(Math.round(d.toMillis() * n.doubleValue()));
    }
    if (a instanceof Instant s && b instanceof Instant t) {
      int c = s.compareTo(t);
      switch (op) {
        case "==":
          return c == 0;
        case "!=":
          return c != 0;
        case "<":
          return c < 0;
        case "<=":
          return c <= 0;
        case ">":
          return c > 0;
        case ">=":
          return c >= 0;
        case "-":
          return Duration.between(t, s);
        default:
          break;
      }
    }
    throw new IllegalStateException(
        "'" + parsed + "': cannot apply " + op + " to " + describe(a) + " and " + describe(b));
  }

  private static String describe(Object o) {
    return o == null ? "nothing" : o.getClass().getSimpleName() + " " + o;
  }
}
