package dev.fundingkit.stats.signal;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.stats.ou.OuParameters;
import java.time.Duration;
import java.util.Objects;

/**
 * Entry and exit levels of one farm side: a mean, a standard deviation and the bands in
 * standard deviations. For a {@link FarmSide#REVERSE reverse} farm with the default bands the
 * entry level is {@code μ − 2 sd} (enter while {@code F} is strictly below it) and the exit level
 * {@code μ − 0.5 sd} (exit once {@code F} is strictly above it); the forward farm mirrors both.
 *
 * <p>Levels are rates per {@link #rateInterval()} (the interval of {@code mean}; the sd has the
 * same interval). Methods that take a bare {@code double} value read it per that interval.
 * They are statistical: whether a level pays after borrow costs is a carry question, not
 * answered here. The sd is usually the OU stationary sd {@code σ/√(2θ)}; the sample sd of
 * the window estimates the same quantity and is less sensitive to the upward bias of θ̂
 * ({@code ou.md} §9), so both can be passed in.
 *
 * <p>Immutable and thread-safe.
 *
 * @param side which tail of the distribution the farm trades
 * @param mean the long-run mean μ, with the interval every level is per
 * @param sd the standard deviation the bands are measured in, {@code > 0}, same interval as
 *     {@code mean}
 * @param bands entry and exit distances in sd
 */
