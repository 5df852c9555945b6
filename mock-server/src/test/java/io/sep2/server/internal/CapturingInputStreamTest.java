package io.sep2.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The copy of a client's first bytes grows to its limit, and is released after the handshake. */
class CapturingInputStreamTest {

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    new Random(n).nextBytes(b);
    return b;
  }

  @Test
  void keepsEveryByteUpToTheLimitWhateverTheReadSizes() throws IOException {
    byte[] sent = bytes(5000);
    CapturingInputStream in = new CapturingInputStream(new ByteArrayInputStream(sent), 3000);

    assertThat(in.read()).isEqualTo(sent[0] & 0xff);
    byte[] buffer = new byte[700];
    int total = 1;
    int n;
    while ((n = in.read(buffer, 0, buffer.length)) > 0) {
      assertThat(buffer).startsWith(Arrays.copyOfRange(sent, total, total + n));
      total += n;
    }

    assertThat(total).isEqualTo(5000);
    assertThat(in.captured()).isEqualTo(Arrays.copyOf(sent, 3000));
    assertThat(in.endOfStream()).isTrue();
  }

  @Test
  void finishReturnsTheCopyAndKeepsNothingAfterwards() throws IOException {
    byte[] sent = bytes(4000);
    CapturingInputStream in = new CapturingInputStream(new ByteArrayInputStream(sent), 16384);
    in.readNBytes(2500);

    assertThat(in.finish()).isEqualTo(Arrays.copyOf(sent, 2500));
    in.readNBytes(1500);
    assertThat(in.captured()).isEmpty();
    assertThat(in.finish()).isEmpty();
  }

  @Test
  void aZeroLimitKeepsNothingAndANegativeOneIsRefused() throws IOException {
    CapturingInputStream in = new CapturingInputStream(new ByteArrayInputStream(bytes(10)), 0);
    assertThat(in.readAllBytes()).hasSize(10);
    assertThat(in.captured()).isEmpty();
    assertThatThrownBy(() -> new CapturingInputStream(new ByteArrayInputStream(bytes(1)), -1))
        .hasMessageContaining("was -1");
  }
}
