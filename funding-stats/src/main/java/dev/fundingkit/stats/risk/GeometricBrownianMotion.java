package dev.fundingkit.stats.risk;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.PositionSide;
import java.time.Duration;
import java.util.Objects;
import org.apache.commons.math3.special.Erf;

/**
 * A price following geometric Brownian motion, {@code dS/S = μ dt + σ dW}, and the chance that
 * it touches a barrier (a liquidation price) within a horizon.
 *
 * <p>Units: {@code annualVolatility} σ is per √year and {@code annualDrift} μ per year
 * (continuously compounded), a year being 365 days (as in
 * {@link dev.fundingkit.core.rate.AnnualizationBasis}); horizons are {@link Duration}s. BTC's
 * annual volatility is typically 0.4–0.8.
 *
 * <p>Touch probability (reflection principle, closed form): with {@code X = ln(S/S₀)}, drift
 * {@code ν = μ − σ²/2}, barrier {@code b = ln(B/S₀)} and {@code s = σ√T},
 * <ul>
 *   <li>barrier below ({@code b < 0}): {@code Φ((b − νT)/s) + e^(2νb/σ²) Φ((b + νT)/s)};
 *   <li>barrier above ({@code b > 0}): {@code Φ((−b + νT)/s) + e^(2νb/σ²) Φ((−b − νT)/s)};
 *   <li>barrier at the price: 1.
 * </ul>
 * Without drift in the log price ({@code ν = 0}) both reduce to {@code 2Φ(−|b|/s)}. The second
 * term is evaluated as {@code φ(z₁)·Φ(z₂)/φ(z₂)} (an exact rewrite) so that a large exponent
 * never overflows. Monitoring is continuous: a venue that checks the mark price every second is
 * close to that; coarser checks touch less often.
 *
 * <p>Bad input gets {@link IllegalArgumentException} naming the parameter and the value;
 * {@code null} gets {@link NullPointerException}. Immutable and thread-safe.
 *
 * @param annualVolatility σ per √year, finite and {@code > 0}
 * @param annualDrift μ per year, finite (0 for a martingale price)
 */
public record GeometricBrownianMotion(double annualVolatility, double annualDrift) implements java.io.Serializable {

  private static final double SECONDS_PER_YEAR = 365.0 * 86_400;
  private static final double SQRT_2 = Math.sqrt(2);
  private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

  /**
   * Validates the parameters.
   *
   * @param annualVolatility σ per √year, finite and {@code > 0}
   * @param annualDrift μ per year, finite
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public GeometricBrownianMotion {
    ArgChecks.positive("annualVolatility", annualVolatility);
    annualDrift = ArgChecks.finite("annualDrift", annualDrift);
  }

  /**
   * A price with no drift ({@code μ = 0}).
   *
   * @param annualVolatility σ per √year, finite and {@code > 0}
   * @return the model
   * @throws IllegalArgumentException if {@code annualVolatility} is not a positive number
   */
  public static GeometricBrownianMotion of(double annualVolatility) {
    return new GeometricBrownianMotion(annualVolatility, 0.0);
  }

  /**
   * A price with drift.
   *
   * @param annualVolatility σ per √year, finite and {@code > 0}
   * @param annualDrift μ per year, finite
   * @return the model
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public static GeometricBrownianMotion of(double annualVolatility, double annualDrift) {
    return new GeometricBrownianMotion(annualVolatility, annualDrift);
  }

  /**
   * A copy with another volatility.
   *
   * @param newAnnualVolatility σ per √year, finite and {@code > 0}
   * @return the new model
   * @throws IllegalArgumentException if the volatility is not a positive number
   */
  public GeometricBrownianMotion withAnnualVolatility(double newAnnualVolatility) {
    return new GeometricBrownianMotion(newAnnualVolatility, annualDrift);
  }

  /**
   * A copy with another drift.
   *
   * @param newAnnualDrift μ per year, finite
   * @return the new model
   * @throws IllegalArgumentException if the drift is not finite
   */
  public GeometricBrownianMotion withAnnualDrift(double newAnnualDrift) {
    return new GeometricBrownianMotion(annualVolatility, newAnnualDrift);
  }

