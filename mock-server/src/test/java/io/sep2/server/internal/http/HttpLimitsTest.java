package io.sep2.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpLimitsTest {

  @Test
  void defaultsAreDocumented() {
    assertThat(HttpLimits.DEFAULTS)
        .isEqualTo(new HttpLimits(8192, 100, 1024 * 1024, Duration.ofSeconds(30)));
  }

  @Test
  void badValuesAreRejectedWithTheValue() {
    assertThatThrownBy(() -> HttpLimits.DEFAULTS.withMaxHeaderCount(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxHeaderCount")
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> HttpLimits.DEFAULTS.withMaxHeaderLineLength(3))
        .hasMessageContaining("was 3");
    assertThatThrownBy(() -> HttpLimits.DEFAULTS.withMaxBodyBytes(-1))
        .hasMessageContaining("was -1");
    assertThatThrownBy(() -> HttpLimits.DEFAULTS.withReadTimeout(Duration.ZERO))
        .hasMessageContaining("PT0S");
  }
}
