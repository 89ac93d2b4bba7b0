package dev.fundingkit.flink;

import java.io.Serializable;
import java.util.Objects;

/**
 * One cross-venue aggregate for a symbol at an instant, flattened from the library's
 * {@code AggregatedFunding}. When no venue contributes ({@code contributors == 0}) the value is
 * {@code 0.0} and {@code excluded} says why.
 *
 * @param symbol the symbol
 * @param atMillis the aggregation instant
 * @param value the aggregate rate, fraction per {@code intervalMillis}
 * @param intervalMillis the rule's common interval
 * @param contributors how many venues contributed
 * @param weights the contributing venues with their normalised weights,
 *     {@code venue=weight} joined by {@code ;} in venue order (weights printed exactly)
 * @param excluded the excluded venues, {@code venue:REASON} joined by {@code ;} in venue order
 */
public record AggregateRow(String symbol, long atMillis, double value, long intervalMillis,
    int contributors, String weights, String excluded) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the components.
   *
   * @param symbol the symbol, not blank
   * @param atMillis the instant
   * @param value the rate, finite
   * @param intervalMillis the interval, positive
   * @param contributors zero or more
   * @param weights the weights text
   * @param excluded the exclusions text
   * @throws NullPointerException if a text is null
   * @throws IllegalArgumentException if the symbol is blank or a number is out of range
   */
  public AggregateRow {
    Keys.label("symbol", symbol);
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite, was " + value);
    }
    if (intervalMillis <= 0) {
      throw new IllegalArgumentException("intervalMillis must be > 0, was " + intervalMillis);
    }
    if (contributors < 0) {
      throw new IllegalArgumentException("contributors must be >= 0, was " + contributors);
    }
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(excluded, "excluded");
  }
}
