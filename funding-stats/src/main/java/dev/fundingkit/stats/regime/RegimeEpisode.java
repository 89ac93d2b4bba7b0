package dev.fundingkit.stats.regime;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One episode of a funding regime over the half-open window {@code [start, end)}, with the
 * minimum and the time-weighted mean of the funding rate over it. Rates are fractions
 * <b>per 8 hours</b> whatever the venue's interval ({@code -0.0001} is {@code -0.01%/8h}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the regime
 * @param start the first instant in the episode
 * @param end the first instant after it, after {@code start}
 * @param minimumRate the lowest rate in the episode, per 8 h, finite
 * @param meanRate the time-weighted mean rate, per 8 h, finite and {@code >= minimumRate}
 */
public record RegimeEpisode(
    RegimeKind kind, Instant start, Instant end, double minimumRate, double meanRate) {

  /**
   * Validates the episode.
   *
   * @param kind the regime
   * @param start the first instant in the episode
   * @param end the first instant after it, after {@code start}
   * @param minimumRate the lowest rate, per 8 h, finite
   * @param meanRate the time-weighted mean rate, per 8 h, finite and {@code >= minimumRate}
   * @throws NullPointerException if {@code kind}, {@code start} or {@code end} is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public RegimeEpisode {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start " + start + ", was " + end);
    }
    minimumRate = ArgChecks.finite("minimumRate", minimumRate);
    meanRate = ArgChecks.finite("meanRate", meanRate);
    if (meanRate < minimumRate) {
      throw new IllegalArgumentException(
          "meanRate must be >= minimumRate " + minimumRate + ", was " + meanRate);
    }
  }

  /**
   * An episode.
   *
   * @param kind the regime
   * @param start the first instant in the episode
   * @param end the first instant after it, after {@code start}
   * @param minimumRate the lowest rate, per 8 h, finite
   * @param meanRate the time-weighted mean rate, per 8 h, finite and {@code >= minimumRate}
   * @return the episode
   * @throws NullPointerException if {@code kind}, {@code start} or {@code end} is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public static RegimeEpisode of(
      RegimeKind kind, Instant start, Instant end, double minimumRate, double meanRate) {
    return new RegimeEpisode(kind, start, end, minimumRate, meanRate);
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

  /**
   * The lowest rate in the episode with its interval.
   *
   * @return {@code minimumRate()} per 8 h
   */
  public FundingRate minimum() {
    return FundingRate.of(minimumRate, Duration.ofHours(8));
  }

  /**
   * The time-weighted mean rate of the episode with its interval.
   *
   * @return {@code meanRate()} per 8 h
   */
  public FundingRate mean() {
    return FundingRate.of(meanRate, Duration.ofHours(8));
  }
}