public record SignalLevels(FarmSide side, FundingRate mean, FundingRate sd, SignalBands bands)
    implements java.io.Serializable {

  /**
   * Validates the levels.
   *
   * @param side which tail of the distribution the farm trades
   * @param mean the long-run mean μ, with the interval every level is per
   * @param sd the standard deviation the bands are measured in, {@code > 0}, same interval as
   *     {@code mean}
   * @param bands entry and exit distances in sd
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public SignalLevels {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(sd, "sd");
    Objects.requireNonNull(bands, "bands");
    ArgChecks.positive("sd", sd.value());
    if (!sd.interval().equals(mean.interval())) {
      throw new IllegalArgumentException(
          "sd must be per the mean's interval " + mean.interval() + ", was " + sd.interval());
    }
  }

  /**
   * Levels from a mean and an sd per the same interval, as numbers.
   *
   * @param side the farm side
   * @param mean the long-run mean per {@code interval}, finite
   * @param sd the sd per {@code interval}, finite and {@code > 0}
   * @param interval the interval both are per
   * @param bands the entry and exit distances
   * @return the levels
   * @throws NullPointerException if an object argument is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public static SignalLevels of(
      FarmSide side, double mean, double sd, Duration interval, SignalBands bands) {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(bands, "bands");
    ArgChecks.finite("mean", mean);
    ArgChecks.positive("sd", sd);
    return new SignalLevels(side, FundingRate.of(mean, interval), FundingRate.of(sd, interval),
        bands);
  }

  /**
   * Levels from OU parameters: mean μ and the stationary sd {@code σ/√(2θ)}.
   *
   * @param parameters the fitted process
   * @param side the farm side
   * @param bands the entry and exit distances
   * @return the levels
   * @throws NullPointerException if any argument is null
   */
  public static SignalLevels of(OuParameters parameters, FarmSide side, SignalBands bands) {
    Objects.requireNonNull(parameters, "parameters");
    return new SignalLevels(side, parameters.mu(), parameters.stationarySd(), bands);
  }

  /**
   * The interval every level is per: {@code mean().interval()}.
   *
   * @return the rate interval
   */
  public Duration rateInterval() {
    return mean.interval();
  }

  /**
   * Default reverse-farm levels: enter below {@code μ − 2 sd}, exit above {@code μ − 0.5 sd}.
   *
   * @param parameters the fitted process
   * @return the levels
   * @throws NullPointerException if {@code parameters} is null
   */
  public static SignalLevels reverseFarm(OuParameters parameters) {
    return of(parameters, FarmSide.REVERSE, SignalBands.DEFAULT);
  }

  /**
   * Default forward-farm levels: enter above {@code μ + 2 sd}, exit below {@code μ + 0.5 sd}.
   *
   * @param parameters the fitted process
   * @return the levels
   * @throws NullPointerException if {@code parameters} is null
   */
  public static SignalLevels forwardFarm(OuParameters parameters) {
    return of(parameters, FarmSide.FORWARD, SignalBands.DEFAULT);
  }

  /**
   * A copy with other bands.
   *
   * @param newBands the bands
   * @return the new levels
   * @throws NullPointerException if {@code newBands} is null
   */
  public SignalLevels withBands(SignalBands newBands) {
    return new SignalLevels(side, mean, sd, newBands);
  }

  /**
   * A copy for the other side or the same side.
   *
   * @param newSide the farm side
   * @return the new levels
   * @throws NullPointerException if {@code newSide} is null
   */
  public SignalLevels withSide(FarmSide newSide) {
    return new SignalLevels(newSide, mean, sd, bands);
  }

  /**
   * The signed entry z-score, e.g. {@code −2} for the default reverse farm.
   *
   * @return the entry z
   */
  public double entryZ() {
    return bands.entryZ(side);
  }

  /**
   * The signed exit z-score, e.g. {@code −0.5} for the default reverse farm.
   *
   * @return the exit z
   */
  public double exitZ() {
    return bands.exitZ(side);
  }

  /**
   * The entry level {@code mean + entryZ·sd}.
   *
   * @return the level beyond which a flat farm enters, per {@link #rateInterval()}
   */
  public FundingRate entryLevel() {
    return level(entryZ());
  }

  /**
   * The exit level {@code mean + exitZ·sd}.
   *
   * @return the level past which a holding farm exits, per {@link #rateInterval()}
   */
  public FundingRate exitLevel() {
    return level(exitZ());
  }

  /**
   * The z-score of a value: {@code (value − mean)/sd}.
   *
   * @param value a finite level of the series, per {@link #rateInterval()}
   * @return its z-score
   * @throws IllegalArgumentException if {@code value} is not finite or the z-score overflows
   */
  public double zScore(double value) {
    return ArgChecks.noOverflow((ArgChecks.finite("value", value) - mean.value()) / sd.value(),
        "value", value);
  }

  /**
   * The z-score of a rate with any interval, rescaled to {@link #rateInterval()} first.
   *
   * @param rate the rate
   * @return its z-score
   * @throws NullPointerException if {@code rate} is null
   */
  public double zScore(FundingRate rate) {
    Objects.requireNonNull(rate, "rate");
    return zScore(rate.rescaleTo(mean.interval()).value());
  }

  /**
   * The level at a z-score: {@code mean + z·sd}; the inverse of {@link #zScore(double)}.
   *
   * @param z a finite z-score
   * @return the level, per {@link #rateInterval()}
   * @throws IllegalArgumentException if {@code z} is not finite
   */
  public FundingRate level(double z) {
    return FundingRate.of(levelValue(z), mean.interval());
  }

  private double levelValue(double z) {
    return mean.value() + ArgChecks.finite("z", z) * sd.value() + 0.0;
  }

  /**
   * Where a value lies relative to the levels. The value is compared with
   * {@link #entryLevel()} and {@link #exitLevel()} by strict inequalities, so a value exactly
   * on a level is {@link BandZone#BETWEEN}.
   *
   * @param value a finite level of the series, per {@link #rateInterval()}
   * @return the zone
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public BandZone zone(double value) {
    ArgChecks.finite("value", value);
    // Multiplying by the side's sign turns both sides into "larger = further into the tail".
    int s = side.sign();
    if (s * value > s * levelValue(entryZ())) {
      return BandZone.BEYOND_ENTRY;
    }
    return s * value < s * levelValue(exitZ()) ? BandZone.BEYOND_EXIT : BandZone.BETWEEN;
  }

  /**
   * What to do on seeing a value; see the table in {@link SignalAction}.
   *
   * @param value a finite level of the series, per {@link #rateInterval()}
   * @param holding whether the position is open before this value
   * @return the action
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public SignalAction action(double value, boolean holding) {
    return SignalAction.of(zone(value), holding);
  }
}
