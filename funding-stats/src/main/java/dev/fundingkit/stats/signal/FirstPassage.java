package dev.fundingkit.stats.signal;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.stats.ou.OuParameters;
import java.time.Duration;
import java.util.Objects;
import org.apache.commons.math3.special.Erf;

/**
 * Expected first-passage times of an Ornstein–Uhlenbeck process between z-levels
 * ({@code ou.md} §9). Started at z-score {@code a}, the expected time to first reach
 * {@code b > a} is, from the scale and speed densities of the OU,
 *
 * <pre>  E[T(a→b)] = (1/θ) ∫ₐᵇ Φ(u)/φ(u) du</pre>
 *
 * <p>with Φ and φ the standard normal cdf and density; downward passages follow by symmetry,
 * {@code E[T(a→b)] = E[T(−a→−b)]}. For example {@code −2 → −0.5} (a default reverse-farm
 * holding) is {@code 0.9018/θ ≈ 1.30} half-lives and {@code 0 → −2} (waiting for an entry) is
 * {@code 10.43/θ}. The path is watched continuously; with 8-hourly prints the entry overshoots
 * and the exit is seen late, so realised holding times are somewhat longer.
 *
 * <p>Numerics. {@code Φ(u)/φ(u)} is evaluated without overflow or cancellation: as the Mills
 * ratio {@code √(π/2)·erfc(x/√2)·e^(x²/2)} for {@code x = −u ∈ [0, 10]}, by Laplace's continued
 * fraction beyond, and as {@code √(2π)e^(u²/2) − Mills(u)} for {@code u > 0}. The integral is
 * 20-point Gauss–Legendre on panels of width ≤ 0.5 in {@code u} over {@code [−10, b]} and
 * ≤ 0.5 in {@code ln(−u)} below {@code −10}, where the integrand ≈ {@code 1/|u|}. Against
 * 40-digit {@code mpmath} quadrature the relative error is below {@code 1e-12} for every
 * {@code |z| ≤ 37.5}, including starts as far as {@code z = −1e6} (see the tests). Passages
 * that end further than {@link #MAX_Z_AGAINST_DRIFT} sd out, moving away from the mean, take
 * longer than a double can hold and are rejected.
 *
 * <p>Stateless and thread-safe.
 */
public final class FirstPassage {

  /**
   * The furthest z-score, on the far side of the mean in the direction of travel, that a
   * passage may end at: {@code θ·E[T]} grows like {@code √(2π)e^(z²/2)/z} and overflows a double
   * just past 37.7.
   */
  public static final double MAX_Z_AGAINST_DRIFT = 37.5;

  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
  private static final double SQRT_HALF_PI = Math.sqrt(Math.PI / 2);
  private static final double INV_SQRT2 = 1 / Math.sqrt(2);
  /** Below z = −10 the integrand is integrated in ln|u|, where it is almost constant. */
  private static final double TAIL = 10.0;
  private static final double PANEL = 0.5;
  private static final double LOG_PANEL = 0.5;
  /** Laplace's continued fraction has converged to 1 ulp by 60 terms for x ≥ 10. */
  private static final int CONTINUED_FRACTION_TERMS = 60;
  private static final double[] NODES;
  private static final double[] WEIGHTS;

  static {
    // in double: the BigDecimal rule took ≈ 0.45 s of every report's wall time
    double[][] rule = GaussLegendre.rule(20);
    NODES = rule[0];
    WEIGHTS = rule[1];
  }

  private FirstPassage() {}

