package io.sep2.server.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeValuesTest {

  private static long epoch(String instant) {
    return Instant.parse(instant).getEpochSecond();
  }

  @Test
  void utcHasNoDaylightSaving() {
    Instant now = Instant.parse("2025-07-01T12:00:00.750Z");

    TimeValues time = TimeValues.at(now, ZoneId.of("UTC"));

    assertThat(time)
        .isEqualTo(
            new TimeValues(
                epoch("2025-07-01T12:00:00Z"), 0, 0, 0, epoch("2025-07-01T12:00:00Z"), 0));
  }

  @Test
  void californiaInSummerIsInsideTheCurrentDstPeriod() {
    Instant now = Instant.parse("2025-07-01T12:00:00Z");

    TimeValues time = TimeValues.at(now, ZoneId.of("America/Los_Angeles"));

    assertThat(time.tzOffset()).isEqualTo(-8 * 3600);
    assertThat(time.dstOffset()).isEqualTo(3600);
    assertThat(time.dstStartTime()).isEqualTo(epoch("2025-03-09T10:00:00Z"));
    assertThat(time.dstEndTime()).isEqualTo(epoch("2025-11-02T09:00:00Z"));
    assertThat(time.localTime()).isEqualTo(time.currentTime() - 7 * 3600);
  }

  @Test
  void californiaInWinterAnnouncesTheNextDstPeriod() {
    Instant now = Instant.parse("2025-01-15T12:00:00Z");

    TimeValues time = TimeValues.at(now, ZoneId.of("America/Los_Angeles"));

    assertThat(time.dstStartTime()).isEqualTo(epoch("2025-03-09T10:00:00Z"));
    assertThat(time.dstEndTime()).isEqualTo(epoch("2025-11-02T09:00:00Z"));
    assertThat(time.dstOffset()).isEqualTo(3600);
    assertThat(time.localTime()).isEqualTo(time.currentTime() - 8 * 3600);
  }

  @Test
  void southernHemisphereDstSpansTheNewYear() {
    Instant now = Instant.parse("2025-01-15T00:00:00Z");

    TimeValues time = TimeValues.at(now, ZoneId.of("Australia/Sydney"));

    assertThat(time.tzOffset()).isEqualTo(10 * 3600);
    assertThat(time.dstStartTime()).isEqualTo(epoch("2024-10-05T16:00:00Z"));
    assertThat(time.dstEndTime()).isEqualTo(epoch("2025-04-05T16:00:00Z"));
    assertThat(time.localTime()).isEqualTo(time.currentTime() + 11 * 3600);
  }

  @Test
  void aZoneThatDroppedDstHasNone() {
    TimeValues time = TimeValues.at(Instant.parse("2025-07-01T00:00:00Z"), ZoneId.of("Asia/Tokyo"));

    assertThat(time.dstOffset()).isZero();
    assertThat(time.dstStartTime()).isZero();
    assertThat(time.dstEndTime()).isZero();
    assertThat(time.tzOffset()).isEqualTo(9 * 3600);
  }
}
