package io.sep2.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HelloCaptureTest {

  @Test
  void aHelloIsCompleteOnlyWithItsLastByte() {
    byte[] hello = ClientHelloBuilder.boringSslHello().bytes();
    assertThat(HelloCapture.complete(hello)).isTrue();
    assertThat(HelloCapture.complete(Arrays.copyOf(hello, hello.length - 1))).isFalse();
    assertThat(HelloCapture.complete(Arrays.copyOf(hello, 3))).isFalse();
    assertThat(HelloCapture.complete(new byte[0])).isFalse();
  }

  @Test
  void aHelloFragmentedOverRecordsIsCompleteWithItsLastRecord() {
    byte[] records = ClientHelloBuilder.good2030_5Hello().records(7);
    assertThat(HelloCapture.complete(records)).isTrue();
    assertThat(HelloCapture.complete(Arrays.copyOf(records, records.length - 8))).isFalse();
  }

  @Test
  void plainHttpIsNoHelloToWaitFor() {
    assertThat(HelloCapture.complete("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII)))
        .isTrue();
  }

  @Test
  void capturesWhatAClientSendsInPieces() throws Exception {
    byte[] hello = ClientHelloBuilder.chromeHello().records(100);
    byte[] captured = HelloCapture.replay(hello);
    assertThat(captured).isEqualTo(hello);
  }

  @Test
  void aClientThatNeverConnectsFailsWithItsOutput() {
    assertThatThrownBy(() -> HelloCapture.fromCommand("sh", "-c", "echo no PORT for me; exit 3"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("client did not connect")
        .hasMessageContaining("exited with 3")
        .hasMessageMatching("(?s).*no \\d+ for me.*");
  }
}
