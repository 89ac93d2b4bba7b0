package dev.fundingkit.flink;

import dev.fundingkit.core.ledger.EntryStatus;
import java.io.Serializable;
import java.util.Objects;

/**
 * One entry of the library's {@code FundingLedger}, flattened for Flink.
 *
 * @param venue the venue label
 * @param symbol the symbol
 * @param epochMillis when the settlement was due
 * @param intervalMillis the interval it closes
 * @param status paid, flat, missing or stale
 * @param size the signed size charged
 * @param cashFlow the cash flow, or {@code NaN} when there is none ({@code MISSING})
 * @param cumulative the running total through this entry
 * @param rate the settlement's rate, or {@code NaN} without a settlement
 * @param price the settlement's payment price, or {@code NaN} without a settlement
 */
public record LedgerEntryRow(String venue, String symbol, long epochMillis, long intervalMillis,
    EntryStatus status, double size, double cashFlow, double cumulative, double rate,
    double price) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Validates the labels.
   *
   * @param venue the venue label, not blank
   * @param symbol the symbol, not blank
   * @param epochMillis the due instant
   * @param intervalMillis positive
   * @param status the status
   * @param size the size
   * @param cashFlow the flow or NaN
   * @param cumulative the running total
   * @param rate the rate or NaN
   * @param price the price or NaN
   * @throws NullPointerException if a label or the status is null
   * @throws IllegalArgumentException if a label is blank or the interval not positive
   */
  public LedgerEntryRow {
    Keys.label("venue", venue);
    Keys.label("symbol", symbol);
    Objects.requireNonNull(status, "status");
    if (intervalMillis <= 0) {
      throw new IllegalArgumentException("intervalMillis must be > 0, was " + intervalMillis);
    }
  }
}
