package dev.fundingkit.stats.ou;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Fits an Ornstein–Uhlenbeck process {@code dF = θ(μ − F)dt + σ dW} to a series of funding
 * settlements at their real timestamps, and judges whether it mean-reverts.
 *
 * <p>What it does, in order:
 * <ol>
 *   <li>optionally divides each rate by its interval in hours ({@link #withPerHour}), so a
 *       symbol that moved from 8 h to 1 h settlements fits on one scale;</li>
 *   <li>optionally replaces isolated bad prints ({@link #withOutlierFilter});</li>
 *   <li>the exact-discretisation MLE: closed form for regular steps, the 1-D profile
 *       likelihood in ln θ (Brent) for gaps or irregular steps ({@link OuEstimator});</li>
 *   <li>the bias-corrected default θ ({@link BiasCorrection}, Tang–Chen by default);</li>
 *   <li>the 95% interval ({@link IntervalMethod}, profile likelihood by default);</li>
 *   <li>the Dickey–Fuller test (no lags by default, or lags by AIC) and the
 *       {@link OuVerdict}.</li>
 * </ol>
 *
 * <p>Defaults: time unit one hour, Tang–Chen, profile interval, no pre-filter, no per-hour
 * normalisation, DF without lags, 500 bootstrap paths with seed 1 when a bootstrap option is
 * chosen. Configure with the {@code withX} copies.
 *
 * <p>Input rules for every {@code fit}: times strictly increasing (duplicates and reversals
 * get {@link IllegalArgumentException} naming the index and values), values finite, equal
 * lengths; fewer than 5 observations or a constant series get {@link IllegalStateException},
 * as does a bootstrap option when fewer than half of the refits give a finite θ.
 *
 * <p>Immutable and thread-safe.
 */
public final class OuFitter {

  private static final int MIN_POINTS = 5;
  private static final OuFitter DEFAULTS = new OuFitter(Duration.ofHours(1),
      BiasCorrection.TANG_CHEN, IntervalMethod.PROFILE_LIKELIHOOD, null, false, false, 500, 1L);

  private final Duration timeUnit;
  private final BiasCorrection biasCorrection;
  private final IntervalMethod intervalMethod;
  private final HampelFilter outlierFilter;
  private final boolean adfLagsByAic;
  private final boolean perHour;
  private final int bootstrapPaths;
  private final long bootstrapSeed;

  private OuFitter(Duration timeUnit, BiasCorrection biasCorrection,
      IntervalMethod intervalMethod, HampelFilter outlierFilter, boolean adfLagsByAic,
      boolean perHour, int bootstrapPaths, long bootstrapSeed) {
    this.timeUnit = timeUnit;
    this.biasCorrection = biasCorrection;
    this.intervalMethod = intervalMethod;
    this.outlierFilter = outlierFilter;
    this.adfLagsByAic = adfLagsByAic;
    this.perHour = perHour;
    this.bootstrapPaths = bootstrapPaths;
    this.bootstrapSeed = bootstrapSeed;
  }

  /**
   * The default fitter (hour, Tang–Chen, profile interval, no filter, DF without lags).
   *
   * @return the default fitter
   */
  public static OuFitter defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another time unit for θ and σ.
   *
   * @param unit a positive duration
   * @return the copy
   * @throws NullPointerException if {@code unit} is null
   * @throws IllegalArgumentException if {@code unit} is not positive
   */
  public OuFitter withTimeUnit(Duration unit) {
    ArgChecks.positive("unit", unit);
    return new OuFitter(unit, biasCorrection, intervalMethod, outlierFilter, adfLagsByAic,
        perHour, bootstrapPaths, bootstrapSeed);
  }

  /**
   * A copy with another bias correction for the default θ.
   *
   * @param correction the correction
   * @return the copy
   * @throws NullPointerException if {@code correction} is null
   */
  public OuFitter withBiasCorrection(BiasCorrection correction) {
    Objects.requireNonNull(correction, "correction");
    return new OuFitter(timeUnit, correction, intervalMethod, outlierFilter, adfLagsByAic,
        perHour, bootstrapPaths, bootstrapSeed);
  }

  /**
   * A copy with another interval method.
   *
   * @param method the method
   * @return the copy
   * @throws NullPointerException if {@code method} is null
   */
  public OuFitter withIntervalMethod(IntervalMethod method) {
    Objects.requireNonNull(method, "method");
    return new OuFitter(timeUnit, biasCorrection, method, outlierFilter, adfLagsByAic,
        perHour, bootstrapPaths, bootstrapSeed);
  }

  /**
   * A copy with the parametric bootstrap's size and seed (used by
   * {@link BiasCorrection#BOOTSTRAP} and {@link IntervalMethod#BOOTSTRAP_BASIC}).
   *
   * @param paths number of simulated paths, {@code >= 40}
   * @param seed the seed, so results are reproducible
   * @return the copy
   * @throws IllegalArgumentException if {@code paths < 40}
   */
  public OuFitter withBootstrap(int paths, long seed) {
    if (paths < 40) {
      throw new IllegalArgumentException("paths must be >= 40, was " + paths);
    }
    return new OuFitter(timeUnit, biasCorrection, intervalMethod, outlierFilter, adfLagsByAic,
        perHour, paths, seed);
  }

  /**
   * A copy that runs a Hampel pre-filter before fitting; the fit reports how many points it
   * replaced.
   *
   * @param filter the filter, e.g. {@link HampelFilter#defaults()}
   * @return the copy
   * @throws NullPointerException if {@code filter} is null
   */
  public OuFitter withOutlierFilter(HampelFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return new OuFitter(timeUnit, biasCorrection, intervalMethod, filter, adfLagsByAic,
        perHour, bootstrapPaths, bootstrapSeed);
  }

  /**
   * A copy with or without ADF lags chosen by AIC (see
   * {@link DickeyFuller#withLagsByAic(double[])}).
   *
   * @param byAic true to choose lags by AIC, false for the plain DF test
   * @return the copy
   */
  public OuFitter withAdfLagsByAic(boolean byAic) {
    return new OuFitter(timeUnit, biasCorrection, intervalMethod, outlierFilter, byAic,
        perHour, bootstrapPaths, bootstrapSeed);
  }

  /**
   * A copy that first divides each value by its funding interval in hours: the interval of
   * each {@link FundingRate}, or for plain values the interval inferred from spacing (the
   * step back to the previous settlement, where a whole multiple of the previous interval
   * counts as a gap unless the next step confirms it as a new interval).
   *
   * @param normalise true to fit per-hour rates
   * @return the copy
   */
  public OuFitter withPerHour(boolean normalise) {
    return new OuFitter(timeUnit, biasCorrection, intervalMethod, outlierFilter, adfLagsByAic,
        normalise, bootstrapPaths, bootstrapSeed);
  }

  /**
   * The time unit of θ and σ.
   *
   * @return the unit
   */
  public Duration timeUnit() {
    return timeUnit;
  }

  /**
   * The configured outlier pre-filter.
   *
   * @return the filter, or empty when off
   */
  public Optional<HampelFilter> outlierFilter() {
    return Optional.ofNullable(outlierFilter);
  }

  /**
   * Fits settlements given as epoch milliseconds and rates per settlement interval.
   *
   * @param epochMillis strictly increasing settlement times
   * @param values the rates, finite, same length
   * @return the fit
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException on unsorted or duplicate times, non-finite values or
   *     mismatched lengths (naming the parameter and value)
   * @throws IllegalStateException if there are fewer than 5 observations or no variation
   */
  public OuFit fit(long[] epochMillis, double[] values) {
    Objects.requireNonNull(values, "values");
    double[] t = SeriesTimes.units(epochMillis, timeUnit);
    return fitAt(t, values);
  }

  /**
   * Fits settlements given as instants and rates per settlement interval.
   *
   * @param times strictly increasing settlement instants
   * @param values the rates, finite, same length
   * @return the fit
   * @throws NullPointerException if an array or instant is null
   * @throws IllegalArgumentException on unsorted or duplicate times, non-finite values or
   *     mismatched lengths
   * @throws IllegalStateException if there are fewer than 5 observations or no variation
   */
  public OuFit fit(Instant[] times, double[] values) {
    Objects.requireNonNull(values, "values");
    return fitAt(SeriesTimes.units(times, timeUnit), values);
  }

  /**
   * Fits funding rates settled at the given instants. With {@link #withPerHour} each rate is
   * first divided by its own interval; without it all rates must share one interval.
   *
   * @param times strictly increasing settlement instants
   * @param rates the rates, same length
   * @return the fit
   * @throws NullPointerException if an array or element is null
   * @throws IllegalArgumentException on unsorted or duplicate times, mismatched lengths, or
   *     mixed intervals without per-hour normalisation
   * @throws IllegalStateException if there are fewer than 5 observations or no variation
   */
  public OuFit fit(Instant[] times, FundingRate[] rates) {
    Objects.requireNonNull(rates, "rates");
    double[] t = SeriesTimes.units(times, timeUnit);
    checkLengths(t.length, rates.length, "rates");
    double[] x = new double[rates.length];
    for (int i = 0; i < rates.length; i++) {
      FundingRate r = Objects.requireNonNull(rates[i], "rates[" + i + "]");
      if (perHour) {
        x[i] = r.value() / FundingIntervals.hours(r.interval());
      } else {
        if (!r.interval().equals(rates[0].interval())) {
          throw new IllegalArgumentException("rates must share one interval unless per-hour "
              + "normalised, but rates[" + i + "]=" + r + " and rates[0]=" + rates[0]);
        }
        x[i] = r.value();
      }
    }
    return estimate(t, x);
  }

  /**
   * Fits values observed at times given as numbers of time units (any origin).
   *
   * @param times strictly increasing finite times, in {@link #timeUnit()}s
   * @param values the values, finite, same length
   * @return the fit
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException on unsorted or duplicate or non-finite times,
   *     non-finite values or mismatched lengths
   * @throws IllegalStateException if there are fewer than 5 observations or no variation
   */
  public OuFit fitAt(double[] times, double[] values) {
    Objects.requireNonNull(times, "times");
    Objects.requireNonNull(values, "values");
    checkLengths(times.length, values.length, "values");
    ArgChecks.allFinite("times", times);
    SeriesTimes.requireIncreasing(times);
    ArgChecks.allFinite("values", values);
    if (times.length < MIN_POINTS) {
      throw tooFew(times.length);
    }
    double[] x = values.clone();
    if (perHour) {
      double[] iv = SeriesTimes.inferredIntervals(times);
      double hoursPerUnit = SeriesTimes.unitNanos(timeUnit) / 3.6e12;
      for (int i = 0; i < x.length; i++) {
        x[i] /= iv[i] * hoursPerUnit;
      }
    }
    return estimate(times.clone(), x);
  }

  /**
   * Fits values observed at a regular step.
   *
   * @param values the values in time order, finite
   * @param step the step between observations, positive
   * @return the fit
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is not finite or the step not positive
   * @throws IllegalStateException if there are fewer than 5 observations or no variation
   */
  public OuFit fitRegular(double[] values, Duration step) {
    ArgChecks.allFinite("values", values);
    ArgChecks.positive("step", step);
    double dt = SeriesTimes.unitNanos(step) / SeriesTimes.unitNanos(timeUnit);
    double[] t = new double[values.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = i * dt;
    }
    return fitAt(t, values);
  }

  private static void checkLengths(int times, int values, String name) {
    if (times != values) {
      throw new IllegalArgumentException(
          name + ".length must equal times.length (" + times + "), was " + values);
    }
  }

  private static IllegalStateException tooFew(int n) {
    return new IllegalStateException(
        "an OU fit needs at least " + MIN_POINTS + " observations, got " + n);
  }

  /** t relative or absolute, validated; x finite and owned (may be overwritten). */
  private OuFit estimate(double[] t, double[] x) {
    ArgChecks.allFinite("values", x);
    int len = t.length;
    if (len < MIN_POINTS) {
      throw tooFew(len);
    }
    int replaced = outlierFilter == null ? 0 : outlierFilter.apply(x, x);
    Ar1Sums sums = Ar1Sums.of(x);
    if (!(sums.szz > 0) || !(sums.rss > 0)) {
      throw new IllegalStateException(
          "values have no noise to fit (constant, or an exact deterministic recursion)");
    }
    double span = t[len - 1] - t[0];
    boolean regular = SeriesTimes.regular(t);
    MleEstimate mle = regular ? ClosedFormMle.fit(sums, t[1] - t[0]) : new ProfileMle(t, x).fit();
    DickeyFuller df = adfLagsByAic
        ? DickeyFuller.withLagsByAic(x) : DickeyFuller.ofSums(sums);
    double theta = Double.NaN;
    ConfidenceInterval ci = null;
    if (mle.interior()) {
      double meanStep = span / (len - 1);
      ParametricBootstrap boot = needsBootstrap()
          ? ParametricBootstrap.run(t, x[0], mle, regular, bootstrapPaths, bootstrapSeed,
          timeUnit) : null;
      theta = switch (biasCorrection) {
        case NONE -> mle.theta;
        case TANG_CHEN -> tangChen(mle.theta, meanStep, span, len - 1);
        case BOOTSTRAP -> boot.biasCorrectedTheta();
      };
      ci = intervalMethod == IntervalMethod.PROFILE_LIKELIHOOD ? mle.thetaCi : boot.basicInterval();
    }
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= len;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    return new OuFit(len, span, timeUnit, mle, theta, biasCorrection, intervalMethod, ci, df,
        replaced, mean, Math.sqrt(ss / len));
  }

  private boolean needsBootstrap() {
    return biasCorrection == BiasCorrection.BOOTSTRAP
        || intervalMethod == IntervalMethod.BOOTSTRAP_BASIC;
  }

  /**
   * Tang–Chen: {@code θ̂ − (5 + 2e^(θ̂Δ) + e^(2θ̂Δ)) / (2T)}, applied only while the
   * second-order delta expansion behind it holds, i.e. φ = e^(−θ̂Δ) is at least three
   * standard errors {@code √((1 − φ²)/n)} above zero. Closer to zero the e^(2θ̂Δ) term
   * explodes (white noise would get half-lives of many steps) and θ̂ is kept: such a series
   * reverts within about one step anyway.
   *
   * @param thetaMle the raw MLE per time unit
   * @param meanStep the mean step Δ in time units
   * @param span the span T in time units
   * @param transitions the number of transitions n
   * @return the corrected θ, possibly {@code <= 0}
   */
  static double tangChen(double thetaMle, double meanStep, double span, int transitions) {
    double phi = Math.exp(-thetaMle * meanStep);
    if (phi <= 3 * Math.sqrt((1 - phi * phi) / transitions)) {
      return thetaMle;
    }
    double e = 1 / phi;
    return thetaMle - (5 + 2 * e + e * e) / (2 * span);
  }
}
