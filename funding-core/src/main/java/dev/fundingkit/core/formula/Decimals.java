package dev.fundingkit.core.formula;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Decimal arithmetic for parameters written in decimal (0.03%/day × 8/24, 0.75 × 0.4%), so a
 * derived parameter is the double nearest the decimal result rather than carrying binary
 * rounding from each step. Used when a part is built, never per rate.
 */
final class Decimals {

  private Decimals() {}

  static BigDecimal of(double value) {
    return BigDecimal.valueOf(value);
  }

  static double times(double a, double b) {
    return of(a).multiply(of(b)).doubleValue() + 0.0;
  }

  /** {@code value × numerator / denominator}, dividing last. */
  static double scaled(double value, double numerator, double denominator) {
    return of(value).multiply(of(numerator))
        .divide(of(denominator), MathContext.DECIMAL64).doubleValue() + 0.0;
  }

  static double ratio(double numerator, double denominator) {
    return of(numerator).divide(of(denominator), MathContext.DECIMAL64).doubleValue() + 0.0;
  }
}
