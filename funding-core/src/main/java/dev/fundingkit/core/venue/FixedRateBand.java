package dev.fundingkit.core.venue;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.formula.PremiumBand;

/**
 * {@code raw = I} whatever the premium: for contracts without a premium (Binance pre-market
 * perpetuals charge a fixed rate per interval).
 */
enum FixedRateBand implements PremiumBand {
  INSTANCE;

  @Override
  public double raw(double premium, double interest) {
    ArgChecks.finite("premium", premium);
    ArgChecks.finite("interest", interest);
    return interest + 0.0;
  }

  @Override
  public double term(double premium, double interest) {
    ArgChecks.finite("premium", premium);
    ArgChecks.finite("interest", interest);
    return interest - premium + 0.0;
  }

  @Override
  public String toString() {
    return "fixed rate, premium ignored";
  }
}
