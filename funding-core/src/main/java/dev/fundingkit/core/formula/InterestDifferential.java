package dev.fundingkit.core.formula;

import dev.fundingkit.core.ArgChecks;
import java.time.Duration;

/** {@code (quote − base) / 3} from daily rates, as BitMEX and Bybit (legacy) write it. */
record InterestDifferential(double quoteDailyRate, double baseDailyRate)
    implements InterestComponent {

  @Override
  public double rateFor(Duration interval) {
    ArgChecks.positive("interval", interval);
    return Decimals.ratio(
        Decimals.of(quoteDailyRate).subtract(Decimals.of(baseDailyRate)).doubleValue(), 3);
  }

  @Override
  public String toString() {
    return "(" + quoteDailyRate + " - " + baseDailyRate + ")/3";
  }
}
