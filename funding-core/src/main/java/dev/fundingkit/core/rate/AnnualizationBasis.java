package dev.fundingkit.core.rate;

import dev.fundingkit.core.FundingOverflowException;
import dev.fundingkit.core.ArgChecks;

/**
 * How a per-interval funding rate becomes a yearly figure. The year is always 365 days,
 * counted in the rate's own intervals ({@code 8h}: 1095 periods; {@code 1h}: 8760).
 */
public enum AnnualizationBasis {

  /**
   * Simple: {@code rate × periodsPerYear}. The convention venues and dashboards quote
   * ({@code -0.0307%/8h} is {@code -33.6165%} a year).
   */
  SIMPLE {
    @Override
    public double annualize(double ratePerPeriod, double periodsPerYear) {
      check(ratePerPeriod, periodsPerYear);
      return finiteResult(ratePerPeriod * periodsPerYear, ratePerPeriod, periodsPerYear);
    }
  },

  /**
   * Compound: {@code (1 + rate)^periodsPerYear − 1}, funding reinvested every settlement.
   * Hyperliquid's "11.6% APR" for 0.00125%/h is this figure.
   */
  COMPOUND {
    @Override
    public double annualize(double ratePerPeriod, double periodsPerYear) {
      check(ratePerPeriod, periodsPerYear);
      if (ratePerPeriod <= -1) {
        throw new IllegalArgumentException(
            "ratePerPeriod must be > -1 to compound, was " + ratePerPeriod);
      }
      return finiteResult(Math.expm1(periodsPerYear * Math.log1p(ratePerPeriod)),
          ratePerPeriod, periodsPerYear);
    }
  };

  /**
   * Annualises a rate per period.
   *
   * @param ratePerPeriod the fraction per period, finite
   * @param periodsPerYear the periods in a year, finite and positive
   * @return the fraction per year under this basis
   * @throws IllegalArgumentException if an argument is NaN, infinite or out of range, or the
   *     yearly figure overflows a double (the library's one overflow rule: a finite input whose
   *     result is not finite is bad input, never a silent infinity)
   */
  public abstract double annualize(double ratePerPeriod, double periodsPerYear);

  private static double finiteResult(double annual, double ratePerPeriod,
      double periodsPerYear) {
    if (!Double.isFinite(annual)) {
      throw new FundingOverflowException("the annualised figure of ratePerPeriod "
          + ratePerPeriod + " over " + periodsPerYear + " periods overflows, was " + annual);
    }
    return annual + 0.0;
  }

  private static void check(double ratePerPeriod, double periodsPerYear) {
    ArgChecks.finite("ratePerPeriod", ratePerPeriod);
    ArgChecks.positive("periodsPerYear", periodsPerYear);
  }
}