  /**
   * The expected first-passage time for {@code θ = 1}, i.e. {@code θ·E[T(zFrom→zTo)]}: the
   * time in units of {@code 1/θ} (divide by {@code ln 2} for half-lives).
   *
   * @param zFrom the starting z-score, finite
   * @param zTo the target z-score, finite; equal to {@code zFrom} gives zero
   * @return {@code ∫ Φ(u)/φ(u) du} over the passage, {@code ≥ 0}
   * @throws IllegalArgumentException if a z-score is not finite, or the passage ends more than
   *     {@link #MAX_Z_AGAINST_DRIFT} sd beyond the mean in its direction of travel
   */
  public static double scaledExpectedTime(double zFrom, double zTo) {
    ArgChecks.finite("zFrom", zFrom);
    ArgChecks.finite("zTo", zTo);
    if (zFrom == zTo) {
      return 0.0;
    }
    // Orient every passage upwards; a downward passage is its mirror image.
    double a = zFrom < zTo ? zFrom : -zFrom;
    double b = zFrom < zTo ? zTo : -zTo;
    if (b > MAX_Z_AGAINST_DRIFT) {
      throw new IllegalArgumentException("zTo must be within " + MAX_Z_AGAINST_DRIFT
          + " sd of the mean when the passage ends beyond it, was " + zTo);
    }
    double total = 0.0;
    if (a < -TAIL) {
      double tailEnd = Math.min(b, -TAIL);
      total += millsIntegralInLogSpace(-tailEnd, -a);
      a = tailEnd;
    }
    if (a < b) {
      total += integrandIntegral(a, b);
    }
    return total;
  }

  /**
   * The expected first-passage time in the parameters' time unit: {@code θ·E[T] / θ}.
   *
   * @param parameters the process; only θ is used (z-scores already include μ and the sd)
   * @param zFrom the starting z-score, finite
   * @param zTo the target z-score, finite
   * @return the expected time in time units, {@code ≥ 0}
   * @throws NullPointerException if {@code parameters} is null
   * @throws IllegalArgumentException as {@link #scaledExpectedTime(double, double)}
   */
  public static double expectedTimeUnits(OuParameters parameters, double zFrom, double zTo) {
    Objects.requireNonNull(parameters, "parameters");
    return scaledExpectedTime(zFrom, zTo) / parameters.theta();
  }

  /**
   * The expected first-passage time as a duration, to the nanosecond.
   *
   * @param parameters the process; only θ and the time unit are used
   * @param zFrom the starting z-score, finite
   * @param zTo the target z-score, finite
   * @return the expected time
   * @throws NullPointerException if {@code parameters} is null
   * @throws IllegalArgumentException as {@link #scaledExpectedTime(double, double)}, or if the
   *     time does not fit a {@link Duration}
   */
  public static Duration expectedTime(OuParameters parameters, double zFrom, double zTo) {
    return parameters.toDuration(expectedTimeUnits(parameters, zFrom, zTo));
  }

  /**
   * The expected holding time of a farm: from its entry z-score to its exit z-score. The same
   * for both sides by symmetry; {@code 0.9018/θ} for the default bands.
   *
   * @param parameters the process
   * @param bands the entry and exit distances
   * @return the expected time from entry to exit
   * @throws NullPointerException if an argument is null
   */
  public static Duration expectedHolding(OuParameters parameters, SignalBands bands) {
    Objects.requireNonNull(bands, "bands");
    return expectedTime(parameters, -bands.entrySds(), -bands.exitSds());
  }

  /**
   * The expected wait, from a current value, until a flat farm's entry signal: zero if the
   * value is already beyond the entry level. The z-score comes from {@code levels}, the speed
   * θ from {@code parameters} (usually the same fit).
   *
   * @param parameters the process
   * @param levels the farm's levels
   * @param value the current value, finite
   * @return the expected time until the value first crosses the entry level
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code value} is not finite or too far out
   */
  public static Duration expectedTimeToEntry(
      OuParameters parameters, SignalLevels levels, double value) {
    return timeUntil(parameters, levels, value, BandZone.BEYOND_ENTRY);
  }

  /**
   * The expected time, from a current value, until a holding farm's exit signal: zero if the
   * value is already past the exit level. The z-score comes from {@code levels}, the speed θ
   * from {@code parameters}.
   *
   * @param parameters the process
   * @param levels the farm's levels
   * @param value the current value, finite
   * @return the expected time until the value first crosses the exit level
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code value} is not finite or too far out
   */
  public static Duration expectedTimeToExit(
      OuParameters parameters, SignalLevels levels, double value) {
    return timeUntil(parameters, levels, value, BandZone.BEYOND_EXIT);
  }

