package dev.fundingkit.core.venue;

import dev.fundingkit.core.ArgChecks;
import dev.fundingkit.core.formula.MarginRates;
import java.io.Serializable;

/**
 * A limit on how far a rate may move from one interval to the next:
 * {@code previous − maxChange ≤ F ≤ previous + maxChange}. BitMEX: the rate may not change by
 * more than 75% of the maintenance margin between intervals (Perpetual Contracts Guide).
 *
 * @param maxChange the largest allowed move per interval, a positive fraction
 */
public record RateChangeLimit(double maxChange) implements Serializable {

  /**
   * Validates the limit.
   *
   * @param maxChange the largest allowed move, positive
   * @throws IllegalArgumentException if {@code maxChange} is not positive or not finite
   */
  public RateChangeLimit {
    ArgChecks.positive("maxChange", maxChange);
  }

  /**
   * BitMEX's limit: {@code 0.75 × MM}.
   *
   * @param margin the contract's margin rates
   * @return the limit (MM 0.5%: 0.375% per interval)
   * @throws NullPointerException if {@code margin} is null
   */
  public static RateChangeLimit bitmex(MarginRates margin) {
    java.util.Objects.requireNonNull(margin, "margin");
    return new RateChangeLimit(0.75 * margin.maintenance());
  }

  /**
   * The rate after the limit.
   *
   * @param previous the previous interval's rate, finite
   * @param rate the newly computed rate, finite
   * @return {@code rate} moved no further than {@link #maxChange()} from {@code previous}
   * @throws IllegalArgumentException if an argument is NaN or infinite
   */
  public double apply(double previous, double rate) {
    ArgChecks.finite("previous", previous);
    ArgChecks.finite("rate", rate);
    return Math.max(previous - maxChange, Math.min(previous + maxChange, rate)) + 0.0;
  }
}
