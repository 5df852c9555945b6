package io.sep2.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document type, with every element set, is read back equal to what was written. */
class RoundTripTest {

  static Stream<Sep2Document> samples() {
    return FullSamples.all().stream();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("samples")
  void compactRoundTrip(Sep2Document sample) {
    Sep2Xml xml = Sep2Xml.create();
    byte[] written = xml.write(sample);
    ReadResult<? extends Sep2Document> read = xml.read(written, sample.getClass());
    assertThat(read.errors())
        .as(new String(written, java.nio.charset.StandardCharsets.UTF_8))
        .isEmpty();
    assertThat(read.findings()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(sample);
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("samples")
  void indentedRoundTripThroughTheGenericReader(Sep2Document sample) {
    Sep2Xml xml = Sep2Xml.create().withIndentation(true);
    ReadResult<Sep2Document> read = xml.read(xml.write(sample));
    assertThat(read.errors()).isEmpty();
    assertThat(read.findings()).isEmpty();
    assertThat(read.orElseThrow()).isEqualTo(sample);
  }
}
