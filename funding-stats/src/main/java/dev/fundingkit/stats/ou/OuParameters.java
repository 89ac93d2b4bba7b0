package dev.fundingkit.stats.ou;

import dev.fundingkit.core.ArgChecks;
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
 * @param theta speed of mean reversion per time unit, finite and {@code > 0}
 * @param mu long-run mean, finite
 * @param sigma diffusion per √time unit, finite and {@code > 0}
 * @param timeUnit the unit θ and σ refer to, positive
 */
public record OuParameters(double theta, double mu, double sigma, Duration timeUnit) {

  /**
   * Validates the parameters.
   *
   * @param theta speed of mean reversion per time unit, finite and {@code > 0}
   * @param mu long-run mean, finite
   * @param sigma diffusion per √time unit, finite and {@code > 0}
   * @param timeUnit the unit θ and σ refer to, positive
   * @throws NullPointerException if {@code timeUnit} is null
   * @throws IllegalArgumentException naming the first bad parameter and its value
   */
  public OuParameters {
    ArgChecks.positive("theta", theta);
    mu = ArgChecks.finite("mu", mu);
    ArgChecks.positive("sigma", sigma);
    ArgChecks.positive("timeUnit", timeUnit);
  }

  /**
   * Parameters with θ and σ per hour.
   *
   * @param theta speed of mean reversion per hour, {@code > 0}
   * @param mu long-run mean
   * @param sigma diffusion per √hour, {@code > 0}
   * @return the parameters
   * @throws IllegalArgumentException naming the first bad parameter and its value
   */
  public static OuParameters perHour(double theta, double mu, double sigma) {
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
   * The stationary standard deviation, {@code σ / √(2θ)}.
   *
   * @return the sd of F around μ in the long run
   */
  public double stationarySd() {
    return sigma / Math.sqrt(2 * theta);
  }

  /**
   * How many stationary standard deviations {@code value} lies from μ.
   *
   * @param value a finite level of F
   * @return {@code (value − μ) / stationarySd}
   * @throws IllegalArgumentException if {@code value} is not finite or the z-score overflows
   */
  public double zScore(double value) {
    return ArgChecks.noOverflow((ArgChecks.finite("value", value) - mu) / stationarySd(), "value",
        value);
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
   * {@code μ + (current − μ)e^(−θh)}.
   *
   * @param current the observed level, finite
   * @param horizon how far ahead, positive
   * @return the conditional mean
   * @throws NullPointerException if {@code horizon} is null
   * @throws IllegalArgumentException if {@code current} is not finite or the horizon not positive
   */
  public double conditionalMean(double current, Duration horizon) {
    ArgChecks.finite("current", current);
    return mu + (current - mu) * phi(horizon) + 0.0;
  }

  /**
   * The variance of F {@code horizon} ahead, given the current level:
   * {@code σ²(1 − e^(−2θh)) / (2θ)}.
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
