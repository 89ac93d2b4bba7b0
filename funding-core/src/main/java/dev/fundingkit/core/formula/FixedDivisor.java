package dev.fundingkit.core.formula;

import dev.fundingkit.core.FundingOverflowException;
import dev.fundingkit.core.ArgChecks;
import java.time.Duration;

/** Multiplier {@code 1 / divisor} whatever the interval. */
record FixedDivisor(double divisor) implements IntervalScaling {

  @Override
  public double factor(Duration interval) {
    ArgChecks.positive("interval", interval);
    return 1.0 / divisor;
  }

  @Override
  public double scale(double rate, Duration interval) {
    ArgChecks.positive("interval", interval);
    ArgChecks.finite("rate", rate);
    // A divisor is at least 1 in every published rule, but a user rule may divide by less.
    double scaled = rate / divisor + 0.0;
    if (!Double.isFinite(scaled)) {
      throw new FundingOverflowException("rate " + rate + " divided by " + divisor
          + " overflows, was " + scaled);
    }
    return scaled;
  }

  @Override
  public String toString() {
    return divisor == 1 ? "no scaling" : "÷" + Decimals.of(divisor).stripTrailingZeros()
        .toPlainString();
  }
}
