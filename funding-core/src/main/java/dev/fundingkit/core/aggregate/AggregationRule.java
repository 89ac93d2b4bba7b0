package dev.fundingkit.core.aggregate;

import java.io.Serializable;
import java.io.ObjectInputStream;
import java.io.InvalidObjectException;
import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How to aggregate venues' funding rates at an instant.
 *
 * <p>Steps, in order: (1) every reading dated after the instant is excluded as
 * {@link ExclusionReason#FUTURE}, every reading older than {@link #maxAge()} as
 * {@link ExclusionReason#STALE} (age {@code at − observedAt}; exactly {@code maxAge} still
 * counts), every reading whose raw weight is zero as {@link ExclusionReason#ZERO_WEIGHT}, and
 * every expected venue without a reading as {@link ExclusionReason#MISSING}; (2) each remaining
 * rate is rescaled linearly to {@link #commonInterval()} (default 8 h), because an hourly and
 * an 8-hourly rate are not comparable until then; (3) the aggregate is the weighted mean
 * {@code Σ w_i r_i / Σ w_i}, computed as {@code r_0 + Σ (w_i / W)(r_i − r_0)} so that equal
 * rates aggregate to exactly that rate.
 *
 * <p>Defaults: {@link Weighting#OPEN_INTEREST}, common interval 8 h, maximum age 1 h
 * (readings are current rates polled from venues; an hour without an update means a broken
 * feed). Immutable and thread-safe.
 */
public final class AggregationRule implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The default common interval: 8 hours, the most common settlement interval. */
  public static final Duration DEFAULT_COMMON_INTERVAL = Duration.ofHours(8);

  /** The default maximum age of a reading: 1 hour. */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(1);

  private final Weighting weighting;
  private final Duration commonInterval;
  private final Duration maxAge;

  private AggregationRule(Weighting weighting, Duration commonInterval, Duration maxAge) {
    this.weighting = Objects.requireNonNull(weighting, "weighting");
    this.commonInterval = ArgChecks.positive("commonInterval", commonInterval);
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    if (maxAge.isNegative()) {
      throw new IllegalArgumentException("maxAge must be >= 0, was " + maxAge);
    }
  }

  /**
   * The rule with a weighting and the default interval and maximum age.
   *
   * @param weighting how venues are weighted
   * @return the rule
   * @throws NullPointerException if {@code weighting} is null
   */
  public static AggregationRule of(Weighting weighting) {
    return new AggregationRule(weighting, DEFAULT_COMMON_INTERVAL, DEFAULT_MAX_AGE);
  }

  /**
   * A copy with another common interval.
   *
   * @param newInterval the interval every rate is rescaled to, positive
   * @return the new rule
   * @throws NullPointerException if {@code newInterval} is null
   * @throws IllegalArgumentException if {@code newInterval} is not positive
   */
  public AggregationRule withCommonInterval(Duration newInterval) {
    return new AggregationRule(weighting, newInterval, maxAge);
  }

  /**
   * A copy with another maximum age.
   *
   * @param newMaxAge the oldest a reading may be, zero or more
   * @return the new rule
   * @throws NullPointerException if {@code newMaxAge} is null
   * @throws IllegalArgumentException if {@code newMaxAge} is negative
   */
  public AggregationRule withMaxAge(Duration newMaxAge) {
    return new AggregationRule(weighting, commonInterval, newMaxAge);
  }

  /**
   * A copy with another weighting.
   *
   * @param newWeighting how venues are weighted
   * @return the new rule
   * @throws NullPointerException if {@code newWeighting} is null
   */
  public AggregationRule withWeighting(Weighting newWeighting) {
    return new AggregationRule(newWeighting, commonInterval, maxAge);
  }

  /**
   * The weighting.
   *
   * @return how venues are weighted
   */
  public Weighting weighting() {
    return weighting;
  }

  /**
   * The common interval.
   *
   * @return the interval rates are rescaled to
   */
  public Duration commonInterval() {
    return commonInterval;
  }

  /**
   * The maximum age.
   *
   * @return the oldest a reading may be
   */
  public Duration maxAge() {
    return maxAge;
  }

  /**
   * Aggregates the readings at an instant, expecting no particular venue.
   *
   * @param at the aggregation instant
   * @param readings one reading per venue
   * @return the aggregate
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a venue has two readings
   * @throws IllegalStateException if no venue contributes; the message lists every exclusion
   */
  public AggregatedFunding aggregate(Instant at, Collection<VenueReading> readings) {
    return aggregate(at, readings, Set.of());
  }

  /**
   * Aggregates the readings at an instant; expected venues without a reading are listed as
   * {@link ExclusionReason#MISSING}.
   *
   * @param at the aggregation instant
   * @param readings one reading per venue
   * @param expectedVenues the venue ids the caller expects to be covered
   * @return the aggregate
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a venue has two readings
   * @throws IllegalStateException if no venue contributes; the message lists every exclusion
   */
  public AggregatedFunding aggregate(
      Instant at, Collection<VenueReading> readings, Set<String> expectedVenues) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(readings, "readings");
    Objects.requireNonNull(expectedVenues, "expectedVenues");
    List<VenueReading> sorted = new ArrayList<>(readings);
    sorted.forEach(r -> Objects.requireNonNull(r, "readings element"));
    sorted.sort(Comparator.comparing(VenueReading::venue));
    Set<String> seen = new HashSet<>();
    List<VenueReading> usable = new ArrayList<>();
    List<VenueExclusion> excluded = new ArrayList<>();
    for (VenueReading r : sorted) {
      if (!seen.add(r.venue())) {
        throw new IllegalArgumentException(
            "readings must hold one reading per venue, '" + r.venue() + "' appears twice");
      }
      VenueExclusion why = exclusion(at, r);
      if (why == null) {
        usable.add(r);
      } else {
        excluded.add(why);
      }
    }
    for (String venue : new TreeSet<>(expectedVenues)) {
      if (!seen.contains(venue)) {
        excluded.add(new VenueExclusion(venue, ExclusionReason.MISSING, "no reading"));
      }
    }
    excluded.sort(Comparator.comparing(VenueExclusion::venue));
    if (usable.isEmpty()) {
      throw new IllegalStateException("no venue contributes to the funding aggregate at " + at
          + (excluded.isEmpty() ? ": no readings" : ": " + excluded.stream()
              .map(VenueExclusion::toString).collect(Collectors.joining("; "))));
    }
    return weigh(at, usable, excluded);
  }

  private AggregatedFunding weigh(
      Instant at, List<VenueReading> usable, List<VenueExclusion> excluded) {
    double total = 0.0;
    for (VenueReading r : usable) {
      total += weighting.rawWeight(r);
    }
    List<VenueContribution> parts = new ArrayList<>(usable.size());
    double pivot = usable.get(0).rate().rescaleTo(commonInterval).value();
    double offset = 0.0;
    for (VenueReading r : usable) {
      FundingRate normalised = r.rate().rescaleTo(commonInterval);
      double weight = weighting.rawWeight(r) / total;
      offset += weight * (normalised.value() - pivot);
      parts.add(new VenueContribution(r.venue(), r.rate(), normalised, weight));
    }
    return new AggregatedFunding(
        at, FundingRate.of(pivot + offset, commonInterval), weighting, parts, excluded);
  }

  // Null means the reading contributes; kept private so nulls never leave this class.
  private VenueExclusion exclusion(Instant at, VenueReading r) {
    if (r.observedAt().isAfter(at)) {
      return new VenueExclusion(r.venue(), ExclusionReason.FUTURE,
          "observed " + r.observedAt() + " after " + at);
    }
    Duration age = Duration.between(r.observedAt(), at);
    if (age.compareTo(maxAge) > 0) {
      return new VenueExclusion(r.venue(), ExclusionReason.STALE,
          "age " + age + " > max " + maxAge);
    }
    if (!(weighting.rawWeight(r) > 0)) {
      return new VenueExclusion(r.venue(), ExclusionReason.ZERO_WEIGHT,
          "zero " + weighting.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    return null;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof AggregationRule)) {
      return false;
    }
    AggregationRule other = (AggregationRule) obj;
    return weighting == other.weighting && commonInterval.equals(other.commonInterval)
        && maxAge.equals(other.maxAge);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weighting, commonInterval, maxAge);
  }

  @Override
  public String toString() {
    return weighting + "-weighted, normalised to " + commonInterval + ", max age " + maxAge;
  }

  private Object writeReplace() {
    return new SerializedForm(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("AggregationRule is read through its serialization proxy");
  }

  /** The serial form: what the factory needs, re-validated by it on reading. */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Weighting weighting;
    private final Duration commonInterval;
    private final Duration maxAge;

    SerializedForm(AggregationRule source) {
      this.weighting = source.weighting;
      this.commonInterval = source.commonInterval;
      this.maxAge = source.maxAge;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        return new AggregationRule(weighting, commonInterval, maxAge);
      } catch (RuntimeException e) {
        InvalidObjectException ex = new InvalidObjectException("invalid AggregationRule: " + e.getMessage());
        ex.initCause(e);
        throw ex;
      }
    }
  }
}
