package dev.fundingkit.stats.ou;

import dev.fundingkit.core.rate.FundingRate;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The result of {@link TwoTimescaleFitter}: fast and slow half-lives with 95% profile
 * intervals, the fast component's share of the stationary variance, μ, and the
 * likelihood-ratio statistic against one OU fitted by the same exact likelihood.
 *
 * <p>Rates (μ, the stationary sd) are per {@link #rateInterval()}; θ per hour. Computed, not
 * constructible by callers. Immutable and thread-safe.
 */
public final class TwoTimescaleFit implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final double LN2 = Math.log(2);

  private final int n;
  private final double thetaFast;
  private final double thetaSlow;
  private final double fastShare;
  private final double mu;
  private final double variance;
  private final ConfidenceInterval thetaFastCi;
  private final ConfidenceInterval thetaSlowCi;
  private final double thetaOne;
  private final double lrStatistic;
  private final boolean preferred;
  private final double[] stateMean;
  private final double[] stateCov;
  private final Instant lastTime;
  private final FundingRate latest;

  TwoTimescaleFit(int n, double thetaFast, double thetaSlow, double fastShare, double mu,
      double variance, ConfidenceInterval thetaFastCi, ConfidenceInterval thetaSlowCi,
      double thetaOne, double lrStatistic, boolean preferred, double[] stateMean,
      double[] stateCov, Instant lastTime, FundingRate latest) {
    this.n = n;
    this.thetaFast = thetaFast;
    this.thetaSlow = thetaSlow;
    this.fastShare = fastShare;
    this.mu = mu;
    this.variance = variance;
    this.thetaFastCi = thetaFastCi;
    this.thetaSlowCi = thetaSlowCi;
    this.thetaOne = thetaOne;
    this.lrStatistic = lrStatistic;
    this.preferred = preferred;
    this.stateMean = stateMean;
    this.stateCov = stateCov;
    this.lastTime = lastTime;
    this.latest = latest;
  }

  /**
   * The number of observations fitted.
   *
   * @return n
   */
  public int n() {
    return n;
  }

  /**
   * The fast component's θ per hour.
   *
   * @return θ₁ {@code > θ₂}
   */
  public double thetaFast() {
    return thetaFast;
  }

  /**
   * The slow component's θ per hour.
   *
   * @return θ₂, positive
   */
  public double thetaSlow() {
    return thetaSlow;
  }

  /**
   * The fast half-life {@code ln 2/θ₁} in hours.
   *
   * @return the fast half-life
   */
  public double halfLifeFastHours() {
    return LN2 / thetaFast;
  }

  /**
   * The slow half-life {@code ln 2/θ₂} in hours.
   *
   * @return the slow half-life
   */
  public double halfLifeSlowHours() {
    return LN2 / thetaSlow;
  }

  /**
   * The 95% profile-likelihood interval of the fast half-life in hours (upper end may be ∞).
   *
   * @return the interval
   */
  public ConfidenceInterval halfLifeFastHoursCi() {
    return thetaFastCi.reciprocal(LN2);
  }

  /**
   * The 95% profile-likelihood interval of the slow half-life in hours (upper end may be ∞).
   *
   * @return the interval
   */
  public ConfidenceInterval halfLifeSlowHoursCi() {
    return thetaSlowCi.reciprocal(LN2);
  }

  /**
   * The fast component's share of the stationary variance.
   *
   * @return w in {@code [0, 1]}
   */
  public double fastShare() {
    return fastShare;
  }

  /**
   * The long-run mean.
   *
   * @return μ per {@link #rateInterval()}
   */
  public FundingRate mu() {
    return FundingRate.of(mu, latest.interval());
  }

  /**
   * The stationary sd of the sum, {@code √(s₁² + s₂²)}.
   *
   * @return the sd per {@link #rateInterval()}
   */
  public FundingRate stationarySd() {
    return FundingRate.of(Math.sqrt(variance), latest.interval());
  }

  /**
   * The interval the fitted rates are per.
   *
   * @return the rate interval
   */
  public Duration rateInterval() {
    return latest.interval();
  }

  /**
   * The half-life in hours of one OU fitted by the same exact (stationary-start) likelihood:
   * the null model of the test.
   *
   * @return {@code ln 2/θ} of the one-OU fit
   */
  public double halfLifeOneHours() {
    return LN2 / thetaOne;
  }

  /**
   * The likelihood-ratio statistic {@code 2(ℓ₂ − ℓ₁)}, {@code >= 0}.
   *
   * @return LR
   */
  public double lrStatistic() {
    return lrStatistic;
  }

  /**
   * Whether two timescales are preferred over one: {@code LR > 5.99} (χ²(2) at 5%, a
   * convention: see {@link TwoTimescaleFitter}).
   *
   * @return true when one OU does not fit the lag structure
   */
  public boolean preferred() {
    return preferred;
  }

  /**
   * The components' σ in rates per {@link #rateInterval()} per √hour: {@code √(2θⱼsⱼ²)}.
   *
   * @return {σ_fast, σ_slow}, a new array
   */
  public double[] sigmas() {
    return new double[] {Math.sqrt(2 * thetaFast * fastShare * variance),
        Math.sqrt(2 * thetaSlow * (1 - fastShare) * variance)};
  }

  /**
   * The components' filtered mean deviation from μ at the last settlement.
   *
   * @return {fast, slow} per {@link #rateInterval()}, a new array
   */
  public double[] stateMean() {
    return stateMean.clone();
  }

  /**
   * The covariance of the filtered state at the last settlement, row-major 2 × 2.
   *
   * @return a new array of length 4
   */
  public double[] stateCovariance() {
    return stateCov.clone();
  }

  /**
   * The last settlement instant of the fitted series.
   *
   * @return the instant
   */
  public Instant lastTime() {
    return lastTime;
  }

  /**
   * The last fitted rate, per {@link #rateInterval()}.
   *
   * @return the rate
   */
  public FundingRate latest() {
    return latest;
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof TwoTimescaleFit)) {
      return false;
    }
    TwoTimescaleFit o = (TwoTimescaleFit) obj;
    return n == o.n && thetaFast == o.thetaFast && thetaSlow == o.thetaSlow
        && fastShare == o.fastShare && mu == o.mu && variance == o.variance
        && thetaFastCi.equals(o.thetaFastCi) && thetaSlowCi.equals(o.thetaSlowCi)
        && thetaOne == o.thetaOne && lrStatistic == o.lrStatistic && preferred == o.preferred
        && Arrays.equals(stateMean, o.stateMean) && Arrays.equals(stateCov, o.stateCov)
        && lastTime.equals(o.lastTime) && latest.equals(o.latest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(n, thetaFast, thetaSlow, fastShare, mu, variance, lrStatistic,
        lastTime, latest);
  }

  /**
   * A one-line summary.
   *
   * @return e.g. {@code TwoTimescaleFit[preferred HL fast=9.1h slow=160h LR=512.3 ...]}
   */
  @Override
  public String toString() {
    return "TwoTimescaleFit[" + (preferred ? "preferred" : "not preferred") + " n=" + n
        + " HL fast=" + halfLifeFastHours() + "h " + halfLifeFastHoursCi() + " slow="
        + halfLifeSlowHours() + "h " + halfLifeSlowHoursCi() + " fastShare=" + fastShare
        + " LR=" + lrStatistic + " oneOU HL=" + halfLifeOneHours() + "h]";
  }

  // Written through a proxy and read back through the constructor the fitter uses, after
  // checking what the fitter always gives it: its references and a 2-state mean and 2 × 2
  // covariance.
  private Object writeReplace() {
    return new Proxy(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("TwoTimescaleFit is read through its serialization proxy");
  }

  /** The serial form of a two-timescale fit: its fifteen figures. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int n;
    private final double thetaFast;
    private final double thetaSlow;
    private final double fastShare;
    private final double mu;
    private final double variance;
    private final ConfidenceInterval thetaFastCi;
    private final ConfidenceInterval thetaSlowCi;
    private final double thetaOne;
    private final double lrStatistic;
    private final boolean preferred;
    private final double[] stateMean;
    private final double[] stateCov;
    private final Instant lastTime;
    private final FundingRate latest;

    Proxy(TwoTimescaleFit f) {
      n = f.n;
      thetaFast = f.thetaFast;
      thetaSlow = f.thetaSlow;
      fastShare = f.fastShare;
      mu = f.mu;
      variance = f.variance;
      thetaFastCi = f.thetaFastCi;
      thetaSlowCi = f.thetaSlowCi;
      thetaOne = f.thetaOne;
      lrStatistic = f.lrStatistic;
      preferred = f.preferred;
      stateMean = f.stateMean.clone();
      stateCov = f.stateCov.clone();
      lastTime = f.lastTime;
      latest = f.latest;
    }

    private Object readResolve() throws InvalidObjectException {
      if (thetaFastCi == null || thetaSlowCi == null || lastTime == null || latest == null
          || stateMean == null || stateMean.length != 2 || stateCov == null
          || stateCov.length != 4) {
        throw new InvalidObjectException("a two-timescale fit needs its intervals, last time"
            + " and rate, a 2-state mean and a 2 x 2 covariance");
      }
      return new TwoTimescaleFit(n, thetaFast, thetaSlow, fastShare, mu, variance,
          thetaFastCi, thetaSlowCi, thetaOne, lrStatistic, preferred, stateMean.clone(),
          stateCov.clone(), lastTime, latest);
    }
  }
}
