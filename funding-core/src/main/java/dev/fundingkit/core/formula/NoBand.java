package dev.fundingkit.core.formula;

import dev.fundingkit.core.ArgChecks;
/** {@code raw = P + I}: no clamp, no damper. */
enum NoBand implements PremiumBand {
  INSTANCE;

  @Override
  public double raw(double premium, double interest) {
    ArgChecks.finite("premium", premium);
    ArgChecks.finite("interest", interest);
    return premium + interest + 0.0;
  }

  @Override
  public double term(double premium, double interest) {
    ArgChecks.finite("premium", premium);
    ArgChecks.finite("interest", interest);
    return interest + 0.0;
  }

  @Override
  public String toString() {
    return "no band";
  }
}
