package dev.fundingkit.stats.summary;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time covered by consecutive prints that all met a condition (e.g. funding below
 * −0.02% per 8 h). It starts where the first print's interval starts and ends at the last
 * print's settlement, so three consecutive 8-hourly prints make a 24 h run.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the start of the first print's interval
 * @param end the settlement instant of the last print, after {@code start}
 * @param prints how many prints the run holds, {@code ≥ 1}
 */
public record TimeRun(Instant start, Instant end, int prints) implements java.io.Serializable {

  /**
   * Validates the run.
   *
   * @param start the start of the first print's interval
   * @param end the settlement instant of the last print, after {@code start}
   * @param prints how many prints the run holds, {@code ≥ 1}
   * @throws NullPointerException if {@code start} or {@code end} is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start} or
   *     {@code prints < 1}
   */
  public TimeRun {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start (" + start + "), was " + end);
    }
    if (prints < 1) {
      throw new IllegalArgumentException("prints must be >= 1, was " + prints);
    }
  }

  /**
   * How long the run lasted.
   *
   * @return {@code end − start}, positive
   */
  public Duration duration() {
    return Duration.between(start, end);
  }
}
