package dev.fundingkit.core.schedule;

import java.io.Serializable;
import dev.fundingkit.core.ArgChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of settlements on one interval, as found by {@link IntervalInference}: from the
 * first settlement whose period had this length to the last one.
 *
 * <p>{@code count} counts the settlements actually observed; with missing rows it is smaller
 * than {@code (end − start) / interval + 1}. Immutable and thread-safe.
 *
 * @param start the first settlement in the stretch (as stamped by the venue)
 * @param end the last settlement in the stretch, not before {@code start}
 * @param interval the settlement interval, positive
 * @param count how many settlements were observed, at least 1
 */
public record IntervalSegment(Instant start, Instant end, Duration interval, int count) implements Serializable {

  /**
   * Validates the segment.
   *
   * @param start the first settlement in the stretch
   * @param end the last settlement in the stretch, not before {@code start}
   * @param interval the settlement interval, positive
   * @param count how many settlements were observed, at least 1
   * @throws NullPointerException if an instant or the interval is null
   * @throws IllegalArgumentException if {@code end} is before {@code start}, the interval is
   *     not positive or {@code count} is below 1
   */
  public IntervalSegment {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "end must not be before start (" + start + "), was " + end);
    }
    ArgChecks.positive("interval", interval);
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, was " + count);
    }
  }
}
