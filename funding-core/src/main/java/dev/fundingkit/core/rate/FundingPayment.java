package dev.fundingkit.core.rate;

import java.io.Serializable;
import dev.fundingkit.core.ArgChecks;
import java.util.Objects;

/**
 * One side's funding at one settlement: the rate applied to a position value, and the signed
 * cash flow that results (negative: this side pays; positive: it receives).
 *
 * @param rate the settled rate
 * @param side the position side
 * @param positionValue the position value the rate applies to (mark × size), zero or more
 * @param cashFlow the signed amount for {@code side}, {@code rate.cashFlow(side, positionValue)}
 */
public record FundingPayment(
    FundingRate rate, PositionSide side, double positionValue, double cashFlow) implements Serializable {

  /**
   * Validates the components; the cash flow must be the one the rate implies.
   *
   * @param rate the settled rate
   * @param side the position side
   * @param positionValue the position value, zero or more
   * @param cashFlow the signed cash flow for {@code side}
   * @throws NullPointerException if {@code rate} or {@code side} is null
   * @throws IllegalArgumentException if {@code positionValue} is negative or not finite, or
   *     {@code cashFlow} is not {@code rate.cashFlow(side, positionValue)}
   */
  public FundingPayment {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(side, "side");
    positionValue = ArgChecks.nonNegative("positionValue", positionValue);
    double expected = rate.cashFlow(side, positionValue);
    if (Double.compare(expected, cashFlow + 0.0) != 0) {
      throw new IllegalArgumentException(
          "cashFlow must be " + expected + " for " + side + " at " + rate + ", was " + cashFlow);
    }
    cashFlow = expected;
  }

  /**
   * The payment of {@code side} when {@code rate} settles on {@code positionValue}.
   *
   * @param rate the settled rate
   * @param side the position side
   * @param positionValue the position value, zero or more
   * @return the payment
   * @throws NullPointerException if {@code rate} or {@code side} is null
   * @throws IllegalArgumentException if {@code positionValue} is negative or not finite
   */
  public static FundingPayment of(FundingRate rate, PositionSide side, double positionValue) {
    return new FundingPayment(rate, side, positionValue, rate.cashFlow(side, positionValue));
  }

  /**
   * Whether this side pays (its cash flow is negative).
   *
   * @return {@code cashFlow < 0}
   */
  public boolean pays() {
    return cashFlow < 0;
  }

  /**
   * The other side's payment on the same position value; the two cash flows sum to zero.
   *
   * @return the counterparty's payment
   */
  public FundingPayment counterparty() {
    return of(rate, side.opposite(), positionValue);
  }
}
