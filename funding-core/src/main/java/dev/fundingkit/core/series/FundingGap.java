package dev.fundingkit.core.series;

import dev.fundingkit.core.rate.FundingIntervals;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A hole in a {@link FundingSeries}: two consecutive points further apart than the schedule
 * allows, with the settlements the schedule expected between them and the data lacks.
 *
 * <p>{@code lastBefore} and {@code firstAfter} are the points on either side (both present in
 * the series); {@code interval} is the interval the schedule follows across the hole (that of
 * the point after it); {@code missingSettlements} how many settlements fit in the hole. The
 * expected instants are {@code lastBefore + k × interval} for {@code k = 1 … missing}.
 *
 * <p>Values are produced by {@link FundingSeries#gaps()}; the public factory exists for tests
 * and for data from elsewhere and checks the same consistency. Immutable, thread-safe and
 * serializable (a record: deserialization goes through the validating constructor).
 *
 * @param lastBefore the last point before the hole
 * @param firstAfter the first point after the hole, later than {@code lastBefore}
 * @param interval the schedule's interval across the hole, positive
 * @param missingSettlements how many expected settlements have no row, at least 1
 */
public record FundingGap(Instant lastBefore, Instant firstAfter, Duration interval,
    int missingSettlements) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the gap.
   *
   * @param lastBefore the last point before the hole
   * @param firstAfter the first point after the hole, later than {@code lastBefore}
   * @param interval the schedule's interval across the hole, positive
   * @param missingSettlements how many expected settlements have no row, at least 1
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code firstAfter} is not after {@code lastBefore},
   *     the interval is not positive, fewer than one settlement is missing, or more
   *     settlements are said missing than fit between the two points
   */
  public FundingGap {
    Objects.requireNonNull(lastBefore, "lastBefore");
    Objects.requireNonNull(firstAfter, "firstAfter");
    Objects.requireNonNull(interval, "interval");
    if (!firstAfter.isAfter(lastBefore)) {
      throw new IllegalArgumentException("firstAfter must be after lastBefore (" + lastBefore
          + "), was " + firstAfter);
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive, was " + interval);
    }
    if (missingSettlements < 1) {
      throw new IllegalArgumentException(
          "missingSettlements must be >= 1, was " + missingSettlements);
    }
    Duration hole = Duration.between(lastBefore, firstAfter);
    if (interval.multipliedBy(missingSettlements).compareTo(hole) >= 0) {
      throw new IllegalArgumentException("missingSettlements must fit strictly between "
          + lastBefore + " and " + firstAfter + " at " + FundingIntervals.format(interval)
          + ", was " + missingSettlements);
    }
  }

  /**
   * The time with no data: from the last point before the hole to the first after it.
   *
   * @return {@code firstAfter − lastBefore}
   */
  public Duration length() {
    return Duration.between(lastBefore, firstAfter);
  }

  /**
   * The settlement instants the schedule expected inside the hole, oldest first.
   *
   * @return an unmodifiable list of {@link #missingSettlements()} instants
   */
  public List<Instant> expectedSettlements() {
    List<Instant> out = new ArrayList<>(missingSettlements);
    for (int k = 1; k <= missingSettlements; k++) {
      out.add(lastBefore.plus(interval.multipliedBy(k)));
    }
    return List.copyOf(out);
  }

  /**
   * Whether the hole overlaps the half-open window {@code [startInclusive, endExclusive)},
   * i.e. whether a position held over that window was held across missing data.
   *
   * @param startInclusive the window's start
   * @param endExclusive the window's end
   * @return true if some instant strictly inside the hole lies in the window
   * @throws NullPointerException if an argument is null
   */
  public boolean overlaps(Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    return startInclusive.isBefore(firstAfter) && endExclusive.isAfter(lastBefore)
        && endExclusive.isAfter(startInclusive);
  }
}
