package dev.fundingkit.core.formula;

import dev.fundingkit.core.rate.FundingIntervals;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;

/** Interest scaled linearly from its reference interval to the symbol's interval. */
record ProratedInterest(double rate, Duration per) implements InterestComponent {

  @Override
  public double rateFor(Duration interval) {
    return Decimals.scaled(rate, FundingIntervals.hours(interval), FundingIntervals.hours(per));
  }

  @Override
  public InterestComponent withRate(double newRate, Duration newPer) {
    return InterestComponent.prorated(newRate, newPer);
  }

  @Override
  public String toString() {
    return "prorated " + FundingRate.of(rate, per);
  }
}