  private static Duration timeUntil(
      OuParameters parameters, SignalLevels levels, double value, BandZone target) {
    Objects.requireNonNull(parameters, "parameters");
    if (levels.zone(value) == target) {
      return Duration.ZERO;
    }
    double targetZ = target == BandZone.BEYOND_ENTRY ? levels.entryZ() : levels.exitZ();
    return expectedTime(parameters, levels.zScore(value), targetZ);
  }

  /**
   * Bulk form of {@link #expectedTimeUnits(OuParameters, double, double)}: the expected time
   * from each starting z-score to one target, written into {@code out}. Allocates nothing.
   *
   * @param parameters the process
   * @param zFrom the starting z-scores, all finite
   * @param zTo the target z-score, finite
   * @param out receives the expected times in time units; same length as {@code zFrom}
   * @throws NullPointerException if an array or {@code parameters} is null
   * @throws IllegalArgumentException if the lengths differ, naming the first bad z-score
   */
  public static void expectedTimeUnits(
      OuParameters parameters, double[] zFrom, double zTo, double[] out) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(zFrom, "zFrom");
    Objects.requireNonNull(out, "out");
    if (out.length != zFrom.length) {
      throw new IllegalArgumentException("out must have the length of zFrom (" + zFrom.length
          + "), was " + out.length);
    }
    ArgChecks.allFinite("zFrom", zFrom);
    double theta = parameters.theta();
    for (int i = 0; i < zFrom.length; i++) {
      out[i] = scaledExpectedTime(zFrom[i], zTo) / theta;
    }
  }

  /** ∫ₐᵇ Φ(u)/φ(u) du for −10 ≤ a < b ≤ 37.5. */
  private static double integrandIntegral(double a, double b) {
    return gaussLegendre(a, b, PANEL, false);
  }

  /** ∫ Mills(x) dx over [x1, x2] with 10 ≤ x1 < x2, as ∫ x·Mills(x) d(ln x). */
  private static double millsIntegralInLogSpace(double x1, double x2) {
    return gaussLegendre(Math.log(x1), Math.log(x2), LOG_PANEL, true);
  }

  /**
   * Composite Gauss–Legendre over [lo, hi] on panels no wider than {@code maxWidth}: of
   * Φ(u)/φ(u) in u, or (logSpace) of x·Mills(x) in s = ln x. A flag rather than a lambda keeps
   * the hot loop free of megamorphic calls.
   */
  private static double gaussLegendre(double lo, double hi, double maxWidth, boolean logSpace) {
    int panels = Math.max(1, (int) Math.ceil((hi - lo) / maxWidth));
    double half = 0.5 * (hi - lo) / panels;
    double sum = 0.0;
    for (int p = 0; p < panels; p++) {
      double mid = lo + (2 * p + 1) * half;
      double panel = 0.0;
      for (int i = 0; i < NODES.length; i++) {
        double t = mid + half * NODES[i];
        double f;
        if (logSpace) {
          double x = Math.exp(t);
          f = x * mills(x);
        } else {
          f = cdfOverDensity(t);
        }
        panel += WEIGHTS[i] * f;
      }
      sum += half * panel;
    }
    return sum;
  }

  /** Φ(u)/φ(u) for any finite u with u ≤ 37.7. */
  static double cdfOverDensity(double u) {
    if (u <= 0) {
      return mills(-u);
    }
    return SQRT_2PI * Math.exp(0.5 * u * u) - mills(u);
  }

  /** The Mills ratio (1 − Φ(x))/φ(x) for x ≥ 0. */
  static double mills(double x) {
    if (x <= TAIL) {
      return SQRT_HALF_PI * Erf.erfc(x * INV_SQRT2) * Math.exp(0.5 * x * x);
    }
    // Laplace: R(x) = 1/(x + 1/(x + 2/(x + 3/(x + …)))), evaluated from the tail up.
    double t = x;
    for (int k = CONTINUED_FRACTION_TERMS; k >= 1; k--) {
      t = x + k / t;
    }
    return 1 / t;
  }
}
