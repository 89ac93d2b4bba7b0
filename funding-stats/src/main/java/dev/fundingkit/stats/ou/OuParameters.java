package dev.fundingkit.stats.ou;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;
import java.util.Objects;

/**
 * Parameters of a stationary Ornstein–Uhlenbeck process {@code dF = θ(μ − F)dt + σ dW},
 * with the time unit that {@code θ} and {@code σ} are expressed in (θ per unit, σ per
 * √unit; FundingKit's default unit is the hour).
 *
 * <p>Exact discretisation over a step {@code Δ}: {@code F(t+Δ) = μ + φ(F(t) − μ) + ε},
 * {@code φ = e^(−θΔ)}, {@code Var ε = σ²(1 − φ²)/(2θ)}.
 *
 * <p>Two units, never mixed: the <em>time unit</em> of θ and σ (per hour by default), and the
 * <em>rate interval</em> of the values, {@code mu().interval()}: F, μ, σ and every level are
 * rates per that interval (a per-8h μ of 0.01% is {@code 0.0001} per 8 h, never per hour).
 * Methods taking or returning a bare {@code double} level use that rate interval.
 *
 * @param theta speed of mean reversion per time unit, finite and {@code > 0}
 * @param mu long-run mean, with the interval every level of F is per
 * @param sigma diffusion per √time unit, in rates per {@code mu().interval()}, finite and
 *     {@code > 0}
 * @param timeUnit the unit θ and σ refer to, positive
 */
