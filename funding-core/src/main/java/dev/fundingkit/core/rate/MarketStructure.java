package dev.fundingkit.core.rate;

/** Whether the perpetual trades above or below spot, read from its funding or its basis. */
public enum MarketStructure {
  /** Perp above spot, funding positive: longs are crowded and pay shorts. */
  CONTANGO,
  /** Perp below spot, funding negative: shorts are crowded and pay longs. */
  BACKWARDATION,
  /** Perp at spot, funding zero: neither side pays. */
  FLAT;

  /**
   * The structure for the sign of a rate or basis.
   *
   * @throws IllegalArgumentException if {@code signed} is NaN or infinite
   * @param signed a finite rate or basis
   * @return contango when positive, backwardation when negative, flat when zero
   */
  public static MarketStructure of(double signed) {
    dev.fundingkit.core.ArgChecks.finite("signed", signed);
    return signed > 0 ? CONTANGO : signed < 0 ? BACKWARDATION : FLAT;
  }
}
