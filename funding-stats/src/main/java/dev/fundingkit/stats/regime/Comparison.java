package dev.fundingkit.stats.regime;

import java.util.Objects;

/** How a {@link Condition} compares a reading with its threshold. */
public enum Comparison {
  /** {@code reading < threshold}. */
  BELOW("<"),
  /** {@code reading <= threshold}. */
  AT_MOST("<="),
  /** {@code reading > threshold}. */
  ABOVE(">"),
  /** {@code reading >= threshold}. */
  AT_LEAST(">=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The operator as written in a condition.
   *
   * @return {@code <}, {@code <=}, {@code >} or {@code >=}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Whether a reading satisfies the comparison.
   *
   * @param reading the reading
   * @param threshold the threshold
   * @return the comparison's truth; false for NaN
   */
  public boolean holds(double reading, double threshold) {
    switch (this) {
      case BELOW:
        return reading < threshold;
      case AT_MOST:
        return reading <= threshold;
      case ABOVE:
        return reading > threshold;
      default:
        return reading >= threshold;
    }
  }

  /**
   * The comparison written as {@code symbol}.
   *
   * @param symbol {@code <}, {@code <=}, {@code >} or {@code >=}
   * @return the comparison
   * @throws NullPointerException if {@code symbol} is null
   * @throws IllegalArgumentException for any other text
   */
  public static Comparison ofSymbol(String symbol) {
    Objects.requireNonNull(symbol, "symbol");
    for (Comparison c : values()) {
      if (c.symbol.equals(symbol)) {
        return c;
      }
    }
    throw new IllegalArgumentException("symbol must be one of <, <=, >, >=, was '" + symbol + "'");
  }
}
