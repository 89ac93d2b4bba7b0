package dev.fundingkit.core.ledger;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.rate.FundingPayment;
import dev.fundingkit.core.rate.PositionSide;
import java.util.Objects;

/**
 * One settlement a position paid or received: the settlement, the signed size that was
 * charged, and the cumulative funding up to and including it. Immutable and thread-safe.
 *
 * @param settlement the settlement
 * @param size the signed size charged, non-zero (flat positions have no entries)
 * @param cumulative the position's funding cash flow summed over entries so far, including this
 */
public record LedgerEntry(Settlement settlement, double size, double cumulative) {

  /**
   * Validates the components.
   *
   * @param settlement the settlement
   * @param size the signed size charged, finite and non-zero
   * @param cumulative the cumulative cash flow, finite
   * @throws NullPointerException if {@code settlement} is null
   * @throws IllegalArgumentException if {@code size} is zero, NaN or infinite, or
   *     {@code cumulative} is NaN or infinite
   */
  public LedgerEntry {
    Objects.requireNonNull(settlement, "settlement");
    ArgChecks.finite("size", size);
    if (size == 0) {
      throw new IllegalArgumentException("size must be non-zero, was " + size);
    }
    cumulative = ArgChecks.finite("cumulative", cumulative);
  }

  /**
   * The side of the position at this settlement.
   *
   * @return {@code LONG} for a positive size, {@code SHORT} for a negative one
   */
  public PositionSide side() {
    return size > 0 ? PositionSide.LONG : PositionSide.SHORT;
  }

  /**
   * The position value the rate applied to.
   *
   * @return {@code |size| × markPrice}
   */
  public double positionValue() {
    return Math.abs(size) * settlement.markPrice();
  }

  /**
   * The position's payment at this settlement.
   *
   * @return the payment, from the position's side
   */
  public FundingPayment payment() {
    return FundingPayment.of(settlement.rate(), side(), positionValue());
  }

  /**
   * The signed cash flow: negative when the position paid.
   *
   * @return {@code payment().cashFlow()}
   */
  public double cashFlow() {
    return settlement.rate().cashFlow(side(), positionValue());
  }
}
