package dev.fundingkit.stats.forecast;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import dev.fundingkit.core.series.FundingSeries;
import dev.fundingkit.stats.ou.OuFit;
import dev.fundingkit.stats.ou.OuParameters;
import dev.fundingkit.stats.ou.TwoTimescaleFit;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The distribution of funding accrued over a horizon under an Ornstein–Uhlenbeck model, in
 * closed form.
 *
 * <p>With {@code F} the rate per interval {@code I}, a long accrues {@code −∫₀^H F(s) ds / I}
 * (funding accrued continuously at the rate in force; with settlements every {@code I} this
 * is the settlement sum up to the discretisation of the last partial interval). For
 * {@code dF = θ(μ − F)dt + σ dW} started at {@code F₀}, {@code ∫₀^H F ds} is Gaussian with
 * <pre>
 *   mean = μH + (F₀ − μ)·b,                 b = (1 − e^(−θH))/θ
 *   var  = σ²/θ³ · (u − 2(1 − e^(−u)) + (1 − e^(−2u))/2),   u = θH
 * </pre>
 * (the bracket is evaluated by its series {@code u³/3 − u⁴/4 + 7u⁵/60 − u⁶/24} below
 * {@code u = 0.01}, where the closed form cancels). For the two-timescale model
 * {@code F = μ + X₁ + X₂} the components' integrals add, started at their filtered means
 * {@code m}, plus the state uncertainty {@code bᵀPb}.
 *
 * <p>Stateless; static methods only.
 */
public final class FundingForecaster {

  private FundingForecaster() {}

