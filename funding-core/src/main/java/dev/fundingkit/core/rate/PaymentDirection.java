package dev.fundingkit.core.rate;

/** Who pays whom at a settlement. */
public enum PaymentDirection {
  /** A positive rate: the perp trades at a premium (contango) and longs pay shorts. */
  LONGS_PAY_SHORTS,
  /** A negative rate: the perp trades at a discount (backwardation) and shorts pay longs. */
  SHORTS_PAY_LONGS,
  /** A zero rate: nothing changes hands. */
  NONE;

  /**
   * The direction of a rate's payment.
   *
   * @throws IllegalArgumentException if {@code rate} is NaN or infinite
   * @param rate a finite fraction
   * @return the direction for the sign of {@code rate}
   */
  public static PaymentDirection of(double rate) {
    dev.fundingkit.core.ArgChecks.finite("rate", rate);
    return rate > 0 ? LONGS_PAY_SHORTS : rate < 0 ? SHORTS_PAY_LONGS : NONE;
  }

  /**
   * The side that pays, if any.
   *
   * @return the paying side, or empty for {@link #NONE}
   */
  public java.util.Optional<PositionSide> payer() {
    switch (this) {
      case LONGS_PAY_SHORTS:
        return java.util.Optional.of(PositionSide.LONG);
      case SHORTS_PAY_LONGS:
        return java.util.Optional.of(PositionSide.SHORT);
      default:
        return java.util.Optional.empty();
    }
  }
}
