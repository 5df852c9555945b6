package io.sep2.server.internal.resources;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Objects;

/**
 * The values of a 2030.5 {@code Time} resource at one instant in one time zone, all in seconds.
 *
 * <p>2030.5 describes local time as {@code localTime = currentTime + tzOffset (+ dstOffset while
 * daylight saving time is in effect)}: {@code tzOffset} is the standard offset without DST, {@code
 * dstOffset} the amount added during DST, and {@code dstStartTime}/{@code dstEndTime} bound the
 * current DST period, or the next one when DST is not in effect. A zone without DST (such as UTC)
 * has {@code dstOffset}, {@code dstStartTime} and {@code dstEndTime} all {@code 0}.
 *
 * @param currentTime seconds since the Unix epoch (TimeType)
 * @param dstEndTime when the current or next DST period ends, or 0 without DST
 * @param dstOffset seconds added to local time during DST, or 0 without DST
 * @param dstStartTime when the current or next DST period starts, or 0 without DST
 * @param localTime currentTime plus the offset in effect now
 * @param tzOffset the zone's standard offset from UTC, without DST
 */
public record TimeValues(
    long currentTime,
    long dstEndTime,
    long dstOffset,
    long dstStartTime,
    long localTime,
    long tzOffset) {

  /** Computes the values for {@code instant} (truncated to whole seconds) in {@code zone}. */
  public static TimeValues at(Instant instant, ZoneId zone) {
    Objects.requireNonNull(instant, "instant");
    ZoneRules rules = Objects.requireNonNull(zone, "zone").getRules();
    long now = instant.getEpochSecond();
    long tzOffset = rules.getStandardOffset(instant).getTotalSeconds();
    long localTime = now + rules.getOffset(instant).getTotalSeconds();

    long dstStart = 0;
    long dstEnd = 0;
    long dstOffset = 0;
    if (rules.isDaylightSavings(instant)) {
      ZoneOffsetTransition began = rules.previousTransition(instant);
      ZoneOffsetTransition ends = rules.nextTransition(instant);
      if (began != null && ends != null) {
        dstStart = began.getInstant().getEpochSecond();
        dstEnd = ends.getInstant().getEpochSecond();
        dstOffset = rules.getDaylightSavings(instant).getSeconds();
      }
    } else {
      ZoneOffsetTransition next = rules.nextTransition(instant);
      if (next != null && rules.isDaylightSavings(next.getInstant())) {
        ZoneOffsetTransition after = rules.nextTransition(next.getInstant());
        if (after != null) {
          dstStart = next.getInstant().getEpochSecond();
          dstEnd = after.getInstant().getEpochSecond();
          dstOffset = rules.getDaylightSavings(next.getInstant()).getSeconds();
        }
      }
    }
    return new TimeValues(now, dstEnd, dstOffset, dstStart, localTime, tzOffset);
  }
}
