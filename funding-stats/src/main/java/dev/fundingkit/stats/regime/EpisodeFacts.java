package dev.fundingkit.stats.regime;

import dev.fundingkit.core.ArgChecks;
import java.time.Duration;
import java.util.Objects;

/**
 * What is known about a negative-funding episode when judging its cause: its rate level, how
 * open interest and the price changed over it, and how long it lasted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ratePer8h the episode's rate level, a fraction per 8 hours, finite
 * @param openInterestChange the relative change of open interest over the episode, finite and
 *     {@code > -1} ({@code 0.1} is +10%)
 * @param priceChange the relative change of the price over the episode, finite and
 *     {@code > -1}
 * @param duration how long the episode lasted, positive
 */
public record EpisodeFacts(
    double ratePer8h, double openInterestChange, double priceChange, Duration duration) {

  private static final double SECONDS_PER_DAY = 86_400;

  /**
   * Validates the facts.
   *
   * @param ratePer8h the rate level per 8 hours, finite
   * @param openInterestChange the relative OI change, finite and {@code > -1}
   * @param priceChange the relative price change, finite and {@code > -1}
   * @param duration the episode's length, positive
   * @throws NullPointerException if {@code duration} is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public EpisodeFacts {
    ratePer8h = ArgChecks.finite("ratePer8h", ratePer8h);
    openInterestChange = relativeChange("openInterestChange", openInterestChange);
    priceChange = relativeChange("priceChange", priceChange);
    ArgChecks.positive("duration", duration);
  }

  /**
   * Facts given directly.
   *
   * @param ratePer8h the rate level per 8 hours, finite
   * @param openInterestChange the relative OI change, finite and {@code > -1}
   * @param priceChange the relative price change, finite and {@code > -1}
   * @param duration the episode's length, positive
   * @return the facts
   * @throws NullPointerException if {@code duration} is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public static EpisodeFacts of(
      double ratePer8h, double openInterestChange, double priceChange, Duration duration) {
    return new EpisodeFacts(ratePer8h, openInterestChange, priceChange, duration);
  }

  /**
   * Facts for a detected episode: its time-weighted mean rate and duration, with the open
   * interest and price changes measured over {@code [start, end)} by the caller.
   *
   * @param episode the episode
   * @param openInterestChange the relative OI change over it, finite and {@code > -1}
   * @param priceChange the relative price change over it, finite and {@code > -1}
   * @return the facts
   * @throws NullPointerException if {@code episode} is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public static EpisodeFacts of(
      RegimeEpisode episode, double openInterestChange, double priceChange) {
    Objects.requireNonNull(episode, "episode");
    return new EpisodeFacts(
        episode.meanRate(), openInterestChange, priceChange, episode.duration());
  }

  /**
   * The observed value of a feature, in the unit its signature bands use.
   *
   * @param feature the feature
   * @return the rate per 8 h, the OI or price change as a fraction, or the duration in days
   * @throws NullPointerException if {@code feature} is null
   */
  public double value(CauseFeature feature) {
    Objects.requireNonNull(feature, "feature");
    double days = (duration.getSeconds() + duration.getNano() / 1e9) / SECONDS_PER_DAY;
    return new double[] {ratePer8h, openInterestChange, priceChange, days}[feature.ordinal()];
  }

  private static double relativeChange(String name, double value) {
    ArgChecks.finite(name, value);
    if (value <= -1) {
      throw new IllegalArgumentException(name + " must be > -1, was " + value);
    }
    return value + 0.0;
  }
}
