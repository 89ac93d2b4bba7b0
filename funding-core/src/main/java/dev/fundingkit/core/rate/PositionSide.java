package dev.fundingkit.core.rate;

/** The side of a perpetual position. */
public enum PositionSide {
  /** Long the perpetual: pays funding when the rate is positive, receives when negative. */
  LONG,
  /** Short the perpetual: receives funding when the rate is positive, pays when negative. */
  SHORT;

  /**
   * The other side.
   *
   * @return {@code SHORT} for {@code LONG} and vice versa
   */
  public PositionSide opposite() {
    return this == LONG ? SHORT : LONG;
  }

  /**
   * The sign of this side's funding cash flow per unit of positive rate: −1 for the long
   * (it pays), +1 for the short (it receives).
   *
   * @return −1 or +1
   */
  public int cashFlowSign() {
    return this == LONG ? -1 : 1;
  }
}
