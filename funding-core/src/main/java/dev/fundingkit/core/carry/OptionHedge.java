package dev.fundingkit.core.carry;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingIntervals;
import java.time.Duration;
import java.util.Objects;

/**
 * A bought option as the hedge: a put under a reverse carry's long perp, a call over a
 * forward carry's short perp. The premium is paid once and amortised simply over the
 * option's life: {@code annualCost = premium × 365 d / life}. A 2% premium on a 30-day put
 * costs {@code 0.02 × 365 / 30 ≈ 24.3%} a year. Immutable and thread-safe.
 *
 * @param premium the premium as a fraction of notional, zero or more
 * @param life the option's time to expiry, positive
 */
public record OptionHedge(double premium, Duration life) implements Hedge {

  /**
   * Validates the components.
   *
   * @param premium the premium as a fraction of notional, zero or more
   * @param life the option's time to expiry, positive
   * @throws NullPointerException if {@code life} is null
   * @throws IllegalArgumentException if {@code premium} is negative, NaN or infinite, or
   *     {@code life} is not positive
   */
  public OptionHedge {
    premium = ArgChecks.nonNegative("premium", premium);
    ArgChecks.positive("life", life);
  }

  /**
   * A copy with another premium.
   *
   * @param newPremium the fraction of notional, zero or more
   * @return the new hedge
   * @throws IllegalArgumentException if {@code newPremium} is negative, NaN or infinite
   */
  public OptionHedge withPremium(double newPremium) {
    return new OptionHedge(newPremium, life);
  }

  /**
   * A copy with another life.
   *
   * @param newLife the time to expiry, positive
   * @return the new hedge
   * @throws NullPointerException if {@code newLife} is null
   * @throws IllegalArgumentException if {@code newLife} is not positive
   */
  public OptionHedge withLife(Duration newLife) {
    return new OptionHedge(premium, newLife);
  }

  @Override
  public double annualCost() {
    return premium * FundingIntervals.periodsPerYear(life);
  }

  /** Options carry no borrow rate: the premium is fixed at purchase, so stress leaves it. */
  @Override
  public OptionHedge stressBorrow(double factor) {
    ArgChecks.nonNegative("factor", factor);
    return this;
  }

  @Override
  public String costLabel(CarrySide side) {
    Objects.requireNonNull(side, "side");
    return (side == CarrySide.REVERSE ? "put" : "call") + " premium amortised over "
        + FundingIntervals.format(life);
  }
}
