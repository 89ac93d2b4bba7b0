package dev.fundingkit.core.formula;

/** {@code raw = P + I}: no clamp, no damper. */
enum NoBand implements PremiumBand {
  INSTANCE;

  @Override
  public double raw(double premium, double interest) {
    return premium + interest + 0.0;
  }

  @Override
  public double term(double premium, double interest) {
    return interest + 0.0;
  }

  @Override
  public String toString() {
    return "no band";
  }
}
