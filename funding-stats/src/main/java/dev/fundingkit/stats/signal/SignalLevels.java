package dev.fundingkit.stats.signal;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.stats.ou.OuParameters;
import java.util.Objects;

/**
 * Entry and exit levels of one farm side: a mean, a standard deviation and the bands in
 * standard deviations. For a {@link FarmSide#REVERSE reverse} farm with the default bands the
 * entry level is {@code μ − 2 sd} (enter while {@code F} is strictly below it) and the exit level
 * {@code μ − 0.5 sd} (exit once {@code F} is strictly above it); the forward farm mirrors both.
 *
 * <p>Levels are in the units of the series they were fitted to (a rate per funding interval).
 * They are statistical: whether a level pays after borrow costs is a carry question, not
 * answered here. The sd is usually the OU stationary sd {@code σ/√(2θ)}; the sample sd of
 * the window estimates the same quantity and is less sensitive to the upward bias of θ̂
 * ({@code ou.md} §9), so both can be passed in.
 *
 * <p>Immutable and thread-safe.
 *
 * @param side which tail of the distribution the farm trades
 * @param mean the long-run mean μ, finite
 * @param sd the standard deviation the bands are measured in, finite and {@code > 0}
 * @param bands entry and exit distances in sd
 */
public record SignalLevels(FarmSide side, double mean, double sd, SignalBands bands) {

  /**
   * Validates the levels.
   *
   * @param side which tail of the distribution the farm trades
   * @param mean the long-run mean μ, finite
   * @param sd the standard deviation the bands are measured in, finite and {@code > 0}
   * @param bands entry and exit distances in sd
   * @throws NullPointerException if {@code side} or {@code bands} is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public SignalLevels {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(bands, "bands");
    mean = ArgChecks.finite("mean", mean);
    ArgChecks.positive("sd", sd);
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
   * @return the level beyond which a flat farm enters
   */
  public double entryLevel() {
    return level(entryZ());
  }

  /**
   * The exit level {@code mean + exitZ·sd}.
   *
   * @return the level past which a holding farm exits
   */
  public double exitLevel() {
    return level(exitZ());
  }

  /**
   * The z-score of a value: {@code (value − mean)/sd}.
   *
   * @param value a finite level of the series
   * @return its z-score
   * @throws IllegalArgumentException if {@code value} is not finite or the z-score overflows
   */
  public double zScore(double value) {
    return ArgChecks.noOverflow((ArgChecks.finite("value", value) - mean) / sd, "value", value);
  }

  /**
   * The value at a z-score: {@code mean + z·sd}; the inverse of {@link #zScore(double)}.
   *
   * @param z a finite z-score
   * @return the value
   * @throws IllegalArgumentException if {@code z} is not finite
   */
  public double level(double z) {
    return mean + ArgChecks.finite("z", z) * sd + 0.0;
  }

  /**
   * Where a value lies relative to the levels. The value is compared with
   * {@link #entryLevel()} and {@link #exitLevel()} by strict inequalities, so a value exactly
   * on a level is {@link BandZone#BETWEEN}.
   *
   * @param value a finite level of the series
   * @return the zone
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public BandZone zone(double value) {
    ArgChecks.finite("value", value);
    // Multiplying by the side's sign turns both sides into "larger = further into the tail".
    int s = side.sign();
    if (s * value > s * entryLevel()) {
      return BandZone.BEYOND_ENTRY;
    }
    return s * value < s * exitLevel() ? BandZone.BEYOND_EXIT : BandZone.BETWEEN;
  }

  /**
   * What to do on seeing a value; see the table in {@link SignalAction}.
   *
   * @param value a finite level of the series
   * @param holding whether the position is open before this value
   * @return the action
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public SignalAction action(double value, boolean holding) {
    return SignalAction.of(zone(value), holding);
  }
}
