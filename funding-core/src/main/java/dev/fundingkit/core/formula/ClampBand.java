package dev.fundingkit.core.formula;

import dev.fundingkit.core.ArgChecks;
import java.math.BigDecimal;

/**
 * {@code P + clamp(I − P, ±b)}, computed as {@code median(P − b, I, P + b)}: the same value,
 * but each bound is monotone in {@code P} after rounding, so the rate is exactly
 * non-decreasing in {@code P} and exactly {@code I} inside the dead zone.
 */
record ClampBand(double halfWidth) implements PremiumBand {

  @Override
  public double raw(double premium, double interest) {
    ArgChecks.finite("premium", premium);
    ArgChecks.finite("interest", interest);
    return Math.max(premium - halfWidth, Math.min(premium + halfWidth, interest)) + 0.0;
  }

  @Override
  public double term(double premium, double interest) {
    ArgChecks.finite("premium", premium);
    ArgChecks.finite("interest", interest);
    return Math.max(-halfWidth, Math.min(halfWidth, interest - premium)) + 0.0;
  }

  @Override
  public String toString() {
    return "clamp ±" + BigDecimal.valueOf(halfWidth).movePointRight(2).stripTrailingZeros()
        .toPlainString() + "%";
  }
}