  /**
   * The chance that the price, starting at {@code price}, touches {@code barrier} at some time
   * within {@code horizon} (continuous monitoring). The barrier may be below (a long's
   * liquidation) or above (a short's) the price.
   *
   * @param price the current price, {@code > 0}
   * @param barrier the barrier price, {@code > 0}
   * @param horizon how long the position is held, positive
   * @return the probability in {@code [0, 1]}; exactly 1 when {@code barrier == price}
   * @throws NullPointerException if {@code horizon} is null
   * @throws IllegalArgumentException naming the bad parameter and its value
   */
  public double touchProbability(double price, double barrier, Duration horizon) {
    ArgChecks.positive("price", price);
    ArgChecks.positive("barrier", barrier);
    double years = years(horizon);
    double b = Math.log(barrier / price);
    if (b == 0) {
      return 1.0;
    }
    double sigma = annualVolatility;
    double nu = annualDrift - 0.5 * sigma * sigma;
    double s = sigma * Math.sqrt(years);
    double direct;
    double z1;
    double z2;
    // PIT: equivalent mutant (ConditionalsBoundary): b == 0 has returned 1 above.
    if (b < 0) {
      z1 = (b - nu * years) / s;
      z2 = (b + nu * years) / s;
    } else {
      z1 = (-b + nu * years) / s;
      z2 = (-b - nu * years) / s;
    }
    direct = cdf(z1);
    double exponent = 2 * nu * b / (sigma * sigma);
    // A positive exponent comes with z₂ < 0; then e^(2νb/σ²)·Φ(z₂) == φ(z₁)·Φ(z₂)/φ(z₂),
    // which cannot overflow.
    double reflected =
        exponent <= 0 ? Math.exp(exponent) * cdf(z2) : density(z1) * cdfOverDensity(z2);
    return Math.min(1.0, Math.max(0.0, direct + reflected));   // max(+0.0, ·) is never -0.0
  }

  /**
   * The chance that a position is liquidated within {@code horizon}: that the price touches
   * the liquidation price, which must lie below the price for a long perpetual and above it for
   * a short. A liquidation price equal to the price gives 1.
   *
   * @param side the perpetual position's side
   * @param price the current (mark) price, {@code > 0}
   * @param liquidationPrice the liquidation price, {@code > 0}, at or below {@code price} for
   *     {@link PositionSide#LONG}, at or above it for {@link PositionSide#SHORT}
   * @param horizon how long the position is held, positive
   * @return the probability in {@code [0, 1]}
   * @throws NullPointerException if {@code side} or {@code horizon} is null
   * @throws IllegalArgumentException naming the bad parameter and its value, including a
   *     liquidation price on the wrong side of the price
   */
  public double liquidationProbability(
      PositionSide side, double price, double liquidationPrice, Duration horizon) {
    Objects.requireNonNull(side, "side");
    ArgChecks.positive("price", price);
    ArgChecks.positive("liquidationPrice", liquidationPrice);
    if (side == PositionSide.LONG && liquidationPrice > price) {
      throw new IllegalArgumentException(
          "liquidationPrice must be <= price " + price + " for a LONG, was " + liquidationPrice);
    }
    if (side == PositionSide.SHORT && liquidationPrice < price) {
      throw new IllegalArgumentException(
          "liquidationPrice must be >= price " + price + " for a SHORT, was " + liquidationPrice);
    }
    return touchProbability(price, liquidationPrice, horizon);
  }

  private static double years(Duration horizon) {
    ArgChecks.positive("horizon", horizon);
    return (horizon.getSeconds() + horizon.getNano() / 1e9) / SECONDS_PER_YEAR;
  }

  private static double cdf(double z) {
    return 0.5 * Erf.erfc(-z / SQRT_2);
  }

  private static double density(double z) {
    return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
  }

  /** Φ(z)/φ(z) for z &lt;= 0 (Mills' ratio at −z); a continued fraction in the far tail. */
  private static double cdfOverDensity(double z) {
    if (z > -5) {
      return cdf(z) / density(z);
    }
    double x = -z;
    double fraction = x;
    for (int k = 60; k >= 1; k--) {
      fraction = x + k / fraction;
    }
    return 1 / fraction;
  }
}
