package dev.fundingkit.core.formula;

import java.util.Objects;

/** {@code ±k × MMR}. */
record MaintenanceCap(double multiplier) implements MarginCapRule {

  @Override
  public FundingCap capFor(MarginRates margin) {
    Objects.requireNonNull(margin, "margin");
    return FundingCap.symmetric(Decimals.times(multiplier, margin.maintenance()));
  }

  @Override
  public String toString() {
    return "±" + multiplier + "×MMR";
  }
}