  /**
   * The forecast under one OU started at the latest rate.
   *
   * @param parameters θ per {@code parameters.timeUnit()}, μ and σ in rates per
   *     {@code parameters.rateInterval()}
   * @param from the latest settlement instant
   * @param latest the latest settled rate, any interval: it is rescaled to the parameters'
   *     rate interval first (0.1: its interval was silently taken as μ's)
   * @param horizon how far ahead, positive
   * @return the forecast, model {@link ForecastModel#OU}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code horizon} is not positive
   */
  public static FundingForecast ou(OuParameters parameters, Instant from, FundingRate latest,
      Duration horizon) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(latest, "latest");
    ArgChecks.positive("horizon", horizon);
    double h = parameters.units(horizon);
    // μ and σ are per the parameters' rate interval; the latest print is brought to it so a
    // per-hour print and a per-8h μ never mix in the integral.
    double interval = parameters.units(parameters.rateInterval());
    double now = latest.rescaleTo(parameters.rateInterval()).value();
    double mu = parameters.mu().value();
    double theta = parameters.theta();
    double b = b(theta, h);
    double mean = mu * h + (now - mu) * b;
    double var = integratedVariance(theta, parameters.sigma(), h);
    return new FundingForecast(from, horizon, latest, -mean / interval,
        Math.sqrt(var) / interval, ForecastModel.OU);
  }

  /**
   * The forecast under the sum of two OU components, {@code F = μ + X₁ + X₂} with
   * {@code dXⱼ = −θⱼXⱼ dt + σⱼ dWⱼ} (independent), started at the components' filtered state.
   *
   * @param mu the long-run mean, per {@code latest.interval()}
   * @param thetas θ₁, θ₂ per {@code timeUnit}, positive
   * @param sigmas σ₁, σ₂ in rates per {@code latest.interval()} per √timeUnit, {@code >= 0}
   * @param stateMean the components' mean at {@code from}, length 2
   * @param stateCovariance their 2 × 2 covariance at {@code from}, row-major, length 4
   * @param timeUnit the unit of θ and σ, positive
   * @param from the latest settlement instant
   * @param latest the latest settled rate (its interval is the unit of μ, σ and the state)
   * @param horizon how far ahead, positive
   * @return the forecast, model {@link ForecastModel#TWO_TIMESCALE}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an array has the wrong length, a θ is not positive, a
   *     σ negative, a value not finite, or the horizon or unit not positive
   */
  public static FundingForecast twoTimescale(double mu, double[] thetas, double[] sigmas,
      double[] stateMean, double[] stateCovariance, Duration timeUnit, Instant from,
      FundingRate latest, Duration horizon) {
    Objects.requireNonNull(thetas, "thetas");
    Objects.requireNonNull(sigmas, "sigmas");
    Objects.requireNonNull(stateMean, "stateMean");
    Objects.requireNonNull(stateCovariance, "stateCovariance");
    Objects.requireNonNull(timeUnit, "timeUnit");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(horizon, "horizon");
    ArgChecks.finite("mu", mu);
    length("thetas", thetas, 2);
    length("sigmas", sigmas, 2);
    length("stateMean", stateMean, 2);
    length("stateCovariance", stateCovariance, 4);
    ArgChecks.positive("timeUnit", timeUnit);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(latest, "latest");
    ArgChecks.positive("horizon", horizon);
    double unit = seconds(timeUnit);
    double h = seconds(horizon) / unit;
    double interval = seconds(latest.interval()) / unit;
    double mean = mu * h;
    double var = 0;
    double[] b = new double[2];
    for (int j = 0; j < 2; j++) {
      ArgChecks.positive("thetas[" + j + "]", thetas[j]);
      ArgChecks.nonNegative("sigmas[" + j + "]", sigmas[j]);
      ArgChecks.finite("stateMean[" + j + "]", stateMean[j]);
      b[j] = b(thetas[j], h);
      mean += stateMean[j] * b[j];
      var += integratedVariance(thetas[j], sigmas[j], h);
    }
    ArgChecks.allFinite("stateCovariance", stateCovariance);
    var += b[0] * b[0] * stateCovariance[0] + b[0] * b[1] * (stateCovariance[1]
        + stateCovariance[2]) + b[1] * b[1] * stateCovariance[3];
    return new FundingForecast(from, horizon, latest, -mean / interval,
        Math.sqrt(Math.max(0, var)) / interval, ForecastModel.TWO_TIMESCALE);
  }

  /**
   * The OU forecast from a fit and the series it was fitted on: the fit's default parameters
   * ({@link OuFit#parameters()}), started at the series' last rate expressed per the fit's
   * {@link OuFit#rateInterval()}.
   *
   * @param fit the fit
   * @param series the series it was fitted on, not empty
   * @param horizon how far ahead, positive
   * @return the forecast, or empty when the fit has no parameters (its verdict says why:
   *     no mean reversion, not identified, too little data)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the series is empty or the horizon not positive
   */
  public static Optional<FundingForecast> of(OuFit fit, FundingSeries series,
      Duration horizon) {
    Objects.requireNonNull(fit, "fit");
    Objects.requireNonNull(series, "series");
    ArgChecks.positive("horizon", horizon);
    if (series.isEmpty()) {
      throw new IllegalArgumentException("series must not be empty");
    }
    if (fit.parameters().isEmpty()) {
      return Optional.empty();
    }
    FundingRate latest = series.get(series.size() - 1).rescaleTo(fit.rateInterval());
    return Optional.of(ou(fit.parameters().get(), series.lastTime(), latest, horizon));
  }

  /**
   * The two-timescale forecast from a fit: started at its components' filtered state at the
   * last settlement, with the state's uncertainty.
   *
   * @param fit the two-timescale fit
   * @param horizon how far ahead, positive
   * @return the forecast, model {@link ForecastModel#TWO_TIMESCALE}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code horizon} is not positive
   */
  public static FundingForecast of(TwoTimescaleFit fit, Duration horizon) {
    Objects.requireNonNull(fit, "fit");
    return twoTimescale(fit.mu().value(), new double[] {fit.thetaFast(), fit.thetaSlow()},
        fit.sigmas(), fit.stateMean(), fit.stateCovariance(), Duration.ofHours(1),
        fit.lastTime(), fit.latest(), horizon);
  }

  /** {@code (1 − e^(−θH))/θ}, stable for small θH. */
  static double b(double theta, double h) {
    return -Math.expm1(-theta * h) / theta;
  }

  /** Var of {@code ∫₀^H X ds} for an OU deviation started at a known value. */
  static double integratedVariance(double theta, double sigma, double h) {
    double u = theta * h;
    double bracket;
    if (u < 0.01) {
      bracket = u * u * u * (1.0 / 3 - u * (0.25 - u * (7.0 / 60 - u / 24)));
    } else {
      bracket = u + 2 * Math.expm1(-u) - 0.5 * Math.expm1(-2 * u);
    }
    return sigma * sigma / (theta * theta * theta) * bracket;
  }

  private static void length(String name, double[] array, int expected) {
    Objects.requireNonNull(array, name);
    if (array.length != expected) {
      throw new IllegalArgumentException(
          name + " must have length " + expected + ", was " + array.length);
    }
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }
}
