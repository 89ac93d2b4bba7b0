package dev.fundingkit.core.carry;

import java.io.Serializable;
import dev.fundingkit.core.ArgChecks;
import java.util.Objects;

/**
 * One line of a carry's yield breakdown: what it is and what it adds to the net yield a year
 * (funding received is positive; costs are negative). Immutable and thread-safe.
 *
 * @param item what the line is, such as {@code "funding received"}
 * @param annualYield the signed contribution, a fraction per 365-day year
 */
public record YieldLine(String item, double annualYield) implements Serializable {

  /**
   * Validates the components.
   *
   * @param item what the line is
   * @param annualYield the signed contribution, finite
   * @throws NullPointerException if {@code item} is null
   * @throws IllegalArgumentException if {@code annualYield} is NaN or infinite
   */
  public YieldLine {
    Objects.requireNonNull(item, "item");
    annualYield = ArgChecks.finite("annualYield", annualYield);
  }
}
