package io.sep2.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionsTest {

  static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  static final Map<String, Object> VALUES =
      Map.of("now", NOW, "setMaxW", 5000.0, "rtgMaxW", 6000.0, "maxExportW", 4000.0);

  static Object eval(String text, String key) {
    return Expressions.evaluate(Expressions.parse(text), key, VALUES::get);
  }

  @Test
  void timeDeltas() {
    assertThat(eval("$(now + '2 minutes')", null)).isEqualTo(NOW.plusSeconds(120));
    assertThat(eval("$(now - '60 seconds')", null)).isEqualTo(NOW.minusSeconds(60));
    assertThat(eval("$(now + '1.5 hrs')", null)).isEqualTo(NOW.plusSeconds(5400));
    assertThat(eval("$(now + \"1 day\")", null)).isEqualTo(NOW.plusSeconds(86400));
    assertThat(eval("$(now + '-5 mins')", null)).isEqualTo(NOW.minusSeconds(300));
    assertThat(eval("$now", null)).isEqualTo(NOW);
    assertThat(eval("  $(now)", null)).isEqualTo(NOW);
  }

  @Test
  void arithmeticAndComparisons() {
    assertThat(eval("$(maxExportW * 0.5)", null)).isEqualTo(2000.0);
    assertThat(eval("$(0 - setMaxW)", null)).isEqualTo(-5000.0);
    assertThat(eval("$(2 * 3)", null)).isEqualTo(6L);
    assertThat(eval("$(setMaxW / 2)", null)).isEqualTo(2500.0);
    assertThat(eval("$(this <= rtgMaxW)", "setMaxW")).isEqualTo(true);
    assertThat(eval("$(this > rtgMaxW)", "setMaxW")).isEqualTo(false);
    assertThat(eval("$(this == setMaxW)", "setMaxW")).isEqualTo(true);
    assertThat(eval("$('2 minutes' * 2)", null)).isEqualTo(Duration.ofMinutes(4));
  }

  @Test
  void recognisesExpressions() {
    assertThat(Expressions.isExpression("$now")).isTrue();
    assertThat(Expressions.isExpression("/edev/1")).isFalse();
    assertThat(Expressions.isExpression("costs \\$5")).isFalse();
  }

  @Test
  void rejectsWhatTheLanguageDoesNotHave() {
    assertThatThrownBy(() -> Expressions.parse("$(a + b + c)"))
        .hasMessageContaining("one operand or 'operand OP operand'");
    assertThatThrownBy(() -> Expressions.parse("$(-setMaxW)")).hasMessageContaining("unary");
    assertThatThrownBy(() -> Expressions.parse("x $now")).hasMessageContaining("text before $");
    assertThatThrownBy(() -> Expressions.parse("$(now) later")).hasMessageContaining("follows it");
    assertThatThrownBy(() -> Expressions.parse("$(now")).hasMessageContaining("no closing");
    assertThatThrownBy(() -> Expressions.parse("$()")).hasMessageContaining("empty");
    assertThatThrownBy(() -> Expressions.parse("$(now + '2 fortnights')"))
        .hasMessageContaining("unknown time unit");
    assertThatThrownBy(() -> Expressions.parse("$(unknownThing)"))
        .hasMessageContaining("unknown variable 'unknownThing'");
  }

  @Test
  void typeErrorsAtRunTime() {
    assertThatThrownBy(() -> eval("$(now * 2)", null)).hasMessageContaining("cannot apply *");
    assertThatThrownBy(() -> eval("$(this <= rtgMaxW)", null))
        .hasMessageContaining("parameter's own name");
  }
}
