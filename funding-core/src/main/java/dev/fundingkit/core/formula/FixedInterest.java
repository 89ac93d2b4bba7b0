package dev.fundingkit.core.formula;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingRate;
import java.time.Duration;

/** The same interest for every interval; {@code per} only says how the venue quotes it. */
record FixedInterest(double rate, Duration per) implements InterestComponent {

  @Override
  public double rateFor(Duration interval) {
    ArgChecks.positive("interval", interval);
    return rate;
  }

  @Override
  public String toString() {
    return "fixed " + FundingRate.of(rate, per);
  }
}
