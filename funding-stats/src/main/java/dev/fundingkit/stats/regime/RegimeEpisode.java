package dev.fundingkit.stats.regime;

import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One episode of a funding regime over the half-open window {@code [start, end)}, with the
 * minimum and the time-weighted mean of the funding rate over it, each a {@link FundingRate}
 * with its interval (the detector reports them per 8 hours whatever the venue's interval).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the regime
 * @param start the first instant in the episode
 * @param end the first instant after it, after {@code start}
 * @param minimum the lowest rate in the episode
 * @param mean the time-weighted mean rate, per the minimum's interval and {@code >= minimum}
 */
public record RegimeEpisode(
    RegimeKind kind, Instant start, Instant end, FundingRate minimum, FundingRate mean)
    implements java.io.Serializable {

  private static final Duration EIGHT_HOURS = Duration.ofHours(8);

  /**
   * Validates the episode.
   *
   * @param kind the regime
   * @param start the first instant in the episode
   * @param end the first instant after it, after {@code start}
   * @param minimum the lowest rate
   * @param mean the time-weighted mean rate, per the minimum's interval and {@code >= minimum}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public RegimeEpisode {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(mean, "mean");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start " + start + ", was " + end);
    }
    if (!mean.interval().equals(minimum.interval())) {
      throw new IllegalArgumentException("mean must be per the minimum's interval "
          + minimum.interval() + ", was " + mean.interval());
    }
    if (mean.value() < minimum.value()) {
      throw new IllegalArgumentException(
          "mean must be >= minimum " + minimum + ", was " + mean);
    }
  }

  /**
   * An episode.
   *
   * @param kind the regime
   * @param start the first instant in the episode
   * @param end the first instant after it, after {@code start}
   * @param minimum the lowest rate
   * @param mean the time-weighted mean rate, per the minimum's interval and {@code >= minimum}
   * @return the episode
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public static RegimeEpisode of(
      RegimeKind kind, Instant start, Instant end, FundingRate minimum, FundingRate mean) {
    return new RegimeEpisode(kind, start, end, minimum, mean);
  }

  /**
   * An episode from rates per 8 hours, the detector's basis.
   *
   * @param kind the regime
   * @param start the first instant in the episode
   * @param end the first instant after it, after {@code start}
   * @param minimumPer8h the lowest rate per 8 h, finite
   * @param meanPer8h the time-weighted mean rate per 8 h, finite and {@code >= minimumPer8h}
   * @return the episode
   * @throws NullPointerException if {@code kind}, {@code start} or {@code end} is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public static RegimeEpisode ofPer8h(
      RegimeKind kind, Instant start, Instant end, double minimumPer8h, double meanPer8h) {
    return new RegimeEpisode(kind, start, end, FundingRate.of(minimumPer8h, EIGHT_HOURS),
        FundingRate.of(meanPer8h, EIGHT_HOURS));
  }

  /**
   * How long the episode lasted.
   *
   * @return {@code end − start}, positive
   */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /**
   * Whether an instant falls in the episode's half-open window.
   *
   * @param instant the instant
   * @return {@code start <= instant < end}
   * @throws NullPointerException if {@code instant} is null
   */
  public boolean contains(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(start) && instant.isBefore(end);
  }
}