public record OuParameters(double theta, FundingRate mu, double sigma, Duration timeUnit)
    implements java.io.Serializable {

  /**
   * Validates the parameters.
   *
   * @param theta speed of mean reversion per time unit, finite and {@code > 0}
   * @param mu long-run mean, with the interval of every level
   * @param sigma diffusion per √time unit, finite and {@code > 0}
   * @param timeUnit the unit θ and σ refer to, positive
   * @throws NullPointerException if {@code mu} or {@code timeUnit} is null
   * @throws IllegalArgumentException naming the first bad parameter and its value
   */
  public OuParameters {
    ArgChecks.positive("theta", theta);
    Objects.requireNonNull(mu, "mu");
    ArgChecks.positive("sigma", sigma);
    ArgChecks.positive("timeUnit", timeUnit);
  }

  /**
   * Parameters with θ and σ per hour.
   *
   * @param theta speed of mean reversion per hour, {@code > 0}
   * @param mu long-run mean, with the interval of every level
   * @param sigma diffusion per √hour, in rates per {@code mu.interval()}, {@code > 0}
   * @return the parameters
   * @throws NullPointerException if {@code mu} is null
   * @throws IllegalArgumentException naming the first bad parameter and its value
   */
  public static OuParameters perHour(double theta, FundingRate mu, double sigma) {
    return new OuParameters(theta, mu, sigma, Duration.ofHours(1));
  }

  /**
   * The half-life in time units, {@code ln 2 / θ}.
   *
   * @return the half-life as a number of time units
   */
  public double halfLifeUnits() {
    return Math.log(2) / theta;
  }

  /**
   * The longest half-life {@link #halfLife()} reports: the largest {@link Duration} held in
   * nanoseconds of a {@code long} (about 292 years). A half-life beyond it (a tiny but positive
   * θ) is reported as this value; {@link #halfLifeUnits()} stays exact.
   */
  public static final Duration MAX_HALF_LIFE = Duration.ofNanos(Long.MAX_VALUE);

  /**
   * The half-life: how long until an expected deviation from μ halves. Never throws: beyond
   * {@link #MAX_HALF_LIFE} it saturates there.
   *
   * @return {@code ln 2 / θ} time units, to the nanosecond, at most {@link #MAX_HALF_LIFE}
   */
  public Duration halfLife() {
    double nanos = halfLifeUnits() * seconds(timeUnit) * 1e9;
    return nanos >= Long.MAX_VALUE ? MAX_HALF_LIFE : Duration.ofNanos(Math.round(nanos));
  }

  /**
   * The interval every level of F is per: {@code mu().interval()}.
   *
   * @return the rate interval
   */
  public Duration rateInterval() {
    return mu.interval();
  }

  /**
   * The stationary standard deviation, {@code σ / √(2θ)}, per {@link #rateInterval()}.
   *
   * @return the sd of F around μ in the long run
   */
  public FundingRate stationarySd() {
    return FundingRate.of(stationarySdValue(), mu.interval());
  }

  /** The stationary sd as a number per {@link #rateInterval()}, for the hot paths. */
  double stationarySdValue() {
    return sigma / Math.sqrt(2 * theta);
  }

  /**
   * How many stationary standard deviations {@code value} lies from μ.
   *
   * @param value a finite level of F, per {@link #rateInterval()}
   * @return {@code (value − μ) / stationarySd}
   * @throws IllegalArgumentException if {@code value} is not finite or the z-score overflows
   */
  public double zScore(double value) {
    return ArgChecks.noOverflow((ArgChecks.finite("value", value) - mu.value())
        / stationarySdValue(), "value", value);
  }

  /**
   * How many stationary standard deviations a rate lies from μ, after rescaling it to
   * {@link #rateInterval()}.
   *
   * @param rate a rate with any interval
   * @return {@code (rate − μ) / stationarySd}
   * @throws NullPointerException if {@code rate} is null
   */
  public double zScore(FundingRate rate) {
    Objects.requireNonNull(rate, "rate");
    return zScore(rate.rescaleTo(mu.interval()).value());
  }

  /**
   * The autoregressive coefficient of the exact discretisation over a step.
   *
   * @param step the step, positive
   * @return {@code e^(−θΔ)}, in (0, 1)
   * @throws NullPointerException if {@code step} is null
   * @throws IllegalArgumentException if {@code step} is not positive
   */
  public double phi(Duration step) {
    return Math.exp(-theta * units(step));
  }

  /**
   * The expected value {@code horizon} after observing {@code current}:
   * {@code μ + (current − μ)e^(−θh)}, per {@link #rateInterval()} (the current rate is
   * rescaled to it first, so a per-hour print and a per-8h μ cannot mix).
   *
   * @param current the observed rate, any interval
   * @param horizon how far ahead, positive
   * @return the conditional mean per {@link #rateInterval()}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the horizon is not positive
   */
  public FundingRate conditionalMean(FundingRate current, Duration horizon) {
    Objects.requireNonNull(current, "current");
    double c = current.rescaleTo(mu.interval()).value();
    double m = mu.value();
    return FundingRate.of(m + (c - m) * phi(horizon) + 0.0, mu.interval());
  }

  /**
   * The variance of F {@code horizon} ahead, given the current level:
   * {@code σ²(1 − e^(−2θh)) / (2θ)}, in squared rates per {@link #rateInterval()}.
   *
   * @param horizon how far ahead, positive
   * @return the conditional variance
   * @throws NullPointerException if {@code horizon} is null
   * @throws IllegalArgumentException if the horizon is not positive
   */
  public double conditionalVariance(Duration horizon) {
    double h = units(horizon);
    return sigma * sigma * -Math.expm1(-2 * theta * h) / (2 * theta);
  }

  /**
   * A duration expressed in this parameter set's time units.
   *
   * @param duration a positive duration
   * @return {@code duration / timeUnit}
   * @throws NullPointerException if {@code duration} is null
   * @throws IllegalArgumentException if {@code duration} is not positive
   */
  public double units(Duration duration) {
    ArgChecks.positive("duration", duration);
    return seconds(duration) / seconds(timeUnit);
  }

  /**
   * A number of time units as a duration, to the nanosecond.
   *
   * @param units a finite, non-negative number of time units
   * @return the duration
   * @throws IllegalArgumentException if {@code units} is negative or not finite
   */
  public Duration toDuration(double units) {
    ArgChecks.nonNegative("units", units);
    double nanos = units * seconds(timeUnit) * 1e9;
    if (nanos > Long.MAX_VALUE) {
      throw new IllegalArgumentException("units too large for a Duration, was " + units);
    }
    return Duration.ofNanos(Math.round(nanos));
  }

  private static double seconds(Duration d) {
    Objects.requireNonNull(d, "duration");
    return d.getSeconds() + d.getNano() / 1e9;
  }
}
