package dev.fundingkit.core.carry;

import dev.fundingkit.core.ArgChecks;
import java.util.Objects;

/**
 * The spot leg as the hedge: short borrowed spot for a reverse carry (the cost is the borrow
 * rate), long spot for a forward carry (the cost is the cost of capital, often 0).
 * Immutable and thread-safe.
 *
 * @param annualRate the borrow or capital rate, a fraction per year, zero or more
 */
public record SpotHedge(double annualRate) implements Hedge {

  /**
   * Validates the rate.
   *
   * @param annualRate the borrow or capital rate, a fraction per year, zero or more
   * @throws IllegalArgumentException if {@code annualRate} is negative, NaN or infinite
   */
  public SpotHedge {
    annualRate = ArgChecks.nonNegative("annualRate", annualRate);
  }

  /**
   * A copy with another rate.
   *
   * @param newRate the fraction per year, zero or more
   * @return the new hedge
   * @throws IllegalArgumentException if {@code newRate} is negative, NaN or infinite
   */
  public SpotHedge withAnnualRate(double newRate) {
    return new SpotHedge(newRate);
  }

  @Override
  public double annualCost() {
    return annualRate;
  }

  @Override
  public SpotHedge stressBorrow(double factor) {
    return new SpotHedge(annualRate * ArgChecks.nonNegative("factor", factor));
  }

  @Override
  public String costLabel(CarrySide side) {
    Objects.requireNonNull(side, "side");
    return side == CarrySide.REVERSE ? "borrow of short spot" : "cost of capital of long spot";
  }
}
