package dev.fundingkit.stats.regime;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * The thresholds of {@link RegimeDetector}. Rate levels are {@link FundingRate}s (held per 8
 * hours, the detector's basis; a level given per another interval is rescaled).
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
 * <p>Built from {@link #defaults()} by {@code withX} copies: seven parts, three of them
 * durations, are too many to pass by position.
 *
 * <p>Immutable and thread-safe; serializable through a proxy that re-validates.
 */
public final class RegimeThresholds implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Duration EIGHT_HOURS = Duration.ofHours(8);
  private static final RegimeThresholds DEFAULTS = new RegimeThresholds(
      0.0, Duration.ofHours(48), 3.0, -0.0005, Duration.ofHours(12), 0.02, Duration.ofHours(24));

  private final double negativePer8h;
  private final Duration persistentMinimum;
  private final double spikeSigmas;
  private final double spikePer8h;
  private final Duration spikeMaximum;
  private final double spotRiseMinimum;
  private final Duration spotRiseMinimumDuration;

  private RegimeThresholds(double negativePer8h, Duration persistentMinimum, double spikeSigmas,
      double spikePer8h, Duration spikeMaximum, double spotRiseMinimum,
      Duration spotRiseMinimumDuration) {
    this.negativePer8h = ArgChecks.finite("negativeLevel", negativePer8h) + 0.0;
    if (negativePer8h > 0) {
      throw new IllegalArgumentException("negativeLevel must be <= 0, was " + negativePer8h);
    }
    this.persistentMinimum = ArgChecks.positive("persistentMinimum", persistentMinimum);
    this.spikeSigmas = ArgChecks.positive("spikeSigmas", spikeSigmas);
    ArgChecks.finite("spikeLevel", spikePer8h);
    if (!(spikePer8h < 0)) {
      throw new IllegalArgumentException("spikeLevel must be < 0, was " + spikePer8h);
    }
    this.spikePer8h = spikePer8h;
    this.spikeMaximum = ArgChecks.positive("spikeMaximum", spikeMaximum);
    this.spotRiseMinimum = ArgChecks.positive("spotRiseMinimum", spotRiseMinimum);
    this.spotRiseMinimumDuration =
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
   * Rates below this are negative funding.
   *
   * @return the level per 8 h, {@code <= 0}
   */
  public FundingRate negativeLevel() {
    return FundingRate.of(negativePer8h, EIGHT_HOURS);
  }

  /**
   * The shortest persistent-negative episode.
   *
   * @return the duration, positive
   */
  public Duration persistentMinimum() {
    return persistentMinimum;
  }

  /**
   * k of the {@code μ − k·sd} extreme level (dimensionless).
   *
   * @return k, finite and {@code > 0}
   */
  public double spikeSigmas() {
    return spikeSigmas;
  }

  /**
   * The absolute extreme level.
   *
   * @return the level per 8 h, {@code < 0}
   */
  public FundingRate spikeLevel() {
    return FundingRate.of(spikePer8h, EIGHT_HOURS);
  }

  /**
   * Spikes last less than this.
   *
   * @return the duration, positive
   */
  public Duration spikeMaximum() {
    return spikeMaximum;
  }

  /**
   * The smallest spot rise over a negative-while-spot-rises episode, a fraction of the price
   * ({@code 0.02} is +2%), not a funding rate.
   *
   * @return the fraction, {@code > 0}
   */
  public double spotRiseMinimum() {
    return spotRiseMinimum;
  }

  /**
   * The shortest spot-rise episode.
   *
   * @return the duration, positive
   */
  public Duration spotRiseMinimumDuration() {
    return spotRiseMinimumDuration;
  }

  double negativePer8h() {
    return negativePer8h;
  }

  double spikePer8h() {
    return spikePer8h;
  }

  /**
   * A copy with another negative level.
   *
     * @param value the level, any interval (rescaled to 8 h), {@code <= 0}
   * @return the new thresholds
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the value is out of range
   */
  public RegimeThresholds withNegativeLevel(FundingRate value) {
    return new RegimeThresholds(per8h("value", value), persistentMinimum, spikeSigmas,
        spikePer8h, spikeMaximum, spotRiseMinimum, spotRiseMinimumDuration);
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
    return new RegimeThresholds(negativePer8h, value, spikeSigmas, spikePer8h, spikeMaximum,
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
    return new RegimeThresholds(negativePer8h, persistentMinimum, value, spikePer8h,
        spikeMaximum, spotRiseMinimum, spotRiseMinimumDuration);
  }

  /**
   * A copy with another absolute extreme level.
   *
     * @param value the level, any interval (rescaled to 8 h), {@code < 0}
   * @return the new thresholds
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the value is out of range
   */
  public RegimeThresholds withSpikeLevel(FundingRate value) {
    return new RegimeThresholds(negativePer8h, persistentMinimum, spikeSigmas,
        per8h("value", value), spikeMaximum, spotRiseMinimum, spotRiseMinimumDuration);
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
    return new RegimeThresholds(negativePer8h, persistentMinimum, spikeSigmas, spikePer8h,
        value, spotRiseMinimum, spotRiseMinimumDuration);
  }

  /**
   * A copy with another smallest spot rise.
   *
     * @param value a fraction of the price, finite and {@code > 0}
   * @return the new thresholds
   * @throws IllegalArgumentException if the value is out of range
   */
  public RegimeThresholds withSpotRiseMinimum(double value) {
    return new RegimeThresholds(negativePer8h, persistentMinimum, spikeSigmas, spikePer8h,
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
    return new RegimeThresholds(negativePer8h, persistentMinimum, spikeSigmas, spikePer8h,
        spikeMaximum, spotRiseMinimum, value);
  }

  private static double per8h(String name, FundingRate rate) {
    Objects.requireNonNull(rate, name);
    return rate.rescaleTo(EIGHT_HOURS).value();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegimeThresholds t
        && Double.compare(negativePer8h, t.negativePer8h) == 0
        && persistentMinimum.equals(t.persistentMinimum)
        && Double.compare(spikeSigmas, t.spikeSigmas) == 0
        && Double.compare(spikePer8h, t.spikePer8h) == 0
        && spikeMaximum.equals(t.spikeMaximum)
        && Double.compare(spotRiseMinimum, t.spotRiseMinimum) == 0
        && spotRiseMinimumDuration.equals(t.spotRiseMinimumDuration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(negativePer8h, persistentMinimum, spikeSigmas, spikePer8h, spikeMaximum,
        spotRiseMinimum, spotRiseMinimumDuration);
  }

  /** Every part by name, levels per 8 h. */
  @Override
  public String toString() {
    return "RegimeThresholds[negativeLevel=" + negativeLevel() + ", persistentMinimum="
        + persistentMinimum + ", spikeSigmas=" + spikeSigmas + ", spikeLevel=" + spikeLevel()
        + ", spikeMaximum=" + spikeMaximum + ", spotRiseMinimum=" + spotRiseMinimum
        + ", spotRiseMinimumDuration=" + spotRiseMinimumDuration + "]";
  }

  private Object writeReplace() {
    return new Proxy(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("RegimeThresholds is serialized through its proxy");
  }

  /** The serial form: every part, re-validated by the constructor on reading. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double negativePer8h;
    private final Duration persistentMinimum;
    private final double spikeSigmas;
    private final double spikePer8h;
    private final Duration spikeMaximum;
    private final double spotRiseMinimum;
    private final Duration spotRiseMinimumDuration;

    Proxy(RegimeThresholds t) {
      negativePer8h = t.negativePer8h;
      persistentMinimum = t.persistentMinimum;
      spikeSigmas = t.spikeSigmas;
      spikePer8h = t.spikePer8h;
      spikeMaximum = t.spikeMaximum;
      spotRiseMinimum = t.spotRiseMinimum;
      spotRiseMinimumDuration = t.spotRiseMinimumDuration;
    }

    private Object readResolve() {
      return new RegimeThresholds(negativePer8h, persistentMinimum, spikeSigmas, spikePer8h,
          spikeMaximum, spotRiseMinimum, spotRiseMinimumDuration);
    }
  }
}
