package dev.fundingkit.stats.forecast;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.commons.math3.special.Erf;

/**
 * The distribution of funding a long position of one unit of value accrues over a horizon
 * from the latest settlement, under a fitted model: Gaussian with {@link #expected()} and
 * {@link #sd()} (exact for the Gaussian models of {@link FundingForecaster}).
 *
 * <p>Sign: positive is received by the long (funding is paid by longs when rates are
 * positive, so the expected accrual of a positive-rate series is negative). Amounts are
 * fractions of position value over the whole horizon; {@link #expectedRate()} gives the same
 * number as a {@link FundingRate} per {@link #horizon()}.
 *
 * <p>Computed by {@link FundingForecaster}; not constructible by callers. Immutable,
 * thread-safe, serializable through a proxy that re-validates.
 */
public final class FundingForecast implements Serializable {

  private static final long serialVersionUID = 1L;
  /** The 97.5% standard normal quantile. */
  static final double Z975 = 1.959963984540054;
  private static final double HOURS_PER_YEAR = 365 * 24.0;

  private final Instant from;
  private final Duration horizon;
  private final FundingRate latest;
  private final double expected;
  private final double sd;
  private final ForecastModel model;

  FundingForecast(Instant from, Duration horizon, FundingRate latest, double expected,
      double sd, ForecastModel model) {
    this.from = Objects.requireNonNull(from, "from");
    this.horizon = ArgChecks.positive("horizon", horizon);
    this.latest = Objects.requireNonNull(latest, "latest");
    // finite and nonNegative already turn -0.0 into +0.0.
    this.expected = ArgChecks.finite("expected", expected);
    this.sd = ArgChecks.nonNegative("sd", sd);
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * The last settlement instant, where the horizon starts.
   *
   * @return the instant
   */
  public Instant from() {
    return from;
  }

  /**
   * The horizon.
   *
   * @return a positive duration
   */
  public Duration horizon() {
    return horizon;
  }

  /**
   * The latest settled rate the forecast starts from.
   *
   * @return the rate
   */
  public FundingRate latest() {
    return latest;
  }

  /**
   * The expected funding a long receives over the horizon, as a fraction of position value.
   *
   * @return the mean accrual (negative when the long is expected to pay)
   */
  public double expected() {
    return expected;
  }

  /**
   * The expected accrual as a rate per {@link #horizon()}.
   *
   * @return {@code FundingRate.of(expected(), horizon())}
   */
  public FundingRate expectedRate() {
    return FundingRate.of(expected, horizon);
  }

  /**
   * The standard deviation of the accrual.
   *
   * @return the sd, {@code >= 0}
   */
  public double sd() {
    return sd;
  }

  /**
   * The low end of the central 95% band, {@code expected − 1.96·sd}.
   *
   * @return the 2.5% quantile of the accrual
   */
  public double bandLow() {
    return expected - Z975 * sd;
  }

  /**
   * The high end of the central 95% band, {@code expected + 1.96·sd}.
   *
   * @return the 97.5% quantile of the accrual
   */
  public double bandHigh() {
    return expected + Z975 * sd;
  }

  /**
   * The model the forecast was computed under.
   *
   * @return the model
   */
  public ForecastModel model() {
    return model;
  }

  /**
   * The probability that the long receives more than {@code threshold} over the horizon.
   *
   * @param threshold a fraction of position value, finite
   * @return {@code P(accrual > threshold)}, in {@code [0, 1]}
   * @throws IllegalArgumentException if {@code threshold} is not finite
   */
  public double probabilityAbove(double threshold) {
    ArgChecks.finite("threshold", threshold);
    if (sd == 0) {
      return expected > threshold ? 1.0 : 0.0;
    }
    return 0.5 * Erf.erfc((threshold - expected) / (sd * Math.sqrt(2)));
  }

  /**
   * The probability that a reverse carry (long perp, short borrowed spot) is profitable over
   * the horizon: that the funding the long receives exceeds the borrow cost,
   * {@code annualBorrow × horizon / 365 days} (simple accrual, fees not included).
   *
   * @param annualBorrow the borrow rate as an annual fraction, finite and {@code >= 0}
   * @return the probability, in {@code [0, 1]}
   * @throws IllegalArgumentException if {@code annualBorrow} is negative or not finite
   */
  public double probabilityReverseCarryProfitable(double annualBorrow) {
    ArgChecks.nonNegative("annualBorrow", annualBorrow);
    double hours = horizon.getSeconds() / 3600.0 + horizon.getNano() / 3.6e12;
    return probabilityAbove(annualBorrow * hours / HOURS_PER_YEAR);
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof FundingForecast)) {
      return false;
    }
    FundingForecast o = (FundingForecast) obj;
    return from.equals(o.from) && horizon.equals(o.horizon) && latest.equals(o.latest)
        && Double.compare(expected, o.expected) == 0 && Double.compare(sd, o.sd) == 0
        && model == o.model;
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, horizon, latest, expected, sd, model);
  }

  /**
   * A one-line summary.
   *
   * @return e.g. {@code FundingForecast[OU from=... horizon=PT168H expected=-0.0021 sd=...]}
   */
  @Override
  public String toString() {
    return "FundingForecast[" + model + " from=" + from + " horizon=" + horizon + " latest="
        + latest + " expected=" + expected + " sd=" + sd + "]";
  }

  private Object writeReplace() {
    return new Proxy(this);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("FundingForecast is serialized through its proxy");
  }

  /** The serialized form: the components (the rate as value and interval), re-validated. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Instant from;
    private final Duration horizon;
    private final double latestValue;
    private final Duration latestInterval;
    private final double expected;
    private final double sd;
    private final ForecastModel model;

    Proxy(FundingForecast f) {
      from = f.from;
      horizon = f.horizon;
      latestValue = f.latest.value();
      latestInterval = f.latest.interval();
      expected = f.expected;
      sd = f.sd;
      model = f.model;
    }

    private Object readResolve() {
      return new FundingForecast(from, horizon, FundingRate.of(latestValue, latestInterval),
          expected, sd, model);
    }
  }
}
