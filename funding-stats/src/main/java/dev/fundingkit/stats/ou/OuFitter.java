package dev.fundingkit.stats.ou;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.core.series.IntervalSource;
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
 * lengths, an explicit interval for the array forms. Data that cannot support a fit (fewer
 * than 5 observations, a flat series) is not an error: the fit says
 * {@link OuVerdict#INSUFFICIENT_DATA}. Only a bootstrap option gets
 * {@link IllegalStateException}, when fewer than half of the refits give a finite θ.
 *
 * <p>Immutable and thread-safe.
 */
public final class OuFitter {

  private static final int MIN_POINTS = 5;
  private static final Duration HOUR = Duration.ofHours(1);
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
   * A copy that first rescales each rate to one hour by its own interval: the series'
   * per-point intervals (declared, or inferred once by core's {@code IntervalInference} when
   * the series was built), or the explicit interval of the array forms. Stats has no interval
   * rule of its own.
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
   * Fits a funding series at its real timestamps. With {@link #withPerHour} each rate is first
   * rescaled to one hour by its own interval ({@link FundingSeries#perHour()}); without it, a
   * series whose intervals differ is rescaled to the interval of its last point, so the fit
   * never mixes units. The fit's {@link OuFit#rateInterval()} says which.
   *
   * <p>Data that cannot support a fit (fewer than 5 points, or no noise) gives a fit with
   * {@link OuVerdict#INSUFFICIENT_DATA}.
   *
   * @param series the series
   * @return the fit
   * @throws NullPointerException if {@code series} is null
   * @throws IllegalArgumentException if a rescaled rate overflows
   * @throws IllegalStateException if a bootstrap option is chosen and fewer than half of the
   *     refits give a finite θ
   */
  public OuFit fit(FundingSeries series) {
    Objects.requireNonNull(series, "series");
    IntervalSource source = series.commonIntervalSource().orElse(null);
    if (series.isEmpty()) {
      return OuFit.insufficient(0, 0, timeUnit, biasCorrection, intervalMethod, 0,
          perHour ? HOUR : Duration.ofHours(8), source);
    }
    Duration interval = perHour ? HOUR
        : series.commonInterval().orElse(series.interval(series.size() - 1));
    double[] x = series.valuesPer(interval);
    double[] t = SeriesTimes.units(series.epochMilliBuffer(), timeUnit);
    return estimate(t, x, interval, source);
  }

  /**
   * Bulk form for hot paths: settlements as epoch milliseconds with rates all per one
   * interval. Intervals are labelled {@link IntervalSource#ASSUMED} (the caller's statement).
   *
   * @param epochMillis strictly increasing settlement times
   * @param values the rates per {@code interval}, finite, same length
   * @param interval the interval of every rate, positive
   * @return the fit
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException on unsorted or duplicate times, non-finite values,
   *     mismatched lengths or a non-positive interval (naming the parameter and value)
   * @throws IllegalStateException if a bootstrap option is chosen and fewer than half of the
   *     refits give a finite θ
   */
  public OuFit fit(long[] epochMillis, double[] values, Duration interval) {
    Objects.requireNonNull(values, "values");
    ArgChecks.positive("interval", interval);
    double[] t = SeriesTimes.units(epochMillis, timeUnit);
    checkLengths(t.length, values.length, "values");
    return estimateArrays(t, values, interval);
  }

  /**
   * Fits values observed at times given as numbers of time units (any origin), rates all per
   * one interval (labelled {@link IntervalSource#ASSUMED}).
   *
   * @param times strictly increasing finite times, in {@link #timeUnit()}s
   * @param values the rates per {@code interval}, finite, same length
   * @param interval the interval of every rate, positive
   * @return the fit
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException on unsorted or duplicate or non-finite times,
   *     non-finite values, mismatched lengths or a non-positive interval
   * @throws IllegalStateException if a bootstrap option is chosen and fewer than half of the
   *     refits give a finite θ
   */
  public OuFit fitAt(double[] times, double[] values, Duration interval) {
    Objects.requireNonNull(times, "times");
    Objects.requireNonNull(values, "values");
    ArgChecks.positive("interval", interval);
    checkLengths(times.length, values.length, "values");
    ArgChecks.allFinite("times", times);
    SeriesTimes.requireIncreasing(times);
    // the fit only reads the times, so the caller's array is used as it is
    return estimateArrays(times, values, interval);
  }

  /**
   * Fits rates observed at a regular step, each rate per that step (labelled
   * {@link IntervalSource#ASSUMED}).
   *
   * @param values the rates per {@code step} in time order, finite
   * @param step the step between observations and the rates' interval, positive
   * @return the fit
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is not finite or the step not positive
   * @throws IllegalStateException if a bootstrap option is chosen and fewer than half of the
   *     refits give a finite θ
   */
  public OuFit fitRegular(double[] values, Duration step) {
    Objects.requireNonNull(values, "values");
    // PIT: equivalent mutant (boundary of values.length >= MIN_POINTS): at exactly 5 points
    // the general path below gives the same fit, only slower
    if (outlierFilter == null && !needsBootstrap() && !adfLagsByAic
        && values.length >= MIN_POINTS && step != null && !step.isNegative()
        && !step.isZero()) {
      // a bad argument falls through to the checks below, so the exceptions stay as they were
      boolean rescale = perHour && !step.equals(HOUR);
      RegularPass pass = RegularPass.of(values, rescale ? FundingIntervals.hours(step) : 1.0);
      if (pass != null) {
        return fitRegularPass(pass, values.length, step, rescale ? HOUR : step);
      }
    }
    ArgChecks.allFinite("values", values);
    ArgChecks.positive("step", step);
    double dt = SeriesTimes.unitNanos(step) / SeriesTimes.unitNanos(timeUnit);
    double[] t = new double[values.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = i * dt;
    }
    return fitAt(t, values, step);
  }

  /**
   * The default fit from one pass of sums: the same steps as {@link #estimate} for regular
   * times, with the times never built (t[i] = i·Δ, so the span is (n − 1)·Δ) and the values
   * never copied or rescaled (the pass divides its sums instead).
   */
  private OuFit fitRegularPass(RegularPass pass, int len, Duration step, Duration rateInterval) {
    double dt = SeriesTimes.unitNanos(step) / SeriesTimes.unitNanos(timeUnit);
    double span = (len - 1) * dt;
    Ar1Sums sums = pass.sums;
    if (!hasNoise(sums, pass.scale)) {
      return OuFit.insufficient(len, span, timeUnit, biasCorrection, intervalMethod, 0,
          rateInterval, IntervalSource.ASSUMED);
    }
    MleEstimate mle = ClosedFormMle.fit(sums, dt);
    DickeyFuller df = DickeyFuller.ofSums(sums);
    double theta = Double.NaN;
    ConfidenceInterval ci = null;
    if (mle.interior()) {
      theta = biasCorrection == BiasCorrection.NONE ? mle.theta
          // PIT: equivalent mutant (Math on len - 1 as 4th arg): tangChen ignores transitions
          : tangChen(mle.theta, span / (len - 1), span, len - 1);
      ci = mle.thetaCi;
    }
    return new OuFit(len, span, timeUnit, mle, theta, biasCorrection, intervalMethod, ci, df,
        0, pass.mean, pass.sd, rateInterval, IntervalSource.ASSUMED);
  }

  /**
   * Fits every time window of a series with this fitter's settings (bias correction, interval
   * method, outlier filter, per-hour, DF lags): the one OU engine, so each window has the same
   * profile interval, verdict, span in half-lives and caveats as a single {@link #fit}.
   *
   * <p>Windows are half-open, {@code [end − window, end)}, keyed by {@code end}: the first
   * ends at {@code series.firstTime() + window}, each next one {@code step} later, the last is
   * the first end after {@code series.lastTime()}. A window with too little data is an
   * {@link OuVerdict#INSUFFICIENT_DATA} fit, never an exception.
   *
   * @param series the series
   * @param window the span of each window, positive
   * @param step how far successive window ends move, positive
   * @return the fits in order of window end (unmodifiable); empty for an empty series
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code window} or {@code step} is not positive, or
   *     there would be more than 1 000 000 windows
   * @throws IllegalStateException as {@link #fit(FundingSeries)}
   */
  public java.util.NavigableMap<Instant, OuFit> rolling(FundingSeries series, Duration window,
      Duration step) {
    Objects.requireNonNull(series, "series");
    ArgChecks.positive("window", window);
    ArgChecks.positive("step", step);
    java.util.TreeMap<Instant, OuFit> out = new java.util.TreeMap<>();
    if (series.isEmpty()) {
      return java.util.Collections.unmodifiableNavigableMap(out);
    }
    Instant last = series.lastTime();
    long count = Math.max(0, Duration.between(series.firstTime().plus(window), last).toMillis())
        / Math.max(1, step.toMillis()) + 1;
    if (count > 1_000_000) {
      throw new IllegalArgumentException("step " + step + " gives " + count
          + " windows over the series (at most 1000000)");
    }
    for (Instant end = series.firstTime().plus(window); ; end = end.plus(step)) {
      out.put(end, fit(series.slice(end.minus(window), end)));
      if (end.isAfter(last)) {
        break;
      }
    }
    return java.util.Collections.unmodifiableNavigableMap(out);
  }

  /**
   * A streaming accumulator with this fitter's time unit, bias correction and per-hour
   * setting, for a regular series of rates per {@code step}.
   *
   * @param step the spacing of the observations and the interval of their rates, positive
   * @return an empty accumulator
   * @throws NullPointerException if {@code step} is null
   * @throws IllegalArgumentException if {@code step} is not positive, or this fitter uses a
   *     setting a stream cannot honour (an outlier filter, a bootstrap correction or
   *     interval, ADF lags)
   */
  public OuAccumulator accumulator(Duration step) {
    ArgChecks.positive("step", step);
    if (outlierFilter != null || needsBootstrap() || adfLagsByAic) {
      throw new IllegalArgumentException("a streaming fit cannot use an outlier filter, the"
          + " bootstrap or ADF lags; this fitter has " + this);
    }
    return OuAccumulator.of(step, timeUnit, biasCorrection, perHour);
  }

  /**
   * The settings, e.g. {@code OuFitter[unit=PT1H TANG_CHEN PROFILE_LIKELIHOOD perHour=false]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "OuFitter[unit=" + timeUnit + " " + biasCorrection + " " + intervalMethod
        + (outlierFilter == null ? "" : " filter=" + outlierFilter) + " adfLagsByAic="
        + adfLagsByAic + " perHour=" + perHour + "]";
  }

  private OuFit estimateArrays(double[] t, double[] values, Duration interval) {
    ArgChecks.allFinite("values", values);
    boolean rescale = perHour && !interval.equals(HOUR);
    // only the outlier filter and the per-hour rescale write to the values: copy just for them
    double[] x = outlierFilter != null || rescale ? values.clone() : values;
    Duration rateInterval = interval;
    if (rescale) {
      double hours = FundingIntervals.hours(interval);
      for (int i = 0; i < x.length; i++) {
        x[i] /= hours;
      }
      rateInterval = HOUR;
    }
    return estimate(t, x, rateInterval, IntervalSource.ASSUMED);
  }

  private static void checkLengths(int times, int values, String name) {
    if (times != values) {
      throw new IllegalArgumentException(
          name + ".length must equal times.length (" + times + "), was " + values);
    }
  }

  /**
   * Whether the sums leave noise to fit, relative to the data's own scale: the regressor and
   * the response must vary by more than 1e-12 of the largest magnitude, and the residual sum
   * of squares must exceed 1e-14 of the response's (the rolling fit's guard). Rounding residue
   * of a pinned series (σ̂ ≈ 6e-20, τ ≈ −7e15 with an absolute {@code rss > 0} test) fails it.
   */
  static boolean hasNoise(Ar1Sums sums, double[] x) {
    double scale = 0;
    for (double v : x) {
      scale = Math.max(scale, Math.abs(v));
    }
    return hasNoise(sums, scale);
  }

  /** As {@link #hasNoise(Ar1Sums, double[])} given the largest magnitude. */
  static boolean hasNoise(Ar1Sums sums, double scale) {
    double floor = 1e-24 * scale * scale * sums.n;
    return sums.szz > floor && sums.syy > floor && sums.rss > 1e-14 * sums.syy;
  }

  /**
   * t relative or absolute, validated, only read; x finite, overwritten only by the outlier
   * filter (so owned whenever there is one).
   */
  private OuFit estimate(double[] t, double[] x, Duration rateInterval, IntervalSource source) {
    int len = t.length;
    double span = len == 0 ? 0 : t[len - 1] - t[0];
    if (len < MIN_POINTS) {
      return OuFit.insufficient(len, span, timeUnit, biasCorrection, intervalMethod, 0,
          rateInterval, source);
    }
    int replaced = outlierFilter == null ? 0 : outlierFilter.apply(x, x);
    Ar1Sums sums = Ar1Sums.of(x);
    if (!hasNoise(sums, x)) {
      return OuFit.insufficient(len, span, timeUnit, biasCorrection, intervalMethod, replaced,
          rateInterval, source);
    }
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
        // PIT: equivalent mutant (Math on len - 1): tangChen ignores its transitions argument
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
        replaced, mean, Math.sqrt(ss / len), rateInterval, source);
  }

  private boolean needsBootstrap() {
    return biasCorrection == BiasCorrection.BOOTSTRAP
        || intervalMethod == IntervalMethod.BOOTSTRAP_BASIC;
  }

  /**
   * Tang–Chen: {@code θ̂ − (5 + 2e^(θ̂Δ) + e^(2θ̂Δ)) / (2T)}, always applied. (Until 0.2 it was
   * skipped when φ̂ was within 3 standard errors of 0; that guarded white noise from getting
   * half-lives of many steps, which the verdict now does directly: when the 95% interval for
   * φ reaches 0 the fit is {@link OuVerdict#NOT_IDENTIFIED} whatever θ̃ is. Where the interval
   * excludes 0, {@code φ̂ > 1.96·se}, so {@code e^(2θ̂Δ) = 1/φ̂² < n/3.8} and the correction is at
   * most about {@code 1/(7.7Δ)}, below θ̂ itself.)
   *
   * @param thetaMle the raw MLE per time unit
   * @param meanStep the mean step Δ in time units
   * @param span the span T in time units
   * @param transitions the number of transitions n (unused since 0.2, kept for the rolling
   *     fit's call)
   * @return the corrected θ, possibly {@code <= 0}
   */
  static double tangChen(double thetaMle, double meanStep, double span, int transitions) {
    double e = Math.exp(thetaMle * meanStep);
    return thetaMle - (5 + 2 * e + e * e) / (2 * span);
  }
}
