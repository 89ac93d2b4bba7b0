package dev.fundingkit.core.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FundingIntervalsTest {

  @Test
  void hours_countsSecondsAndNanos() {
    assertEquals(8.0, FundingIntervals.hours(Duration.ofHours(8)), 0);
    assertEquals(1.5, FundingIntervals.hours(Duration.ofMinutes(90)), 0);
    // 1 h 30 min 0.36 s = 1.5 h + 0.36 s / 3600 s = 1.5001 h: the nanosecond part counts.
    assertEquals(1.5001, FundingIntervals.hours(Duration.ofSeconds(5400, 360_000_000)), 1e-15);
    assertEquals(1e-4, FundingIntervals.hours(Duration.ofNanos(360_000_000)), 1e-19);
    assertThrows(IllegalArgumentException.class, () -> FundingIntervals.hours(Duration.ZERO));
  }

  @Test
  void periodsPerYear_isTheIntervalsInA365DayYear() {
    assertEquals(1095, FundingIntervals.periodsPerYear(Duration.ofHours(8)), 0);
    assertEquals(8760, FundingIntervals.periodsPerYear(Duration.ofHours(1)), 0);
  }
}
