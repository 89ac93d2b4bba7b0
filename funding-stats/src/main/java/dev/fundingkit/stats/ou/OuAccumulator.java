package dev.fundingkit.stats.ou;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.series.IntervalSource;
import java.time.Duration;
import java.util.Objects;

/**
 * Streaming OU fit for a regularly spaced series: {@link #add(double)} costs O(1) time and no
 * allocation, and {@link #snapshot()} returns the same closed-form fit as
 * {@code OuFitter.defaults().withTimeUnit(unit).fitRegular(values, step)} (Tang–Chen θ, profile
 * interval, Dickey–Fuller without lags), up to rounding.
 *
 * <p>Sums are kept as running means and centred co-moments (Welford updates), not raw sums of
 * squares, so rates of ~1e-4 lose no digits.
 *
 * <p><b>Mutable and not thread-safe</b>: confine an instance to one thread or guard it; the
 * snapshots it returns are immutable.
 */
public final class OuAccumulator {

  private final Duration step;
  private final Duration timeUnit;
  private final double stepUnits;

  private final PairMoments pairs = new PairMoments();
  private long count;
  private double last;
  private double mean;
  private double m2;
  private double maxAbs;

  private final BiasCorrection correction;
  private final double scale;
  private final Duration rateInterval;

  private OuAccumulator(Duration step, Duration timeUnit, BiasCorrection correction,
      boolean perHour) {
    this.step = ArgChecks.positive("step", step);
    this.timeUnit = ArgChecks.positive("timeUnit", timeUnit);
    this.correction = correction;
    this.scale = perHour ? 3.6e12 / SeriesTimes.unitNanos(step) : 1.0;
    this.rateInterval = perHour ? Duration.ofHours(1) : step;
    this.stepUnits = SeriesTimes.unitNanos(step) / SeriesTimes.unitNanos(timeUnit);
  }

  /**
   * An empty accumulator for observations every {@code step}, θ per hour.
   *
   * @param step the spacing, positive
   * @return the accumulator
   * @throws NullPointerException if {@code step} is null
   * @throws IllegalArgumentException if {@code step} is not positive
   */
  public static OuAccumulator regular(Duration step) {
    return new OuAccumulator(step, Duration.ofHours(1), BiasCorrection.TANG_CHEN, false);
  }

  /**
   * An empty accumulator for observations every {@code step}, θ per {@code timeUnit}.
   *
   * @param step the spacing, positive
   * @param timeUnit the unit of θ and σ, positive
   * @return the accumulator
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is not positive
   */
  public static OuAccumulator regular(Duration step, Duration timeUnit) {
    return new OuAccumulator(step, timeUnit, BiasCorrection.TANG_CHEN, false);
  }

  /** The accumulator {@link OuFitter#accumulator(Duration)} derives (settings checked there). */
  static OuAccumulator of(Duration step, Duration timeUnit, BiasCorrection correction,
      boolean perHour) {
    return new OuAccumulator(step, timeUnit, correction, perHour);
  }

  /**
   * Adds the next observation, one step after the previous one.
   *
   * @param value the value, finite
   * @return this accumulator
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public OuAccumulator add(double value) {
    ArgChecks.finite("value", value);
    value *= scale;
    count++;
    maxAbs = Math.max(maxAbs, Math.abs(value));
    double dx = value - mean;
    mean += dx / count;
    m2 += dx * (value - mean);
    if (count > 1) {
      pairs.add(last, value);
    }
    last = value;
    return this;
  }

  /**
   * Adds observations in order (bulk form of {@link #add(double)}).
   *
   * @param values the next values, finite
   * @return this accumulator
   * @throws NullPointerException if {@code values} is null
   * @throws IllegalArgumentException naming the first non-finite value; earlier ones are added
   */
  public OuAccumulator addAll(double[] values) {
    Objects.requireNonNull(values, "values");
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "values[" + i + "] must be finite, was " + values[i]);
      }
      add(values[i]);
    }
    return this;
  }

  /**
   * How many observations have been added.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * The spacing of the observations.
   *
   * @return the step
   */
  public Duration step() {
    return step;
  }

  /**
   * The fit of everything added so far.
   *
   * <p>Fewer than 5 observations, or a series without noise (relative to its own scale, as
   * {@link OuFitter} judges it), give a fit with {@link OuVerdict#INSUFFICIENT_DATA}. The
   * fitted rates are taken to be per {@link #step()} (labelled {@code ASSUMED}).
   *
   * @return an immutable fit
   * @throws IllegalStateException with more than {@link Integer#MAX_VALUE} observations
   */
  public OuFit snapshot() {
    if (count > Integer.MAX_VALUE) {
      throw new IllegalStateException("too many observations for one fit: " + count);
    }
    double spanAll = count < 2 ? 0 : (count - 1) * stepUnits;
    if (count < 5) {
      return OuFit.insufficient((int) count, spanAll, timeUnit, correction,
          IntervalMethod.PROFILE_LIKELIHOOD, 0, rateInterval, IntervalSource.ASSUMED);
    }
    Ar1Sums s = pairs.sums();
    if (!OuFitter.hasNoise(s, maxAbs)) {
      return OuFit.insufficient((int) count, spanAll, timeUnit, correction,
          IntervalMethod.PROFILE_LIKELIHOOD, 0, rateInterval, IntervalSource.ASSUMED);
    }
    MleEstimate mle = ClosedFormMle.fit(s, stepUnits);
    double span = s.n * stepUnits;
    double theta = !mle.interior() ? Double.NaN
        : correction == BiasCorrection.NONE ? mle.theta
        : OuFitter.tangChen(mle.theta, stepUnits, span, s.n);
    return new OuFit((int) count, span, timeUnit, mle, theta, correction,
        IntervalMethod.PROFILE_LIKELIHOOD, mle.thetaCi, DickeyFuller.ofSums(s), 0, mean,
        Math.sqrt(m2 / count), rateInterval, IntervalSource.ASSUMED);
  }
}
