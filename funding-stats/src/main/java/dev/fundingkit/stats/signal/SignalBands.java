package dev.fundingkit.stats.signal;

import dev.fundingkit.core.ArgChecks;
import java.util.Objects;

/**
 * How far from the mean, in stationary standard deviations, a farm enters and exits. The
 * distances are unsigned: {@link FarmSide} says on which side of the mean they apply.
 *
 * <p>The default, {@link #DEFAULT}, is enter at 2 sd and exit at 0.5 sd (domain brief §7,
 * {@code ou.md} §9). An exit distance of zero exits at the mean; a negative one waits until
 * the value has crossed over to the other side of the mean.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entrySds distance of the entry level from the mean, in sd; finite and {@code > 0}
 * @param exitSds distance of the exit level from the mean, in sd; finite and
 *     {@code < entrySds}
 */
public record SignalBands(double entrySds, double exitSds) implements java.io.Serializable {

  /** Enter beyond 2 sd, exit inside 0.5 sd. */
  public static final SignalBands DEFAULT = new SignalBands(2.0, 0.5);

  /**
   * Validates the distances.
   *
   * @param entrySds distance of the entry level from the mean, in sd; finite and {@code > 0}
   * @param exitSds distance of the exit level from the mean, in sd; finite and
   *     {@code < entrySds}
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public SignalBands {
    entrySds = ArgChecks.positive("entrySds", entrySds);
    exitSds = ArgChecks.finite("exitSds", exitSds);
    if (exitSds >= entrySds) {
      throw new IllegalArgumentException(
          "exitSds must be < entrySds (" + entrySds + "), was " + exitSds);
    }
  }

  /**
   * Bands with the given distances.
   *
   * @param entrySds distance of the entry level from the mean, in sd; finite and {@code > 0}
   * @param exitSds distance of the exit level from the mean, in sd; finite and
   *     {@code < entrySds}
   * @return the bands
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public static SignalBands of(double entrySds, double exitSds) {
    return new SignalBands(entrySds, exitSds);
  }

  /**
   * A copy with another entry distance.
   *
   * @param newEntrySds the entry distance in sd, {@code > 0} and {@code > exitSds}
   * @return the new bands
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public SignalBands withEntrySds(double newEntrySds) {
    return new SignalBands(newEntrySds, exitSds);
  }

  /**
   * A copy with another exit distance.
   *
   * @param newExitSds the exit distance in sd, finite and {@code < entrySds}
   * @return the new bands
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public SignalBands withExitSds(double newExitSds) {
    return new SignalBands(entrySds, newExitSds);
  }

  /**
   * The signed entry z-score on a side: {@code −entrySds} for a reverse farm,
   * {@code +entrySds} for a forward farm.
   *
   * @param side the farm side
   * @return the entry z-score
   * @throws NullPointerException if {@code side} is null
   */
  public double entryZ(FarmSide side) {
    // entrySds > 0, so ±entrySds is never -0.0.
    return Objects.requireNonNull(side, "side").sign() * entrySds;
  }

  /**
   * The signed exit z-score on a side: {@code −exitSds} for a reverse farm,
   * {@code +exitSds} for a forward farm.
   *
   * @param side the farm side
   * @return the exit z-score
   * @throws NullPointerException if {@code side} is null
   */
  public double exitZ(FarmSide side) {
    return Objects.requireNonNull(side, "side").sign() * exitSds + 0.0;
  }
}
