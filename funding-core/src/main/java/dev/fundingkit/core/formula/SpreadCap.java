package dev.fundingkit.core.formula;

import java.math.BigDecimal;
import java.util.Objects;

/** {@code ±k × (IMR − MMR)}, optionally no more than {@code MMR}. */
record SpreadCap(double multiplier, boolean atMostMaintenance) implements MarginCapRule {

  @Override
  public FundingCap capFor(MarginRates margin) {
    Objects.requireNonNull(margin, "margin");
    BigDecimal spread = Decimals.of(margin.initial()).subtract(Decimals.of(margin.maintenance()))
        .multiply(Decimals.of(multiplier));
    if (atMostMaintenance) {
      spread = spread.min(Decimals.of(margin.maintenance()));
    }
    return FundingCap.symmetric(spread.doubleValue());
  }

  @Override
  public String toString() {
    String spread = "±" + multiplier + "×(IMR−MMR)";
    return atMostMaintenance ? "min(" + spread + ", MMR)" : spread;
  }
}
