package dev.fundingkit.core.formula;

import dev.fundingkit.core.rate.FundingIntervals;
import java.time.Duration;

/** Multiplier {@code interval / reference}: Binance's ÷(8/N) with an 8-hour reference. */
record ProportionalScaling(Duration reference) implements IntervalScaling {

  @Override
  public double factor(Duration interval) {
    return FundingIntervals.hours(interval) / FundingIntervals.hours(reference);
  }

  @Override
  public String toString() {
    return "÷(" + FundingIntervals.format(reference) + "/N)";
  }
}
