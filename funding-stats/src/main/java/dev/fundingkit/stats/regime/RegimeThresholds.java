package dev.fundingkit.stats.regime;

import dev.fundingkit.core.ArgChecks;
import java.time.Duration;

/**
 * The thresholds of {@link RegimeDetector}. Rate levels are fractions <b>per 8 hours</b>.
 *
 * <p>Defaults ({@link #defaults()}), from the domain brief §8:
 * <ul>
 *   <li>{@code negativeLevel = 0}: a rate below it is negative funding;
 *   <li>{@code persistentMinimum = 48h}: negative for at least this long is persistent;
 *   <li>{@code spikeSigmas = 3} and {@code spikeLevel = -0.0005} (−0.05%/8h, where the brief's
 *       "extreme" band starts): a rate is extreme when it is below {@code μ − k·sd} of the
 *       series <em>or</em> below {@code spikeLevel} (and below zero in any case); to use one
 *       rule alone, put the other out of reach (a huge {@code spikeSigmas}, or
 *       {@code spikeLevel = -1});
 *   <li>{@code spikeMaximum = 12h}: an extreme run shorter than this is a spike;
 *   <li>{@code spotRiseMinimum = 0.02} over at least {@code spotRiseMinimumDuration = 24h}: a
 *       negative run over which spot rose at least 2% is negative funding while spot rises.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param negativeLevel rates below this are negative, per 8 h, finite and {@code <= 0}
 * @param persistentMinimum the shortest persistent-negative episode, positive
 * @param spikeSigmas k of the {@code μ − k·sd} extreme level, finite and {@code > 0}
 * @param spikeLevel the absolute extreme level, per 8 h, finite and {@code < 0}
 * @param spikeMaximum spikes last less than this, positive
 * @param spotRiseMinimum the smallest spot rise (fraction) over the episode, {@code > 0}
 * @param spotRiseMinimumDuration the shortest spot-rise episode, positive
 */
public record RegimeThresholds(
    double negativeLevel,
    Duration persistentMinimum,
    double spikeSigmas,
    double spikeLevel,
    Duration spikeMaximum,
    double spotRiseMinimum,
    Duration spotRiseMinimumDuration) {

  private static final RegimeThresholds DEFAULTS = new RegimeThresholds(
      0.0, Duration.ofHours(48), 3.0, -0.0005, Duration.ofHours(12), 0.02, Duration.ofHours(24));

  /**
   * Validates the thresholds.
   *
   * @param negativeLevel rates below this are negative, per 8 h, finite and {@code <= 0}
   * @param persistentMinimum the shortest persistent-negative episode, positive
   * @param spikeSigmas k of the {@code μ − k·sd} extreme level, finite and {@code > 0}
   * @param spikeLevel the absolute extreme level, per 8 h, finite and {@code < 0}
   * @param spikeMaximum spikes last less than this, positive
   * @param spotRiseMinimum the smallest spot rise over the episode, finite and {@code > 0}
   * @param spotRiseMinimumDuration the shortest spot-rise episode, positive
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public RegimeThresholds {
    negativeLevel = ArgChecks.finite("negativeLevel", negativeLevel);
    if (negativeLevel > 0) {
      throw new IllegalArgumentException("negativeLevel must be <= 0, was " + negativeLevel);
    }
    ArgChecks.positive("persistentMinimum", persistentMinimum);
    ArgChecks.positive("spikeSigmas", spikeSigmas);
    ArgChecks.finite("spikeLevel", spikeLevel);
    if (!(spikeLevel < 0)) {
      throw new IllegalArgumentException("spikeLevel must be < 0, was " + spikeLevel);
    }
    ArgChecks.positive("spikeMaximum", spikeMaximum);
    ArgChecks.positive("spotRiseMinimum", spotRiseMinimum);
    ArgChecks.positive("spotRiseMinimumDuration", spotRiseMinimumDuration);
  }

  /**
   * The documented defaults.
   *
   * @return the default thresholds
   */
  public static RegimeThresholds defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another negative level.
   *
   * @param value per 8 h, finite and {@code <= 0}
   * @return the new thresholds
   * @throws IllegalArgumentException if the value is out of range
   */
  public RegimeThresholds withNegativeLevel(double value) {
    return new RegimeThresholds(value, persistentMinimum, spikeSigmas, spikeLevel, spikeMaximum,
        spotRiseMinimum, spotRiseMinimumDuration);
  }

  /**
   * A copy with another persistent minimum.
   *
   * @param value positive
   * @return the new thresholds
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the value is not positive
   */
  public RegimeThresholds withPersistentMinimum(Duration value) {
    return new RegimeThresholds(negativeLevel, value, spikeSigmas, spikeLevel, spikeMaximum,
        spotRiseMinimum, spotRiseMinimumDuration);
  }

  /**
   * A copy with another k for the {@code μ − k·sd} extreme level.
   *
   * @param value finite and {@code > 0}
   * @return the new thresholds
   * @throws IllegalArgumentException if the value is out of range
   */
  public RegimeThresholds withSpikeSigmas(double value) {
    return new RegimeThresholds(negativeLevel, persistentMinimum, value, spikeLevel,
        spikeMaximum, spotRiseMinimum, spotRiseMinimumDuration);
  }

  /**
   * A copy with another absolute extreme level.
   *
   * @param value per 8 h, finite and {@code < 0}
   * @return the new thresholds
   * @throws IllegalArgumentException if the value is out of range
   */
  public RegimeThresholds withSpikeLevel(double value) {
    return new RegimeThresholds(negativeLevel, persistentMinimum, spikeSigmas, value,
        spikeMaximum, spotRiseMinimum, spotRiseMinimumDuration);
  }

  /**
   * A copy with another spike maximum.
   *
   * @param value positive
   * @return the new thresholds
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the value is not positive
   */
  public RegimeThresholds withSpikeMaximum(Duration value) {
    return new RegimeThresholds(negativeLevel, persistentMinimum, spikeSigmas, spikeLevel,
        value, spotRiseMinimum, spotRiseMinimumDuration);
  }

  /**
   * A copy with another smallest spot rise.
   *
   * @param value a fraction, finite and {@code > 0}
   * @return the new thresholds
   * @throws IllegalArgumentException if the value is out of range
   */
  public RegimeThresholds withSpotRiseMinimum(double value) {
    return new RegimeThresholds(negativeLevel, persistentMinimum, spikeSigmas, spikeLevel,
        spikeMaximum, value, spotRiseMinimumDuration);
  }

  /**
   * A copy with another shortest spot-rise episode.
   *
   * @param value positive
   * @return the new thresholds
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the value is not positive
   */
  public RegimeThresholds withSpotRiseMinimumDuration(Duration value) {
    return new RegimeThresholds(negativeLevel, persistentMinimum, spikeSigmas, spikeLevel,
        spikeMaximum, spotRiseMinimum, value);
  }
}
