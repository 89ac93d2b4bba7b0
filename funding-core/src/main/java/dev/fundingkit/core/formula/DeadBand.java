package dev.fundingkit.core.formula;

import dev.fundingkit.core.ArgChecks;
import java.math.BigDecimal;

/** Deribit's damper {@code max(δ, P) + min(−δ, P)}, plus the interest (zero on Deribit). */
record DeadBand(double delta) implements PremiumBand {

  @Override
  public double raw(double premium, double interest) {
    ArgChecks.finite("premium", premium);
    ArgChecks.finite("interest", interest);
    // max(δ, P) + min(−δ, P) is P − δ above the band, P + δ below it, 0 inside.
    double damped = premium > delta ? premium - delta : premium < -delta ? premium + delta : 0;
    return damped + interest + 0.0;
  }

  @Override
  public double term(double premium, double interest) {
    ArgChecks.finite("premium", premium);
    ArgChecks.finite("interest", interest);
    return raw(premium, interest) - premium + 0.0;
  }

  @Override
  public String toString() {
    return "damper ±" + BigDecimal.valueOf(delta).movePointRight(2).stripTrailingZeros()
        .toPlainString() + "%";
  }
}
