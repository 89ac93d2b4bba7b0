package dev.fundingkit.stats.ou;

import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.IntervalSource;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The result of fitting an Ornstein–Uhlenbeck process to a series: the raw exact MLE, the
 * bias-corrected default estimate, standard errors, the 95% interval, the Dickey–Fuller test
 * and the {@link OuVerdict}.
 *
 * <p>θ is per {@link #timeUnit()} and σ per √timeUnit (the hour by default). Rates carry their
 * interval: {@link #mu()} and {@link #stationarySd()} are {@link FundingRate}s per
 * {@link #rateInterval()} (one hour when the fitter normalised per hour); σ and the standard
 * error of μ are in the same rate unit. Half-lives are also given in hours whatever the time
 * unit.
 *
 * <p><b>Data that cannot support a fit</b> (fewer than 5 observations, or no noise: a flat
 * series, or one pinned at a constant after a few prints) gives a fit with
 * {@link OuVerdict#INSUFFICIENT_DATA} and no estimates at all ({@link #phi()},
 * {@link #unitRootTest()} and {@link #mu()} empty), never an exception.
 *
 * <p><b>Half-lives longer than a {@link Duration} can hold</b> (about 292 years, from a
 * tiny but positive θ) saturate at {@link OuParameters#MAX_HALF_LIFE} in {@link #halfLife()};
 * {@link #halfLifeHours()} stays exact.
 *
 * <p><b>Absence instead of NaN.</b> Nothing here is NaN. Quantities that do not exist are
 * empty optionals:
 * <ul>
 *   <li>{@link OuVerdict#NO_MEAN_REVERSION} (φ̂ ≥ 1): no θ, μ, σ, stationary sd, half-life,
 *       interval or standard errors (the half-life is infinite, μ unidentified);</li>
 *   <li>{@link OuVerdict#NOT_IDENTIFIED} (φ̂ ≤ 0, or the 95% interval for φ reaching 0): no
 *       default θ, half-life or parameters (the raw MLE stays available when 0 &lt; φ̂ &lt; 1);
 *       {@link #mu()} and {@link #stationarySd()} are then the sample mean and (population)
 *       sd, because the series is best treated as i.i.d.;</li>
 *   <li>{@link #theta()} is also empty when the bias correction leaves no positive θ (the
 *       verdict is then {@link OuVerdict#INSUFFICIENT_DATA}); the raw MLE stays available;</li>
 *   <li>a standard error is empty if the observed information is not positive definite.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class OuFit implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final double LN2 = Math.log(2);

  private final int n;
  private final double span;
  private final Duration timeUnit;
  private final MleEstimate mle;
  private final double theta;
  private final BiasCorrection biasCorrection;
  private final IntervalMethod intervalMethod;
  private final ConfidenceInterval thetaCi;
  private final DickeyFuller unitRootTest;
  private final OuVerdict verdict;
  private final int replacedOutliers;
  private final double sampleMean;
  private final double sampleSd;
  private final Duration rateInterval;
  private final IntervalSource intervalSource;

  OuFit(int n, double span, Duration timeUnit, MleEstimate mle, double theta,
      BiasCorrection biasCorrection, IntervalMethod intervalMethod, ConfidenceInterval thetaCi,
      DickeyFuller unitRootTest, int replacedOutliers, double sampleMean, double sampleSd,
      Duration rateInterval, IntervalSource intervalSource) {
    this.rateInterval = rateInterval;
    this.intervalSource = intervalSource;
    this.n = n;
    this.span = span;
    this.timeUnit = timeUnit;
    this.mle = mle;
    this.theta = theta > 0 ? theta : Double.NaN;
    this.biasCorrection = biasCorrection;
    this.intervalMethod = intervalMethod;
    this.thetaCi = thetaCi;
    this.unitRootTest = unitRootTest;
    this.replacedOutliers = replacedOutliers;
    this.sampleMean = sampleMean;
    this.sampleSd = sampleSd;
    this.verdict = judge();
  }

  /** A fit of data that cannot support one: no estimates, verdict INSUFFICIENT_DATA. */
  static OuFit insufficient(int n, double span, Duration timeUnit, BiasCorrection correction,
      IntervalMethod method, int replaced, Duration rateInterval, IntervalSource source) {
    return new OuFit(n, span, timeUnit, MleEstimate.boundary(OuEstimator.CLOSED_FORM,
        MleEstimate.Status.DEGENERATE, Double.NaN), Double.NaN, correction, method, null, null,
        replaced, Double.NaN, Double.NaN, rateInterval, source);
  }

  private OuVerdict judge() {
    if (mle.status == MleEstimate.Status.DEGENERATE) {
      return OuVerdict.INSUFFICIENT_DATA;
    }
    boolean unbounded = mle.thetaCi != null && mle.thetaCi.upper() == Double.POSITIVE_INFINITY;
    return judge(n - 1, mle.status, theta, span, unitRootTest.rejectsUnitRootAt5Percent(),
        unbounded);
  }

  /**
   * The verdict rule, shared with the rolling fit; {@code theta} is the default θ or NaN,
   * {@code thetaUpperUnbounded} whether the 95% profile interval for θ reaches ∞ (the one for
   * φ reaches 0). The unit-root test comes before the span check: not rejecting a unit root
   * is the stronger statement.
   */
  static OuVerdict judge(int transitions, MleEstimate.Status status, double theta, double span,
      boolean unitRootRejected, boolean thetaUpperUnbounded) {
    if (transitions < 30 || status == MleEstimate.Status.DEGENERATE) {
      return OuVerdict.INSUFFICIENT_DATA;
    }
    if (status == MleEstimate.Status.UNIT_ROOT) {
      return OuVerdict.NO_MEAN_REVERSION;
    }
    if (status == MleEstimate.Status.TOO_FAST || thetaUpperUnbounded) {
      return OuVerdict.NOT_IDENTIFIED;
    }
    if (!unitRootRejected) {
      return OuVerdict.UNIT_ROOT_NOT_REJECTED;
    }
    if (!(theta > 0) || theta * span < 5 * LN2) {
      return OuVerdict.INSUFFICIENT_DATA;
    }
    return OuVerdict.MEAN_REVERTING;
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  private double hoursPerUnit() {
    return timeUnit.getSeconds() / 3600.0 + timeUnit.getNano() / 3.6e12;
  }

  /**
   * The number of observations fitted (transitions are one fewer).
   *
   * @return the number of observations, {@code >= 5}
   */
  public int n() {
    return n;
  }

  /**
   * The number of transitions (consecutive pairs) the likelihood uses.
   *
   * @return {@code n() − 1}
   */
  public int transitions() {
    return n - 1;
  }

  /**
   * The time between the first and the last observation, in time units.
   *
   * @return the span T, {@code >= 0} (0 for fewer than two observations)
   */
  public double spanUnits() {
    return span;
  }

  /**
   * The mean step {@code T / transitions}, in time units (the step itself for regular data).
   *
   * @return the mean step Δ, positive (0 for fewer than two observations)
   */
  public double meanStepUnits() {
    return n < 2 ? 0 : span / (n - 1);
  }

  /**
   * The interval the fitted rates are per: {@link #mu()}, {@link #stationarySd()}, σ and the
   * standard error of μ are in rates per this interval.
   *
   * @return the rate interval (one hour when the fitter normalised per hour)
   */
  public Duration rateInterval() {
    return rateInterval;
  }

  /**
   * Where the fitted rates' intervals came from.
   *
   * @return the source every point shares, or empty when the series mixed sources
   */
  public Optional<IntervalSource> intervalSource() {
    return Optional.ofNullable(intervalSource);
  }

  /**
   * The rate interval in words, e.g. {@code 8h}.
   *
   * @return the label
   */
  public String intervalLabel() {
    return FundingIntervals.format(rateInterval);
  }

  /**
   * The interval source in words: {@code declared}, {@code inferred}, {@code assumed} or
   * {@code mixed}.
   *
   * @return the label
   */
  public String intervalSourceLabel() {
    return intervalSource == null ? "mixed" : intervalSource.label();
  }

  /**
   * The span in half-lives of the default θ, {@code θ̃·T / ln 2}.
   *
   * @return the span in half-lives, or empty when θ̃ does not exist
   */
  public OptionalDouble spanHalfLives() {
    return theta().isPresent() ? OptionalDouble.of(theta * span / LN2) : OptionalDouble.empty();
  }

  /**
   * The caveats on this fit: {@link OuCaveat#SHORT_SPAN} when the span covers fewer than 30
   * half-lives.
   *
   * @return an unmodifiable set, possibly empty
   */
  public Set<OuCaveat> caveats() {
    EnumSet<OuCaveat> out = EnumSet.noneOf(OuCaveat.class);
    OptionalDouble spanHl = spanHalfLives();
    if (spanHl.isPresent() && spanHl.getAsDouble() < 30) {
      out.add(OuCaveat.SHORT_SPAN);
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * The unit θ and σ refer to.
   *
   * @return the time unit (one hour by default)
   */
  public Duration timeUnit() {
    return timeUnit;
  }

  /**
   * Which exact MLE was used: the closed form (regular steps) or the 1-D profile likelihood.
   *
   * @return the estimator
   */
  public OuEstimator estimator() {
    return mle.estimator;
  }

  /**
   * The correction applied to get {@link #theta()}.
   *
   * @return the bias correction
   */
  public BiasCorrection biasCorrection() {
    return biasCorrection;
  }

  /**
   * How {@link #thetaCi()} was built.
   *
   * @return the interval method
   */
  public IntervalMethod intervalMethod() {
    return intervalMethod;
  }

  /**
   * The AR(1) coefficient. Regular steps: the least-squares slope {@code φ̂} (any real
   * value). Irregular steps: {@code e^(−θ̂Δ)} at the mean step Δ, 1 when the likelihood peaks
   * at θ → 0.
   *
   * @return φ̂, or empty when the data could not support a fit
   */
  public OptionalDouble phi() {
    return opt(mle.phi);
  }

  /**
   * The verdict on mean reversion.
   *
   * @return the verdict
   */
  public OuVerdict verdict() {
    return verdict;
  }

  /**
   * The raw exact-discretisation MLE of θ, per time unit.
   *
   * @return θ̂, or empty when φ̂ ∉ (0, 1)
   */
  public OptionalDouble thetaMle() {
    return opt(mle.theta);
  }

  /**
   * The default estimate of θ per time unit: the MLE after {@link #biasCorrection()}.
   *
   * @return θ̃, or empty when θ̂ does not exist, the correction leaves no positive value, or
   *     the verdict is {@link OuVerdict#NOT_IDENTIFIED} (a half-life that may be shorter than
   *     the step is never reported as the default estimate)
   */
  public OptionalDouble theta() {
    return mle.interior() && verdict != OuVerdict.NOT_IDENTIFIED ? opt(theta)
        : OptionalDouble.empty();
  }

  /** Whether the series is best treated as i.i.d.: θ not identified by either rule. */
  private boolean iid() {
    return mle.status == MleEstimate.Status.TOO_FAST || verdict == OuVerdict.NOT_IDENTIFIED;
  }

  /**
   * The long-run mean μ̂ (MLE), or the sample mean when {@link OuVerdict#NOT_IDENTIFIED}.
   *
   * @return μ̂ per {@link #rateInterval()}, or empty when {@link OuVerdict#NO_MEAN_REVERSION}
   *     or the data could not support a fit
   */
  public Optional<FundingRate> mu() {
    if (iid()) {
      return rate(sampleMean);
    }
    return rate(mle.mu);
  }

  private Optional<FundingRate> rate(double value) {
    return Double.isNaN(value) ? Optional.empty()
        : Optional.of(FundingRate.of(value, rateInterval));
  }

  /**
   * The diffusion σ̂ (MLE) in rates per {@link #rateInterval()} per √time unit. σ̂ is nearly
   * unbiased, so it is not corrected.
   *
   * @return σ̂, or empty when φ̂ ∉ (0, 1)
   */
  public OptionalDouble sigma() {
    return opt(mle.sigma);
  }

  /**
   * The stationary sd {@code σ̂/√(2θ̃)} with the default θ (the z-score unit), or the sample
   * sd when {@link OuVerdict#NOT_IDENTIFIED}. Using the corrected θ undoes most of the
   * downward bias that {@code σ̂/√(2θ̂)} inherits from θ̂.
   *
   * @return the stationary sd per {@link #rateInterval()}, or empty when θ̃ does not exist
   */
  public Optional<FundingRate> stationarySd() {
    if (iid()) {
      return rate(sampleSd);
    }
    return theta().isPresent() ? rate(mle.sigma / Math.sqrt(2 * theta)) : Optional.empty();
  }

  /**
   * The stationary sd with the raw MLE, {@code σ̂/√(2θ̂) = √(v̂/(1−φ̂²))}.
   *
   * @return the MLE stationary sd per {@link #rateInterval()}, or empty when φ̂ ∉ (0, 1)
   */
  public Optional<FundingRate> stationarySdMle() {
    return mle.interior() ? rate(mle.sigma / Math.sqrt(2 * mle.theta)) : Optional.empty();
  }

  /**
   * The standard error of θ̂ from the observed information, per time unit.
   *
   * @return se(θ̂), or empty when θ̂ does not exist
   */
  public OptionalDouble seTheta() {
    return opt(mle.seTheta);
  }

  /**
   * The standard error of μ̂ from the observed information, in rates per
   * {@link #rateInterval()}.
   *
   * @return se(μ̂) per {@link #rateInterval()}, or empty when μ̂ does not exist
   */
  public Optional<FundingRate> seMu() {
    OptionalDouble se = opt(mle.seMu);
    return se.isPresent() ? Optional.of(FundingRate.of(se.getAsDouble(), rateInterval))
        : Optional.empty();
  }

  /**
   * The standard error of σ̂ from the observed information, in σ's unit.
   *
   * @return se(σ̂), or empty when σ̂ does not exist
   */
  public OptionalDouble seSigma() {
    return opt(mle.seSigma);
  }

  /**
   * The 95% interval for θ per time unit, by {@link #intervalMethod()}.
   *
   * @return the interval, or empty when θ̂ does not exist
   */
  public Optional<ConfidenceInterval> thetaCi() {
    return Optional.ofNullable(thetaCi);
  }

  /**
   * The 95% profile-likelihood interval for θ whatever {@link #intervalMethod()} is.
   *
   * @return the interval, or empty when θ̂ does not exist
   */
  public Optional<ConfidenceInterval> thetaCiProfile() {
    return Optional.ofNullable(mle.thetaCi);
  }

  /**
   * The fitted parameters with the default (bias-corrected) θ: what signals should use.
   *
   * @return (θ̃, μ̂, σ̂, time unit), or empty when θ̃ does not exist
   */
  public Optional<OuParameters> parameters() {
    return theta().isPresent()
        ? Optional.of(new OuParameters(theta, FundingRate.of(mle.mu, rateInterval), mle.sigma, timeUnit)) : Optional.empty();
  }

  /**
   * The fitted parameters with the raw MLE θ̂.
   *
   * @return (θ̂, μ̂, σ̂, time unit), or empty when θ̂ does not exist
   */
  public Optional<OuParameters> parametersMle() {
    return mle.interior()
        ? Optional.of(new OuParameters(mle.theta, FundingRate.of(mle.mu, rateInterval), mle.sigma,
            timeUnit))
        : Optional.empty();
  }

  /**
   * The half-life {@code ln 2/θ̃} with the default θ. Never throws: a half-life longer than a
   * {@link Duration} can hold saturates at {@link OuParameters#MAX_HALF_LIFE}.
   *
   * @return the half-life, or empty when θ̃ does not exist
   */
  public Optional<Duration> halfLife() {
    return parameters().map(OuParameters::halfLife);
  }

  /**
   * The half-life {@code ln 2/θ̂} of the raw MLE, saturating as {@link #halfLife()} does.
   *
   * @return the MLE half-life, or empty when θ̂ does not exist
   */
  public Optional<Duration> halfLifeMle() {
    return parametersMle().map(OuParameters::halfLife);
  }

  /**
   * The half-life in hours with the default θ.
   *
   * @return {@code ln 2/θ̃} in hours, or empty when θ̃ does not exist
   */
  public OptionalDouble halfLifeHours() {
    return theta().isPresent() ? OptionalDouble.of(LN2 / theta * hoursPerUnit())
        : OptionalDouble.empty();
  }

  /**
   * The half-life in hours of the raw MLE.
   *
   * @return {@code ln 2/θ̂} in hours, or empty when θ̂ does not exist
   */
  public OptionalDouble halfLifeHoursMle() {
    return mle.interior() ? OptionalDouble.of(LN2 / mle.theta * hoursPerUnit())
        : OptionalDouble.empty();
  }

  /**
   * The 95% interval for the half-life in hours: {@code ln 2} over the θ bounds, reversed.
   * The upper bound is {@code +∞} when the θ interval reaches 0 (a unit root).
   *
   * @return the interval, or empty when θ̂ does not exist
   */
  public Optional<ConfidenceInterval> halfLifeHoursCi() {
    return thetaCi().map(ci -> ci.reciprocal(LN2).scaledBy(hoursPerUnit()));
  }

  /**
   * The Dickey–Fuller test on the fitted values.
   *
   * @return the test with τ and MacKinnon's 1%, 5% and 10% critical values, or empty when the
   *     data could not support a fit
   */
  public Optional<DickeyFuller> unitRootTest() {
    return Optional.ofNullable(unitRootTest);
  }

  /**
   * The Dickey–Fuller statistic τ.
   *
   * @return τ, or empty when the data could not support a fit
   */
  public OptionalDouble adfTau() {
    return unitRootTest == null ? OptionalDouble.empty() : OptionalDouble.of(unitRootTest.tau());
  }

  /**
   * How many points the outlier pre-filter replaced (0 when it was off).
   *
   * @return the number of replaced points
   */
  public int replacedOutliers() {
    return replacedOutliers;
  }

  /**
   * A one-line summary, e.g.
   * {@code OuFit[MEAN_REVERTING n=1000 θ=0.00905 (MLE 0.00957)/PT1H HL=76.6h ...]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("OuFit[").append(verdict).append(" n=").append(n);
    thetaMle().ifPresent(t -> b.append(" θMLE=").append(t));
    theta().ifPresent(t -> b.append(" θ=").append(t));
    b.append('/').append(timeUnit);
    mu().ifPresent(m -> b.append(" μ=").append(m.value()).append('/').append(intervalLabel()));
    sigma().ifPresent(s -> b.append(" σ=").append(s));
    halfLifeHours().ifPresent(h -> b.append(" HL=").append(h).append('h'));
    halfLifeHoursCi().ifPresent(ci -> b.append(" HL95%=[").append(ci.lower()).append(", ")
        .append(ci.upper()).append("]h"));
    phi().ifPresent(p -> b.append(" φ=").append(p));
    adfTau().ifPresent(t -> b.append(" τ=").append(t));
    if (replacedOutliers > 0) {
      b.append(" replaced=").append(replacedOutliers);
    }
    return b.append(']').toString();
  }

  // Written through a proxy that flattens the internal MLE (not itself serializable, and not
  // part of the API) and read back through the constructor the fitter uses, which maps a
  // non-positive θ to absent and judges the verdict again, so a stream cannot carry a verdict
  // its figures do not support.
  private Object writeReplace() {
    return new Proxy(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("OuFit is read through its serialization proxy");
  }

  /** The serial form of a fit: its settings, the MLE's figures and the tests. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int n;
    private final double span;
    private final Duration timeUnit;
    private final OuEstimator estimator;
    private final String status;
    private final double mlePhi;
    private final double mleTheta;
    private final double mleMu;
    private final double mleSigma;
    private final double mleSeTheta;
    private final double mleSeMu;
    private final double mleSeSigma;
    private final ConfidenceInterval mleThetaCi;
    private final double theta;
    private final BiasCorrection biasCorrection;
    private final IntervalMethod intervalMethod;
    private final ConfidenceInterval thetaCi;
    private final DickeyFuller unitRootTest;
    private final int replacedOutliers;
    private final double sampleMean;
    private final double sampleSd;
    private final Duration rateInterval;
    private final IntervalSource intervalSource;

    Proxy(OuFit f) {
      n = f.n;
      span = f.span;
      timeUnit = f.timeUnit;
      estimator = f.mle.estimator;
      // the internal status by name, so the serial form does not depend on its declaration
      status = f.mle.status.name();
      mlePhi = f.mle.phi;
      mleTheta = f.mle.theta;
      mleMu = f.mle.mu;
      mleSigma = f.mle.sigma;
      mleSeTheta = f.mle.seTheta;
      mleSeMu = f.mle.seMu;
      mleSeSigma = f.mle.seSigma;
      mleThetaCi = f.mle.thetaCi;
      theta = f.theta;
      biasCorrection = f.biasCorrection;
      intervalMethod = f.intervalMethod;
      thetaCi = f.thetaCi;
      unitRootTest = f.unitRootTest;
      replacedOutliers = f.replacedOutliers;
      sampleMean = f.sampleMean;
      sampleSd = f.sampleSd;
      rateInterval = f.rateInterval;
      intervalSource = f.intervalSource;
    }

    private Object readResolve() throws InvalidObjectException {
      try {
        Objects.requireNonNull(timeUnit, "timeUnit");
        Objects.requireNonNull(estimator, "estimator");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(biasCorrection, "biasCorrection");
        Objects.requireNonNull(intervalMethod, "intervalMethod");
        Objects.requireNonNull(rateInterval, "rateInterval");
        MleEstimate.Status s = MleEstimate.Status.valueOf(status);
        if (s != MleEstimate.Status.DEGENERATE) {
          // judge() reads the unit-root test of every fit that has estimates
          Objects.requireNonNull(unitRootTest, "unitRootTest");
        }
        return new OuFit(n, span, timeUnit, new MleEstimate(estimator, s, mlePhi, mleTheta,
            mleMu, mleSigma, mleSeTheta, mleSeMu, mleSeSigma, mleThetaCi), theta,
            biasCorrection, intervalMethod, thetaCi, unitRootTest, replacedOutliers,
            sampleMean, sampleSd, rateInterval, intervalSource);
      } catch (RuntimeException e) {
        InvalidObjectException bad = new InvalidObjectException(e.getMessage());
        bad.initCause(e);
        throw bad;
      }
    }
  }
}
