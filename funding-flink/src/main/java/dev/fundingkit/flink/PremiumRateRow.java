package dev.fundingkit.flink;

import java.io.Serializable;
import java.util.Objects;

/**
 * A venue's funding rate for one interval computed from premium samples: the settled rate at
 * the interval's end, or the predicted (running) rate as of an instant inside it. Flattened
 * from the library's {@code FundingBreakdown}; without a rate ({@code status != OK}) the
 * numbers are {@code NaN} and the rule instant is {@code Long.MIN_VALUE} when no rule is
 * known.
 *
 * @param venue the venue label
 * @param symbol the symbol
 * @param intervalEndMillis the settlement instant {@code T} ending the interval
 * @param asOfMillis the instant of the figure; {@code T} for a settled rate
 * @param settled whether this is the settled rate (else a prediction)
 * @param status whether there is a rate
 * @param rate the rate, fraction per {@code intervalMillis}, or {@code NaN}
 * @param intervalMillis the symbol's interval
 * @param averagePremium the averaged premium, or {@code NaN}
 * @param samples how many samples were averaged
 * @param ruleEffectiveMillis the effective instant of the rule version used
 */
public record PremiumRateRow(String venue, String symbol, long intervalEndMillis,
    long asOfMillis, boolean settled, RateStatus status, double rate, long intervalMillis,
    double averagePremium, int samples, long ruleEffectiveMillis) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the components.
   *
   * @param venue the venue label, not blank
   * @param symbol the symbol, not blank
   * @param intervalEndMillis the settlement instant
   * @param asOfMillis at or before the settlement instant
   * @param settled whether settled
   * @param status the status
   * @param rate the rate or NaN
   * @param intervalMillis positive
   * @param averagePremium the average or NaN
   * @param samples zero or more
   * @param ruleEffectiveMillis the rule's effective instant
   * @throws NullPointerException if a label or the status is null
   * @throws IllegalArgumentException if a label is blank or a number is out of range
   */
  public PremiumRateRow {
    Keys.label("venue", venue);
    Keys.label("symbol", symbol);
    Objects.requireNonNull(status, "status");
    if (asOfMillis > intervalEndMillis) {
      throw new IllegalArgumentException(
          "asOfMillis must be <= intervalEndMillis " + intervalEndMillis + ", was " + asOfMillis);
    }
    if (intervalMillis <= 0) {
      throw new IllegalArgumentException("intervalMillis must be > 0, was " + intervalMillis);
    }
    if (samples < 0) {
      throw new IllegalArgumentException("samples must be >= 0, was " + samples);
    }
  }
}
